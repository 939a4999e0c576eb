//! The habits of a daily tool at a real terminal: colours, bound keys, the mouse, other
//! writers, the external editor and the clipboard, the language and the time zone.

use super::*;
use std::time::{Duration, Instant};

#[test]
fn pledge_list_colours_overdue_rows_on_a_terminal_unless_told_not_to() {
    let (_dir, db) = ledger();
    for (args, coloured) in [
        (&["list"][..], true),
        (&["list", "--color", "never"], false),
        (&["--color=never", "list"], false),
    ] {
        let mut cmd = command(&db);
        cmd.args(args);
        cmd.env_remove("NO_COLOR");
        cmd.env("PLEDGE_LANG", "en");
        let mut s = Session::spawn(cmd);
        s.wait_for("marks overdue");
        assert!(s.wait_exit().success());
        let raw = String::from_utf8_lossy(&s.raw.lock().expect("raw")).into_owned();
        assert_eq!(raw.contains("\x1b[31m!17"), coloured, "{args:?}: {raw:?}");
    }
}

#[test]
fn a_key_bound_in_the_config_file_works_in_the_full_screen_view() {
    let (dir, db) = ledger();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[keys]\nquit = \"Q\"\nsearch = \"ctrl-f\"\n").expect("config");
    let mut cmd = command(&db);
    cmd.env("PLEDGE_CONFIG", &config);
    let mut s = Session::spawn(cmd);
    s.wait_for("指导 30 家");
    // The footer shows the key chosen first.
    s.wait_for("Ctrl-F / search");
    // Ctrl-F was a page down; the file makes it search.
    s.send(b"\x06");
    s.send("氧化镓".as_bytes());
    s.wait_for("filter: search=");
    s.send(b"\r");
    s.send(b"Q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// Searches for the one pledge about 氧化镓 (#10), keeping the filter.
fn search_gallium(s: &mut Session) {
    s.wait_for("TITLE");
    s.send(b"/");
    s.send("氧化镓".as_bytes());
    s.wait_for_listed("search=\"氧化镓\"");
    s.send(b"\r");
}

#[test]
fn a_double_click_opens_a_pledge_and_another_processs_note_appears_without_r() {
    let (_dir, db) = ledger();
    let mut s = Session::start(&db);
    search_gallium(&mut s);
    // Two left clicks (SGR mouse reports) on the first row: the third line of the screen.
    s.send(b"\x1b[<0;10;3M\x1b[<0;10;3m\x1b[<0;10;3M\x1b[<0;10;3m");
    s.wait_for("Notes (0, newest first)");
    let out = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .args(["--today", "2026-11-28", "note", "10", "别处写的进展"])
        .output()
        .expect("note");
    assert!(out.status.success(), "{out:?}");
    s.wait_for("Notes (1, newest first)");
    s.wait_for("别处写的进展");
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn ctrl_e_writes_the_note_in_visual_and_y_copies_the_quote_through_the_terminal() {
    let (dir, db) = ledger();
    // The first time it waits to be interrupted; the second time it writes the note. The mark
    // is made without a child process and the shell becomes `sleep`, so Ctrl-C always ends it
    // (a shell waiting for a child that was not interrupted carries on).
    let script = dir.path().join("editor.sh");
    let started = dir.path().join("started");
    let text = format!(
        "if [ ! -e '{m}' ]; then : > '{m}'; exec sleep 20; fi\nprintf '编辑器里写的\\n' > \"$1\"\n",
        m = started.display()
    );
    std::fs::write(&script, text).expect("script");
    let mut cmd = command(&db);
    cmd.env("VISUAL", format!("sh '{}'", script.display()));
    let mut s = Session::spawn(cmd);
    search_gallium(&mut s);
    s.send(b"\r");
    s.wait_for("Quote");
    s.send(b"n");
    s.wait_for("What was reported");
    s.send("草稿".as_bytes());
    s.wait_for("草稿");
    s.send(b"\x05");
    let start = Instant::now();
    while !started.exists() {
        assert!(start.elapsed() < WAIT, "the editor did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Ctrl-C is the editor's: it stops, the TUI stays with its draft and says why.
    s.send(b"\x03");
    s.wait_for("stopped by a signal");
    s.wait_for("草稿");
    s.send(b"\x05");
    s.wait_for("编辑器里写的");
    s.send(b"\x13");
    s.wait_for("note #1 saved");
    s.send(b"y");
    s.wait_for("copied the quote of pledge #10");
    let raw = String::from_utf8_lossy(&s.raw.lock().expect("raw")).into_owned();
    assert!(raw.contains("\x1b]52;c;"), "no OSC 52 sequence was written");
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    let out = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .args(["show", "10", "--format", "json"])
        .output()
        .expect("show");
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(shown["notes"][0]["body"], "编辑器里写的");
}

#[test]
fn the_locale_chooses_chinese_or_english_for_the_whole_screen() {
    let (_dir, db) = ledger();
    let mut s = Session::start_in_locale(&db, "zh_CN.UTF-8");
    for chinese in [
        "在办20",
        "逾期1",
        "承办单位",
        "未启动",
        "逾期332天",
        "? 帮助",
    ] {
        s.wait_for(chinese);
    }
    assert!(!s.contents().contains("pending"), "{}", s.contents());
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();

    let mut s = Session::start_in_locale(&db, "en_US.UTF-8");
    for english in [
        "20 open",
        "1 overdue",
        "OWNER",
        "pending",
        "332d overdue",
        "? help",
    ] {
        s.wait_for(english);
    }
    assert!(!s.contents().contains("未启动"), "{}", s.contents());
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_pledges_history_is_shown_in_local_time_with_its_zone() {
    let (_dir, db) = ledger();
    for (zone, shown) in [("Asia/Shanghai", "(+08:00)"), ("UTC", "(+00:00)")] {
        let mut cmd = command(&db);
        cmd.env("TZ", zone);
        let mut s = Session::spawn(cmd);
        s.wait_for("TITLE");
        // The first row (#17, most overdue) opened; its history is at the end of the page.
        s.send(b"\r");
        s.wait_for("Quote");
        s.send(b"G");
        s.wait_for(shown);
        s.send(b"q");
        assert!(s.wait_exit().success());
    }
}
