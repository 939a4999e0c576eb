//! `pledge restore BACKUP`: puts a backup in place of the ledger without SQLite ever
//! replaying the old ledger's `-wal` into it, and keeps the ledger it replaces.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{Refusal, Store, check, locks, open, sidecar};
use crate::error::{Doing, Error, Result};

/// What a restore did.
pub struct Restored {
    /// Letters, pledges and notes in the restored ledger.
    pub counts: (i64, i64, i64),
    /// What was moved out of the way.
    pub aside: Option<Aside>,
}

/// Where what the restore replaced was moved.
pub struct Aside {
    /// The ledger that was replaced, when there was one.
    pub ledger: Option<PathBuf>,
    /// Each sidecar file found beside it and where it now is.
    pub sidecars: Vec<(PathBuf, PathBuf)>,
}

impl Store {
    /// Checks `backup` is a sound pledge ledger, copies it beside `target`, folds the old
    /// ledger's WAL into it and keeps it under a new name, then renames the copy into place.
    /// Refused while another process has the ledger open.
    pub fn restore(target: &Path, backup: &Path) -> Result<Restored> {
        let target = &real_target(target)?;
        crate::files::refuse_sidecar_name(target)?;
        if let Ok(meta) = fs::metadata(target)
            && let Some(kind) = crate::files::kind_of(&meta)
        {
            return Err(Error::Ledger(Refusal::RestoreOverNonFile {
                path: target.clone(),
                kind,
            }));
        }
        if same_file(target, backup) {
            return Err(Error::Ledger(Refusal::RestoreItself {
                backup: backup.to_path_buf(),
            }));
        }
        open::inspect(backup).map_err(|e| unusable(backup, e))?;
        refuse_if_open(target)?;
        let dir = crate::files::parent_dir(target);
        crate::files::writable_folder(&dir, crate::files::Attempt::RestoreTo(target.clone()))?;
        crate::files::clean_leftovers(&dir, None, &[backup]);
        let tmp = crate::files::temp_beside(target, "restore");
        open::remove_with_sidecars(&tmp);
        let replaced = fs::metadata(target).ok();
        let result = copy(backup, &tmp)
            .and_then(|()| match &replaced {
                Some(meta) => crate::files::keep_access(meta, &tmp),
                None => Ok(()),
            })
            .and_then(|()| swap(&tmp, target));
        if result.is_err() {
            open::remove_with_sidecars(&tmp);
        }
        let aside = result?;
        let counts = Store::open(target)?.counts()?;
        Ok(Restored { counts, aside })
    }
}

fn unusable(backup: &Path, why: Error) -> Error {
    Error::Ledger(Refusal::RestoreUnusable {
        backup: backup.to_path_buf(),
        why: Box::new(why),
    })
}

/// A symbolic link is restored through: the file it names is replaced, the link kept.
fn real_target(target: &Path) -> Result<PathBuf> {
    match fs::symlink_metadata(target) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(target).map_err(|_| {
            Error::Ledger(Refusal::RestoreOverLink {
                path: target.to_path_buf(),
                link: crate::files::link_of(target),
            })
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
        Some(pid) => Err(Error::Ledger(Refusal::RestoreWhileOpen {
            ledger: target.to_path_buf(),
            pid,
        })),
        None => Ok(()),
    }
}

/// A checked, upgraded copy of the backup in `tmp`, with its own change counter so that no
/// WAL of the old ledger can ever pass for its own.
fn copy(backup: &Path, tmp: &Path) -> Result<()> {
    let to = tmp.to_str().ok_or_else(|| {
        Error::Ledger(Refusal::RestorePathNotUtf8 {
            path: tmp.to_path_buf(),
        })
    })?;
    let source = read_only(backup)?;
    super::migrate::refuse_newer(&source, Some(backup)).map_err(|e| unusable(backup, e))?;
    // The backup is read page by page here: damage inside it shows now, and is its own.
    let damaged = |e: Error| match e {
        Error::Damaged { damage, .. } => Error::Ledger(Refusal::RestoreDamaged {
            backup: backup.to_path_buf(),
            damage,
        }),
        other => other,
    };
    source
        .execute("VACUUM INTO ?1", [to])
        .map_err(|e| damaged(e.into()))?;
    drop(source);
    let conn = Connection::open(tmp)?;
    check(&conn, "integrity_check").map_err(damaged)?;
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
fn swap(tmp: &Path, target: &Path) -> Result<Option<Aside>> {
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
    let dir = crate::files::parent_dir(target);
    let aside = crate::files::free_name(&dir, &format!("{name}.before-restore-{stamp}"), "db");
    if exists {
        fs::hard_link(target, &aside)
            .or_else(|_| fs::rename(target, &aside))
            .map_err(|e| Error::io_at(Doing::KeepOldLedger, &aside, e))?;
    }
    let mut moved = Vec::new();
    for suffix in sidecar::SUFFIXES {
        let from = sidecar::of(target, suffix);
        if fs::symlink_metadata(&from).is_ok() {
            let to = sidecar::of(&aside, suffix);
            fs::rename(&from, &to).map_err(|e| Error::io_at(Doing::MoveOldSidecar, &to, e))?;
            moved.push((from, to));
        }
    }
    fs::rename(tmp, target).map_err(|e| Error::io_at(Doing::PlaceRestored, target, e))?;
    if let Ok(d) = fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(Some(Aside {
        ledger: exists.then_some(aside),
        sidecars: moved,
    }))
}

/// Copies the old ledger's WAL into it, so the file kept aside is whole by itself.
fn fold_wal(target: &Path) -> Result<()> {
    let (conn, read_only) = open::connect(target)?;
    if read_only.is_none() {
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    conn.close().map_err(|(_, e)| Error::from(e))
}
