//! `pledge backup`: a consistent, checked copy that appears whole or not at all.

use std::fs::{self, File};
use std::path::Path;

use rusqlite::Connection;

use super::{Store, check, open};
use crate::error::{Error, Result};

impl Store {
    /// Copies the ledger as it stands at one moment (writers may go on meanwhile), checks the
    /// copy, syncs it and moves it into place. Never replaces an existing file.
    pub fn backup(&self, dest: &Path) -> Result<()> {
        let shown = dest.display();
        if dest.exists() {
            return Err(Error::Refused(format!(
                "{shown} already exists; a backup never replaces a file: give a new name"
            )));
        }
        let dir = open::parent_dir(dest);
        if !dir.is_dir() {
            return Err(Error::Refused(format!(
                "cannot write the backup {shown}: the folder {} does not exist",
                dir.display()
            )));
        }
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.backup", std::process::id()));
        let _ = fs::remove_file(&tmp);
        let result = self
            .copy_to(&tmp)
            .and_then(|()| open::place(&tmp, dest, false));
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    fn copy_to(&self, tmp: &Path) -> Result<()> {
        let target = tmp.to_str().ok_or_else(|| {
            Error::Refused(format!(
                "cannot write a backup to {}: the path is not UTF-8",
                tmp.display()
            ))
        })?;
        // One read transaction: the copy is the ledger as of one commit.
        self.conn.execute("VACUUM INTO ?1", [target])?;
        let copy = Connection::open(tmp)?;
        check(&copy, "integrity_check").map_err(|e| match e {
            Error::Damaged { detail, .. } => Error::Refused(format!(
                "the backup copy failed its check ({detail}); nothing written"
            )),
            other => other,
        })?;
        copy.pragma_update(None, "journal_mode", "WAL")?;
        copy.close().map_err(|(_, e)| Error::from(e))?;
        File::open(tmp)
            .and_then(|f| f.sync_all())
            .map_err(|e| Error::io_at("cannot sync", tmp, e))
    }
}
