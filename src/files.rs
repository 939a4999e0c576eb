//! Writing a file whole or not at all, only where a file may be written, and cleaning up
//! what a killed write of ours left behind.

pub use crate::error::file::{Attempt, Broken, Kind, Refusal, Sqlite};

use std::ffi::OsStr;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result};

pub use crate::text::shown;

/// Writes `bytes` to a temporary file beside `path`, syncs it and renames it into place, so a
/// failed write never leaves half a file. See [`write_atomically_with`].
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// As [`write_atomically`], the content written by `fill`.
///
/// Refuses what must never be replaced by an output (see [`output_target`]). A symbolic link
/// to a regular file is written through: the file it names is replaced and the link kept.
/// A replaced file keeps its permissions.
pub fn write_atomically_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let real = output_target(path)?;
    let dir = parent_dir(&real);
    let name = real.file_name().unwrap_or(OsStr::new("output"));
    clean_leftovers(&dir, Some(name), &[]);
    let tmp = temp_beside(&real, "tmp");
    let keep_mode = fs::metadata(&real).ok().map(|m| m.permissions());
    let result = File::create(&tmp)
        .and_then(|f| {
            let mut w = std::io::BufWriter::new(f);
            fill(&mut w)?;
            let f = w.into_inner().map_err(|e| e.into_error())?;
            if let Some(mode) = keep_mode {
                f.set_permissions(mode)?;
            }
            f.sync_all()
        })
        .and_then(|()| fs::rename(&tmp, &real));
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io_at(crate::error::Doing::Write, path, e));
    }
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The file an output to `path` replaces or creates, or why none may be written there: a
/// directory, a pipe or device, a dangling link, an SQLite database (a ledger, by any of its
/// names) or a file SQLite keeps beside one.
pub fn output_target(path: &Path) -> Result<PathBuf> {
    let real = match fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => path.to_path_buf(),
        Err(e) => return Err(Error::io_at(crate::error::Doing::Read, path, e)),
        Ok(m) if m.file_type().is_symlink() => match fs::canonicalize(path) {
            Ok(real) => real,
            Err(_) => return Err(dangling(path)),
        },
        Ok(_) => path.to_path_buf(),
    };
    refuse_special(path, &real)?;
    if let Ok(meta) = fs::metadata(&real) {
        let path = path.to_path_buf();
        match kind_of(&meta) {
            Some(Kind::Directory) => return Err(Error::File(Refusal::IsDirectory { path })),
            Some(kind) => return Err(Error::File(Refusal::NotAFile { path, kind })),
            None => {}
        }
        if let Some(kind) = sqlite_kind(&real) {
            return Err(Error::File(Refusal::IsSqlite { path, kind }));
        }
    }
    let dir = parent_dir(&real);
    if !dir.is_dir() {
        return Err(Error::File(Refusal::NoFolder {
            path: path.to_path_buf(),
            folder: dir,
        }));
    }
    Ok(real)
}

/// Refuses a new file's path (a backup's): anything already there, a dangling link included,
/// or a name SQLite would read as the journal of a database beside it.
pub fn new_file_target(path: &Path) -> Result<()> {
    refuse_special(path, path)?;
    if fs::symlink_metadata(path).is_ok() {
        if path.exists() {
            return Err(Error::File(Refusal::Exists {
                path: path.to_path_buf(),
            }));
        }
        return Err(dangling(path));
    }
    Ok(())
}

fn dangling(path: &Path) -> Error {
    Error::File(Refusal::Dangling {
        path: path.to_path_buf(),
        link: link_of(path).unwrap_or(Broken::Unreadable),
    })
}

/// Refuses a name SQLite would take for the `-wal`, `-shm` or `-journal` of a database
/// beside it (a new ledger's, a restored one's).
pub fn refuse_sidecar_name(path: &Path) -> Result<()> {
    refuse_special(path, path)
}

/// A `-wal`, `-shm` or `-journal` name beside a database: SQLite would take a file there as
/// that database's own and replay or reset it.
fn refuse_special(asked: &Path, real: &Path) -> Result<()> {
    let name = real.file_name().map(|n| n.to_string_lossy().into_owned());
    for suffix in ["-wal", "-shm", "-journal"] {
        let Some(base) = name.as_deref().and_then(|n| n.strip_suffix(suffix)) else {
            continue;
        };
        let db = parent_dir(real).join(base);
        if db.is_file() {
            return Err(Error::File(Refusal::SidecarName {
                path: asked.to_path_buf(),
                suffix,
                db,
            }));
        }
    }
    Ok(())
}

/// An SQLite database or WAL file, when the file starts like one.
fn sqlite_kind(path: &Path) -> Option<Sqlite> {
    use std::io::Read;
    let mut head = [0u8; 16];
    let mut f = File::open(path).ok()?;
    let n = f.read(&mut head).ok()?;
    if n == 16 && &head == b"SQLite format 3\0" {
        Some(Sqlite::Database)
    } else if n >= 4 && matches!(head[..4], [0x37, 0x7f, 0x06, 0x82 | 0x83]) {
        Some(Sqlite::Wal)
    } else {
        None
    }
}

/// Gives `to` the mode of `from` and, when this process may set them, its owner and group:
/// a file put in another's place (or copied from it) is never more readable than it was.
pub fn keep_access(from: &fs::Metadata, to: &Path) -> Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    // Owner first: changing it may clear the mode's set-id bits. Only root may give the file
    // away; anyone may try a group they belong to. Failing either is allowed.
    if std::os::unix::fs::chown(to, Some(from.uid()), Some(from.gid())).is_err() {
        let _ = std::os::unix::fs::chown(to, None, Some(from.gid()));
    }
    fs::set_permissions(to, fs::Permissions::from_mode(from.mode() & 0o7777))
        .map_err(|e| Error::io_at(crate::error::Doing::SetPermissions, to, e))
}

/// Refuses, before any temporary file is tried, a folder this process cannot write:
/// "`doing`: the folder … is not writable; `outcome`".
pub fn writable_folder(dir: &Path, attempt: Attempt) -> Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return Ok(());
    };
    // SAFETY: a valid NUL-terminated path; faccessat only reads it.
    let rc = unsafe { libc::faccessat(libc::AT_FDCWD, c.as_ptr(), libc::W_OK, libc::AT_EACCESS) };
    if rc == 0 {
        return Ok(());
    }
    Err(Error::File(Refusal::FolderNotWritable {
        dir: dir.to_path_buf(),
        attempt,
    }))
}

/// What a path that is not a regular file really is.
pub fn kind_of(meta: &fs::Metadata) -> Option<Kind> {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_file() {
        None
    } else if t.is_dir() {
        Some(Kind::Directory)
    } else if t.is_fifo() {
        Some(Kind::Fifo)
    } else if t.is_socket() {
        Some(Kind::Socket)
    } else if t.is_char_device() {
        Some(Kind::CharDevice)
    } else if t.is_block_device() {
        Some(Kind::BlockDevice)
    } else {
        Some(Kind::Other)
    }
}

/// How a symbolic link leads to no file: to a path that does not exist, or round a loop.
pub fn link_of(path: &Path) -> Option<Broken> {
    let meta = fs::symlink_metadata(path).ok()?;
    if !meta.file_type().is_symlink() {
        return None;
    }
    match fs::metadata(path) {
        Ok(_) => None,
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => Some(Broken::Loop),
        Err(_) => fs::read_link(path).ok().map(Broken::To),
    }
}

pub(crate) fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Our temporary file for `path`: `.NAME.PID.KIND` beside it; the name says whose it is.
pub fn temp_beside(path: &Path, kind: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    parent_dir(path).join(format!(".{name}.{}.{kind}", std::process::id()))
}

/// The kinds [`temp_beside`] is called with.
const KINDS: [&str; 4] = ["new", "backup", "restore", "tmp"];

/// A leftover this old is removed even if its process id is in use again.
const STALE_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// Removes our temporary files in `dir` left by a process that is gone (killed mid-write):
/// only names [`temp_beside`] makes, with any SQLite sidecar of them; of the kind `tmp`
/// only those for `name`, since that ending is common. Never a file in `keep` (the ledger
/// or backup being opened, whatever its name). Failures are ignored: it is tidying.
pub fn clean_leftovers(dir: &Path, name: Option<&OsStr>, keep: &[&Path]) {
    use std::os::unix::fs::MetadataExt;
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let kept: Vec<(u64, u64)> = keep
        .iter()
        .filter_map(|p| fs::metadata(p).ok())
        .map(|m| (m.dev(), m.ino()))
        .collect();
    for entry in entries.filter_map(std::result::Result::ok) {
        let file = entry.file_name();
        let Some((base, pid, kind)) = file.to_str().and_then(parse_temp) else {
            continue;
        };
        if kind == "tmp" && name.is_none_or(|n| n.to_str() != Some(base)) {
            continue;
        }
        let meta = entry.metadata();
        if meta
            .as_ref()
            .is_ok_and(|m| kept.contains(&(m.dev(), m.ino())))
        {
            continue;
        }
        let old = meta
            .and_then(|m| m.modified())
            .is_ok_and(|t| SystemTime::now().duration_since(t).unwrap_or_default() > STALE_AFTER);
        if pid != std::process::id() && (!alive(pid) || old) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// `.NAME.PID.KIND` (with an optional `-wal`, `-shm` or `-journal`) into its parts.
fn parse_temp(file: &str) -> Option<(&str, u32, &str)> {
    let rest = file.strip_prefix('.')?;
    let rest = ["-wal", "-shm", "-journal"]
        .iter()
        .find_map(|s| rest.strip_suffix(s))
        .unwrap_or(rest);
    let (front, kind) = rest.rsplit_once('.')?;
    let (base, pid) = front.rsplit_once('.')?;
    let pid_ok = !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit());
    (KINDS.contains(&kind) && pid_ok && !base.is_empty())
        .then(|| pid.parse().ok().map(|p| (base, p, kind)))
        .flatten()
}

/// Whether a process with this id runs (on systems without /proc, assumed so: the file is
/// then removed once it is old).
fn alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.join("self").exists() || proc.join(pid.to_string()).exists()
}

/// `base.ext` in `dir`, or `base-2.ext`, `base-3.ext`… if taken (a dangling link counts as
/// taken): never overwrites.
pub fn free_name(dir: &Path, base: &str, ext: &str) -> PathBuf {
    let free = |p: &PathBuf| fs::symlink_metadata(p).is_err();
    let first = dir.join(format!("{base}.{ext}"));
    if free(&first) {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{base}-{n}.{ext}")))
        .find(free)
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_output_refused_carries_its_path_and_why_and_is_worded_with_both() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let db = dir.path().join("ledger.db");
        fs::write(&db, b"SQLite format 3\0and the rest").expect("write");
        let refused = |path: &Path| match output_target(path) {
            Err(Error::File(r)) => r,
            other => panic!("{path:?}: {other:?}"),
        };
        let r = refused(dir.path());
        assert!(matches!(&r, Refusal::IsDirectory { path } if path == dir.path()));
        assert!(crate::messages::files::refusal(&r).contains("is a directory"));
        let r = refused(&db);
        assert!(
            matches!(
                &r,
                Refusal::IsSqlite {
                    kind: Sqlite::Database,
                    ..
                }
            ),
            "{r:?}"
        );
        let said = crate::messages::files::refusal(&r);
        assert!(
            said.contains(&shown(&db)) && said.contains("never replaces"),
            "{said}"
        );
        let nowhere = dir.path().join("gone").join("out.txt");
        assert!(
            matches!(refused(&nowhere), Refusal::NoFolder { folder, .. } if folder == dir.path().join("gone"))
        );
        assert!(!r.is_usage());
    }

    #[test]
    fn only_our_temporary_names_are_taken_for_leftovers() {
        assert_eq!(
            parse_temp(".ledger.db.123.new-journal"),
            Some(("ledger.db", 123, "new"))
        );
        assert_eq!(
            parse_temp(".copy.db.9.backup"),
            Some(("copy.db", 9, "backup"))
        );
        assert_eq!(parse_temp("ledger.db"), None);
        assert_eq!(parse_temp(".ledger.db.12x.new"), None);
        assert_eq!(parse_temp(".ledger.db.12.old"), None);
        assert_eq!(parse_temp("..1.new"), None);
    }
}
