//! Commands on a server ledger (`--db postgres://…`): `init`, and every command that reads
//! or keeps the ledger's records, the reports and the full-screen view, through the same
//! functions as on a ledger file, importing reply letters and exports among them. What only
//! a file does (`restore`, a file's backup put back) is refused by name, before anything is
//! read or written, rather than run against a ledger it does not know.

use std::io::Write;

use super::{Ctx, confirmed};
use crate::cli::{Command, ReportKind};
use crate::error::server::Refusal;
use crate::error::{Error, Result};
use crate::request::Saved;
use crate::server::{Address, Server};

pub fn dispatch(
    command: Option<Command>,
    address: &Address,
    mut ctx: Ctx,
    author_named: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let open = |ctx: &mut Ctx| -> Result<Server> {
        let mut server = Server::open(address)?;
        if !author_named {
            ctx.who = server.role()?;
        }
        Ok(server)
    };
    match command {
        Some(Command::Init(args)) => {
            let mut server = Server::create(address)?;
            if !args.empty {
                server.seed_builtin()?;
            }
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
        Some(Command::Add(args)) => super::edit::add(&mut open(&mut ctx)?, &ctx, args, out),
        Some(Command::Note(args)) => super::edit::note(&mut open(&mut ctx)?, &ctx, args, out),
        Some(Command::Set(args)) => super::edit::set(&mut open(&mut ctx)?, &ctx, args, out),
        Some(Command::Show(args)) => super::show::run(&open(&mut ctx)?, &ctx, &args, out),
        Some(Command::List(args)) => super::list::run(&open(&mut ctx)?, &ctx, &args, out),
        Some(Command::Export) => super::transfer::export(&open(&mut ctx)?, out),
        Some(Command::Import(args)) => {
            super::transfer::import_into_server(&mut open(&mut ctx)?, &args, out)
        }
        Some(Command::Bodies(args)) => super::bodies::list(&open(&mut ctx)?, &ctx, &args, out),
        Some(Command::Body(cmd)) => super::bodies::body(&mut open(&mut ctx)?, &ctx, cmd, out),
        Some(Command::Letters(args)) => super::letters::list(&open(&mut ctx)?, &ctx, &args, out),
        Some(Command::Letter(cmd)) => super::letters::letter(&mut open(&mut ctx)?, &ctx, cmd, out),
        Some(Command::Confirm(args)) => {
            super::letters::confirm(&mut open(&mut ctx)?, &ctx, args, out)
        }
        Some(Command::Request(args)) => super::sheets::request(&open(&mut ctx)?, &ctx, args, out),
        Some(Command::Collect(args)) => {
            super::sheets::collect(&mut open(&mut ctx)?, &ctx, args, out)
        }
        Some(Command::ImportLetter(args)) => {
            let server = open(&mut ctx)?;
            let into = super::letter::Target {
                label: address.label(),
                open: &|| Server::open(address),
            };
            super::letter::run(server, &ctx, &into, args, out)
        }
        Some(Command::Report(kind)) => {
            let server = open(&mut ctx)?;
            let label = address.shown().to_string();
            match kind {
                ReportKind::Overdue(args) => {
                    super::report::overdue(&server, &ctx, &label, args, out)
                }
                ReportKind::Period(args) => super::report::period(&server, &ctx, &label, args, out),
                ReportKind::Scorecard(args) => {
                    super::report::scorecard(&server, &ctx, &label, args, out)
                }
            }
        }
        Some(Command::Calendar(args)) => super::calendar::run(&open(&mut ctx)?, &ctx, &args, out),
        Some(Command::Backup(args)) => {
            super::ledger::backup(&open(&mut ctx)?, address.shown(), &args, out)
        }
        Some(Command::Check) => {
            let server = open(&mut ctx)?;
            crate::ledger::Ledger::check(&server)?;
            let (letters, pledges, notes) = crate::ledger::Records::counts(&server)?;
            super::written(writeln!(
                out,
                "{}",
                crate::messages::cli::sound(address.shown(), letters, pledges, notes)
            ))
        }
        Some(other) => Err(not_yet(&name(&other))),
        None => {
            let server = open(&mut ctx)?;
            if !super::interactive() {
                return super::list::run(&server, &ctx, &crate::cli::ListArgs::default(), out);
            }
            crate::tui::run(server, ctx.today, ctx.who, address.label())
        }
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
