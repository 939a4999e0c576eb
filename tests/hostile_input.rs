//! Hostile or broken input: escape sequences, invisible characters, huge notes, bad dates,
//! broken import files, bytes that are not UTF-8, and output that cannot be written.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/cli.rs"]
mod support;

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use support::{BIN, pledge, stdout};

use rusqlite::Connection;

const HOSTILE_TITLE: &str = "清屏\u{1b}[2J标题\u{1b}]2;pwned\u{7}";
const HOSTILE_OWNER: &str = "剪贴板\u{1b}]52;c;aGFja2Vk\u{7}单位\u{9b}31m";
const HOSTILE_NOTE: &str = "进展\u{1b}[31m红字\u{1b}]52;c;cHduZWQ=\u{7}\n第二行\u{9b}2J";

/// A ledger with one letter and pledges whose text carries escape sequences, loaded from a file.
fn hostile_ledger() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    assert!(pledge(&db, &["init", "--empty"]).status.success());
    let data = serde_json::json!({
        "format": "pledge-ledger", "schema_version": 2, "letters": [],
        "pledges": [
            {"id": 1, "title": HOSTILE_TITLE, "owner": HOSTILE_OWNER, "deadline": "2026-01-31", "status": "pending",
             "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"},
            {"id": 2, "title": "倒序\u{202e}txt.exe\u{202c} 与零宽\u{200b}字符\u{feff}", "owner": "省科研院", "deadline": "2026-02-28",
             "status": "pending", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"},
            {"id": 3, "title": "普通标题", "owner": "吉林省科学技术厅", "deadline": "2026-03-31", "status": "pending",
             "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}
        ],
        "notes": [
            {"id": 1, "pledge": 1, "on": "2026-02-01", "written_at": "2026-02-01T00:00:00Z", "author": "督办\u{1b}[8m室",
             "body": HOSTILE_NOTE, "progress": null, "status": null}
        ],
        "history": []
    });
    let file = dir.path().join("hostile.json");
    std::fs::write(&file, data.to_string()).unwrap();
    assert!(
        pledge(&db, &["import", file.to_str().unwrap()])
            .status
            .success()
    );
    (dir, db)
}

fn assert_inert(what: &str, text: &str) {
    assert!(
        !text.contains('\u{1b}'),
        "{what}: ESC reached the output:\n{text:?}"
    );
    assert!(!text.contains('\u{7}'), "{what}: BEL reached the output");
    assert!(
        !text.contains('\u{9b}'),
        "{what}: an 8-bit CSI reached the output"
    );
    assert!(
        !text.contains('\u{202e}'),
        "{what}: a bidi override reached the output"
    );
}

#[test]
fn escape_sequences_are_shown_inert_everywhere_and_stored_unchanged() {
    let (_dir, db) = hostile_ledger();
    for (what, args) in [
        ("list", &["list"][..]),
        ("show", &["show", "1"]),
        ("report", &["report", "overdue"]),
        (
            "report markdown",
            &["report", "overdue", "--format", "markdown"],
        ),
        ("report html", &["report", "overdue", "--format", "html"]),
        ("csv list", &["list", "--format", "csv"]),
    ] {
        let text = stdout(&pledge(&db, args));
        assert_inert(what, &text);
    }
    let shown = stdout(&pledge(&db, &["show", "1"]));
    assert!(shown.contains("清屏␛[2J标题␛]2;pwned␇"), "{shown}");
    assert!(shown.contains("<U+009B>31m"), "{shown}");
    // Values echoed in messages are inert too.
    let out = pledge(&db, &["set", "1", "--owner", "新\u{1b}[2J单位"]);
    assert_inert("set", &String::from_utf8_lossy(&out.stdout));
    let out = pledge(&db, &["list", "--status", "x\u{1b}]2;t\u{7}"]);
    assert_eq!(out.status.code(), Some(2));
    assert_inert("usage error", &String::from_utf8_lossy(&out.stderr));
    // The ledger keeps the bytes as given; JSON escapes them.
    let conn = Connection::open(&db).unwrap();
    let body: String = conn
        .query_row("SELECT body FROM note WHERE id = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(body, HOSTILE_NOTE);
    let export = stdout(&pledge(&db, &["export"]));
    assert!(export.contains("\\u001b[31m") && !export.contains('\u{1b}'));
}

#[test]
fn every_json_output_escapes_c1_controls_and_bidi_marks_and_reads_back_the_same() {
    let (_dir, db) = hostile_ledger();
    for (what, args) in [
        ("list json", &["list", "--format", "json"][..]),
        ("show json", &["show", "1", "--format", "json"]),
        ("export", &["export"]),
        ("report json", &["report", "overdue", "--format", "json"]),
    ] {
        let text = stdout(&pledge(&db, args));
        assert_inert(what, &text);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(
            !matches!(what, "list json" | "export") || value.to_string().contains('\u{202e}'),
            "{what}: the text itself is kept"
        );
    }
}

#[test]
fn bidi_overrides_and_zero_width_characters_are_marked_and_columns_stay_put() {
    let (_dir, db) = hostile_ledger();
    let list = stdout(&pledge(&db, &["list", "--sort", "id"]));
    assert!(
        list.contains("<U+202E>") && list.contains("<U+200B>") && list.contains("<U+FEFF>"),
        "{list}"
    );
    let deadline_cols: Vec<usize> = list
        .lines()
        .filter_map(|l| {
            let at = l.find("2026-0").or_else(|| l.find("DEADLINE"))?;
            Some(pledge::text::width(&l[..at]))
        })
        .collect();
    assert_eq!(deadline_cols.len(), 4, "{list}");
    assert!(deadline_cols.windows(2).all(|w| w[0] == w[1]), "{list}");
}

#[test]
fn the_terminal_title_and_clipboard_stay_untouched_in_a_real_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let (dir, db) = hostile_ledger();
    let socket = dir.path().join("tmux.sock");
    let tmux = |args: &[&str]| -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args(args)
            .env_remove("TMUX")
            .output()
            .unwrap()
    };
    // The shell waits between the commands and the TUI, so each screen can be read in turn.
    let shell = format!(
        "{BIN} --db '{db}' --today 2026-11-28 list; {BIN} --db '{db}' show 1; \
         {BIN} --db '{db}' report overdue; echo CLI-DONE; read go; \
         {BIN} --db '{db}' --today 2026-11-28; echo TUI-DONE; sleep 30",
        db = db.display()
    );
    assert!(
        tmux(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "50",
            &shell
        ])
        .status
        .success()
    );
    tmux(&["set-option", "-g", "set-clipboard", "on"]);
    tmux(&["set-option", "-g", "allow-rename", "on"]);
    let wait_for = |text: &str| -> String {
        let start = std::time::Instant::now();
        loop {
            let screen = String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", "%0"]).stdout)
                .into_owned();
            if screen.contains(text) || start.elapsed().as_secs() > 20 {
                return screen;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    };
    let cli = wait_for("CLI-DONE");
    tmux(&["send-keys", "-t", "%0", "Enter"]);
    // The TUI: the hostile pledge on the list, then its page with the hostile note.
    let list = wait_for("filter: all");
    tmux(&["send-keys", "-t", "%0", "Enter"]);
    let detail = wait_for("红字");
    let title = String::from_utf8_lossy(
        &tmux(&["display-message", "-p", "-t", "%0", "#{pane_title}"]).stdout,
    )
    .into_owned();
    let buffers = String::from_utf8_lossy(&tmux(&["list-buffers"]).stdout).into_owned();
    tmux(&["send-keys", "-t", "%0", "q"]);
    let screen = wait_for("TUI-DONE");
    tmux(&["kill-server"]);
    assert!(cli.contains("CLI-DONE"), "{cli}");
    assert!(
        cli.contains("清屏␛[2J标题"),
        "the title is shown, visibly marked:\n{cli}"
    );
    assert!(list.contains("清屏␛[2J标题"), "{list}");
    assert!(detail.contains("进展␛[31m红字"), "{detail}");
    assert!(screen.contains("TUI-DONE"), "{screen}");
    assert!(
        !title.contains("pwned"),
        "the window title was changed: {title}"
    );
    assert!(
        buffers.trim().is_empty(),
        "the clipboard was written: {buffers}"
    );
}

#[test]
fn a_5_mb_note_is_refused_against_the_documented_limit_and_nothing_is_written() {
    let (_dir, db) = hostile_ledger();
    let lines = "第一批县域高中改扩建工程进展顺利。\n".repeat(5 * 1024 * 1024 / 52);
    let one_line = "长".repeat(5 * 1024 * 1024 / 3);
    for text in [lines, one_line] {
        let mut child = support::command(&db, &["note", "3", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        // The note is refused once past the limit, without reading the rest: the pipe closes.
        let _ = std::io::Write::write_all(&mut stdin, text.as_bytes());
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains("at most 1 MB") && err.contains("NOT saved"),
            "{err}"
        );
    }
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        conn.query_row("SELECT count(*) FROM note", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        1
    );
}

#[path = "hostile_input/files.rs"]
mod files;
