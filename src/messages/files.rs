//! Refusals of files: the paths a command will not read or write, and why.

use std::path::Path;

use crate::error::file::{Broken, Kind, Refusal, Sqlite};
use crate::text::shown;

/// What a path that is not a regular file is, in words.
pub fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Directory => "a directory",
        Kind::Fifo => "a named pipe (FIFO)",
        Kind::Socket => "a socket",
        Kind::CharDevice => "a character device",
        Kind::BlockDevice => "a block device",
        Kind::Other => "not a regular file",
    }
}

fn sqlite(k: Sqlite) -> &'static str {
    match k {
        Sqlite::Database => "an SQLite database (a ledger, or a copy of one)",
        Sqlite::Wal => "an SQLite WAL file",
    }
}

/// A link that leads to no file, in words.
pub fn broken(b: &Broken) -> String {
    match b {
        Broken::Loop => {
            "a symbolic link loop (following it leads back to a link, never to a file)".into()
        }
        Broken::To(target) => format!("a symbolic link to {}, which does not exist", shown(target)),
        Broken::Unreadable => "a symbolic link to no file".into(),
    }
}

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::IsDirectory { path } => format!(
            "{} is a directory; expected a file name to write; nothing written",
            shown(path)
        ),
        Refusal::NotAFile { path, kind: k } => format!(
            "{} is {}; outputs are written to regular files only; nothing written",
            shown(path),
            kind(*k)
        ),
        Refusal::IsSqlite { path, kind: k } => format!(
            "{} is {}; an output never replaces it; nothing written. Give another name",
            shown(path),
            sqlite(*k)
        ),
        Refusal::NoFolder { path, folder } => format!(
            "cannot write {}: the folder {} does not exist",
            shown(path),
            shown(folder)
        ),
        Refusal::Exists { path } => format!(
            "{} already exists; a backup never replaces a file: give a new name",
            shown(path)
        ),
        Refusal::Dangling { path, link } => {
            format!("{} is {}; nothing written there", shown(path), broken(link))
        }
        Refusal::SidecarName { path, suffix, db } => format!(
            "{} is where SQLite keeps the {suffix} file of the database {}; nothing written \
             there. Give another name",
            shown(path),
            shown(db)
        ),
        Refusal::FolderNotWritable { dir, attempt } => {
            use crate::error::file::Attempt;
            let (doing, outcome) = match attempt {
                Attempt::CreateLedger(p) => (creating_ledger(p), nothing_written()),
                Attempt::WriteBackup(p) => (writing_backup(p), nothing_written()),
                Attempt::RestoreTo(p) => (restoring_to(p), nothing_restored()),
            };
            format!(
                "{doing}: the folder {} is not writable; {outcome}",
                shown(dir)
            )
        }
    }
}

/// What `files::writable_folder` says it was doing when a new ledger's folder is refused.
pub fn creating_ledger(path: &Path) -> String {
    format!("cannot create a ledger at {}", shown(path))
}

/// What `files::writable_folder` says it was doing when a backup's folder is refused.
pub fn writing_backup(path: &Path) -> String {
    format!("cannot write the backup {}", shown(path))
}

/// What `files::writable_folder` says it was doing when a restore's folder is refused.
pub fn restoring_to(path: &Path) -> String {
    format!("cannot restore to {}", shown(path))
}

/// The outcome `files::writable_folder` names after a refusal.
pub fn nothing_written() -> &'static str {
    "nothing written"
}

/// The outcome `files::writable_folder` names after a refused restore.
pub fn nothing_restored() -> &'static str {
    "nothing restored"
}
