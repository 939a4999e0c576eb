//! Refusals of files: the paths a command will not read or write, and why.

use crate::files::{Broken, Kind, Refusal, Sqlite, shown};

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
        Refusal::FolderNotWritable {
            dir,
            doing,
            outcome,
        } => format!(
            "{doing}: the folder {} is not writable; {outcome}",
            shown(dir)
        ),
    }
}

/// What a failed write of a file says before the system's reason.
pub fn cannot_write() -> &'static str {
    "cannot write"
}

/// What a failed look at a path says before the system's reason.
pub fn cannot_read() -> &'static str {
    "cannot read"
}

/// What a failed change of a file's mode says before the path and the system's reason.
pub fn cannot_set_permissions() -> &'static str {
    "cannot set the permissions of"
}
