//! The monthly 督办 cycle's spreadsheets: `request` writes each body a sheet of its open
//! pledges to fill in, `collect` takes the returned sheets back as notes. The core's `sheet`
//! says what the columns hold; here they are written (rust_xlsxwriter), read (calamine, csv),
//! signed and matched.

pub mod key;
pub mod plan;
pub mod read;
pub mod write;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Doing, Error, Result};

/// How many numbered names are tried when others take the free one meanwhile.
const NAME_TRIES: usize = 100;

/// Writes `bytes` as `dir/base.ext`, or `base-2.ext`… when taken: never over an existing
/// file, and whole or not at all (written and synced beside it, then linked into place,
/// which fails rather than replace a file another process made meanwhile).
pub fn save_new(dir: &Path, base: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf> {
    let first = dir.join(format!("{base}.{ext}"));
    let tmp = crate::files::temp_beside(&first, "tmp");
    let written = fs::File::create(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io_at(Doing::Write, &first, e));
    }
    let mut result = Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists));
    let mut path = first.clone();
    for _ in 0..NAME_TRIES {
        path = crate::files::free_name(dir, base, ext);
        result = fs::hard_link(&tmp, &path);
        match &result {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            _ => break,
        }
    }
    let _ = fs::remove_file(&tmp);
    result.map_err(|e| Error::io_at(Doing::Write, &path, e))?;
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_sheet_never_replaces_a_file_and_leaves_no_temporary_one() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io(Doing::Create, e))?;
        let one = save_new(dir.path(), "催办单-甲-2026-11-28", "xlsx", b"first")?;
        let two = save_new(dir.path(), "催办单-甲-2026-11-28", "xlsx", b"second")?;
        assert_eq!(one, dir.path().join("催办单-甲-2026-11-28.xlsx"));
        assert_eq!(two, dir.path().join("催办单-甲-2026-11-28-2.xlsx"));
        assert_eq!(fs::read(&one).ok().as_deref(), Some(&b"first"[..]));
        assert_eq!(fs::read(&two).ok().as_deref(), Some(&b"second"[..]));
        let names = fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(0);
        assert_eq!(names, 2);
        Ok(())
    }
}
