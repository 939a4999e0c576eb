//! The names SQLite gives the files it keeps beside a ledger. Both the sidecar checks and the
//! lock probe need them; neither needs the other for them.

use std::path::{Path, PathBuf};

pub const SUFFIXES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// `path` with `suffix` added to its name.
pub fn of(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// Removes a ledger this program made moments ago for a command that then failed, with the
/// files SQLite keeps beside it: nothing of it is left. Only for a file just created.
pub fn remove_made_ledger(path: &Path) {
    let _ = std::fs::remove_file(path);
    for suffix in SUFFIXES {
        let _ = std::fs::remove_file(of(path, suffix));
    }
}
