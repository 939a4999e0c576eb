//! The three kinds of failure and the exit code each one gives.

use std::path::Path;

/// Exit codes: documented in the README.
pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_FLAGGED: u8 = 3;
pub const EXIT_BUSY: u8 = 4;

#[derive(Debug, thiserror::Error)]
pub enum Error {
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
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("ledger error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => EXIT_USAGE,
            Error::Busy(_) => EXIT_BUSY,
            Error::Flagged(_) => EXIT_FLAGGED,
            _ => EXIT_FAILURE,
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Error {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    pub fn io_at(what: &str, path: &Path, source: std::io::Error) -> Error {
        Error::io(format!("{what} {}", path.display()), source)
    }
}
