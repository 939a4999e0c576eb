//! The files SQLite keeps beside a ledger (`-wal`, `-shm`, `-journal`): checked before SQLite
//! opens the ledger, since SQLite replays whatever it finds under those names.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use super::wal;
use crate::error::{Error, Result};
use crate::text::inert;

pub const SUFFIXES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// `path` with `suffix` added to its name.
pub fn of(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// The sidecar files that exist beside `path`.
pub fn present(path: &Path) -> Vec<PathBuf> {
    SUFFIXES
        .iter()
        .map(|s| of(path, s))
        .filter(|p| p.symlink_metadata().is_ok())
        .collect()
}

/// Said when no ledger is at `path` but its sidecars are: what they are and what to do.
pub fn leftover_sentence(path: &Path, found: &[PathBuf]) -> String {
    let names: Vec<String> = found
        .iter()
        .map(|p| inert(&p.display().to_string()).into_owned())
        .collect();
    format!(
        "{} {} left from a ledger that was there before; SQLite would replay {} into a new \
         ledger. Put the old ledger back at {}, or move {} away (keep {} until you know \
         {} not needed)",
        names.join(" and "),
        if names.len() == 1 { "is" } else { "are" },
        if names.len() == 1 { "it" } else { "them" },
        inert(&path.display().to_string()),
        if names.len() == 1 { "it" } else { "them" },
        if names.len() == 1 { "it" } else { "them" },
        if names.len() == 1 {
            "it is"
        } else {
            "they are"
        },
    )
}

/// Refuses a ledger whose `-wal` was written for another file, or that has a `-journal`
/// (pledge ledgers are in WAL mode and never make one). Leaves every file as it was.
///
/// A process that opens the ledger meanwhile may checkpoint between the reads; page 1 is read
/// before and after the WAL and the check is repeated when it moved, then trusted to it.
pub fn check(path: &Path, page_size: usize) -> Result<()> {
    let shown = inert(&path.display().to_string()).into_owned();
    let journal = of(path, "-journal");
    if journal.metadata().is_ok_and(|m| m.len() > 0) {
        return Err(Error::Refused(format!(
            "{} beside the ledger {shown} was not made by pledge (its ledgers keep a -wal, \
             never a -journal); SQLite would replay it into the ledger. Move it away if it \
             is not yours; the ledger was not changed",
            inert(&journal.display().to_string())
        )));
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
            Err(e) => return Err(Error::io_at("cannot read", &wal_path, e)),
        };
        if page1(path, page_size)? != before {
            continue;
        }
        return verdict.map_err(|why| {
            Error::Refused(format!(
                "{} does not belong to the ledger {shown}: {}. SQLite would replay it into the \
                 ledger, so neither file was opened or changed. If you restored a backup, use \
                 `pledge restore BACKUP`; else move {} (and {}) away, keeping {} until you know \
                 it is not needed",
                inert(&wal_path.display().to_string()),
                why.reason(),
                inert(&wal_path.display().to_string()),
                inert(&of(path, "-shm").display().to_string()),
                inert(&wal_path.display().to_string()),
            ))
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
        .map_err(|e| Error::io_at("cannot read", path, e))?;
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
        .map_err(|e| Error::io_at("cannot write", path, e))?;
    let result = (|| {
        f.seek(SeekFrom::Start(24))?;
        f.write_all(&counter)?;
        f.seek(SeekFrom::Start(92))?;
        f.write_all(&counter)?;
        f.sync_all()
    })();
    result.map_err(|e| Error::io_at("cannot write", path, e))
}
