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

/// OSC 2 (window title), OSC 52 (clipboard), CSI, an 8-bit CSI and a bidi override.
const HOSTILE: &str = "\u{1b}]2;pwned\u{7}\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}31m\u{202e}";

fn assert_inert(what: &str, text: &str) {
    for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(
            !text.contains(c),
            "{what}: {c:?} reached the output:\n{text:?}"
        );
    }
}

/// A ledger where every text field of a letter, pledge, note and change holds escape sequences.
fn hostile_everywhere() -> (tempfile::TempDir, PathBuf) {
    let (dir, db) = ledger();
    let h = |s: &str| format!("{s}{HOSTILE}");
    let data = serde_json::json!({
        "format": "pledge-ledger", "schema_version": 2,
        "letters": [{"id": 1, "issuer": h("厅"), "addressee": h("代表"), "title": h("建议"),
            "issued_on": "2025-05-19", "reference": h("字号"), "body": h("正文"),
            "sha256": pledge::store::sha256_hex(&h("正文")),
            "added_at": "2025-05-20T08:00:00Z"}],
        "pledges": [{"id": 1, "letter": 1, "parent": null, "title": h("标题"), "owner": h("单位"),
            "deadline": "2026-01-31", "deadline_text": h("年底前"), "status": "pending",
            "target": {"quantity": 5, "unit": h("所"), "text": h("5所")}, "quote": h("原文"),
            "created_at": "2025-05-20T08:00:00Z", "updated_at": "2025-05-20T08:00:00Z"}],
        "notes": [{"id": 1, "pledge": 1, "on": "2026-01-02", "written_at": "2026-01-02T00:00:00Z",
            "author": h("作者"), "body": h("进展"), "progress": 2, "status": null}],
        "history": []
    });
    let file = dir.path().join("hostile.json");
    std::fs::write(&file, data.to_string()).unwrap();
    let out = pledge(&db, &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", err(&out));
    let out = pledge(
        &db,
        &["set", "1", "--owner", &h("新单位"), "--why", &h("理由")],
    );
    assert!(out.status.success(), "{}", err(&out));
    assert_inert("set", &String::from_utf8_lossy(&out.stdout));
    (dir, db)
}

#[test]
fn every_text_field_reaches_every_output_inert() {
    let (dir, db) = hostile_everywhere();
    for args in [
        &["show", "1"][..],
        &["list"],
        &["list", "--format", "csv"],
        &["report", "overdue"],
        &["report", "overdue", "--format", "markdown"],
        &["report", "overdue", "--format", "html"],
        &["report", "overdue", "--format", "csv"],
    ] {
        let out = pledge(&db, args);
        assert!(out.status.success(), "{args:?}: {}", err(&out));
        assert_inert(&format!("{args:?}"), &String::from_utf8_lossy(&out.stdout));
    }
    let shown = String::from_utf8(pledge(&db, &["show", "1"]).stdout).unwrap();
    assert!(shown.contains("progress  2/5 所␛]2;pwned␇"), "{shown}");
    let out = pledge(&db, &["add", "--title", HOSTILE, "--owner", HOSTILE]);
    assert_inert("add", &String::from_utf8_lossy(&out.stdout));
    // A letter read for import, printed by the dry run.
    let letter = dir.path().join("letter.txt");
    std::fs::write(
        &letter,
        format!(
            "张三{HOSTILE}代表：\n您提出的《关于修路{HOSTILE}的建议》收悉。\n下一步，\
             {HOSTILE}局将于2026年底前完成{HOSTILE}改造5座。\n某县{HOSTILE}交通局\n2026年3月1日\n"
        ),
    )
    .unwrap();
    let out = pledge(
        &db,
        &["import-letter", letter.to_str().unwrap(), "--dry-run"],
    );
    assert!(out.status.success(), "{}", err(&out));
    assert_inert("dry run", &String::from_utf8_lossy(&out.stdout));
    // File names in messages, on success and on failure.
    let odd = dir.path().join(format!("备份{HOSTILE}.db"));
    for args in [
        vec!["backup", odd.to_str().unwrap()],
        vec!["report", "overdue", "-o", odd.to_str().unwrap()],
        vec!["import-letter", odd.to_str().unwrap(), "--dry-run"],
        vec!["import", odd.to_str().unwrap()],
    ] {
        let out = pledge(&db, &args);
        assert_inert(
            &format!("{args:?} stdout"),
            &String::from_utf8_lossy(&out.stdout),
        );
        assert_inert(&format!("{args:?} stderr"), &err(&out));
    }
}

#[test]
fn spreadsheet_cells_of_text_never_open_with_a_formula_in_list_or_report() {
    let (_dir, db) = ledger();
    let out = pledge(
        &db,
        &[
            "add",
            "--title=-2+3",
            "--owner",
            "=1+1",
            "--deadline",
            "2026-01-31",
            "--deadline-text",
            "@SUM(A1)",
            "--target",
            "5",
            "--unit",
            "+x",
            "--target-text",
            "\t=2",
        ],
    );
    assert!(out.status.success(), "{}", err(&out));
    assert!(
        pledge(&db, &["note", "1", "--progress", "2", "--", "-1 进展"])
            .status
            .success()
    );
    for args in [
        &["list", "--format", "csv"][..],
        &["report", "overdue", "--format", "csv"],
    ] {
        let out = pledge(&db, args);
        assert!(out.status.success(), "{args:?}: {}", err(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        let mut rows = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let mut cells = 0;
        for row in rows.records() {
            for cell in row.unwrap().iter() {
                cells += 1;
                let opens = cell.trim_start().chars().next();
                assert!(
                    !matches!(opens, Some('=' | '+' | '-' | '@' | '\t' | '\r'))
                        && !cell.starts_with([' ', '\t', '\r']),
                    "{args:?}: {cell:?} in {text}"
                );
            }
        }
        assert!(cells > 10, "{text}");
        assert!(text.contains("'-2+3") && text.contains("'=1+1"), "{text}");
    }
}

#[test]
fn markdown_in_a_title_stays_text_in_the_markdown_report() {
    let (_dir, db) = ledger();
    let title = "![x](http://e.com/t.png) [点此](javascript:alert(1)) <b>粗</b> a|b *强* `码`";
    let out = pledge(
        &db,
        &[
            "add",
            "--title",
            title,
            "--owner",
            "# 单位",
            "--deadline",
            "2026-01-31",
        ],
    );
    assert!(out.status.success(), "{}", err(&out));
    let out = pledge(&db, &["report", "overdue", "--format", "markdown"]);
    let md = String::from_utf8(out.stdout).unwrap();
    let row = md.lines().find(|l| l.starts_with("| 1 |")).expect(&md);
    assert_eq!(
        row.split(" | ").nth(1),
        Some(
            "\\!\\[x\\](http\\://e.com/t.png) \\[点此\\](javascript:alert(1)) \\<b\\>粗\\</b\\> \
             a\\|b \\*强\\* \\`码\\`"
        ),
        "{md}"
    );
    assert!(md.contains("### \\# 单位 (1)"), "{md}");
    let out = pledge(&db, &["report", "overdue", "--format", "html"]);
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        html.contains("[点此](javascript:alert(1)) &lt;b&gt;粗&lt;/b&gt;") && !html.contains("<b>"),
        "{html}"
    );
}

#[test]
fn every_screen_of_the_full_screen_view_draws_stored_text_inert() {
    use pledge::model::{Quantity, Target};
    use pledge::store::{NewNote, NewPledge, Seed, Store};
    use pledge::tui::app::App;
    use pledge::tui::keys::Action;
    let mut store = Store::open_in_memory(Seed::Empty).unwrap();
    let h = |s: &str| format!("{s}{HOSTILE}");
    let new = NewPledge {
        title: h("标题"),
        owner: h("单位"),
        deadline: pledge::date::parse("2026-01-31").ok(),
        deadline_text: Some(h("年底前")),
        status: None,
        target: Some(Target {
            quantity: Quantity::new(5.0).unwrap(),
            unit: Some(h("所")),
            text: Some(h("5所")),
        }),
        quote: Some(h("原文")),
        parent: None,
        letter: None,
    };
    let id = store.add_pledge(&new, &h("作者")).unwrap();
    let note = NewNote {
        pledge: id,
        on: pledge::date::parse("2026-01-02").unwrap(),
        author: h("作者"),
        body: h("进展"),
        progress: Some(Quantity::new(2.0).unwrap()),
        status: None,
    };
    store.add_note(&note).unwrap();
    // A short unit, so its progress cell is not cut before the override.
    let short = NewPledge {
        target: Some(Target {
            quantity: Quantity::new(5.0).unwrap(),
            unit: Some("所\u{202e}".into()),
            text: None,
        }),
        ..new.clone()
    };
    store.add_pledge(&short, "t").unwrap();
    let today = pledge::date::parse("2026-11-28").unwrap();
    let mut app = App::new(store, today, "t".into(), h("账本"), (120, 40)).unwrap();
    let screen = |app: &App| {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| pledge::tui::ui::render(app, f)).unwrap();
        let cells: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        cells
    };
    assert_inert("list", &screen(&app));
    app.apply(Action::Open);
    assert_inert("detail", &screen(&app));
    let text = format!("下一步，{HOSTILE}局将于2026年底前完成{HOSTILE}改造5座。\n");
    app.open_review(pledge::letter::import::Import::from_text(
        text,
        "UTF-8".into(),
    ));
    assert_inert("review", &screen(&app));
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
