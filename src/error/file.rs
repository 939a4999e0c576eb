//! Why a path a command will not read or write: the facts, worded by `messages::files`.

use std::path::PathBuf;

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Directory,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    /// None of the above, yet not a regular file.
    Other,
}

/// What kind of SQLite file a path holds, when an output would replace it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sqlite {
    Database,
    Wal,
}

/// A symbolic link that leads to no file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Broken {
    /// Following it comes back to a link, never to a file.
    Loop,
    /// It names this path, which does not exist.
    To(PathBuf),
    /// It could not be read.
    Unreadable,
}

#[derive(Debug)]
pub enum Refusal {
    /// An output named a directory.
    IsDirectory { path: PathBuf },
    /// An output named a pipe, socket or device.
    NotAFile { path: PathBuf, kind: Kind },
    /// An output named a ledger or SQLite's file beside one.
    IsSqlite { path: PathBuf, kind: Sqlite },
    /// An output's folder does not exist.
    NoFolder { path: PathBuf, folder: PathBuf },
    /// A new file's path is taken.
    Exists { path: PathBuf },
    /// A path is a link to nothing.
    Dangling { path: PathBuf, link: Broken },
    /// SQLite would take a file at the path as the `suffix` file of database `db`.
    SidecarName {
        path: PathBuf,
        suffix: &'static str,
        db: PathBuf,
    },
    /// The folder cannot be written by this process; `doing` and `outcome` say what failed.
    FolderNotWritable { dir: PathBuf, attempt: Attempt },
}

/// What a folder had to be written for: the file that would have been made there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    CreateLedger(PathBuf),
    WriteBackup(PathBuf),
    RestoreTo(PathBuf),
}

impl Refusal {
    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        false
    }
}
