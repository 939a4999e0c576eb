//! Commands on a server ledger (`--db postgres://…`). Only `init` is written for one yet;
//! every other command is refused by name, before anything is read or written, rather than
//! run against a ledger it does not know.

use std::io::Write;

use super::confirmed;
use crate::cli::Command;
use crate::error::server::Refusal;
use crate::error::{Error, Result};
use crate::request::Saved;
use crate::server::{Address, Server};

pub fn dispatch(command: Option<Command>, address: &Address, out: &mut dyn Write) -> Result<()> {
    match command {
        Some(Command::Init(args)) if args.empty => {
            let mut server = Server::create(address)?;
            let version = server.version()?;
            confirmed(
                out,
                Saved::Ledger(address.shown().into()),
                format_args!(
                    "{}\n",
                    crate::messages::server::created(address.shown(), version)
                ),
            )
        }
        // The built-in letter needs letters written on the server, which is not yet.
        Some(Command::Init(_)) => Err(not_yet("init")),
        Some(other) => Err(not_yet(&name(&other))),
        None => Err(not_yet("")),
    }
}

fn not_yet(what: &str) -> Error {
    Error::Server(Refusal::NotYet {
        what: format!("pledge {what}").trim().to_string(),
    })
}

/// The subcommand as typed (`ImportLetter` is `import-letter`), from its variant's name.
fn name(command: &Command) -> String {
    let debug = format!("{command:?}");
    let variant = debug
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    let mut typed = String::new();
    for (i, c) in variant.char_indices() {
        if c.is_ascii_uppercase() && i > 0 {
            typed.push('-');
        }
        typed.push(c.to_ascii_lowercase());
    }
    typed
}
