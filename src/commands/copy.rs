//! `pledge copy --from A --to B`: a whole ledger moved between a ledger file and a server,
//! ids and history kept, all or nothing; so an office that started on one desk moves to the
//! server, and a server ledger can be taken back into a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Location, confirmed};
use crate::cli::CopyArgs;
use crate::error::server::Refusal;
use crate::error::{Error, Result};
use crate::request::Saved;
use crate::server::{Address, Server};

fn is_server(p: &Path) -> bool {
    Address::is_server(p.as_os_str())
}

/// The server ledger at `address`, its schema made first when the database is empty.
fn server_ledger(address: &Address) -> Result<Server> {
    match Server::open(address) {
        Err(Error::Server(Refusal::NotLedger { .. })) => Server::create(address),
        other => other,
    }
}

pub fn run(db: Option<PathBuf>, args: &CopyArgs, out: &mut dyn Write) -> Result<()> {
    let from = args.from.clone().or(db);
    let from_server = from.as_deref().is_some_and(is_server);
    let to_server = is_server(&args.to);
    if from_server == to_server {
        let shown = |p: &Path| match Address::parse(&p.to_string_lossy()) {
            Ok(a) if is_server(p) => a.shown().to_string(),
            _ => crate::files::shown(p),
        };
        let from_shown = match from.as_deref() {
            Some(p) => shown(p),
            None => Location::resolve(None)?.label(),
        };
        return Err(Error::Server(Refusal::CopySameKind {
            from: from_shown,
            to: shown(&args.to),
            files: !to_server,
        }));
    }
    if let (true, Some(from)) = (from_server, from.as_deref()) {
        return into_file(&Address::parse(&from.to_string_lossy())?, &args.to, out);
    }
    let location = Location::resolve(from)?;
    let address = Address::parse(&args.to.to_string_lossy())?;
    // The ledger as it is: never one made here just to be copied.
    let store = crate::store::Store::open(location.path())?;
    let mut server = server_ledger(&address)?;
    let working = crate::progress::Progress::working();
    let copied = store.snapshot(|s| server.copy_from(s))?;
    drop(working);
    confirmed(
        out,
        Saved::Ledger(address.shown().into()),
        format_args!(
            "{}\n",
            crate::messages::server::copied(&location.label(), address.shown(), &copied)
        ),
    )
}

/// A server ledger into a ledger file: a new one made for it (removed again if the copy
/// fails), or an empty one made by `pledge init --empty`.
fn into_file(address: &Address, to: &Path, out: &mut dyn Write) -> Result<()> {
    let server = Server::open(address)?;
    let made = std::fs::symlink_metadata(to).is_err();
    let mut store = if made {
        crate::store::Store::create(to, crate::store::Seed::Empty, false)?
    } else {
        let store = crate::store::Store::open(to)?;
        // Said here in copy's words; the import's own check, in its transaction, still holds.
        let (letters, pledges, notes) = store.counts()?;
        if letters + pledges + notes > 0 {
            return Err(Error::Server(Refusal::CopyFileNotEmpty {
                path: to.to_path_buf(),
                letters,
                pledges,
            }));
        }
        store
    };
    let working = crate::progress::Progress::working();
    let copied = server.copy_into(&mut store);
    drop(working);
    let copied = match copied {
        Ok(c) => c,
        Err(e) => {
            drop(store);
            if made {
                crate::store::remove_made_ledger(to);
            }
            return Err(e);
        }
    };
    let shown = crate::files::shown(to);
    confirmed(
        out,
        Saved::Ledger(to.to_path_buf()),
        format_args!(
            "{}\n",
            crate::messages::server::copied(address.shown(), &shown, &copied)
        ),
    )
}
