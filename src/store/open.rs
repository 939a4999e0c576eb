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
/// Returns the file's size.
pub fn inspect(path: &Path) -> Result<u64> {
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
    let mut file = File::open(path).map_err(|e| Error::io_at("cannot read", path, e))?;
    let mut header = [0u8; 100];
    let read =
        read_up_to(&mut file, &mut header).map_err(|e| Error::io_at("cannot read", path, e))?;
    if read < header.len() || &header[..16] != SQLITE_MAGIC {
        if looks_like_sqlite_pages(&mut file, meta.len()) {
            return Err(damaged(path, "its first page is not an SQLite header"));
        }
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
    // While another process has the file open its checkpoints may grow the file after the
    // header, so the page count is only compared when no `-wal` file says someone might.
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let quiet = !Path::new(&wal).exists();
    check_header(&header, meta.len(), quiet).map_err(|why| damaged(path, why))?;
    Ok(meta.len())
}

fn damaged(path: &Path, detail: &str) -> Error {
    Error::Damaged {
        ledger: Some(path.to_path_buf()),
        detail: detail.to_string(),
    }
}

/// The header's own consistency and the file's size against it: a truncated file or a
/// scribbled header shows here, before SQLite reads a page.
fn check_header(h: &[u8; 100], len: u64, quiet: bool) -> std::result::Result<(), &'static str> {
    let raw = u32::from(u16::from_be_bytes([h[16], h[17]]));
    let page = if raw == 1 { 65536 } else { raw };
    if !(512..=65536).contains(&page) || !page.is_power_of_two() {
        return Err("its header gives an impossible page size");
    }
    if h[21] != 64 || h[22] != 32 || h[23] != 32 {
        return Err("its header is scribbled over");
    }
    if len % u64::from(page) != 0 {
        return Err("the file ends in the middle of a page: it was cut short");
    }
    let pages = u64::from(u32::from_be_bytes([h[28], h[29], h[30], h[31]]));
    let counted_at = u32::from_be_bytes([h[92], h[93], h[94], h[95]]);
    let changed_at = u32::from_be_bytes([h[24], h[25], h[26], h[27]]);
    if quiet && counted_at == changed_at && pages * u64::from(page) > len {
        return Err("the file is shorter than its header says: it was cut short");
    }
    Ok(())
}

/// A file whose first page is garbage but whose later pages look like SQLite b-tree pages:
/// a ledger with a damaged header rather than some other kind of file.
fn looks_like_sqlite_pages(file: &mut File, len: u64) -> bool {
    use std::io::{Seek, SeekFrom};
    [4096u64, 1024, 8192, 16384, 32768, 65536, 2048, 512]
        .iter()
        .any(|&page| {
            if len < 2 * page || len % page != 0 {
                return false;
            }
            let mut kind = [0u8; 1];
            file.seek(SeekFrom::Start(page)).is_ok()
                && file.read_exact(&mut kind).is_ok()
                && matches!(kind[0], 0x02 | 0x05 | 0x0a | 0x0d)
        })
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

/// Opens an existing file, never creating one: for reading and writing when the file can be
/// written, else read-only (reported as such; writes are then refused by SQLite).
pub fn connect(path: &Path) -> Result<(Connection, bool)> {
    let flags = OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .is_ok()
    {
        let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        return Ok((conn, false));
    }
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    if conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .is_ok()
    {
        return Ok((conn, true));
    }
    // A WAL file whose folder we cannot write has no shared-memory file to read through;
    // reading it as immutable is the one way in.
    let Some(text) = path.to_str() else {
        return Err(Error::Refused(format!(
            "cannot read the read-only ledger {}: its folder is not writable either",
            path.display()
        )));
    };
    let uri = format!("file:{}?immutable=1", uri_escape(text));
    let conn = Connection::open_with_flags(
        uri,
        flags | OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
    )?;
    Ok((conn, true))
}

fn uri_escape(path: &str) -> String {
    path.chars()
        .map(|c| match c {
            '%' => "%25".to_string(),
            '?' => "%3f".to_string(),
            '#' => "%23".to_string(),
            c => c.to_string(),
        })
        .collect()
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
                Ok(_) => "a pledge ledger is already there".to_string(),
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

pub(super) fn parent_dir(path: &Path) -> PathBuf {
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
    let mut store = Store::init(conn, Some(tmp.to_path_buf()), false)?;
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
    crate::hooks::pause("init", "");
    File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io_at("cannot sync", tmp, e))
}

/// Moves the finished file into place without ever clobbering a ledger that appeared meanwhile.
pub(super) fn place(tmp: &Path, path: &Path, replace: bool) -> Result<()> {
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
                    "will not write {}: a file appeared there meanwhile",
                    path.display()
                )));
            }
            // Filesystems without hard links: a plain rename, having checked the path is free.
            Err(_) if !path.exists() => fs::rename(tmp, path)
                .map_err(|e| Error::io_at("cannot move the new file to", path, e))?,
            Err(e) => return Err(Error::io_at("cannot create", path, e)),
        }
    }
    if let Ok(dir) = File::open(parent_dir(path)) {
        let _ = dir.sync_all();
    }
    Ok(())
}
