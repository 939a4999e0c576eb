//! Readers who cannot write the ledger or its folder.

use super::*;

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
