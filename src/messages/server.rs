//! What a server (PostgreSQL) ledger says: its refusals and `init`'s confirmation.

use crate::error::server::Refusal;

pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::BadAddress { address, why } => {
            crate::t!("server-bad-address", address = address, why = why)
        }
        Refusal::NoTls { address } => crate::t!("server-no-tls", address = address),
        Refusal::Unreachable { address, why } => {
            crate::t!("server-unreachable", address = address, why = why)
        }
        Refusal::NotUtf8 {
            address,
            encoding,
            ctype,
        } => crate::t!(
            "server-not-utf8",
            address = address,
            encoding = encoding,
            ctype = ctype
        ),
        Refusal::Foreign { address, tables } => {
            crate::t!("server-foreign", address = address, tables = tables)
        }
        Refusal::AlreadyLedger { address } => crate::t!("server-already-ledger", address = address),
        Refusal::NotLedger { address } => crate::t!("server-not-ledger", address = address),
        Refusal::Newer {
            address,
            found,
            known,
        } => crate::t!(
            "server-newer",
            address = address,
            found = found.to_string(),
            known = known.to_string()
        ),
        Refusal::CopyNotEmpty {
            address,
            letters,
            pledges,
            other,
        } => crate::t!(
            "server-copy-not-empty",
            address = address,
            letters = letters,
            pledges = pledges,
            other = other
        ),
        Refusal::CopyFileNotEmpty {
            path,
            letters,
            pledges,
        } => crate::t!(
            "server-copy-file-not-empty",
            path = crate::files::shown(path),
            letters = letters,
            pledges = pledges
        ),
        Refusal::CopyNotText { table, id, column } => crate::t!(
            "server-copy-not-text",
            table = table,
            id = id,
            column = column
        ),
        Refusal::CopyColumns {
            table,
            file,
            server,
        } => crate::t!(
            "server-copy-columns",
            table = table,
            file = file,
            server = server
        ),
        Refusal::CopySameKind { from, to, files } => crate::t!(
            "server-copy-same-kind",
            from = from,
            to = to,
            files = if *files { "yes" } else { "no" }
        ),
        Refusal::NotYet { what } => crate::t!("server-not-yet", what = what),
        Refusal::Failed { why } => crate::t!("server-failed", why = why),
    }
}

/// `pledge init` made a server ledger.
pub fn created(address: &str, version: i64) -> String {
    crate::t!(
        "server-created",
        address = address,
        version = version.to_string()
    )
}

/// `pledge copy` moved a whole ledger.
pub fn copied(from: &str, to: &str, c: &crate::server::Copied) -> String {
    crate::t!(
        "server-copied",
        from = from,
        to = to,
        letters = c.letters,
        pledges = c.pledges,
        notes = c.notes,
        history = c.history
    )
}
