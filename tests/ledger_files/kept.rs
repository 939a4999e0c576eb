//! What restore, init --force and backup keep of the files they replace or copy, and how
//! they refuse what they cannot write.

use super::*;
use std::os::unix::fs::MetadataExt;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().mode() & 0o7777
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

#[test]
fn restore_keeps_the_replaced_ledgers_mode_and_group_and_a_backup_its_sources_mode() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    chmod(&db, 0o600);
    if root() {
        std::os::unix::fs::chown(&db, None, Some(65534)).unwrap();
    }
    let bak = dir.path().join("bak.db");
    ok(pledge(&db, &["backup", bak.to_str().unwrap()]));
    assert_eq!(
        mode(&bak),
        0o600,
        "a backup is never more readable than its ledger"
    );
    chmod(&bak, 0o644);
    ok(pledge(&db, &["restore", bak.to_str().unwrap()]));
    assert_eq!(mode(&db), 0o600);
    if root() {
        assert_eq!(std::fs::metadata(&db).unwrap().gid(), 65534);
    }
    chmod(&db, 0o444);
    ok(pledge(&db, &["restore", bak.to_str().unwrap()]));
    assert_eq!(mode(&db), 0o444);
    ok(pledge(&db, &["list"]));
}

#[test]
fn init_force_keeps_the_mode_of_the_empty_file_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("empty.db");
    std::fs::write(&db, b"").unwrap();
    chmod(&db, 0o640);
    ok(pledge(&db, &["init", "--force"]));
    assert_eq!(mode(&db), 0o640);
    ok(pledge(&db, &["list"]));
}

#[test]
fn a_backup_is_never_written_beside_sidecar_files_of_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    for suffix in ["-wal", "-shm", "-journal"] {
        let bak = dir.path().join(format!("bak{suffix}.db"));
        let side = sidecar(&bak, suffix);
        std::fs::write(&side, b"left over").unwrap();
        let out = pledge(&db, &["backup", bak.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{suffix}: {}", err(&out));
        assert!(err(&out).contains(side.to_str().unwrap()), "{}", err(&out));
        assert!(!bak.exists(), "{suffix}");
        assert_eq!(std::fs::read(&side).unwrap(), b"left over");
    }
}

#[test]
fn restore_of_a_damaged_or_newer_backup_names_the_backup_and_restores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    for i in 0..30 {
        note(&db, &format!("{i}: {}", "x".repeat(500)));
    }
    let bak = dir.path().join("bak.db");
    ok(pledge(&db, &["backup", bak.to_str().unwrap()]));
    let newer = dir.path().join("newer.db");
    std::fs::copy(&bak, &newer).unwrap();
    Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let mut bytes = std::fs::read(&bak).unwrap();
    for b in &mut bytes[4096 * 2..4096 * 6] {
        *b = 0x55;
    }
    std::fs::write(&bak, &bytes).unwrap();
    let before = sha(&db);
    for (from, says) in [(&bak, "damaged"), (&newer, "newer pledge")] {
        let out = pledge(&db, &["restore", from.to_str().unwrap()]);
        let e = err(&out);
        assert_eq!(out.status.code(), Some(1), "{e}");
        assert!(e.contains(from.to_str().unwrap()), "{e}");
        assert!(e.contains(says) && e.contains("nothing restored"), "{e}");
        assert!(
            !e.contains(".restore") && !e.contains(db.to_str().unwrap()),
            "{e}"
        );
        assert_eq!(sha(&db), before);
    }
}

#[test]
fn backup_restore_and_init_in_a_folder_that_cannot_be_written_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    chmod(&db, 0o644);
    let bak = dir.path().join("bak.db");
    ok(pledge(&db, &["backup", bak.to_str().unwrap()]));
    chmod(&bak, 0o644);
    let ro = tempfile::tempdir().unwrap();
    chmod(ro.path(), 0o555);
    let ro_bak = ro.path().join("b.db");
    let out = as_nobody(&db, &["backup", ro_bak.to_str().unwrap()]);
    let e = err(&out);
    assert_eq!(out.status.code(), Some(1), "{e}");
    assert!(
        e.contains("cannot write the backup") && e.contains("not writable"),
        "{e}"
    );
    assert!(
        e.contains(ro_bak.to_str().unwrap()) && !e.contains(".backup"),
        "{e}"
    );
    let ro_db = ro.path().join("L.db");
    let out = as_nobody(&ro_db, &["init"]);
    let e = err(&out);
    assert_eq!(out.status.code(), Some(1), "{e}");
    assert!(e.contains("not writable") && !e.contains(".new"), "{e}");
    let out = as_nobody(&ro_db, &["restore", bak.to_str().unwrap()]);
    let e = err(&out);
    assert_eq!(out.status.code(), Some(1), "{e}");
    assert!(
        e.contains("not writable") && e.contains("nothing restored"),
        "{e}"
    );
    assert!(!e.contains(".restore"), "{e}");
    chmod(ro.path(), 0o755);
    assert_eq!(std::fs::read_dir(ro.path()).unwrap().count(), 0);
}

#[test]
fn a_symbolic_link_loop_as_the_ledger_is_named_a_loop() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("loop1"), dir.path().join("loop2"));
    std::os::unix::fs::symlink("loop2", &a).unwrap();
    std::os::unix::fs::symlink("loop1", &b).unwrap();
    let bak = dir.path().join("bak.db");
    ok(pledge(
        &ledger_in(dir.path()),
        &["backup", bak.to_str().unwrap()],
    ));
    for args in [
        &["init"][..],
        &["list"],
        &["restore", bak.to_str().unwrap()],
    ] {
        let out = pledge(&a, args);
        let e = err(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {e}");
        assert!(e.contains("symbolic link loop"), "{args:?}: {e}");
    }
    let out = pledge(&bak, &["backup", a.to_str().unwrap()]);
    assert!(err(&out).contains("symbolic link loop"), "{}", err(&out));
}

#[test]
fn an_output_to_a_directory_is_refused_with_exit_1_like_every_refused_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let d = dir.path().to_str().unwrap();
    for args in [&["report", "overdue", "-o", d][..], &["backup", d]] {
        let out = pledge(&db, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", err(&out));
    }
}

#[test]
fn restore_over_an_orphan_wal_says_what_was_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let bak = dir.path().join("bak.db");
    ok(pledge(&db, &["backup", bak.to_str().unwrap()]));
    let target = dir.path().join("new.db");
    std::fs::write(sidecar(&target, "-wal"), b"orphan").unwrap();
    let out = ok(pledge(&target, &["restore", bak.to_str().unwrap()]));
    assert!(!out.contains("the ledger it replaced"), "{out}");
    assert!(out.contains("-wal"), "{out}");
    let moved: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with("-wal"))
        .collect();
    assert_eq!(moved.len(), 1);
    assert!(out.contains(moved[0].to_str().unwrap()), "{out}");
    assert_eq!(std::fs::read(&moved[0]).unwrap(), b"orphan");
}

#[test]
fn a_disk_without_room_for_the_shm_still_reads_refuses_writes_and_leaves_no_sidecar() {
    let Some(disk) = SmallDisk::mount("1m") else {
        eprintln!("skipped: this machine does not let the test mount a tmpfs");
        return;
    };
    let db = disk.path().join("L.db");
    ok(pledge(&db, &["init"]));
    let filler = disk.path().join("filler");
    let mut f = std::fs::File::create(&filler).unwrap();
    let _ = std::io::Write::write_all(&mut f, &vec![0u8; 10_000_000]);
    drop(f);
    let before = sha(&db);
    for args in [&["list"][..], &["show", "1"], &["export"], &["check"]] {
        let out = pledge(&db, args);
        assert!(out.status.success(), "{args:?}: {}", err(&out));
    }
    let out = pledge(&db, &["note", "1", "x"]);
    let e = err(&out);
    assert_eq!(out.status.code(), Some(1), "{e}");
    assert!(e.contains("disk full") && e.contains("NOT saved"), "{e}");
    assert_eq!(sha(&db), before);
    for suffix in ["-wal", "-shm", "-journal"] {
        assert!(!sidecar(&db, suffix).exists(), "{suffix} left behind");
    }
}
