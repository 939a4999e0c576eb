//! What a server (PostgreSQL) ledger says: its refusals and `init`'s confirmation.

use crate::error::server::Refusal;

pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::BadAddress { address, why } => {
            crate::t!("server-bad-address", address = address, why = why)
        }
        Refusal::BadTls { address, why } => {
            crate::t!("server-bad-tls", address = address, why = why)
        }
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
        Refusal::UpgradeByOwner {
            address,
            found,
            known,
        } => crate::t!(
            "server-upgrade-by-owner",
            address = address,
            found = found,
            known = known
        ),
        Refusal::LostUnknown { saving } => {
            crate::t!("server-lost-unknown", what = super::store::saving(*saving))
        }
        Refusal::LostCommitted { saving } => crate::t!(
            "server-lost-committed",
            what = super::store::saving(*saving)
        ),
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

/// What kind of value a ledger handed the server, for [`value_unfit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Whole,
    Real,
    Text,
    Bytes,
    Other,
}

/// A value the server cannot take in a column of `pg_type`.
pub fn value_unfit(kind: Kind, pg_type: &str) -> String {
    let kind = match kind {
        Kind::Whole => crate::t!("server-kind-whole"),
        Kind::Real => crate::t!("server-kind-real"),
        Kind::Text => crate::t!("server-kind-text"),
        Kind::Bytes => crate::t!("server-kind-bytes"),
        Kind::Other => crate::t!("server-kind-other"),
    };
    crate::t!("server-value-unfit", kind = kind, column = pg_type)
}

/// A column the server gave of a type no ledger column has.
pub fn column_unread(pg_type: &str) -> String {
    crate::t!("server-column-unread", column = pg_type)
}
