//! `-wal` and `-journal` files that are not the ledger's own, and `pledge restore`.

use super::*;

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

#[test]
fn init_refuses_beside_a_leftover_shm_alone_too() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    std::fs::write(sidecar(&db, "-shm"), vec![0u8; 32768]).unwrap();
    let out = pledge(&db, &["init"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(err(&out).contains("-shm"), "{}", err(&out));
    assert!(!db.exists());
}

#[test]
fn restore_from_a_copy_whose_changes_are_still_in_its_wal_restores_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let copies = tempfile::tempdir().unwrap();
    let source = copies.path().join("source.db");
    ok(pledge(&source, &["init"]));
    let holder = Connection::open(&source).unwrap();
    holder.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    holder
        .query_row("SELECT count(*) FROM pledge", [], |r| r.get::<_, i64>(0))
        .unwrap();
    note(&source, "only in the wal");
    // The copy as a crash would leave it: the file without the note, and its -wal.
    let copy = copies.path().join("copy.db");
    std::fs::copy(&source, &copy).unwrap();
    std::fs::copy(sidecar(&source, "-wal"), sidecar(&copy, "-wal")).unwrap();
    drop(holder);
    let out = pledge(&db, &["restore", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", err(&out));
    assert!(ok(pledge(&db, &["export"])).contains("only in the wal"));
}

#[test]
fn no_ledger_is_made_or_restored_under_another_ledgers_sidecar_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let bak = dir.path().join("bak.db");
    ok(pledge(&db, &["backup", bak.to_str().unwrap()]));
    for suffix in ["-wal", "-shm", "-journal"] {
        let name = sidecar(&db, suffix);
        for args in [&["init"][..], &["restore", bak.to_str().unwrap()]] {
            let out = pledge(&name, args);
            assert_eq!(out.status.code(), Some(1), "{name:?} {args:?}");
            assert!(err(&out).contains("where SQLite keeps"), "{}", err(&out));
            assert!(!name.exists());
        }
    }
    ok(pledge(&db, &["check"]));
}

#[test]
fn a_ledger_grown_and_checkpointed_by_another_process_while_opened_is_not_taken_for_a_cut_one() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    // A reader that has read the file's size, held there while another process writes.
    let mut reader = support::command(&db, &["list", "--format", "csv"])
        .env("PLEDGE_TEST_PAUSE", "open after size:4000")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(reader.stderr.take().unwrap()).lines();
    assert_eq!(
        lines.next().map(Result::unwrap).as_deref(),
        Some("pledge-test: paused at open after size")
    );
    // The other process grows the file by hundreds of pages and closes: its checkpoint
    // writes the new page count, grows the file and removes the -wal.
    let mut other = pledge::store::Store::open(&db).unwrap();
    let quote = "下一步，将持续推进重点项目建设并按月报送进展情况。".repeat(80);
    let many: Vec<pledge::store::NewPledge> = (0..300)
        .map(|n| pledge::store::NewPledge {
            title: format!("第{n}项"),
            owner: "省发展改革委".into(),
            quote: Some(quote.clone()),
            ..Default::default()
        })
        .collect();
    let letter = pledge::model::Letter {
        id: 0,
        issuer: "省发展改革委".into(),
        addressee: "代表".into(),
        title: "答复".into(),
        issued_on: pledge::date::parse("2026-11-01").unwrap(),
        reference: None,
        body: quote.clone(),
        sha256: pledge::store::sha256_hex(&quote),
        added_at: String::new(),
        meta: Default::default(),
        origin: None,
    };
    other.add_letter(&letter, &many, "王").unwrap();
    drop(other);
    assert!(!sidecar(&db, "-wal").exists(), "checkpointed and gone");
    let out = reader.wait_with_output().unwrap();
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(out.status.success(), "{}", rest.join("\n"));
}
