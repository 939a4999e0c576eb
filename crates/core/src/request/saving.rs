//! What a write was saving, for the refusals that say it was not saved, and what a finished
//! write saved, for the one that says it was saved but could not say so.

use std::path::PathBuf;

/// What a refused or failed write would have saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saving {
    Pledge,
    Change,
    Note,
    Letter,
    Import,
    /// The built-in letter and its pledges, written into a new ledger.
    Builtin,
    /// Any write at all: a ledger opened for reading refuses them before one is asked.
    Anything,
}

/// What a committed write saved, when its confirmation could not be printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    Pledge(i64),
    Note(i64),
    /// The change to this pledge.
    Change(i64),
    /// A letter, with its id when it was given one.
    Letter(Option<i64>),
    Backup(PathBuf),
    /// A restore of the ledger at this path.
    Restore(PathBuf),
    /// A new ledger at this path.
    Ledger(PathBuf),
    Import,
}
