//! Input that must be refused or bounded, and output that must stay inert: panics that never
//! echo what was read, notes and letters held to their limits, writes whose confirmation
//! cannot be printed, and text that can never act on a terminal, spreadsheet or page.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/cli.rs"]
mod support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use support::{BIN, pledge};

/// Text that can never act on a terminal, spreadsheet or page.
#[path = "refused_input/inert.rs"]
mod inert;

fn ledger() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let out = pledge(&db, &["init", "--empty"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, db)
}

fn err(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `pledge --db DB ARGS…` with `stdin` fed from `input` (written by a thread, so a reader that
/// stops early does not block the writer).
fn pledge_with_stdin(db: &Path, args: &[&str], input: Vec<u8>) -> Output {
    let mut child = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .env_remove("PLEDGE_DB")
        .env("USER", "tester")
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-28"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    out
}

#[test]
fn a_panic_says_where_it_happened_and_never_echoes_its_message() {
    let (_dir, db) = ledger();
    let out = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .env(
            "PLEDGE_TEST_PANIC",
            "letter <p 标题=\u{1b}]2;pwned\u{7}\u{1b}]52;c;aGk=\u{7}",
        )
        .arg("--db")
        .arg(&db)
        .arg("list")
        .output()
        .unwrap();
    let said = err(&out);
    assert_eq!(out.status.code(), Some(101), "{said}");
    assert!(
        said.contains("pledge: internal error at src/main.rs:"),
        "{said}"
    );
    for echoed in ["\u{1b}", "\u{7}", "pwned", "标题", "letter"] {
        assert!(!said.contains(echoed), "{echoed:?} echoed: {said:?}");
    }
}

fn add_one(db: &Path) {
    let out = pledge(
        db,
        &[
            "add",
            "--title",
            "修路",
            "--owner",
            "县交通局",
            "--deadline",
            "2026-12-31",
        ],
    );
    assert!(out.status.success(), "{}", err(&out));
}

fn note_count(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT count(*) FROM note", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn an_endless_note_on_standard_input_is_refused_at_the_limit_without_reading_it_all() {
    let (_dir, db) = ledger();
    add_one(&db);
    let mut child = support::command(&db, &["note", "1", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // `yes`: the writer never stops on its own; the reader must stop and close the pipe.
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = b"y\n".repeat(4096);
        let mut sent = 0usize;
        while stdin.write_all(&line).is_ok() {
            sent += line.len();
            assert!(sent < 64 << 20, "the note was read far past its limit");
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", err(&out));
    let said = err(&out);
    assert!(said.contains("at most 1 MB (1048576 bytes)"), "{said}");
    assert!(said.contains("NOT saved"), "{said}");
    assert_eq!(note_count(&db), 0);
}

#[test]
fn a_note_on_standard_input_of_exactly_the_limit_is_kept_and_one_byte_more_is_not() {
    let (_dir, db) = ledger();
    add_one(&db);
    let limit = 1 << 20;
    // Trailing blanks are not kept, so they do not count.
    let mut exact = "进".repeat(limit / 3).into_bytes();
    exact.extend(b"a");
    assert_eq!(exact.len(), limit);
    exact.extend(b"\n\n  \n");
    let out = pledge_with_stdin(&db, &["note", "1", "-"], exact);
    assert!(out.status.success(), "{}", err(&out));
    let mut over = "进".repeat(limit / 3).into_bytes();
    over.extend(b"ab");
    let out = pledge_with_stdin(&db, &["note", "1", "-"], over);
    assert_eq!(out.status.code(), Some(2), "{}", err(&out));
    assert!(
        err(&out).contains("a note holds at most 1 MB"),
        "{}",
        err(&out)
    );
    assert_eq!(note_count(&db), 1);
}

fn letter_count(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT count(*) FROM letter", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_letter_that_is_a_device_a_pipe_or_huge_is_refused_at_once_saying_what_it_is() {
    let (dir, db) = ledger();
    let fifo = dir.path().join("letter.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let huge = dir.path().join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(11 << 20)
        .unwrap();
    for (file, says) in [
        (Path::new("/dev/zero"), "is not a regular file"),
        (fifo.as_path(), "is not a regular file"),
        (huge.as_path(), "is 11.0 MB; a letter file is at most 10 MB"),
    ] {
        for mode in ["--dry-run", "--yes"] {
            let out = pledge(&db, &["import-letter", file.to_str().unwrap(), mode]);
            assert_eq!(out.status.code(), Some(2), "{file:?} {mode}: {}", err(&out));
            assert!(err(&out).contains(says), "{file:?}: {}", err(&out));
        }
    }
    assert_eq!(letter_count(&db), 0);
}

#[test]
fn a_letter_giving_more_pledges_than_the_bound_is_refused_by_dry_run_and_yes_alike() {
    let (dir, db) = ledger();
    let file = dir.path().join("letter.txt");
    let item = "市交通局将于2026年底前完成危桥改造。";
    std::fs::write(&file, format!("下一步工作\n{}\n", item.repeat(1200))).unwrap();
    for mode in ["--dry-run", "--yes"] {
        let out = pledge(&db, &["import-letter", file.to_str().unwrap(), mode]);
        assert_eq!(out.status.code(), Some(2), "{mode}: {}", err(&out));
        let said = err(&out);
        assert!(
            said.contains("1200 pledges from one letter; one letter gives at most 1000")
                && said.contains("nothing imported"),
            "{said}"
        );
    }
    assert_eq!(letter_count(&db), 0);
}

/// `pledge --db DB ARGS…` with standard output on `/dev/full`: every write fails, disk full.
fn pledge_to_full_disk(db: &Path, args: &[&str]) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    support::command(db, args).stdout(full).output().unwrap()
}

#[test]
fn a_change_whose_confirmation_cannot_be_written_says_it_was_saved_and_exits_5() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let letter = dir.path().join("letter.txt");
    std::fs::write(
        &letter,
        "下一步工作\n市交通局将于2026年底前完成危桥改造。\n",
    )
    .unwrap();
    let export = dir.path().join("export.json");
    let backup = dir.path().join("backup.db");
    let other = dir.path().join("other.db");
    let count = |db: &Path, table: &str| -> i64 {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    let init = pledge_to_full_disk(&db, &["init", "--empty"]);
    let cases: Vec<(Output, &str)> = vec![
        (init, "the ledger "),
        (
            pledge_to_full_disk(&db, &["add", "--title", "修路", "--owner", "县交通局"]),
            "pledge #1 was saved",
        ),
        (
            pledge_to_full_disk(&db, &["note", "1", "进展顺利"]),
            "note #1 was saved",
        ),
        (
            pledge_to_full_disk(&db, &["set", "1", "--owner", "市交通局"]),
            "the change to pledge #1 was saved",
        ),
        (
            pledge_to_full_disk(&db, &["import-letter", letter.to_str().unwrap(), "--yes"]),
            "letter #1 was saved",
        ),
        (
            pledge_to_full_disk(&db, &["backup", backup.to_str().unwrap()]),
            "the backup ",
        ),
    ];
    for (out, says) in &cases {
        let said = err(out);
        assert_eq!(out.status.code(), Some(5), "{says}: {said}");
        assert!(said.contains(says), "{says}: {said}");
        assert!(
            said.contains("was saved, but its confirmation could not be written"),
            "{said}"
        );
    }
    assert_eq!(count(&db, "pledge"), 2, "each change was made once");
    assert_eq!(count(&db, "note"), 1);
    assert_eq!(count(&backup, "pledge"), 2);
    let dump = pledge(&db, &["export"]);
    std::fs::write(&export, &dump.stdout).unwrap();
    assert!(pledge(&other, &["init", "--empty"]).status.success());
    let out = pledge_to_full_disk(&other, &["import", export.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(5), "{}", err(&out));
    assert!(err(&out).contains("the import was saved"), "{}", err(&out));
    assert_eq!(count(&other, "pledge"), 2);
    let out = pledge_to_full_disk(&other, &["restore", backup.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(5), "{}", err(&out));
    assert!(err(&out).contains("the restore of "), "{}", err(&out));
    assert_eq!(count(&other, "pledge"), 2, "the backup is in place");
}

#[test]
fn a_change_printed_into_a_closed_pipe_is_still_a_success() {
    use std::os::fd::FromRawFd;
    let (_dir, db) = ledger();
    // A pipe whose reader is gone before the command starts: its first write fails, always.
    let mut ends = [0; 2];
    assert_eq!(unsafe { libc::pipe(ends.as_mut_ptr()) }, 0);
    unsafe { libc::close(ends[0]) };
    let closed = unsafe { std::fs::File::from_raw_fd(ends[1]) };
    let out = support::command(&db, &["add", "--title", "修路", "--owner", "县交通局"])
        .stdout(closed)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", err(&out));
    assert!(out.stderr.is_empty(), "{}", err(&out));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM pledge", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn standard_error_on_a_full_disk_keeps_each_exit_code() {
    let (_dir, db) = ledger();
    let run = |args: &[&str], panic: Option<&str>| {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let mut cmd = Command::new(BIN);
        cmd.env("PLEDGE_LANG", "en");
        cmd.env_remove("PLEDGE_DB").arg("--db").arg(&db).args(args);
        if let Some(said) = panic {
            cmd.env("PLEDGE_TEST_PANIC", said);
        }
        cmd.stderr(full).output().unwrap().status.code()
    };
    assert_eq!(run(&["show", "99"], None), Some(1), "an error, not a panic");
    assert_eq!(run(&["list", "--status", "nope"], None), Some(2));
    assert_eq!(
        run(&["list"], Some("boom")),
        Some(101),
        "a panic, not an abort"
    );
}
