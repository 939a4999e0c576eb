//! Damaged files, wrong files, read-only files, a full disk and backups: every command says
//! what is wrong, exits non-zero and leaves the file exactly as it was.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/disk.rs"]
mod disk;
#[path = "support/cli.rs"]
mod support;

use disk::SmallDisk;
use std::io::{Seek, SeekFrom, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use support::{as_nobody, ledger_in, pledge};

use rusqlite::Connection;

/// Cuts `bytes` off the end of the file, as a crash or a full disk during a copy would.
fn cut(path: &Path, bytes: u64) {
    let len = std::fs::metadata(path).unwrap().len();
    let file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.set_len(len - bytes).unwrap();
}

fn sha(path: &Path) -> String {
    pledge::store::sha256_bytes(&std::fs::read(path).unwrap())
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// Every kind of command, each of which must refuse the file.
const COMMANDS: &[&[&str]] = &[
    &["list"],
    &["show", "1"],
    &["note", "1", "x"],
    &["set", "1", "--status", "done"],
    &["export"],
    &["report", "overdue"],
    &["check"],
    &["backup", "copy.db"],
];

fn assert_refused_unchanged(db: &Path, says: &str) {
    let before = sha(db);
    for args in COMMANDS {
        let out = pledge(db, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(sha(db), before, "{args:?} changed the file");
    }
}

#[test]
fn a_ledger_cut_mid_page_is_reported_damaged_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    cut(&db, 1000);
    assert_refused_unchanged(&db, "damaged");
    let err = String::from_utf8_lossy(&pledge(&db, &["list"]).stderr).into_owned();
    assert!(
        err.contains("pledge backup") && err.contains("cut short"),
        "{err}"
    );
}

#[test]
fn a_ledger_cut_at_a_page_boundary_is_reported_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    cut(&db, 4096 * 3);
    assert_refused_unchanged(&db, "damaged");
}

#[test]
fn a_page_of_random_bytes_is_reported_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let mut f = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
    let mut seed: u32 = 7;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (seed >> 16) as u8
        })
        .collect();
    f.seek(SeekFrom::Start(4096 * 2)).unwrap();
    f.write_all(&noise).unwrap();
    drop(f);
    assert_refused_unchanged(&db, "damaged");
}

#[test]
fn a_garbage_header_is_reported_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let mut f = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
    f.write_all(&[0x5a; 100]).unwrap();
    drop(f);
    assert_refused_unchanged(&db, "damaged");
}

#[test]
fn the_tui_refuses_a_damaged_ledger_before_taking_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    cut(&db, 10);
    let before = sha(&db);
    // No subcommand is the TUI; it checks the file before anything else.
    let out = pledge(&db, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("damaged"));
    assert_eq!(sha(&db), before);
}

#[test]
fn a_zero_byte_file_is_an_empty_file_not_an_empty_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    std::fs::write(&db, b"").unwrap();
    assert_refused_unchanged(&db, "empty file (0 bytes)");
    assert!(String::from_utf8_lossy(&pledge(&db, &["init"]).stderr).contains("--force"));
    assert!(pledge(&db, &["init", "--force"]).status.success());
    assert!(pledge(&db, &["list"]).status.success());
}

#[test]
fn another_programs_sqlite_file_is_refused_without_sidecar_files() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("other.sqlite");
    Connection::open(&db)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    assert_refused_unchanged(&db, "not a pledge ledger");
    assert!(!sidecar(&db, "-wal").exists() && !sidecar(&db, "-shm").exists());
}

#[test]
fn a_ledger_from_a_newer_pledge_is_refused_before_any_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    assert_refused_unchanged(&db, "newer pledge");
}

#[test]
fn a_backup_taken_while_another_process_writes_is_consistent_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    for i in 0..20 {
        assert!(
            pledge(&db, &["note", "1", &format!("before {i}")])
                .status
                .success()
        );
    }
    let writer = {
        let db = db.clone();
        std::thread::spawn(move || {
            for i in 0..60 {
                assert!(
                    pledge(&db, &["note", "2", &format!("during {i}")])
                        .status
                        .success()
                );
            }
        })
    };
    let copy = dir.path().join("backup.db");
    let out = pledge(&db, &["backup", copy.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    writer.join().unwrap();
    // Restoring is using the copy as the ledger: every note acknowledged before it began is there.
    let check = pledge(&copy, &["check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let export = String::from_utf8(pledge(&copy, &["export"]).stdout).unwrap();
    for i in 0..20 {
        assert!(export.contains(&format!("\"before {i}\"")));
    }
    // A backup never replaces a file, and leaves no temporary file behind.
    let again = pledge(&db, &["backup", copy.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let leftovers = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".backup"))
        .count();
    assert_eq!(leftovers, 0);
}

#[test]
fn a_read_only_ledger_can_be_read_and_refuses_writes_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    assert!(
        pledge(&db, &["note", "17", "已指导 12 家"])
            .status
            .success()
    );
    let letter = dir.path().join("letter.txt");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/letters/huoqiu-cgj-reply-2023-07-31.txt"
        ),
        &letter,
    )
    .unwrap();
    let letter = letter.to_str().unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    // The folder is readable but not writable by the reader: no -shm can be made there.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = sha(&db);
    for args in [
        &["list"][..],
        &["show", "17"],
        &["report", "overdue"],
        &["export"],
        &["check"],
        &["import-letter", letter, "--dry-run"],
    ] {
        let out = as_nobody(&db, args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(
        String::from_utf8_lossy(&as_nobody(&db, &["show", "17"]).stdout).contains("已指导 12 家")
    );
    for args in [
        &["note", "1", "x"][..],
        &["set", "1", "--status", "done"],
        &["add", "--title", "t", "--owner", "o"],
        &["import-letter", letter, "--yes"],
        // Said before the review screen would open, not after the review.
        &["import-letter", letter],
    ] {
        let out = as_nobody(&db, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("read-only") && err.contains("NOT saved"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(sha(&db), before);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_full_disk_refuses_the_note_keeps_what_was_saved_and_recovers() {
    let Some(disk) = SmallDisk::mount("2m") else {
        eprintln!("skipped: this machine does not let the test mount a tmpfs");
        return;
    };
    let db = ledger_in(disk.path());
    assert!(
        pledge(&db, &["note", "1", "saved before the disk filled"])
            .status
            .success()
    );
    // Keep the shared-memory file alive and the WAL empty, as a running TUI would.
    let holder = Connection::open(&db).unwrap();
    holder
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    let filler = disk.fill();
    let out = pledge(&db, &["note", "1", "this one does not fit"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("disk full, note NOT saved"), "{err}");
    std::fs::remove_file(filler).unwrap();
    let export = String::from_utf8(pledge(&db, &["export"]).stdout).unwrap();
    assert!(export.contains("saved before the disk filled") && !export.contains("does not fit"));
    assert!(
        pledge(&db, &["note", "1", "after freeing space"])
            .status
            .success()
    );
    drop(holder);
    assert!(
        String::from_utf8(pledge(&db, &["check"]).stdout)
            .unwrap()
            .contains("sound")
    );
}

#[test]
fn an_import_that_does_not_fit_on_the_disk_adds_nothing() {
    let Some(disk) = SmallDisk::mount("3m") else {
        eprintln!("skipped: this machine does not let the test mount a tmpfs");
        return;
    };
    let db = disk.path().join("ledger.db");
    assert!(pledge(&db, &["init", "--empty"]).status.success());
    let pledges: Vec<serde_json::Value> = (1..=20_000)
        .map(|id| {
            serde_json::json!({"id": id, "title": format!("第 {id} 项：建设县域高中实验室并通过验收"), "owner": "吉林省教育厅",
                "status": "pending", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"})
        })
        .collect();
    let data = serde_json::json!({"format": "pledge-ledger", "schema_version": 2, "letters": [], "pledges": pledges, "notes": [], "history": []});
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), data.to_string()).unwrap();
    let out = pledge(&db, &["import", file.path().to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("disk full"), "{err}");
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        conn.query_row("SELECT count(*) FROM pledge", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        0
    );
}

#[test]
fn the_tui_keeps_the_draft_when_the_disk_is_full_and_saves_it_once_space_is_freed() {
    type App = pledge::tui::app::App<pledge::store::Store>;
    use pledge::tui::keys::Action;
    use pledge::tui::screen::Screen;
    let Some(disk) = SmallDisk::mount("2m") else {
        eprintln!("skipped: this machine does not let the test mount a tmpfs");
        return;
    };
    let db = ledger_in(disk.path());
    let store = pledge::store::Store::open(&db).unwrap();
    let today = pledge::date::parse("2026-11-28").unwrap();
    let mut app = App::new(store, today, "tester".into(), "ledger.db".into(), (100, 30)).unwrap();
    app.apply(Action::NewNote);
    "已完成选址，待验收"
        .chars()
        .for_each(|c| app.apply(Action::Insert(c)));
    let holder = Connection::open(&db).unwrap();
    holder
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    let filler = disk.fill();
    app.apply(Action::Save);
    assert!(
        matches!(app.screen(), Screen::NoteEditor { .. }),
        "the draft stays open"
    );
    let message = app.message.clone().unwrap();
    assert!(
        message.error && message.text.contains("disk full, note NOT saved"),
        "{message:?}"
    );
    std::fs::remove_file(filler).unwrap();
    app.apply(Action::Save);
    assert!(matches!(app.screen(), Screen::List));
    let export = String::from_utf8(pledge(&db, &["export"]).stdout).unwrap();
    assert!(export.contains("已完成选址，待验收"));
    drop(holder);
}
