//! The real binary in a pseudo-terminal, driven as a person would: a reader thread drains the
//! terminal all the time, and every wait polls the screen with a deadline (no fixed sleeps).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "tui_pty/bodies.rs"]
mod bodies;
#[path = "tui_pty/collect.rs"]
mod collect;
#[path = "tui_pty/daily.rs"]
mod daily;
#[path = "tui_pty/dashboard.rs"]
mod dashboard;
#[path = "tui_pty/session.rs"]
mod session;

use session::*;
use std::path::Path;
use std::process::Command;

use portable_pty::CommandBuilder;

#[test]
fn search_add_a_chinese_note_save_and_quit() {
    let (_dir, db) = ledger();
    let mut s = Session::start(&db);
    s.wait_for("TITLE");
    s.wait_for("1 overdue");
    s.send(b"/");
    s.send("氧化镓".as_bytes());
    s.wait_for_listed("search=\"氧化镓\"");
    s.send(b"\r");
    s.send(b"\r");
    s.wait_for("Quote");
    s.send(b"n");
    s.wait_for("What was reported");
    s.send("进展顺利".as_bytes());
    // A paste keeps its line break.
    s.send("\x1b[200~第二行\n第三行\x1b[201~".as_bytes());
    s.wait_for("第三行");
    s.send(b"\x13");
    s.wait_for("note #1 saved");
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();

    let out = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .arg("--db")
        .arg(&db)
        .args(["show", "10", "--format", "json"])
        .output()
        .expect("show");
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(shown["notes"][0]["body"], "进展顺利第二行\n第三行");
    assert_eq!(shown["notes"][0]["author"], "tester");
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let (_dir, db) = ledger();
    let mut s = Session::start(&db);
    s.wait_for("TITLE");
    s.send(b"n");
    s.wait_for("What was reported");
    s.send(b"\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn ctrl_c_with_a_draft_asks_and_a_second_ctrl_c_quits() {
    let (_dir, db) = ledger();
    let mut s = Session::start(&db);
    s.wait_for("TITLE");
    s.send(b"n");
    s.wait_for("What was reported");
    s.send("未保存的进展".as_bytes());
    s.wait_for("未保存的进展");
    s.send(b"\x03");
    s.wait_for("lose the draft");
    s.send(b"\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let (_dir, db) = ledger();
    let mut s = Session::start(&db);
    s.wait_for("TITLE");
    let pid = s.child.process_id().expect("pid");
    let killed = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = s.wait_exit();
    assert!(!status.success());
    s.assert_restored();
}

#[test]
fn ctrl_z_suspends_and_fg_redraws() {
    let (_dir, db) = ledger();
    let mut s = Session::shell();
    s.wait_for("$ ");
    let line = format!("{BIN} --today 2026-11-28 --db '{}'\r", db.display());
    s.send(line.as_bytes());
    s.wait_for("TITLE");
    s.send(b"\x1a");
    s.wait_for("Stopped");
    // The shell turns bracketed paste back on for its own prompt, so only the screen is checked.
    assert!(!s.screen.lock().expect("screen").screen().alternate_screen());
    s.send(b"fg\r");
    s.wait_for("1 overdue");
    s.wait_for("TITLE");
    s.send(b"q");
    s.wait_for("$ fg");
    s.send(b"exit\r");
    assert!(s.wait_exit().success());
}

#[test]
fn the_tui_holds_no_read_transaction_while_another_process_adds_10000_notes() {
    let (_dir, db) = ledger();
    let mut s = Session::start(&db);
    s.wait_for("TITLE");
    s.send(b"\r");
    s.wait_for("Notes (0, newest first)");
    // Another process writes 10,000 notes, each its own transaction as `pledge note` does.
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.pragma_update(None, "synchronous", "OFF")
        .expect("pragma");
    for i in 0..10_000 {
        conn.execute(
            "INSERT INTO note (pledge_id, happened_on, written_at, author, body)
             VALUES (17, '2026-11-01', '2026-11-01T00:00:00Z', 'cli', ?1)",
            [format!("第 {i} 条")],
        )
        .expect("insert");
    }
    // Checkpoints could only keep the WAL this small because no reader pinned an old snapshot:
    // pinned, 10,000 notes (each writing its row, both search indexes and its pledge) would
    // grow it past 100 MB. Each checkpoint round may pass its 4 MB mark by a few commits.
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    let size = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert!(
        size < 16 << 20,
        "the WAL grew to {size} bytes: the TUI held a read transaction"
    );
    s.send(b"R");
    s.wait_for("Notes (10000, newest first)");
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_read_only_ledger_says_read_only_before_anyone_types() {
    let (dir, db) = ledger();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let root = Command::new("id").arg("-u").output().expect("id").stdout == b"0\n";
    let mut cmd = if root {
        let mut c = CommandBuilder::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]);
        c
    } else {
        CommandBuilder::new(BIN)
    };
    cmd.env("PLEDGE_LANG", "en");
    cmd.args(["--today", "2026-11-28", "--db"]);
    cmd.arg(&db);
    let mut s = Session::spawn(cmd);
    s.wait_for("READ-ONLY");
    s.wait_for("1 overdue");
    s.send(b"n");
    s.wait_for("read-only");
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

#[test]
fn the_text_report_is_coloured_on_a_terminal_unless_no_color_is_set() {
    let (_dir, db) = ledger();
    for (no_color, coloured) in [(None, true), (Some("1"), false)] {
        let mut cmd = command(&db);
        cmd.args(["report", "overdue"]);
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        } else {
            cmd.env_remove("NO_COLOR");
        }
        let mut s = Session::spawn(cmd);
        s.wait_for("TOTALS");
        assert!(s.wait_exit().success());
        let raw = String::from_utf8_lossy(&s.raw.lock().expect("raw")).into_owned();
        assert_eq!(raw.contains("\x1b[31m"), coloured, "NO_COLOR={no_color:?}");
    }
}

fn import_letter(db: &Path) -> Session {
    let mut cmd = command(db);
    cmd.arg("import-letter");
    cmd.arg(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/letters/huoqiu-cgj-reply-2023-07-31.txt"
    ));
    Session::spawn(cmd)
}

#[test]
fn a_reviewed_letter_is_saved_with_its_accepted_pledge_and_said_on_exit() {
    let (_dir, db) = ledger();
    // Leaving the review adds nothing and says so once the terminal is back.
    let mut s = import_letter(&db);
    s.wait_for("1 pledge(s) found");
    s.wait_for("下步,我局");
    s.send(b"\x1b");
    s.wait_for("Leave the review?");
    s.send(b"y");
    s.wait_for("review left; nothing added");
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    s.wait_for("review left without saving; nothing added");

    let mut s = import_letter(&db);
    s.wait_for("1 pledge(s) found");
    s.send(b"a");
    s.wait_for("1 accepted");
    s.send(b"\x13");
    s.wait_for("added letter #2");
    s.wait_for("! 21 pending     有序推进2023年度城区背");
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    s.wait_for("with 1 pledge(s): #21");

    let out = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .arg("--db")
        .arg(&db)
        .args(["show", "21", "--format", "json"])
        .output()
        .expect("show");
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(shown["owner"], "霍邱县城市管理行政执法局");
    assert_eq!(shown["letter"], 2);
    assert_eq!(shown["deadline"], "2023-12-31");
}

#[test]
fn a_damaged_ledger_is_refused_at_a_real_terminal_before_the_screen_is_taken() {
    let (_dir, db) = ledger();
    let len = std::fs::metadata(&db).unwrap().len();
    let file = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
    file.set_len(len - 10).unwrap();
    drop(file);
    let before = std::fs::read(&db).unwrap();
    let mut s = Session::start(&db);
    s.wait_for("damaged");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 1, "{status:?}");
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    assert!(
        !raw.contains("\x1b[?1049h"),
        "the alternate screen was never entered: {raw:?}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before, "the file is untouched");
}

#[test]
fn a_batch_under_review_stops_on_q_keeping_what_was_saved_and_saying_what_was_not_read() {
    let (_dir, db) = ledger();
    let mut cmd = command(&db);
    cmd.arg("import-letter");
    for name in [
        "huoqiu-cgj-reply-2023-07-31.txt",
        "xinzheng-reply-2021-09-19.txt",
        "dev2/31.txt",
    ] {
        cmd.arg(format!(
            "{}/tests/fixtures/letters/{name}",
            env!("CARGO_MANIFEST_DIR")
        ));
    }
    let mut s = Session::spawn(cmd);
    s.wait_for("letter 1 of 3 (Q stops the batch)");
    s.send(b"a");
    s.wait_for("1 accepted");
    s.send(b"\x13");
    s.wait_for("added letter #2");
    s.send(b"q");
    s.wait_for("letter 2 of 3 (Q stops the batch)");
    s.send(b"Q");
    s.wait_for("Stop the whole batch?");
    s.send(b"y");
    assert!(s.wait_exit().success());
    s.assert_restored();
    s.wait_for("with 1 pledge(s): #21");
    s.wait_for("2 letters read, 5 pledges found, 0 letters refused, 1 pledge added");
    s.wait_for("and 1 more letter was not read");
    let out = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .arg("--db")
        .arg(&db)
        .args(["letters", "--format", "json"])
        .output()
        .expect("letters");
    let letters: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        letters.as_array().map(Vec::len),
        Some(2),
        "the built-in letter and the one saved; the stopped one and the unread one are not added"
    );
}

#[test]
fn a_batch_on_a_terminal_counts_its_letters_on_a_progress_bar() {
    let (_dir, db) = ledger();
    let mut cmd = command(&db);
    cmd.args(["import-letter", "--yes"]);
    cmd.arg(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/letters/dev2"
    ));
    let mut s = Session::spawn(cmd);
    assert!(s.wait_exit().success());
    s.wait_for("17 letters read");
    let raw = String::from_utf8_lossy(&s.raw.lock().expect("raw")).into_owned();
    assert!(raw.contains("/17"), "the bar counts the 17 letters: {raw}");
}

#[test]
fn the_report_screen_shows_the_report_read_on_its_thread_and_esc_goes_back() {
    let (_dir, db) = ledger();
    let mut s = Session::start(&db);
    s.wait_for("TITLE");
    s.send(b"r");
    s.wait_for("1. OVERDUE");
    s.send(b"\x1b");
    // The list's place in it, which only the list shows.
    s.wait_for("1/20");
    assert!(!s.contents().contains("1. OVERDUE"), "{}", s.contents());
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}
