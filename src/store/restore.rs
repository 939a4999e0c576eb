//! `pledge restore BACKUP`: puts a backup in place of the ledger without SQLite ever
//! replaying the old ledger's `-wal` into it, and keeps the ledger it replaces.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{Store, check, locks, open, sidecar};
use crate::error::{Error, Result};
use crate::files::shown;

/// What a restore did.
pub struct Restored {
    /// Letters, pledges and notes in the restored ledger.
    pub counts: (i64, i64, i64),
    /// Where the ledger that was replaced (with its sidecars) now is.
    pub aside: Option<PathBuf>,
}

impl Store {
    /// Checks `backup` is a sound pledge ledger, copies it beside `target`, folds the old
    /// ledger's WAL into it and keeps it under a new name, then renames the copy into place.
    /// Refused while another process has the ledger open.
    pub fn restore(target: &Path, backup: &Path) -> Result<Restored> {
        let target = &real_target(target)?;
        crate::files::refuse_sidecar_name(target)?;
        if let Ok(meta) = fs::metadata(target)
            && let Some(kind) = crate::files::not_a_file(&meta)
        {
            return Err(Error::Refused(format!(
                "{} is {kind}, not a ledger; nothing restored",
                shown(target)
            )));
        }
        if same_file(target, backup) {
            return Err(Error::Refused(format!(
                "{} is the ledger itself, not a backup of it; nothing restored",
                shown(backup)
            )));
        }
        open::inspect(backup).map_err(|e| {
            Error::Refused(format!(
                "{} cannot be restored: {e}; nothing restored",
                shown(backup)
            ))
        })?;
        refuse_if_open(target)?;
        let dir = open::parent_dir(target);
        crate::files::clean_leftovers(&dir, None, &[backup]);
        let tmp = crate::files::temp_beside(target, "restore");
        open::remove_with_sidecars(&tmp);
        let result = copy(backup, &tmp).and_then(|()| swap(&tmp, target));
        if result.is_err() {
            open::remove_with_sidecars(&tmp);
        }
        let aside = result?;
        let counts = Store::open(target)?.counts()?;
        Ok(Restored { counts, aside })
    }
}

/// A symbolic link is restored through: the file it names is replaced, the link kept.
fn real_target(target: &Path) -> Result<PathBuf> {
    match fs::symlink_metadata(target) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(target).map_err(|_| {
            Error::Refused(format!(
                "{} is a symbolic link to a file that does not exist; nothing restored",
                shown(target)
            ))
        }),
        _ => Ok(target.to_path_buf()),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

fn refuse_if_open(target: &Path) -> Result<()> {
    match locks::holder(target) {
        Some(pid) => Err(Error::Refused(format!(
            "another process (pid {pid}) has the ledger {} open; close it (quit the \
             full-screen view, let running commands finish) and restore again; nothing restored",
            shown(target)
        ))),
        None => Ok(()),
    }
}

/// A checked, upgraded copy of the backup in `tmp`, with its own change counter so that no
/// WAL of the old ledger can ever pass for its own.
fn copy(backup: &Path, tmp: &Path) -> Result<()> {
    let to = tmp.to_str().ok_or_else(|| {
        Error::Refused(format!(
            "cannot restore to {}: the path is not UTF-8",
            shown(tmp)
        ))
    })?;
    let source = read_only(backup)?;
    source.execute("VACUUM INTO ?1", [to])?;
    drop(source);
    let conn = Connection::open(tmp)?;
    check(&conn, "integrity_check").map_err(|e| match e {
        Error::Damaged { detail, .. } => Error::Refused(format!(
            "the backup {} is damaged ({detail}); nothing restored",
            shown(backup)
        )),
        other => other,
    })?;
    let store = Store::init(conn, Some(tmp.to_path_buf()), None)?;
    store.conn.pragma_update(None, "journal_mode", "WAL")?;
    store.conn.close().map_err(|(_, e)| Error::from(e))?;
    open::finish_file(tmp)
}

/// Opens the backup for reading only, leaving no sidecar beside it when it has no WAL.
fn read_only(backup: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    match backup.to_str() {
        Some(text) if !sidecar::of(backup, "-wal").exists() => {
            let escaped = text
                .replace('%', "%25")
                .replace('?', "%3f")
                .replace('#', "%23");
            Ok(Connection::open_with_flags(
                format!("file:{escaped}?immutable=1"),
                flags | OpenFlags::SQLITE_OPEN_URI,
            )?)
        }
        _ => Ok(Connection::open_with_flags(backup, flags)?),
    }
}

/// Keeps the old ledger (its WAL folded in when it can be opened) under a new name, moves
/// its sidecars with it, and renames the copy over the ledger's name: at every moment the
/// name holds a whole ledger, and never beside a WAL that is not its own.
fn swap(tmp: &Path, target: &Path) -> Result<Option<PathBuf>> {
    let exists = fs::symlink_metadata(target).is_ok();
    let sidecars = sidecar::present(target);
    if !exists && sidecars.is_empty() {
        open::place(tmp, target, false)?;
        return Ok(None);
    }
    if exists && open::inspect(target).is_ok() {
        fold_wal(target)?;
    }
    refuse_if_open(target)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "ledger".into());
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let dir = open::parent_dir(target);
    let aside = crate::files::free_name(&dir, &format!("{name}.before-restore-{stamp}"), "db");
    if exists {
        fs::hard_link(target, &aside)
            .or_else(|_| fs::rename(target, &aside))
            .map_err(|e| Error::io_at("cannot keep the old ledger as", &aside, e))?;
    }
    for suffix in sidecar::SUFFIXES {
        let from = sidecar::of(target, suffix);
        if fs::symlink_metadata(&from).is_ok() {
            let to = sidecar::of(&aside, suffix);
            fs::rename(&from, &to)
                .map_err(|e| Error::io_at("cannot move the old sidecar file to", &to, e))?;
        }
    }
    fs::rename(tmp, target)
        .map_err(|e| Error::io_at("cannot move the restored ledger to", target, e))?;
    if let Ok(d) = fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(Some(aside))
}

/// Copies the old ledger's WAL into it, so the file kept aside is whole by itself.
fn fold_wal(target: &Path) -> Result<()> {
    let (conn, read_only) = open::connect(target)?;
    if read_only.is_none() {
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    conn.close().map_err(|(_, e)| Error::from(e))
}
