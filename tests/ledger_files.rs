//! The ledger's own files: outputs that would replace it, `-wal` files that are not its own,
//! restoring a backup, read-only folders, first use under concurrency and our leftovers.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/disk.rs"]
mod disk;
#[path = "support/cli.rs"]
mod support;

use disk::SmallDisk;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{BIN, as_nobody, ledger_in, pledge};

use rusqlite::Connection;

fn sha(path: &Path) -> String {
    pledge::store::sha256_bytes(&std::fs::read(path).unwrap())
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

fn err(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", err(&out));
    String::from_utf8(out.stdout).unwrap()
}

fn note(db: &Path, text: &str) {
    ok(pledge(db, &["note", "1", text]));
}

/// Adds notes while another connection keeps the WAL from being folded in, and returns a
/// copy of the `-wal` and `-shm` files as they then stood (as a crash would leave them).
fn notes_in_wal(db: &Path, texts: &[&str], keep: &Path) -> (PathBuf, PathBuf) {
    let holder = Connection::open(db).unwrap();
    holder.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    holder
        .query_row("SELECT count(*) FROM pledge", [], |r| r.get::<_, i64>(0))
        .unwrap();
    for text in texts {
        note(db, text);
    }
    let wal = keep.join("saved-wal");
    let shm = keep.join("saved-shm");
    std::fs::copy(sidecar(db, "-wal"), &wal).unwrap();
    std::fs::copy(sidecar(db, "-shm"), &shm).unwrap();
    drop(holder);
    (wal, shm)
}

#[path = "ledger_files/kept.rs"]
mod kept;
#[path = "ledger_files/read_only.rs"]
mod read_only;
#[path = "ledger_files/wal.rs"]
mod wal;

fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

// ---- outputs never replace the ledger ----

#[test]
fn a_report_is_never_written_over_the_ledger_by_any_of_its_names() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    note(&db, "must survive");
    let before = sha(&db);
    let link = dir.path().join("link.db");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let hard = dir.path().join("hard.db");
    std::fs::hard_link(&db, &hard).unwrap();
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let dot = dir.path().join(".").join("ledger.db");
    let names: Vec<PathBuf> = vec![
        db.clone(),
        dot,
        link,
        hard,
        sidecar(&db, "-wal"),
        sidecar(&db, "-shm"),
        sidecar(&db, "-journal"),
        fifo,
        PathBuf::from("/dev/null"),
        sub,
    ];
    for name in &names {
        let out = pledge(&db, &["report", "overdue", "-o", name.to_str().unwrap()]);
        assert_ne!(out.status.code(), Some(0), "{name:?} was written");
        assert!(err(&out).contains("nothing written") || err(&out).contains("directory"));
        assert!(
            !err(&out).contains("report written"),
            "{name:?}: {}",
            err(&out)
        );
        assert_eq!(sha(&db), before, "{name:?} changed the ledger");
    }
    assert!(!sidecar(&db, "-journal").exists());
    assert!(ok(pledge(&db, &["export"])).contains("must survive"));
    // Relative to the working folder, as a person would type it.
    let out = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .current_dir(dir.path())
        .env_remove("PLEDGE_DB")
        .args([
            "--db",
            "ledger.db",
            "report",
            "overdue",
            "-o",
            "./ledger.db",
        ])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(sha(&db), before);
}

#[test]
fn a_report_through_a_symlink_replaces_the_file_it_names_and_keeps_link_and_mode() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let real = dir.path().join("real.txt");
    std::fs::write(&real, "old").unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("report.txt");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = pledge(&db, &["report", "overdue", "-o", link.to_str().unwrap()]);
    assert!(out.status.success(), "{}", err(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(std::fs::read_to_string(&real).unwrap().contains("督办"));
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    // A dangling link is not written through: it is said where it points.
    let dangling = dir.path().join("gone.txt");
    std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), &dangling).unwrap();
    let out = pledge(
        &db,
        &["report", "overdue", "-o", dangling.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(err(&out).contains("nowhere.txt"), "{}", err(&out));
    assert!(!dir.path().join("nowhere.txt").exists());
}

#[test]
fn a_file_name_with_control_characters_is_printed_inert() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let name = dir.path().join("r\x1b]2;pwned\x07.txt");
    let out = pledge(&db, &["report", "overdue", "-o", name.to_str().unwrap()]);
    assert!(out.status.success(), "{}", err(&out));
    assert!(
        !err(&out).contains('\x1b') && !err(&out).contains('\x07'),
        "{:?}",
        err(&out)
    );
    // An error naming the file is inert too.
    let missing = dir.path().join("no\x1b]2;x\x07dir").join("r.txt");
    let out = pledge(&db, &["report", "overdue", "-o", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!err(&out).contains('\x1b'), "{:?}", err(&out));
    let copy = dir.path().join("b\x1b[31m.db");
    let out = pledge(&db, &["backup", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", err(&out));
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'));
}

#[test]
fn a_backup_is_never_written_over_the_ledger_its_sidecars_or_odd_files() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let before = sha(&db);
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let dangling = dir.path().join("dangling.db");
    std::os::unix::fs::symlink(dir.path().join("nowhere.db"), &dangling).unwrap();
    for (name, says) in [
        (db.clone(), "already exists"),
        (sidecar(&db, "-wal"), "-wal file of the database"),
        (sidecar(&db, "-shm"), "-shm file of the database"),
        (sidecar(&db, "-journal"), "-journal file of the database"),
        (fifo, "already exists"),
        (dangling, "nowhere.db"),
    ] {
        let out = pledge(&db, &["backup", name.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{name:?}");
        assert!(err(&out).contains(says), "{name:?}: {}", err(&out));
        assert_eq!(sha(&db), before);
    }
    assert!(!dir.path().join("nowhere.db").exists());
    assert!(!sidecar(&db, "-journal").exists());
    ok(pledge(&db, &["check"]));
}

// ---- what `--db` really is ----

#[test]
fn db_paths_that_are_not_files_are_named_for_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let sock = dir.path().join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    for (path, says) in [
        (fifo.clone(), "named pipe"),
        (PathBuf::from("/dev/null"), "character device"),
        (sock.clone(), "socket"),
        (dir.path().to_path_buf(), "directory"),
    ] {
        for args in [&["list"][..], &["init"], &["init", "--force"]] {
            let out = pledge(&path, args);
            assert_eq!(out.status.code(), Some(1), "{path:?} {args:?}");
            assert!(err(&out).contains(says), "{path:?} {args:?}: {}", err(&out));
            assert!(!err(&out).contains("empty file"), "{}", err(&out));
        }
    }
    // Still the pipe it was: `init --force` replaces only an empty regular file.
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

#[test]
fn a_dangling_symlink_is_never_replaced_and_a_symlink_to_a_ledger_works() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("link.db");
    let target = dir.path().join("elsewhere.db");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for args in [&["list"][..], &["init"], &["init", "--force"]] {
        let out = pledge(&link, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            err(&out).contains("symbolic link") && err(&out).contains("elsewhere.db"),
            "{}",
            err(&out)
        );
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(!target.exists());
    }
    ok(pledge(&target, &["init"]));
    ok(pledge(&link, &["list"]));
    ok(pledge(&link, &["note", "1", "through the link"]));
    assert!(ok(pledge(&target, &["export"])).contains("through the link"));
}

// ---- full disk, leftovers, first use ----

#[test]
fn a_backup_onto_a_full_disk_says_the_backup_was_not_written_and_leaves_nothing() {
    let Some(disk) = SmallDisk::mount("64k") else {
        eprintln!("skipped: this machine does not let the test mount a tmpfs");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    for i in 0..40 {
        note(&db, &format!("{i}: {}", "进展顺利，".repeat(200)));
    }
    let dest = disk.path().join("bak.db");
    let out = pledge(&db, &["backup", dest.to_str().unwrap()]);
    let e = err(&out);
    assert_eq!(out.status.code(), Some(1), "{e}");
    assert!(e.contains("backup") && e.contains("not written"), "{e}");
    assert!(!e.contains("change NOT saved"), "{e}");
    let left: Vec<_> = std::fs::read_dir(disk.path()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A process id that no process has (above Linux's largest).
const DEAD_PID: u32 = 4_999_999;

#[test]
fn temporary_files_of_killed_processes_are_cleaned_and_live_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    assert!(!Path::new(&format!("/proc/{DEAD_PID}")).exists());
    let dead = [
        format!(".ledger.db.{DEAD_PID}.new"),
        format!(".ledger.db.{DEAD_PID}.new-journal"),
        format!(".copy.db.{DEAD_PID}.backup"),
        format!(".copy.db.{DEAD_PID}.backup-wal"),
    ];
    let live = format!(".ledger.db.{}.new", std::process::id());
    let theirs = [
        "ledger.db.bak",
        ".ledger.db.swp",
        &format!(".notes.{DEAD_PID}.old"),
    ];
    for name in dead
        .iter()
        .map(String::as_str)
        .chain([live.as_str()])
        .chain(theirs)
    {
        std::fs::write(dir.path().join(name), b"x").unwrap();
    }
    ok(pledge(&db, &["list"]));
    for name in &dead {
        assert!(!dir.path().join(name).exists(), "{name} left");
    }
    assert!(dir.path().join(&live).exists());
    for name in theirs {
        assert!(dir.path().join(name).exists(), "{name} removed");
    }
    // A backup folder is tidied by the next backup into it.
    let other = tempfile::tempdir().unwrap();
    let stale = other.path().join(format!(".old.db.{DEAD_PID}.backup"));
    std::fs::write(&stale, b"x").unwrap();
    ok(pledge(
        &db,
        &["backup", other.path().join("b.db").to_str().unwrap()],
    ));
    assert!(!stale.exists());
    // A ledger or backup someone gave such a name is theirs: it is opened, never removed.
    let odd = other.path().join(format!(".odd.db.{DEAD_PID}.new"));
    std::fs::copy(other.path().join("b.db"), &odd).unwrap();
    ok(pledge(&odd, &["list"]));
    assert!(odd.exists());
    let odd_backup = dir.path().join(format!(".b.db.{DEAD_PID}.backup"));
    std::fs::copy(other.path().join("b.db"), &odd_backup).unwrap();
    let out = ok(pledge(&db, &["restore", odd_backup.to_str().unwrap()]));
    assert!(out.contains("20 pledge(s)"), "{out}");
}

#[test]
fn eight_commands_at_once_on_first_use_all_get_the_one_ledger() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let children: Vec<_> = (0..8)
        .map(|i| {
            let mut cmd = Command::new(BIN);
            cmd.env("PLEDGE_LANG", "en");
            cmd.env_remove("PLEDGE_DB")
                .env("HOME", home.path())
                .env("XDG_DATA_HOME", &data)
                .env("USER", "tester")
                .args(["--today", "2026-11-28"]);
            if i % 2 == 0 {
                cmd.arg("list");
            } else {
                cmd.args(["note", "1", &format!("from {i}")]);
            }
            cmd.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", err(&out));
    }
    let folder = data.join("pledge");
    let names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["ledger.db"], "{names:?}");
    let export = ok(pledge(&folder.join("ledger.db"), &["export"]));
    for i in [1, 3, 5, 7] {
        assert!(export.contains(&format!("from {i}")), "note {i} lost");
    }
}
