//! Whether another process has a ledger open, read from SQLite's own POSIX locks: a
//! connection holds a shared lock on the file's lock bytes and on the `-shm` file's "dead man
//! switch" byte while it is open. Asking changes nothing and waits for nothing.

use std::fs::File;
use std::os::fd::AsRawFd;
use std::path::Path;

use super::beside;

/// SQLite's unix VFS: the shared-lock range of the database file and the `-shm` byte every
/// open connection holds.
const SHARED_FIRST: i64 = 0x4000_0002;
const SHARED_SIZE: i64 = 510;
const SHM_DMS: i64 = 128;

/// The id of a process that has the ledger at `path` open, if any.
pub fn holder(path: &Path) -> Option<i32> {
    locked_by(path, SHARED_FIRST, SHARED_SIZE)
        .or_else(|| locked_by(&beside::of(path, "-shm"), SHM_DMS, 1))
}

fn locked_by(path: &Path, start: i64, len: i64) -> Option<i32> {
    let file = File::open(path).ok()?;
    // SAFETY: `flock` is plain data, zeroed then filled; fcntl only reads and writes it.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as libc::c_short;
    lock.l_whence = libc::SEEK_SET as libc::c_short;
    lock.l_start = start as libc::off_t;
    lock.l_len = len as libc::off_t;
    // SAFETY: a valid open descriptor and a pointer to a live `flock`; F_GETLK sets no lock.
    let rc = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETLK, &mut lock) };
    (rc == 0 && lock.l_type != libc::F_UNLCK as libc::c_short).then_some(lock.l_pid)
}
