//! The files SQLite keeps beside a ledger (`-wal`, `-shm`, `-journal`): checked before SQLite
//! opens the ledger, since SQLite replays whatever it finds under those names.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use super::{Refusal, wal};
use crate::error::{Doing, Error, Result};

pub use super::beside::{SUFFIXES, of};

/// The sidecar files that exist beside `path`.
pub fn present(path: &Path) -> Vec<PathBuf> {
    SUFFIXES
        .iter()
        .map(|s| of(path, s))
        .filter(|p| p.symlink_metadata().is_ok())
        .collect()
}

/// Refuses a ledger whose `-wal` was written for another file, or that has a `-journal`
/// (pledge ledgers are in WAL mode and never make one). Leaves every file as it was.
///
/// A process that opens the ledger meanwhile may checkpoint between the reads; page 1 is read
/// before and after the WAL and the check is repeated when it moved, then trusted to it.
pub fn check(path: &Path, page_size: usize) -> Result<()> {
    let journal = of(path, "-journal");
    if journal.metadata().is_ok_and(|m| m.len() > 0) {
        return Err(Error::Ledger(Refusal::ForeignJournal {
            ledger: path.to_path_buf(),
            journal,
        }));
    }
    let wal_path = of(path, "-wal");
    // A process with the ledger open reads the WAL through its live index, never replaying
    // it: the WAL is that process's own.
    if super::locks::holder(path).is_some() {
        return Ok(());
    }
    for _ in 0..3 {
        let before = page1(path, page_size)?;
        let verdict = match wal::check(&wal_path, &wal::Ledger { page1: &before }) {
            Ok(v) => v,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(Error::io_at(Doing::Read, &wal_path, e)),
        };
        if page1(path, page_size)? != before {
            continue;
        }
        return verdict.map_err(|why| {
            Error::Ledger(Refusal::ForeignWal {
                ledger: path.to_path_buf(),
                wal: wal_path.clone(),
                shm: of(path, "-shm"),
                why,
            })
        });
    }
    Ok(())
}

fn page1(path: &Path, page_size: usize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; page_size];
    File::open(path)
        .and_then(|mut f| {
            f.seek(SeekFrom::Start(0))?;
            f.read_exact(&mut buf)
        })
        .map_err(|e| Error::io_at(Doing::Read, path, e))?;
    Ok(buf)
}

/// Gives a new ledger or backup its own random change counter (bytes 24 and 92 of the
/// header), so that a WAL written for another file never seems to be its own.
pub fn stamp_lineage(path: &Path) -> Result<()> {
    use std::io::Write;
    let counter = wal::random_counter().to_be_bytes();
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| Error::io_at(Doing::Write, path, e))?;
    let result = (|| {
        f.seek(SeekFrom::Start(24))?;
        f.write_all(&counter)?;
        f.seek(SeekFrom::Start(92))?;
        f.write_all(&counter)?;
        f.sync_all()
    })();
    result.map_err(|e| Error::io_at(Doing::Write, path, e))
}
