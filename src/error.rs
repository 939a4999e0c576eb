//! The kinds of failure, the facts each carries, and the exit code each one gives. Every
//! variant is worded by `messages`: `errors` for these, one module per area for its refusals.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use crate::request::{Saved, Saving};

/// Exit codes: documented in the README.
pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_FLAGGED: u8 = 3;
pub const EXIT_BUSY: u8 = 4;
/// The change was saved but saying so failed (standard output on a full disk): do not retry.
pub const EXIT_SAVED_UNCONFIRMED: u8 = 5;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A value a rule refused: the field, the value and the rule. Nothing was written.
    #[error("{}", crate::messages::values::invalid(.0))]
    Invalid(crate::problem::Invalid),
    /// A refusal with its facts, worded by `messages::store`.
    #[error("{}", crate::messages::store::refusal(.0))]
    Ledger(crate::store::Refusal),
    /// A refusal with its facts, worded by `messages::files`.
    #[error("{}", crate::messages::files::refusal(.0))]
    File(crate::files::Refusal),
    /// A refusal with its facts, worded by `messages::letter`.
    #[error("{}", crate::messages::letter::refusal(.0))]
    Letter(crate::letter::Refusal),
    /// A refusal with its facts, worded by `messages::tui`.
    #[error("{}", crate::messages::tui::refusal(.0))]
    Screen(crate::tui::Refusal),
    /// A refusal with its facts, worded by `messages::cli`.
    #[error("{}", crate::messages::cli::refusal(.0))]
    Command(crate::commands::Refusal),
    /// A refusal of an import with its facts, worded by `messages::import`.
    #[error("{}", crate::messages::import::refusal(.0))]
    Import(crate::store::ImportRefusal),
    /// Not a failure: a condition the caller asked to be told about by exit code (`--fail-if-overdue`).
    #[error("{0}")]
    Flagged(String),
    /// Another process held the write lock past the busy timeout.
    #[error("{}", crate::messages::errors::busy(*.0))]
    Busy(Saving),
    /// The file is not a sound SQLite database any more.
    #[error("{}", crate::messages::errors::damaged(.ledger.as_deref(), .damage))]
    Damaged {
        ledger: Option<PathBuf>,
        damage: crate::store::Damage,
    },
    #[error("{}", crate::messages::errors::disk_full(*.saving))]
    DiskFull { saving: Saving },
    #[error("{}", crate::messages::errors::read_only(.ledger.as_deref(), *.saving))]
    ReadOnly {
        ledger: Option<PathBuf>,
        saving: Saving,
    },
    #[error("{}", crate::messages::errors::io(*.doing, .path.as_deref(), .source))]
    Io {
        doing: Doing,
        path: Option<PathBuf>,
        source: std::io::Error,
    },
    /// SQLite's own failure, none of the kinds above: only the store makes one.
    #[error("{}", crate::messages::errors::sqlite(.0))]
    Sqlite(rusqlite::Error),
    /// The change was committed; only its confirmation could not be printed. Retrying would
    /// make the change twice, so the message and the exit code say it was saved.
    #[error("{}", crate::messages::errors::saved_unconfirmed(.saved, .source))]
    SavedUnconfirmed {
        saved: Saved,
        source: std::io::Error,
    },
}

/// What the program was doing with a file or stream when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doing {
    Read,
    Write,
    Create,
    CreateFolder,
    SetPermissions,
    /// Moving a finished new ledger into place.
    PlaceLedger,
    /// Moving another finished file (a backup) into place.
    PlaceFile,
    /// Keeping the ledger a restore replaces under a new name.
    KeepOldLedger,
    /// Moving a sidecar of the ledger a restore replaces.
    MoveOldSidecar,
    PlaceRestored,
    WriteOutput,
    ReadNoteInput,
    Terminal,
    /// The temporary file a long report spills into.
    ReportSpill,
}

/// SQLite's failures sorted into the ones a person can act on.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        let saving = Saving::Change;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Error::Damaged {
                ledger: None,
                damage: crate::store::Damage::Sqlite(e.to_string()),
            },
            Some(ErrorCode::DiskFull) => Error::DiskFull { saving },
            Some(ErrorCode::ReadOnly) => Error::ReadOnly {
                ledger: None,
                saving,
            },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Busy(saving),
            _ => Error::Sqlite(e),
        }
    }
}

impl From<crate::problem::Invalid> for Error {
    fn from(i: crate::problem::Invalid) -> Error {
        Error::Invalid(i)
    }
}

impl From<crate::store::ImportRefusal> for Error {
    fn from(r: crate::store::ImportRefusal) -> Error {
        Error::Import(r)
    }
}

impl From<crate::store::Refusal> for Error {
    fn from(r: crate::store::Refusal) -> Error {
        Error::Ledger(r)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Invalid(_) => EXIT_USAGE,
            Error::Ledger(r) if r.is_usage() => EXIT_USAGE,
            Error::File(r) if r.is_usage() => EXIT_USAGE,
            Error::Letter(r) if r.is_usage() => EXIT_USAGE,
            Error::Screen(r) if r.is_usage() => EXIT_USAGE,
            Error::Command(r) if r.is_usage() => EXIT_USAGE,
            Error::Import(r) if r.is_usage() => EXIT_USAGE,
            Error::Busy(_) => EXIT_BUSY,
            Error::Flagged(_) => EXIT_FLAGGED,
            Error::SavedUnconfirmed { .. } => EXIT_SAVED_UNCONFIRMED,
            _ => EXIT_FAILURE,
        }
    }

    /// Names what was being saved, for the messages that say it was not.
    pub fn saving(self, saving: Saving) -> Error {
        match self {
            Error::Busy(_) => Error::Busy(saving),
            Error::DiskFull { .. } => Error::DiskFull { saving },
            Error::ReadOnly { ledger, .. } => Error::ReadOnly { ledger, saving },
            other => other,
        }
    }

    /// Names the ledger file in messages about it.
    pub fn in_ledger(self, path: &Path) -> Error {
        match self {
            Error::Damaged {
                ledger: None,
                damage,
            } => Error::Damaged {
                ledger: Some(path.to_path_buf()),
                damage,
            },
            Error::ReadOnly {
                ledger: None,
                saving,
            } => Error::ReadOnly {
                ledger: Some(path.to_path_buf()),
                saving,
            },
            other => other,
        }
    }

    /// A failure of a stream that has no path (standard output, the terminal).
    pub fn io(doing: Doing, source: std::io::Error) -> Error {
        Error::Io {
            doing,
            path: None,
            source,
        }
    }

    pub fn io_at(doing: Doing, path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            doing,
            path: Some(path.to_path_buf()),
            source,
        }
    }
}
