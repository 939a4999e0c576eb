//! The ledger's own files: outputs that would replace it, `-wal` files that are not its own,
//! restoring a backup, read-only folders, first use under concurrency and our leftovers.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/cli.rs"]
mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{BIN, pledge};

use rusqlite::Connection;

fn ledger_in(dir: &Path) -> PathBuf {
    let db = dir.join("ledger.db");
    assert!(pledge(&db, &["init"]).status.success());
    db
}

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

// ---- a -wal that is not the ledger's own ----

#[test]
fn a_wal_left_by_the_ledger_a_backup_was_copied_over_is_refused_and_restore_does_it_right() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    note(&db, "before the backup");
    let bak = dir.path().join("bak.db");
    ok(pledge(&db, &["backup", bak.to_str().unwrap()]));
    let (wal, shm) = notes_in_wal(&db, &["after 1", "after 2", "after 3"], dir.path());
    // `cp bak.db ledger.db` while the old -wal and -shm stayed.
    std::fs::copy(&bak, &db).unwrap();
    std::fs::copy(&wal, sidecar(&db, "-wal")).unwrap();
    std::fs::copy(&shm, sidecar(&db, "-shm")).unwrap();
    let (db_sha, wal_sha) = (sha(&db), sha(&sidecar(&db, "-wal")));
    for args in [&["export"][..], &["list"], &["check"], &["note", "1", "x"]] {
        let out = pledge(&db, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", err(&out));
        assert!(err(&out).contains("does not belong"), "{}", err(&out));
        assert!(err(&out).contains("pledge restore"), "{}", err(&out));
        assert_eq!(sha(&db), db_sha);
        assert_eq!(sha(&sidecar(&db, "-wal")), wal_sha);
    }
    // The safe way: the old files are kept aside, with their WAL, and the backup is the ledger.
    let out = ok(pledge(&db, &["restore", bak.to_str().unwrap()]));
    assert!(out.contains("kept as"), "{out}");
    let export = ok(pledge(&db, &["export"]));
    assert!(export.contains("before the backup") && !export.contains("after 1"));
    let aside: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.to_string_lossy().contains("before-restore")
                && p.extension().is_some_and(|e| e == "db")
        })
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(sidecar(&aside[0], "-wal").exists());
    ok(pledge(&db, &["check"]));
}

#[test]
fn init_never_makes_a_ledger_beside_the_wal_of_a_deleted_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let (wal, shm) = notes_in_wal(&db, &["old 1", "old 2", "old 3"], dir.path());
    std::fs::remove_file(&db).unwrap();
    std::fs::copy(&wal, sidecar(&db, "-wal")).unwrap();
    std::fs::copy(&shm, sidecar(&db, "-shm")).unwrap();
    let wal_sha = sha(&sidecar(&db, "-wal"));
    for args in [&["init"][..], &["init", "--empty"], &["init", "--force"]] {
        let out = pledge(&db, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(err(&out).contains("left from a ledger"), "{}", err(&out));
        assert!(!db.exists());
    }
    let out = pledge(&db, &["list"]);
    assert!(err(&out).contains("no ledger") && err(&out).contains("-wal"));
    assert_eq!(sha(&sidecar(&db, "-wal")), wal_sha);
    // A new ledger made elsewhere and moved there is not given the old notes either.
    let other = dir.path().join("other.db");
    ok(pledge(&other, &["init", "--empty"]));
    std::fs::rename(&other, &db).unwrap();
    let out = pledge(&db, &["export"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(err(&out).contains("does not belong"), "{}", err(&out));
    assert_eq!(sha(&sidecar(&db, "-wal")), wal_sha);
}

#[test]
fn a_wal_copied_from_another_ledger_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = ledger_in(dir.path());
    let b = dir.path().join("b.db");
    ok(pledge(&b, &["init"]));
    let (wal, _) = notes_in_wal(&a, &["a's note"], dir.path());
    std::fs::copy(&wal, sidecar(&b, "-wal")).unwrap();
    let out = pledge(&b, &["export"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(err(&out).contains("does not belong"), "{}", err(&out));
    // Garbage under the name is refused too, not reset by SQLite.
    std::fs::write(sidecar(&b, "-wal"), vec![b'z'; 5000]).unwrap();
    let out = pledge(&b, &["list"]);
    assert!(err(&out).contains("not an SQLite WAL"), "{}", err(&out));
    assert_eq!(
        std::fs::read(sidecar(&b, "-wal")).unwrap(),
        vec![b'z'; 5000]
    );
}

#[test]
fn a_foreign_wal_beside_the_file_a_symlink_names_is_refused_through_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let a = ledger_in(dir.path());
    let b = dir.path().join("b.db");
    ok(pledge(&b, &["init"]));
    let link = dir.path().join("link.db");
    std::os::unix::fs::symlink(&b, &link).unwrap();
    let (wal, _) = notes_in_wal(&a, &["a's note"], dir.path());
    std::fs::copy(&wal, sidecar(&b, "-wal")).unwrap();
    let out = pledge(&link, &["export"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(err(&out).contains("does not belong"), "{}", err(&out));
}

#[test]
fn a_ledger_copied_with_its_own_wal_opens_with_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let holder = Connection::open(&db).unwrap();
    holder.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    holder
        .query_row("SELECT count(*) FROM pledge", [], |r| r.get::<_, i64>(0))
        .unwrap();
    note(&db, "in the wal 1");
    let copies = tempfile::tempdir().unwrap();
    let fresh = copies.path().join("fresh.db");
    std::fs::copy(&db, &fresh).unwrap();
    std::fs::copy(sidecar(&db, "-wal"), sidecar(&fresh, "-wal")).unwrap();
    // Checkpointed but the WAL not yet restarted: the ledger's page 1 is a frame of it.
    note(&db, "in the wal 2");
    holder
        .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
        .unwrap();
    let folded = copies.path().join("folded.db");
    std::fs::copy(&db, &folded).unwrap();
    std::fs::copy(sidecar(&db, "-wal"), sidecar(&folded, "-wal")).unwrap();
    drop(holder);
    assert!(ok(pledge(&fresh, &["export"])).contains("in the wal 1"));
    let export = ok(pledge(&folded, &["export"]));
    assert!(export.contains("in the wal 1") && export.contains("in the wal 2"));
    ok(pledge(&folded, &["check"]));
}

#[test]
fn the_wal_of_a_long_running_writer_that_checkpointed_is_its_own() {
    // One connection writing alone (as the TUI does) keeps its cached page 1, so its frames
    // repeat the counter the checkpoint copied into the file; a crash then leaves that pair.
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let writer = Connection::open(&db).unwrap();
    writer.pragma_update(None, "wal_autocheckpoint", 8).unwrap();
    writer
        .execute_batch("CREATE TABLE filler (b BLOB)")
        .unwrap();
    // Each row takes new pages, so each transaction writes a different page 1.
    for _ in 0..20 {
        writer
            .execute("INSERT INTO filler VALUES (zeroblob(9000))", [])
            .unwrap();
    }
    let crash = tempfile::tempdir().unwrap();
    let copy = crash.path().join("ledger.db");
    std::fs::copy(&db, &copy).unwrap();
    std::fs::copy(sidecar(&db, "-wal"), sidecar(&copy, "-wal")).unwrap();
    drop(writer);
    assert!(std::fs::metadata(sidecar(&copy, "-wal")).unwrap().len() > 32);
    ok(pledge(&copy, &["check"]));
}

#[test]
fn a_journal_file_beside_a_ledger_is_refused_not_replayed() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    std::fs::write(sidecar(&db, "-journal"), vec![0xd9; 1024]).unwrap();
    let before = sha(&db);
    let out = pledge(&db, &["list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(err(&out).contains("-journal"), "{}", err(&out));
    assert_eq!(sha(&db), before);
    assert!(sidecar(&db, "-journal").exists());
}

// ---- restore ----

#[test]
fn restore_puts_the_backup_in_place_and_keeps_the_replaced_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    note(&db, "kept by the backup");
    let bak = dir.path().join("bak.db");
    ok(pledge(&db, &["backup", bak.to_str().unwrap()]));
    let bak_sha = sha(&bak);
    note(&db, "made after the backup");
    let out = ok(pledge(&db, &["restore", bak.to_str().unwrap()]));
    assert!(out.contains("restored") && out.contains("note(s)"), "{out}");
    let export = ok(pledge(&db, &["export"]));
    assert!(export.contains("kept by the backup") && !export.contains("made after"));
    assert_eq!(sha(&bak), bak_sha, "the backup itself is left as it was");
    let aside = out.lines().last().unwrap().rsplit(' ').next().unwrap();
    assert!(ok(pledge(Path::new(aside), &["export"])).contains("made after the backup"));
    assert!(!sidecar(&db, "-wal").exists() && !sidecar(&db, "-shm").exists());
}

#[test]
fn restore_refuses_while_another_process_has_the_ledger_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let bak = dir.path().join("bak.db");
    ok(pledge(&db, &["backup", bak.to_str().unwrap()]));
    let holder = Connection::open(&db).unwrap();
    holder
        .query_row("SELECT count(*) FROM pledge", [], |r| r.get::<_, i64>(0))
        .unwrap();
    let before = sha(&db);
    let out = pledge(&db, &["restore", bak.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(err(&out).contains("has the ledger"), "{}", err(&out));
    assert_eq!(sha(&db), before);
    drop(holder);
    ok(pledge(&db, &["restore", bak.to_str().unwrap()]));
}

#[test]
fn restore_refuses_what_is_not_a_sound_backup_and_restores_over_a_damaged_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let before = sha(&db);
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a ledger").unwrap();
    for (from, says) in [
        (text.clone(), "not a pledge ledger"),
        (db.clone(), "the ledger itself"),
        (dir.path().join("missing.db"), "no ledger"),
        (PathBuf::from("/dev/null"), "character device"),
    ] {
        let out = pledge(&db, &["restore", from.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{from:?}");
        assert!(err(&out).contains(says), "{from:?}: {}", err(&out));
        assert_eq!(sha(&db), before);
    }
    let bak = dir.path().join("bak.db");
    ok(pledge(&db, &["backup", bak.to_str().unwrap()]));
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    for target in [fifo.as_path(), dir.path()] {
        let out = pledge(target, &["restore", bak.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{target:?}");
        assert!(err(&out).contains("not a ledger"), "{}", err(&out));
    }
    std::fs::OpenOptions::new()
        .write(true)
        .open(&db)
        .unwrap()
        .set_len(5000)
        .unwrap();
    ok(pledge(&db, &["restore", bak.to_str().unwrap()]));
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

// ---- read-only readers ----

/// Runs as the unprivileged user `nobody` when we are root (root ignores file modes).
fn as_nobody(db: &Path, args: &[&str]) -> Output {
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]);
        c
    } else {
        Command::new(BIN)
    };
    cmd.env_remove("PLEDGE_DB")
        .env("USER", "nobody")
        .env("HOME", "/nonexistent");
    cmd.arg("--db").arg(db).args(args).output().unwrap()
}

#[test]
fn a_read_only_reader_sees_the_committed_rows_of_a_wal_without_shm() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let holder = Connection::open(&db).unwrap();
    holder.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    holder
        .query_row("SELECT count(*) FROM pledge", [], |r| r.get::<_, i64>(0))
        .unwrap();
    for i in 1..=3 {
        note(&db, &format!("acknowledged {i}"));
    }
    let ro = tempfile::tempdir().unwrap();
    let copy = ro.path().join("ledger.db");
    std::fs::copy(&db, &copy).unwrap();
    std::fs::copy(sidecar(&db, "-wal"), sidecar(&copy, "-wal")).unwrap();
    drop(holder);
    std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(
        sidecar(&copy, "-wal"),
        std::fs::Permissions::from_mode(0o444),
    )
    .unwrap();
    std::fs::set_permissions(ro.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = (sha(&copy), sha(&sidecar(&copy, "-wal")));
    let out = as_nobody(&copy, &["export"]);
    let export = String::from_utf8_lossy(&out.stdout);
    let shown = (1..=3)
        .filter(|i| export.contains(&format!("acknowledged {i}")))
        .count();
    // Shown whole (refusing would also keep the promise; a silent past would not).
    assert_eq!(shown, 3, "{}", err(&out));
    let check = as_nobody(&copy, &["check"]);
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("3 note(s)"),
        "{}",
        err(&check)
    );
    assert_eq!((sha(&copy), sha(&sidecar(&copy, "-wal"))), before);
    std::fs::set_permissions(ro.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_writable_ledger_in_a_folder_the_user_cannot_write_reads_and_says_why_writes_fail() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    note(&db, "readable");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o666)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = sha(&db);
    for args in [&["list"][..], &["export"], &["check"], &["show", "1"]] {
        let out = as_nobody(&db, args);
        assert!(out.status.success(), "{args:?}: {}", err(&out));
    }
    assert!(String::from_utf8_lossy(&as_nobody(&db, &["export"]).stdout).contains("readable"));
    for args in [&["note", "1", "x"][..], &["set", "1", "--status", "done"]] {
        let out = as_nobody(&db, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let e = err(&out);
        assert!(
            e.contains("folder") && e.contains("not writable") && e.contains("NOT saved"),
            "{e}"
        );
    }
    assert_eq!(sha(&db), before);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

// ---- full disk, leftovers, first use ----

/// A small tmpfs, when this machine lets us mount one (root in CI); else `None`.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then_some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

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
