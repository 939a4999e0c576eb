//! Refusals of files: the paths a command will not read or write, and why.

use std::path::Path;

use crate::error::file::{Broken, Kind, Refusal, Sqlite};
use crate::text::shown;

/// What a path that is not a regular file is, in words.
pub fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Directory => crate::ts!("files-kind-directory"),
        Kind::Fifo => crate::ts!("files-kind-fifo"),
        Kind::Socket => crate::ts!("files-kind-socket"),
        Kind::CharDevice => crate::ts!("files-kind-char-device"),
        Kind::BlockDevice => crate::ts!("files-kind-block-device"),
        Kind::Other => crate::ts!("files-kind-other"),
    }
}

fn sqlite(k: Sqlite) -> &'static str {
    match k {
        Sqlite::Database => crate::ts!("files-sqlite-database"),
        Sqlite::Wal => crate::ts!("files-sqlite-wal"),
    }
}

/// A link that leads to no file, in words.
pub fn broken(b: &Broken) -> String {
    match b {
        Broken::Loop => crate::t!("files-broken-loop"),
        Broken::To(target) => crate::t!("files-broken-to", target = shown(target)),
        Broken::Unreadable => crate::t!("files-broken-unreadable"),
    }
}

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::IsDirectory { path } => crate::t!("files-is-directory", path = shown(path)),
        Refusal::NotAFile { path, kind: k } => {
            crate::t!("files-not-a-file", path = shown(path), kind = kind(*k))
        }
        Refusal::IsSqlite { path, kind: k } => {
            crate::t!("files-is-sqlite", path = shown(path), kind = sqlite(*k))
        }
        Refusal::NoFolder { path, folder } => crate::t!(
            "files-no-folder",
            path = shown(path),
            folder = shown(folder)
        ),
        Refusal::Exists { path } => crate::t!("files-exists", path = shown(path)),
        Refusal::Dangling { path, link } => {
            crate::t!("files-dangling", path = shown(path), link = broken(link))
        }
        Refusal::SidecarName { path, suffix, db } => crate::t!(
            "files-sidecar-name",
            path = shown(path),
            suffix = suffix.to_string(),
            db = shown(db)
        ),
        Refusal::FolderNotWritable { dir, attempt } => {
            use crate::error::file::Attempt;
            let (doing, outcome) = match attempt {
                Attempt::CreateLedger(p) => (creating_ledger(p), nothing_written()),
                Attempt::WriteBackup(p) => (writing_backup(p), nothing_written()),
                Attempt::RestoreTo(p) => (restoring_to(p), nothing_restored()),
            };
            crate::t!(
                "files-folder-not-writable",
                doing = doing,
                dir = shown(dir),
                outcome = outcome
            )
        }
    }
}

/// What `files::writable_folder` says it was doing when a new ledger's folder is refused.
pub fn creating_ledger(path: &Path) -> String {
    crate::t!("files-creating-ledger", path = shown(path))
}

/// What `files::writable_folder` says it was doing when a backup's folder is refused.
pub fn writing_backup(path: &Path) -> String {
    crate::t!("files-writing-backup", path = shown(path))
}

/// What `files::writable_folder` says it was doing when a restore's folder is refused.
pub fn restoring_to(path: &Path) -> String {
    crate::t!("files-restoring-to", path = shown(path))
}

/// The outcome `files::writable_folder` names after a refusal.
pub fn nothing_written() -> &'static str {
    crate::ts!("files-nothing-written")
}

/// The outcome `files::writable_folder` names after a refused restore.
pub fn nothing_restored() -> &'static str {
    crate::ts!("files-nothing-restored")
}
