//! What survives a kill -9, what two writers at once do, and what waits on a frozen writer.
//! Exact points are reached through the test-only pauses of the `test-hooks` feature.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

#[path = "support/cli.rs"]
mod cli;
use cli::{kill9, paused_at};

use rusqlite::Connection;

const BIN: &str = env!("CARGO_BIN_EXE_pledge");

fn pledge(db: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("PLEDGE_LANG", "en");
    cmd.env_remove("PLEDGE_DB")
        .env("USER", "tester")
        .arg("--db")
        .arg(db);
    cmd
}

fn ledger() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    assert!(pledge(&db).arg("init").output().unwrap().status.success());
    (dir, db)
}

fn integrity(db: &Path) -> String {
    let conn = Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn user_version(db: &Path) -> i64 {
    count(db, "PRAGMA user_version")
}

/// Replaces `db` with a version-1 ledger as the first release wrote it (schema step 1 only),
/// holding the built-in pledges' ids and one note.
fn make_version_1(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
    let conn = Connection::open(db).unwrap();
    conn.execute_batch(include_str!("../schema.sql")).unwrap();
    conn.execute_batch(
        "PRAGMA application_id = 0x506C6467; PRAGMA user_version = 1; PRAGMA journal_mode = WAL;
         INSERT INTO pledge (id, title, owner, deadline, created_at, updated_at)
         VALUES (4, '5 年内培养 100 名以上高级人才', '香港大学', '2030-05-19', '2025-05-19T00:00:00Z', '2025-05-19T00:00:00Z');
         INSERT INTO note (pledge_id, happened_on, written_at, author, body, progress)
         VALUES (4, '2026-01-01', '2026-01-01T00:00:00Z', 'tester', '升级前的记录', 12);",
    )
    .unwrap();
}

fn schema(db: &Path) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn acknowledged_notes_survive_kill_9_at_random_moments() {
    let (_dir, db) = ledger();
    let mut acknowledged = Vec::new();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..30 {
        let mut cmd = pledge(&db);
        cmd.args(["note", "1", &format!("round {round}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Every third round is killed inside its write transaction; the rest at a random moment.
        let child = if round % 3 == 0 {
            paused_at(cmd, "commit note")
        } else {
            let child = cmd.spawn().unwrap();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            std::thread::sleep(Duration::from_micros(seed % 15_000));
            child
        };
        let mut child = child;
        let _ = child.kill();
        if child.wait().unwrap().success() {
            acknowledged.push(round);
        }
        assert_eq!(integrity(&db), "ok", "round {round}");
    }
    let export = pledge(&db).arg("export").output().unwrap();
    let text = String::from_utf8(export.stdout).unwrap();
    for round in &acknowledged {
        assert!(
            text.contains(&format!("\"round {round}\"")),
            "acknowledged note of round {round} lost"
        );
    }
    assert!(
        !text.contains("\"round 0\""),
        "a note killed before its commit is not there"
    );
    assert!(
        pledge(&db)
            .args(["note", "1", "after the crashes"])
            .output()
            .unwrap()
            .status
            .success()
    );
}

#[test]
fn kill_9_during_init_leaves_no_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let mut cmd = pledge(&db);
    cmd.arg("init");
    kill9(paused_at(cmd, "init"));
    assert!(!db.exists(), "entirely old: no ledger at all");
    let out = pledge(&db).arg("list").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("no ledger at"));
    assert!(pledge(&db).arg("init").output().unwrap().status.success());
    assert_eq!(
        count(&db, "SELECT count(*) FROM pledge"),
        20,
        "entirely new"
    );
}

#[test]
fn kill_9_during_an_upgrade_leaves_the_old_schema_and_the_next_run_upgrades() {
    let (dir, db) = ledger();
    let fresh = schema(&db);
    make_version_1(&db);
    let old = schema(&db);
    let mut cmd = pledge(&db);
    cmd.arg("list");
    kill9(paused_at(cmd, "upgrade"));
    assert_eq!(user_version(&db), 1);
    assert_eq!(schema(&db), old, "entirely the old schema");
    assert_eq!(integrity(&db), "ok");
    let out = pledge(&db)
        .args(["show", "4", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(user_version(&db), pledge::store::LATEST_VERSION);
    assert_eq!(
        schema(&db),
        fresh,
        "an upgraded file has the schema of a new one"
    );
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["notes"][0]["body"], "升级前的记录", "data kept");
    assert_eq!(shown["progress"], 12, "what the notes say is carried over");
    assert_eq!(shown["last_note_on"], "2026-01-01");
    drop(dir);
}

fn big_export(n: i64) -> String {
    let pledges: Vec<serde_json::Value> = (1..=n)
        .map(|id| {
            serde_json::json!({
                "id": id, "letter": null, "parent": null,
                "title": format!("第 {id} 项承诺：完成县域高中改扩建"), "owner": format!("第{}责任单位", id % 40),
                "deadline": "2026-06-30", "deadline_text": null, "status": "pending", "target": null,
                "quote": null, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"
            })
        })
        .collect();
    serde_json::json!({
        "format": "pledge-ledger", "schema_version": 2, "letters": [], "pledges": pledges,
        "notes": [], "history": []
    })
    .to_string()
}

#[test]
fn kill_9_during_a_50000_pledge_import_leaves_nothing_imported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    assert!(
        pledge(&db)
            .args(["init", "--empty"])
            .output()
            .unwrap()
            .status
            .success()
    );
    let file = dir.path().join("big.json");
    std::fs::write(&file, big_export(50_000)).unwrap();
    let mut cmd = pledge(&db);
    cmd.arg("import").arg(&file);
    kill9(paused_at(cmd, "commit import"));
    assert_eq!(count(&db, "SELECT count(*) FROM pledge"), 0, "entirely old");
    assert_eq!(integrity(&db), "ok");
    let out = pledge(&db).arg("import").arg(&file).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        count(&db, "SELECT count(*) FROM pledge"),
        50_000,
        "entirely new"
    );
}

#[test]
fn two_processes_appending_1000_notes_each_both_succeed() {
    let (_dir, db) = ledger();
    let writers: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|who| {
            let db = db.clone();
            std::thread::spawn(move || {
                for i in 0..1000 {
                    let out: Output = pledge(&db)
                        .args(["note", "17", &format!("{who}{i}")])
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "{who}{i}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    assert_eq!(
        count(&db, "SELECT count(*) FROM note WHERE pledge_id = 17"),
        2000
    );
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn eight_processes_opening_an_old_ledger_at_once_upgrade_it_once() {
    let (_dir, db) = ledger();
    make_version_1(&db);
    let children: Vec<Child> = (0..8)
        .map(|_| {
            pledge(&db)
                .arg("list")
                // Each upgrade holds its transaction a moment, so the others must wait for it.
                .env("PLEDGE_TEST_PAUSE", "upgrade:300")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut paused = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        paused += err.matches("paused at upgrade").count();
    }
    // Each step pauses once; a step run twice would show here (or fail outright).
    assert_eq!(
        paused,
        (pledge::store::LATEST_VERSION - 1) as usize,
        "every upgrade step ran once"
    );
    assert_eq!(user_version(&db), pledge::store::LATEST_VERSION);
}

#[test]
fn a_frozen_writer_does_not_block_readers_and_writers_give_up_with_a_message() {
    let (_dir, db) = ledger();
    let mut cmd = pledge(&db);
    cmd.args(["note", "1", "frozen"]);
    let frozen = paused_at(cmd, "commit note");
    let pid = frozen.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-STOP", &pid])
            .status()
            .unwrap()
            .success()
    );

    let start = Instant::now();
    let list = pledge(&db).arg("list").output().unwrap();
    assert!(list.status.success());
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "list waited on the writer: {:?}",
        start.elapsed()
    );

    let start = Instant::now();
    let note = pledge(&db).args(["note", "1", "blocked"]).output().unwrap();
    let waited = start.elapsed();
    assert_eq!(note.status.code(), Some(4));
    assert!(
        String::from_utf8_lossy(&note.stderr)
            .contains("the ledger is busy (another pledge process is writing); note NOT saved"),
        "{}",
        String::from_utf8_lossy(&note.stderr)
    );
    assert!(
        waited >= Duration::from_secs(4) && waited < Duration::from_secs(30),
        "{waited:?}"
    );
    kill9(frozen);
    assert_eq!(count(&db, "SELECT count(*) FROM note"), 0);
    assert_eq!(integrity(&db), "ok");
}
