//! The kinds of failure, the facts each carries, and the exit code each one gives. Every
//! variant is worded by `messages`: `errors` for these, one module per area for its refusals.

pub mod body;
pub mod command;
pub mod config;
pub mod file;
pub mod import;
pub mod ledger;
pub mod letter;
pub mod screen;
pub mod server;
pub mod sheet;

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

/// Worded by `messages::errors`, which implements `Display`: this module words nothing.
#[derive(Debug)]
pub enum Error {
    /// A value a rule refused: the field, the value and the rule. Nothing was written.
    Invalid(crate::problem::Invalid),
    /// A refusal with its facts, worded by `messages::store`.
    Ledger(ledger::Refusal),
    /// A refusal with its facts, worded by `messages::files`.
    File(file::Refusal),
    /// A refusal with its facts, worded by `messages::letter`.
    Letter(letter::Refusal),
    /// A refusal with its facts, worded by `messages::tui`.
    Screen(screen::Refusal),
    /// A refusal with its facts, worded by `messages::cli`.
    Command(command::Refusal),
    /// A config file refused, worded by `messages::config`.
    Config(config::Refusal),
    /// A refusal of an import with its facts, worded by `messages::import`.
    Import(import::ImportRefusal),
    Body(body::Refusal),
    /// A request sheet not written or a collection refused, worded by `messages::sheets`.
    Sheet(sheet::Refusal),
    /// A server (PostgreSQL) ledger refused, worded by `messages::server`.
    Server(server::Refusal),
    /// Not a failure: a condition the caller asked to be told about by exit code (`--fail-if-overdue`).
    Flagged {
        overdue: usize,
        as_of: chrono::NaiveDate,
    },
    /// Another process held the write lock past the busy timeout.
    Busy(Saving),
    /// The file is not a sound SQLite database any more.
    Damaged {
        ledger: Option<PathBuf>,
        damage: ledger::Damage,
    },
    DiskFull {
        saving: Saving,
    },
    ReadOnly {
        ledger: Option<PathBuf>,
        saving: Saving,
    },
    Io {
        doing: Doing,
        path: Option<PathBuf>,
        source: std::io::Error,
    },
    /// SQLite's own failure, none of the kinds above: only the store makes one.
    Sqlite(rusqlite::Error),
    /// The change was committed; only its confirmation could not be printed. Retrying would
    /// make the change twice, so the message and the exit code say it was saved.
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
    ReadConfig,
}

/// SQLite's failures sorted into the ones a person can act on.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        let saving = Saving::Change;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Error::Damaged {
                ledger: None,
                damage: ledger::Damage::Sqlite(e.to_string()),
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

impl From<import::ImportRefusal> for Error {
    fn from(r: import::ImportRefusal) -> Error {
        Error::Import(r)
    }
}

impl From<body::Refusal> for Error {
    fn from(r: body::Refusal) -> Error {
        Error::Body(r)
    }
}

impl From<ledger::Refusal> for Error {
    fn from(r: ledger::Refusal) -> Error {
        Error::Ledger(r)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } | Error::SavedUnconfirmed { source, .. } => Some(source),
            Error::Sqlite(e) => Some(e),
            _ => None,
        }
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
            Error::Config(r) if r.is_usage() => EXIT_USAGE,
            Error::Body(r) if r.is_usage() => EXIT_USAGE,
            Error::Sheet(r) if r.is_usage() => EXIT_USAGE,
            Error::Server(r) if r.is_usage() => EXIT_USAGE,
            Error::Server(r) if r.was_saved() => EXIT_SAVED_UNCONFIRMED,
            Error::Busy(_) => EXIT_BUSY,
            Error::Flagged { .. } => EXIT_FLAGGED,
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
