//! `pledge backup`: a consistent, checked copy that appears whole or not at all.

use std::path::Path;

use rusqlite::Connection;

use super::{Refusal, Store, check, open};
use crate::error::{Error, Result};

impl Store {
    /// Copies the ledger as it stands at one moment (writers may go on meanwhile), checks the
    /// copy, syncs it and moves it into place. Never replaces an existing file, and never
    /// writes where SQLite would take the copy for a database's `-wal` or `-journal`.
    pub fn backup(&self, dest: &Path) -> Result<()> {
        crate::files::new_file_target(dest)?;
        let dir = crate::files::parent_dir(dest);
        if !dir.is_dir() {
            return Err(Error::Ledger(Refusal::BackupWithoutFolder {
                backup: dest.to_path_buf(),
                folder: dir,
            }));
        }
        let found = super::sidecar::present(dest);
        if !found.is_empty() {
            return Err(Error::Ledger(Refusal::BackupBesideLeftovers {
                backup: dest.to_path_buf(),
                leftovers: found,
            }));
        }
        crate::files::writable_folder(
            &dir,
            crate::files::Attempt::WriteBackup(dest.to_path_buf()),
        )?;
        let ledger: Vec<&Path> = self.path.as_deref().into_iter().collect();
        crate::files::clean_leftovers(&dir, None, &ledger);
        let tmp = crate::files::temp_beside(dest, "backup");
        open::remove_with_sidecars(&tmp);
        let source = self.path.as_deref().and_then(|p| std::fs::metadata(p).ok());
        let result = self
            .copy_to(&tmp)
            .and_then(|()| match &source {
                Some(meta) => crate::files::keep_access(meta, &tmp),
                None => Ok(()),
            })
            .and_then(|()| open::place(&tmp, dest, false));
        if result.is_err() {
            open::remove_with_sidecars(&tmp);
        }
        result.map_err(|e| not_written(e, dest))
    }

    fn copy_to(&self, tmp: &Path) -> Result<()> {
        let target = tmp.to_str().ok_or_else(|| {
            Error::Ledger(Refusal::BackupPathNotUtf8 {
                path: tmp.to_path_buf(),
            })
        })?;
        // One read transaction: the copy is the ledger as of one commit.
        self.conn.execute("VACUUM INTO ?1", [target])?;
        let copy = Connection::open(tmp)?;
        check(&copy, "integrity_check").map_err(|e| match e {
            Error::Damaged { damage, .. } => Error::Ledger(Refusal::BackupCheckFailed { damage }),
            other => other,
        })?;
        copy.pragma_update(None, "journal_mode", "WAL")?;
        copy.close().map_err(|(_, e)| Error::from(e))?;
        open::finish_file(tmp)
    }
}

/// A full disk while copying is about the backup, not about a change to the ledger.
fn not_written(e: Error, dest: &Path) -> Error {
    let full = match &e {
        Error::DiskFull { .. } => true,
        Error::Io { source, .. } => source.kind() == std::io::ErrorKind::StorageFull,
        Error::Sqlite(s) => s.to_string().contains("database or disk is full"),
        _ => false,
    };
    if !full {
        return e;
    }
    Error::Ledger(Refusal::BackupDiskFull {
        backup: dest.to_path_buf(),
    })
}
