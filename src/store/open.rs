//! Telling a ledger from anything else before SQLite touches it, and creating new ones.

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{Damage, Header, Refusal, Seed, Store, sidecar};
use crate::error::{Doing, Error, Result};
use crate::files::{kind_of, link_of};

/// `PRAGMA application_id` of a pledge ledger: "Pldg".
pub const APPLICATION_ID: u32 = 0x506C_6467;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Refuses, without opening or changing it, a path that is not a pledge ledger.
///
/// Reading the header ourselves means another program's database never gets a `-wal` file.
/// Returns the file's size.
pub fn inspect(path: &Path) -> Result<u64> {
    let refused = |r: Refusal| Err(Error::Ledger(r));
    let at = || path.to_path_buf();
    if let Some(link) = link_of(path) {
        return refused(Refusal::BrokenLink { path: at(), link });
    }
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return refused(Refusal::NoLedger {
                path: at(),
                leftovers: sidecar::present(path),
            });
        }
        Err(e) => return Err(Error::io_at(Doing::Read, path, e)),
    };
    if let Some(kind) = kind_of(&meta) {
        return refused(Refusal::NotAFile { path: at(), kind });
    }
    crate::hooks::pause("open", "after size");
    if meta.len() == 0 {
        return refused(Refusal::EmptyFile { path: at() });
    }
    let mut file = File::open(path).map_err(|e| Error::io_at(Doing::Read, path, e))?;
    let mut header = [0u8; 100];
    let read =
        read_up_to(&mut file, &mut header).map_err(|e| Error::io_at(Doing::Read, path, e))?;
    if read < header.len() || &header[..16] != SQLITE_MAGIC {
        if looks_like_sqlite_pages(&mut file, meta.len()) {
            return Err(damaged(path, Header::NotSqlite));
        }
        return refused(Refusal::NotSqlite {
            path: at(),
            bytes: meta.len(),
        });
    }
    let app_id = u32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    if app_id != APPLICATION_ID {
        return refused(Refusal::OtherProgram {
            path: at(),
            application_id: app_id,
        });
    }
    // While another process has the file open its checkpoints may grow the file after the
    // header, so the page count is only compared when no `-wal` file says someone might.
    // SQLite names the sidecars after the file a symbolic link leads to.
    let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let quiet = !sidecar::of(&real, "-wal").exists();
    // The size is read again after the header and the look for a `-wal`, in that order: a
    // checkpoint writes the header's new page count before it has grown the file, and
    // deletes the `-wal` only once it has, so the size read now is at least the count read
    // before. (The first size was read before the header: in between, another process's
    // checkpoint may have grown the file and gone.)
    // From the file whose header was read, not the path: a restore may have put another
    // file at the path meanwhile.
    let len = file.metadata().map_or(meta.len(), |m| m.len());
    let page = check_header(&header, len, quiet).map_err(|why| damaged(path, why))?;
    sidecar::check(&real, page)?;
    Ok(len)
}

fn damaged(path: &Path, header: Header) -> Error {
    Error::Damaged {
        ledger: Some(path.to_path_buf()),
        damage: Damage::Header(header),
    }
}

/// The header's own consistency and the file's size against it: a truncated file or a
/// scribbled header shows here, before SQLite reads a page.
/// Returns the page size.
fn check_header(h: &[u8; 100], len: u64, quiet: bool) -> std::result::Result<usize, Header> {
    let raw = u32::from(u16::from_be_bytes([h[16], h[17]]));
    let page = if raw == 1 { 65536 } else { raw };
    if !(512..=65536).contains(&page) || !page.is_power_of_two() {
        return Err(Header::PageSize);
    }
    if h[21] != 64 || h[22] != 32 || h[23] != 32 {
        return Err(Header::Scribbled);
    }
    if !len.is_multiple_of(u64::from(page)) {
        return Err(Header::CutMidPage);
    }
    let pages = u64::from(u32::from_be_bytes([h[28], h[29], h[30], h[31]]));
    let counted_at = u32::from_be_bytes([h[92], h[93], h[94], h[95]]);
    let changed_at = u32::from_be_bytes([h[24], h[25], h[26], h[27]]);
    if quiet && counted_at == changed_at && pages * u64::from(page) > len {
        return Err(Header::CutShort);
    }
    Ok(page as usize)
}

/// A file whose first page is garbage but whose later pages look like SQLite b-tree pages:
/// a ledger with a damaged header rather than some other kind of file.
fn looks_like_sqlite_pages(file: &mut File, len: u64) -> bool {
    use std::io::{Seek, SeekFrom};
    [4096u64, 1024, 8192, 16384, 32768, 65536, 2048, 512]
        .iter()
        .any(|&page| {
            if len < 2 * page || !len.is_multiple_of(page) {
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

/// Why a ledger was opened for reading only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnly {
    /// The file itself cannot be written.
    File,
    /// The file could be, but its folder cannot: SQLite has nowhere to make `-wal`/`-shm`.
    Folder,
    /// The disk has no room for the `-shm` SQLite needs to write.
    DiskFull,
}

/// Opens an existing file, never creating one: for reading and writing when the file and its
/// folder can be written, else read-only (reported as such; writes are then refused).
pub fn connect(path: &Path) -> Result<(Connection, Option<ReadOnly>)> {
    let flags = OpenFlags::SQLITE_OPEN_NO_MUTEX;
    // The first read opens the WAL, and may wait for a process recovering it meanwhile.
    let readable = |conn: &Connection| {
        conn.busy_timeout(super::BUSY_TIMEOUT)?;
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .map(|_| ())
    };
    let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let why = if fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .is_ok()
    {
        let had = sidecar::present(&real);
        let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        match readable(&conn) {
            Ok(()) => return Ok((conn, None)),
            // No room for the `-shm`: read without one, leaving none of ours behind.
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::SystemIoFailure | rusqlite::ErrorCode::DiskFull)
                ) =>
            {
                drop(conn);
                remove_made(&real, &had);
                return without_shm(path, &real, ReadOnly::DiskFull);
            }
            // The file can be written but no `-wal`/`-shm` can be made beside it.
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
                ) =>
            {
                ReadOnly::Folder
            }
            Err(e) => return Err(e.into()),
        }
    } else {
        ReadOnly::File
    };
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    if readable(&conn).is_ok() {
        return Ok((conn, Some(why)));
    }
    drop(conn);
    without_shm(path, &real, why)
}

/// Removes the `-shm` and empty `-wal` a failed open made beside `real` (not in `had`),
/// unless another process has the ledger open meanwhile. A `-wal` holding data is kept.
fn remove_made(real: &Path, had: &[PathBuf]) {
    if super::locks::holder(real).is_some() {
        return;
    }
    let shm = sidecar::of(real, "-shm");
    if !had.contains(&shm) {
        let _ = fs::remove_file(&shm);
    }
    let wal = sidecar::of(real, "-wal");
    if !had.contains(&wal) && wal.metadata().is_ok_and(|m| m.len() == 0) {
        let _ = fs::remove_file(&wal);
    }
}

/// Opens the ledger for reading without a `-shm`, which cannot be made.
fn without_shm(path: &Path, real: &Path, why: ReadOnly) -> Result<(Connection, Option<ReadOnly>)> {
    let flags = OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let readable = |conn: &Connection| {
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .map(|_| ())
    };
    // No `-shm` and no way to make one. With a WAL that holds frames, exclusive locking keeps
    // the WAL's index in memory instead, so committed changes are read, not skipped. A file
    // opened read-only cannot take the exclusive lock that needs, so this connection takes
    // none: without a `-shm` no other process has the ledger open, and this one only reads.
    let wal = sidecar::of(real, "-wal");
    if wal.metadata().is_ok_and(|m| m.len() > 32) {
        let conn = Connection::open_with_flags_and_vfs(
            path,
            flags | OpenFlags::SQLITE_OPEN_READ_ONLY,
            c"unix-none",
        )?;
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        if readable(&conn).is_ok() {
            return Ok((conn, Some(why)));
        }
        return Err(Error::Ledger(Refusal::WalUnreadable {
            ledger: path.to_path_buf(),
            shm: sidecar::of(real, "-shm"),
            wal,
        }));
    }
    // No WAL, or one without a frame: the file alone is the whole ledger.
    let Some(text) = path.to_str() else {
        return Err(Error::Ledger(Refusal::ReadOnlyPathNotUtf8 {
            ledger: path.to_path_buf(),
        }));
    };
    let uri = format!("file:{}?immutable=1", uri_escape(text));
    let conn = Connection::open_with_flags(
        uri,
        flags | OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
    )?;
    Ok((conn, Some(why)))
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
/// except an empty (0-byte) regular file when `replace_empty` is set. Never beside a leftover
/// `-wal`, `-shm` or `-journal`, which SQLite would replay into the new ledger.
pub fn create(path: &Path, seed: Seed, replace_empty: bool) -> Result<()> {
    let refused = |r: Refusal| Err(Error::Ledger(r));
    let at = || path.to_path_buf();
    if let Some(link) = link_of(path) {
        return refused(Refusal::CreateOverLink { path: at(), link });
    }
    let link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == 0 && replace_empty && !link => {}
        Ok(meta) if meta.len() == 0 && meta.is_file() => {
            return refused(Refusal::CreateOverEmpty { path: at(), link });
        }
        Ok(_) => {
            return refused(Refusal::CreateOverExisting {
                path: at(),
                found: inspect(path).err().map(Box::new),
            });
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io_at(Doing::Read, path, e)),
    }
    crate::files::refuse_sidecar_name(path)?;
    let found = sidecar::present(path);
    if !found.is_empty() {
        return refused(Refusal::CreateBesideLeftovers {
            path: at(),
            leftovers: found,
        });
    }
    let dir = crate::files::parent_dir(path);
    if !dir.is_dir() {
        return refused(Refusal::CreateWithoutFolder {
            path: at(),
            folder: dir,
        });
    }
    crate::files::writable_folder(
        &dir,
        crate::files::Attempt::CreateLedger(path.to_path_buf()),
    )?;
    crate::files::clean_leftovers(&dir, None, &[]);
    let tmp = crate::files::temp_beside(path, "new");
    let replaced = fs::metadata(path).ok().filter(|_| replace_empty);
    let result = build(&tmp, seed)
        .and_then(|()| match &replaced {
            Some(meta) => crate::files::keep_access(meta, &tmp),
            None => Ok(()),
        })
        .and_then(|()| place(&tmp, path, replace_empty));
    if result.is_err() {
        remove_with_sidecars(&tmp);
    }
    result
}

/// Removes a temporary database of ours and whatever SQLite left beside it.
pub(super) fn remove_with_sidecars(tmp: &Path) {
    let _ = fs::remove_file(tmp);
    for suffix in sidecar::SUFFIXES {
        let _ = fs::remove_file(sidecar::of(tmp, suffix));
    }
}

fn build(tmp: &Path, seed: Seed) -> Result<()> {
    let _ = fs::remove_file(tmp);
    let conn = Connection::open(tmp)?;
    let mut store = Store::init(conn, Some(tmp.to_path_buf()), None)?;
    store.seed(seed)?;
    // WAL lets readers go on while one process writes; it is recorded in the file itself.
    let mode: String = store
        .conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Ledger(Refusal::NoWalMode {
            path: tmp.to_path_buf(),
            mode,
        }));
    }
    store.conn.close().map_err(|(_, e)| Error::from(e))?;
    finish_file(tmp)?;
    crate::hooks::pause("init", "");
    Ok(())
}

/// A closed database of ours, about to be moved into place: its WAL folded in, its own
/// change counter, synced.
pub(super) fn finish_file(tmp: &Path) -> Result<()> {
    if sidecar::of(tmp, "-wal").exists() {
        return Err(Error::Ledger(Refusal::WalNotFolded {
            path: tmp.to_path_buf(),
        }));
    }
    sidecar::stamp_lineage(tmp)
}

/// Moves the finished file into place without ever clobbering a ledger that appeared meanwhile.
pub(super) fn place(tmp: &Path, path: &Path, replace: bool) -> Result<()> {
    if replace {
        fs::rename(tmp, path).map_err(|e| Error::io_at(Doing::PlaceLedger, path, e))?;
    } else {
        match fs::hard_link(tmp, path) {
            Ok(()) => {
                let _ = fs::remove_file(tmp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::Ledger(Refusal::AppearedMeanwhile {
                    path: path.to_path_buf(),
                }));
            }
            // Filesystems without hard links: a plain rename, having checked the path is free.
            Err(_) if !path.exists() => {
                fs::rename(tmp, path).map_err(|e| Error::io_at(Doing::PlaceFile, path, e))?
            }
            Err(e) => return Err(Error::io_at(Doing::Create, path, e)),
        }
    }
    if let Ok(dir) = File::open(crate::files::parent_dir(path)) {
        let _ = dir.sync_all();
    }
    Ok(())
}
