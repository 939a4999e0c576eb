//! A ledger made before bodies (schema steps 1 to 5, step 1 as it shipped then) upgraded:
//! in one transaction, every pledge linked to the bodies of its owner text.

use std::path::Path;
use std::process::Stdio;

use rusqlite::Connection;

use super::super::support::{command, pledge, stdout};

/// A version-5 ledger with a letter from 吉林省科学技术厅 and owners as letters write them.
fn make_version_5(db: &Path) {
    let conn = Connection::open(db).unwrap();
    conn.execute_batch(include_str!("../fixtures/schema-before-bodies.sql"))
        .unwrap();
    for step in [
        include_str!("../../migrations/0002-open-deadline-index.sql"),
        include_str!("../../migrations/0003-pledge-carries-its-notes.sql"),
        include_str!("../../migrations/0004-full-text-search.sql"),
        include_str!("../../migrations/0005-notes-can-be-withdrawn.sql"),
    ] {
        conn.execute_batch(step).unwrap();
    }
    conn.execute_batch(
        "PRAGMA application_id = 0x506C6467; PRAGMA user_version = 5; PRAGMA journal_mode = WAL;
         INSERT INTO letter (id, issuer, addressee, title, issued_on, body, sha256, added_at)
         VALUES (1, '吉林省科学技术厅', '朱立伟委员', '答复', '2025-05-19', '正文',
                 '0000000000000000000000000000000000000000000000000000000000000000', 'x');
         INSERT INTO pledge (id, letter_id, title, owner, created_at, updated_at) VALUES
           (1, 1, '建研究院', '吉林省科学技术厅', 'x', 'x'),
           (2, 1, '签协议', '我厅', 'x', 'x'),
           (3, 1, '上市辅导', '省委金融办、省科技厅、省商务厅', 'x', 'x'),
           (4, 1, '框架合作', '吉林省科技厅、长春新区和香港大学', 'x', 'x'),
           (5, 1, '实验室', '省发改委牵头，省科技厅配合', 'x', 'x'),
           (6, NULL, '手工事项', '住房和城乡建设局', 'x', 'x');
         INSERT INTO history (pledge_id, field, new_value, changed_at, changed_by)
         VALUES (1, 'created', '建研究院', 'x', '王');",
    )
    .unwrap();
}

fn links(db: &Path) -> Vec<(i64, String, String)> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT pb.pledge_id, b.name, pb.role FROM pledge_body pb JOIN body b ON b.id = pb.body_id
             ORDER BY pb.pledge_id, pb.position",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn version(db: &Path) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_ledger_made_before_bodies_upgrades_in_one_transaction_every_pledge_linked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    make_version_5(&db);
    // Killed inside the upgrade's transaction: the file is as it was.
    let mut child = command(&db, &["list"])
        .env("PLEDGE_TEST_PAUSE", "upgrade:60000")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut err, &mut line).unwrap();
    assert_eq!(line.trim(), "pledge-test: paused at upgrade");
    // The links are written before the pause, in the same transaction.
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(version(&db), 5);
    let tables: i64 = Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name IN ('body', 'pledge_body')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 0, "nothing of step 6 stays");
    // The next run upgrades.
    stdout(&pledge(&db, &["list"]));
    assert_eq!(version(&db), pledge::store::LATEST_VERSION);
    let s = |id: i64, name: &str, role: &str| (id, name.to_string(), role.to_string());
    let dept = "吉林省科学技术厅";
    assert_eq!(
        links(&db),
        [
            s(1, dept, "lead"),
            s(2, dept, "lead"),
            s(3, "省委金融办", "lead"),
            s(3, dept, "co_owner"),
            s(3, "省商务厅", "co_owner"),
            s(4, dept, "lead"),
            s(4, "长春新区", "co_owner"),
            s(4, "香港大学", "co_owner"),
            s(5, "省发改委", "lead"),
            s(5, dept, "co_owner"),
            s(6, "住房和城乡建设局", "lead"),
        ]
    );
    let shown = stdout(&pledge(
        &db,
        &["body", "show", "省科技厅", "--format", "json"],
    ));
    let json: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(json["body"]["name"], dept);
    assert_eq!(
        json["body"]["aliases"],
        serde_json::json!(["吉林省科技厅", "省科技厅"])
    );
    // Owner texts stay as written; the history is kept.
    let p: serde_json::Value =
        serde_json::from_str(&stdout(&pledge(&db, &["show", "2", "--format", "json"]))).unwrap();
    assert_eq!(p["owner"], "我厅");
    let conn = Connection::open(&db).unwrap();
    let by: String = conn
        .query_row(
            "SELECT changed_by FROM history WHERE pledge_id = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(by, "王");
}

#[test]
fn a_ledger_newer_than_the_program_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    make_version_5(&db);
    Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", pledge::store::LATEST_VERSION + 1)
        .unwrap();
    let before = std::fs::read(&db).unwrap();
    let out = pledge(&db, &["bodies"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer pledge"));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}
