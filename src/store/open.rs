//! Telling a ledger from anything else before SQLite touches it, and creating new ones.

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{Seed, Store};
use crate::error::{Error, Result};

/// `PRAGMA application_id` of a pledge ledger: "Pldg".
pub const APPLICATION_ID: u32 = 0x506C_6467;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Refuses, without opening or changing it, a path that is not a pledge ledger.
///
/// Reading the header ourselves means another program's database never gets a `-wal` file.
pub fn inspect(path: &Path) -> Result<()> {
    let shown = path.display();
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Refused(format!(
                "no ledger at {shown}; create one with `pledge init --db {shown}`"
            )));
        }
        Err(e) => return Err(Error::io_at("cannot read", path, e)),
    };
    if meta.is_dir() {
        return Err(Error::Refused(format!(
            "{shown} is a directory, not a pledge ledger; give the path of a ledger file"
        )));
    }
    if meta.len() == 0 {
        return Err(Error::Refused(format!(
            "{shown} is an empty file (0 bytes), not a pledge ledger; it was not changed. \
             `pledge init --force --db {shown}` replaces it with a new ledger"
        )));
    }
    let mut header = [0u8; 100];
    let read = File::open(path)
        .and_then(|mut f| read_up_to(&mut f, &mut header))
        .map_err(|e| Error::io_at("cannot read", path, e))?;
    if read < header.len() || &header[..16] != SQLITE_MAGIC {
        return Err(Error::Refused(format!(
            "{shown} is not a pledge ledger (not an SQLite database, {} bytes); it was not changed",
            meta.len()
        )));
    }
    let app_id = u32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    if app_id != APPLICATION_ID {
        return Err(Error::Refused(format!(
            "{shown} is an SQLite database of another program (application_id {app_id:#010x}), \
             not a pledge ledger; it was not changed"
        )));
    }
    Ok(())
}

fn read_up_to(f: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match f.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// Opens an existing file for reading and writing; never creates one.
pub fn connect(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Ok(Connection::open_with_flags(path, flags)?)
}

/// Builds a ledger in a temporary file beside `path`, then moves it into place.
///
/// A crash leaves either no ledger or a whole one; an existing file is never overwritten,
/// except an empty (0-byte) one when `replace_empty` is set.
pub fn create(path: &Path, seed: Seed, replace_empty: bool) -> Result<()> {
    let shown = path.display();
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == 0 && replace_empty => {}
        Ok(meta) if meta.len() == 0 && meta.is_file() => {
            return Err(Error::Refused(format!(
                "{shown} is an empty file (0 bytes); it was not changed. \
                 Add --force to replace it with a new ledger"
            )));
        }
        Ok(_) => {
            let what = match inspect(path) {
                Ok(()) => "a pledge ledger is already there".to_string(),
                Err(e) => e.to_string(),
            };
            return Err(Error::Refused(format!(
                "will not create a ledger at {shown}: {what}"
            )));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io_at("cannot read", path, e)),
    }
    let dir = parent_dir(path);
    if !dir.is_dir() {
        return Err(Error::Refused(format!(
            "cannot create a ledger at {shown}: the folder {} does not exist",
            dir.display()
        )));
    }
    let tmp = temp_path(path);
    let result = build(&tmp, seed).and_then(|()| place(&tmp, path, replace_empty));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
        let _ = fs::remove_file(tmp.with_extension("new-journal"));
    }
    result
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "ledger".into());
    parent_dir(path).join(format!(".{name}.{}.new", std::process::id()))
}

fn build(tmp: &Path, seed: Seed) -> Result<()> {
    let _ = fs::remove_file(tmp);
    let conn = Connection::open(tmp)?;
    let mut store = Store::init(conn, Some(tmp.to_path_buf()))?;
    store.seed(seed)?;
    // WAL lets readers go on while one process writes; it is recorded in the file itself.
    let mode: String = store
        .conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Refused(format!(
            "the folder of {} does not support SQLite's WAL mode (got {mode})",
            tmp.display()
        )));
    }
    store.conn.close().map_err(|(_, e)| Error::from(e))?;
    crate::hooks::pause("init");
    File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io_at("cannot sync", tmp, e))
}

/// Moves the finished file into place without ever clobbering a ledger that appeared meanwhile.
fn place(tmp: &Path, path: &Path, replace: bool) -> Result<()> {
    if replace {
        fs::rename(tmp, path)
            .map_err(|e| Error::io_at("cannot move the new ledger to", path, e))?;
    } else {
        match fs::hard_link(tmp, path) {
            Ok(()) => {
                let _ = fs::remove_file(tmp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::Refused(format!(
                    "will not create a ledger at {}: a file appeared there meanwhile",
                    path.display()
                )));
            }
            // Filesystems without hard links: a plain rename, having checked the path is free.
            Err(_) if !path.exists() => fs::rename(tmp, path)
                .map_err(|e| Error::io_at("cannot move the new ledger to", path, e))?,
            Err(e) => return Err(Error::io_at("cannot create", path, e)),
        }
    }
    if let Ok(dir) = File::open(parent_dir(path)) {
        let _ = dir.sync_all();
    }
    Ok(())
}
