//! The kinds of failure, their messages, and the exit code each one gives.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

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
    /// A malformed request: the field, the value and what is accepted. Nothing was written.
    #[error("{0}")]
    Usage(String),
    /// A well-formed request that cannot be carried out (unknown id, refused file). Nothing was written.
    #[error("{0}")]
    Refused(String),
    /// Not a failure: a condition the caller asked to be told about by exit code (`--fail-if-overdue`).
    #[error("{0}")]
    Flagged(String),
    /// Another process held the write lock past the busy timeout.
    #[error("the ledger is busy (another pledge process is writing); {0} NOT saved")]
    Busy(String),
    /// The file is not a sound SQLite database any more.
    #[error(
        "the ledger{} is damaged ({detail}); it was not changed. Restore it from a backup \
         (`pledge backup FILE` makes one) or from a copy of the file",
        at(ledger)
    )]
    Damaged {
        ledger: Option<PathBuf>,
        detail: String,
    },
    #[error(
        "disk full, {what} NOT saved; free some space and try again (what was saved before is intact)"
    )]
    DiskFull { what: String },
    #[error("the ledger{} is read-only: {what} NOT saved", at(ledger))]
    ReadOnly {
        ledger: Option<PathBuf>,
        what: String,
    },
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("ledger error: {0}")]
    Sqlite(rusqlite::Error),
    /// The change was committed; only its confirmation could not be printed. Retrying would
    /// make the change twice, so the message and the exit code say it was saved.
    #[error("{what} was saved, but its confirmation could not be written: {source}")]
    SavedUnconfirmed {
        what: String,
        source: std::io::Error,
    },
}

fn at(ledger: &Option<PathBuf>) -> String {
    ledger
        .as_ref()
        .map(|p| format!(" at {}", crate::text::inert(&p.display().to_string())))
        .unwrap_or_default()
}

/// SQLite's failures sorted into the ones a person can act on.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        let what = "the change".to_string();
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Error::Damaged {
                ledger: None,
                detail: e.to_string(),
            },
            Some(ErrorCode::DiskFull) => Error::DiskFull { what },
            Some(ErrorCode::ReadOnly) => Error::ReadOnly { ledger: None, what },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Busy(what),
            _ => Error::Sqlite(e),
        }
    }
}

impl From<crate::problem::Invalid> for Error {
    fn from(i: crate::problem::Invalid) -> Error {
        Error::Invalid(i)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) | Error::Invalid(_) => EXIT_USAGE,
            Error::Ledger(r) if r.is_usage() => EXIT_USAGE,
            Error::File(r) if r.is_usage() => EXIT_USAGE,
            Error::Letter(r) if r.is_usage() => EXIT_USAGE,
            Error::Screen(r) if r.is_usage() => EXIT_USAGE,
            Error::Command(r) if r.is_usage() => EXIT_USAGE,
            Error::Busy(_) => EXIT_BUSY,
            Error::Flagged(_) => EXIT_FLAGGED,
            Error::SavedUnconfirmed { .. } => EXIT_SAVED_UNCONFIRMED,
            _ => EXIT_FAILURE,
        }
    }

    /// Names what was being saved, for the messages that say it was not.
    pub fn saving(self, thing: &str) -> Error {
        match self {
            Error::Busy(_) => Error::Busy(thing.to_string()),
            Error::DiskFull { .. } => Error::DiskFull {
                what: thing.to_string(),
            },
            Error::ReadOnly { ledger, .. } => Error::ReadOnly {
                ledger,
                what: thing.to_string(),
            },
            other => other,
        }
    }

    /// Names the ledger file in messages about it.
    pub fn in_ledger(self, path: &Path) -> Error {
        match self {
            Error::Damaged {
                ledger: None,
                detail,
            } => Error::Damaged {
                ledger: Some(path.to_path_buf()),
                detail,
            },
            Error::ReadOnly { ledger: None, what } => Error::ReadOnly {
                ledger: Some(path.to_path_buf()),
                what,
            },
            other => other,
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Error {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    pub fn io_at(what: &str, path: &Path, source: std::io::Error) -> Error {
        let shown = crate::text::inert(&path.display().to_string()).into_owned();
        Error::io(format!("{what} {shown}"), source)
    }
}
