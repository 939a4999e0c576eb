//! `pledge copy`: a ledger file moved whole into a server ledger (ids, history, notes, the
//! identity its sheets are signed with), into an empty one only, all or nothing; what a
//! server cannot hold refused by name. Runs against a private cluster (tests/support/pg.rs).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing
#[path = "support/cli.rs"]
mod cli;
#[path = "support/pg.rs"]
mod pg;

use std::path::Path;
use std::process::Output;

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The built-in ledger with two notes and a moved deadline.
fn ledger(dir: &Path) -> std::path::PathBuf {
    let db = cli::ledger_in(dir);
    cli::stdout(&cli::pledge(
        &db,
        &["note", "4", "已引进高级人才20名", "--progress", "20"],
    ));
    cli::stdout(&cli::pledge(&db, &["note", "17", "已指导 12 家"]));
    cli::stdout(&cli::pledge(
        &db,
        &[
            "set",
            "2",
            "--deadline",
            "2027-05-19",
            "--why",
            "港大确认引进时限",
        ],
    ));
    db
}

fn copy(db: &Path, to: &str) -> Output {
    cli::pledge(db, &["copy", "--to", to])
}

#[test]
fn a_ledger_file_is_copied_whole_into_an_empty_database_ids_and_history_kept() {
    let Some(url) = pg::database("copy_whole") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = ledger(dir.path());
    let o = copy(&db, &url);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("1 letters, 20 pledges, 2 notes"),
        "{}",
        text(&o)
    );
    let q = |sql: &str| pg::try_psql(&url, sql).unwrap();
    assert_eq!(q("SELECT count(*) FROM pledge"), "20");
    assert_eq!(
        q("SELECT progress, last_note_on IS NOT NULL FROM pledge WHERE id = 4"),
        "20|t"
    );
    let export: serde_json::Value =
        serde_json::from_str(&cli::stdout(&cli::pledge(&db, &["export"]))).unwrap();
    let p2 = &export["pledges"][1];
    assert_eq!(
        q(
            "SELECT deadline, coalesce(original_deadline, '-'), deadline_moves FROM pledge WHERE id = 2"
        ),
        format!(
            "2027-05-19|{}|{}",
            p2["original_deadline"].as_str().unwrap_or("-"),
            p2["deadline_moves"]
        )
    );
    assert_eq!(
        q("SELECT secret FROM ledger_identity"),
        export["identity"]["secret"].as_str().unwrap(),
        "the server ledger is the same ledger: its sheets are taken back"
    );
    let histories = export["history"].as_array().unwrap().len();
    assert_eq!(q("SELECT count(*) FROM history"), histories.to_string());
    assert_eq!(
        q("SELECT count(*) FROM pledge_body"),
        export["links"].as_array().unwrap().len().to_string()
    );
    // A row written later takes the next id, not one of the copied ones.
    assert_eq!(
        q(
            "INSERT INTO note (pledge_id, happened_on, written_at, author, body) \
           VALUES (4, '2026-11-30', '2026-11-30T08:00:00Z', '王', '又引进5名') RETURNING id"
        ),
        "3"
    );

    // Into a ledger that holds something: refused, nothing changed.
    let again = copy(&db, &url);
    assert_eq!(again.status.code(), Some(1), "{}", text(&again));
    assert!(
        text(&again).contains("already holds 20 pledges, 1 letters and"),
        "{}",
        text(&again)
    );
    assert_eq!(q("SELECT count(*) FROM pledge"), "20");
    assert_eq!(q("SELECT count(*) FROM note"), "3");
    // A server holding no pledge or letter but a body: not empty either, and said so.
    let Some(bodies) = pg::database("copy_only_a_body") else {
        return;
    };
    assert!(
        cli::command(Path::new(&bodies), &["init", "--empty"])
            .output()
            .unwrap()
            .status
            .success()
    );
    pg::psql(&bodies, "INSERT INTO body (name) VALUES ('省科技厅')");
    let o = copy(&db, &bodies);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("0 pledges, 0 letters and 1 other rows"),
        "{}",
        text(&o)
    );
}

#[test]
fn what_a_server_cannot_hold_is_refused_by_name_and_nothing_is_copied() {
    let Some(url) = pg::database("copy_not_text") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // A note whose exact bytes are not UTF-8 (a ledger file keeps them; an export says so).
    let source = ledger(dir.path());
    let mut data: serde_json::Value =
        serde_json::from_str(&cli::stdout(&cli::pledge(&source, &["export"]))).unwrap();
    data["notes"][1]["body"] = serde_json::Value::from("A\u{FFFD}");
    data["notes"][1]["body_hex"] = serde_json::Value::from("41ff");
    let file = dir.path().join("bytes.json");
    std::fs::write(&file, data.to_string()).unwrap();
    let db = dir.path().join("bytes.db");
    cli::stdout(&cli::pledge(&db, &["init", "--empty"]));
    cli::stdout(&cli::pledge(&db, &["import", file.to_str().unwrap()]));
    let o = copy(&db, &url);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("note #2, body: holds bytes that are not UTF-8"),
        "{}",
        text(&o)
    );
    assert!(text(&o).contains("nothing copied"), "{}", text(&o));
    assert_eq!(
        pg::try_psql(&url, "SELECT count(*) FROM pledge").as_deref(),
        Ok("0")
    );
}

#[test]
fn a_server_ledger_copied_back_into_a_file_is_the_ledger_that_went_in() {
    let Some(url) = pg::database("copy_back") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = ledger(dir.path());
    let o = copy(&db, &url);
    assert!(o.status.success(), "{}", text(&o));
    let back = dir.path().join("back.db");
    let o = cli::pledge(
        &back,
        &["copy", "--from", &url, "--to", back.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("20 pledges, 2 notes"), "{}", text(&o));
    let export = |p: &Path| cli::stdout(&cli::pledge(p, &["export"]));
    assert_eq!(
        export(&back),
        export(&db),
        "ids, history, identity: all of it"
    );
    // The copy's search indexes are built: a two-character and a longer search find.
    let found = cli::stdout(&cli::pledge(
        &back,
        &["list", "--search", "氧化镓", "--format", "csv"],
    ));
    assert_eq!(found.lines().count(), 2, "{found}");
    let found = cli::stdout(&cli::pledge(
        &back,
        &["list", "--search", "人才", "--format", "csv"],
    ));
    assert!(found.lines().count() > 1, "{found}");
    cli::stdout(&cli::pledge(&back, &["check"]));

    // Into a ledger that holds pledges: refused, that ledger unchanged.
    let o = cli::pledge(&db, &["copy", "--from", &url, "--to", db.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains(
            "already holds 20 pledges and 1 letters; a server ledger is copied into a new file"
        ),
        "{}",
        text(&o)
    );
    // From a database that holds no ledger: refused, and no file is left behind.
    let Some(empty) = pg::database("copy_back_none") else {
        return;
    };
    let none = dir.path().join("none.db");
    let o = cli::pledge(
        &none,
        &["copy", "--from", &empty, "--to", none.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("holds no ledger"), "{}", text(&o));
    assert!(!none.exists());
}

#[test]
fn copy_between_two_files_names_backup_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = cli::ledger_in(dir.path());
    let other = dir.path().join("other.db");
    let o = cli::pledge(&db, &["copy", "--to", other.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("pledge backup FILE"), "{}", text(&o));
    assert!(!other.exists());
}

#[test]
fn a_copy_held_up_by_another_clients_lock_gives_up_with_the_busy_exit() {
    let Some(url) = pg::database("copy_busy") else {
        return;
    };
    let made = cli::command(Path::new(&url), &["init", "--empty"])
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", text(&made));
    let dir = tempfile::tempdir().unwrap();
    let db = cli::ledger_in(dir.path());
    // Another desk holds the pledge table for far longer than a copy waits.
    let holder = {
        let url = url.clone();
        std::thread::spawn(move || {
            pg::try_psql(
                &url,
                "BEGIN; LOCK TABLE pledge IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(15); COMMIT",
            )
        })
    };
    // Until the lock is taken (seen from the server's own view of its locks).
    for _ in 0..100 {
        let held = pg::try_psql(
            &url,
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation \
             WHERE c.relname = 'pledge' AND l.mode = 'AccessExclusiveLock' AND l.granted",
        );
        if held.as_deref() == Ok("1") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let o = copy(&db, &url);
    assert_eq!(o.status.code(), Some(4), "{}", text(&o));
    assert!(
        !holder.is_finished(),
        "it gave up, not waited for the other desk"
    );
    assert!(holder.join().unwrap().is_ok());
    assert_eq!(
        pg::try_psql(&url, "SELECT count(*) FROM pledge").as_deref(),
        Ok("0")
    );
}
