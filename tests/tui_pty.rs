//! The real binary in a pseudo-terminal, driven as a person would: a reader thread drains the
//! terminal all the time, and every wait polls the screen with a deadline (no fixed sleeps).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_pledge");
const WAIT: Duration = Duration::from_secs(20);

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    fn start(db: &Path) -> Session {
        let mut cmd = CommandBuilder::new(BIN);
        cmd.env("PLEDGE_LANG", "en");
        cmd.args(["--today", "2026-11-28", "--db"]);
        cmd.arg(db);
        Session::spawn(cmd)
    }

    /// The TUI in the language of a locale: `PLEDGE_LANG` and the other locale variables
    /// removed, so `LANG` alone decides.
    fn start_in_locale(db: &Path, lang: &str) -> Session {
        let mut cmd = CommandBuilder::new(BIN);
        for var in ["PLEDGE_LANG", "LC_ALL", "LC_MESSAGES"] {
            cmd.env_remove(var);
        }
        cmd.env("LANG", lang);
        cmd.env("XDG_CONFIG_HOME", "/nonexistent/pledge-tests");
        cmd.args(["--today", "2026-11-28", "--db"]);
        cmd.arg(db);
        Session::spawn(cmd)
    }

    /// An interactive shell, for what needs job control (Ctrl-Z, `fg`).
    fn shell() -> Session {
        let mut cmd = CommandBuilder::new("bash");
        cmd.args(["--norc", "--noprofile", "-i"]);
        cmd.env("PS1", "$ ");
        // The program the shell runs speaks English, as the other sessions do.
        cmd.env("PLEDGE_LANG", "en");
        Session::spawn(cmd)
    }

    fn spawn(mut cmd: CommandBuilder) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        cmd.env("TERM", "xterm-256color");
        cmd.env("USER", "tester");
        cmd.env_remove("PLEDGE_DB");
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(30, 100, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (Arc::clone(&screen), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                s.lock().expect("screen").process(&buf[..n]);
                r.lock().expect("raw").extend_from_slice(&buf[..n]);
            }
        });
        Session {
            screen,
            raw,
            writer,
            child,
            _master: pty.master,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    fn wait_for(&self, what: &str) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if self.contents().contains(what) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "waited {WAIT:?} for {what:?}; the screen shows:\n{}",
            self.contents()
        );
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write");
        self.writer.flush().expect("flush");
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "the TUI did not exit; the screen shows:\n{}",
            self.contents()
        );
    }

    /// The terminal was handed back: alternate screen left, bracketed paste and the mouse off,
    /// cursor shown.
    fn assert_restored(&self) {
        let start = Instant::now();
        loop {
            let raw = String::from_utf8_lossy(&self.raw.lock().expect("raw")).into_owned();
            let restored = raw.rfind("\x1b[?1049l") > raw.rfind("\x1b[?1049h")
                && raw.rfind("\x1b[?2004l") > raw.rfind("\x1b[?2004h")
                && raw.rfind("\x1b[?1000l") > raw.rfind("\x1b[?1000h")
                && raw.rfind("\x1b[?25h").is_some();
            if restored
                && !self
                    .screen
                    .lock()
                    .expect("screen")
                    .screen()
                    .alternate_screen()
            {
                return;
            }
            assert!(
                start.elapsed() < WAIT,
                "terminal not restored; output ends {:?}",
                &raw[raw.len().saturating_sub(200)..]
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn ledger() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("ledger.db");
    let out = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .arg("--db")
        .arg(&db)
        .arg("init")
        .output()
        .expect("init");
    assert!(out.status.success());
    (dir, db)
}

#[test]
fn search_add_a_chinese_note_save_and_quit() {
    let (_dir, db) = ledger();
    let mut s = Session::start(&db);
    s.wait_for("TITLE");
    s.wait_for("1 overdue");
    s.send(b"/");
    s.send("氧化镓".as_bytes());
    s.wait_for("search=\"氧化镓\"");
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
    // Checkpoints could only keep the WAL this small because no reader pinned an old snapshot.
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    let size = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert!(
        size < 8 << 20,
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
        let mut cmd = CommandBuilder::new(BIN);
        cmd.env("PLEDGE_LANG", "en");
        cmd.args(["--today", "2026-11-28", "--db"]);
        cmd.arg(&db);
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
    let mut cmd = CommandBuilder::new(BIN);
    cmd.env("PLEDGE_LANG", "en");
    cmd.args(["--today", "2026-11-28", "--db"]);
    cmd.arg(db);
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
fn pledge_list_colours_overdue_rows_on_a_terminal_unless_told_not_to() {
    let (_dir, db) = ledger();
    for (args, coloured) in [
        (&["list"][..], true),
        (&["list", "--color", "never"], false),
        (&["--color=never", "list"], false),
    ] {
        let mut cmd = CommandBuilder::new(BIN);
        cmd.env("PLEDGE_LANG", "en");
        cmd.args(["--today", "2026-11-28", "--db"]);
        cmd.arg(&db);
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
    let mut cmd = CommandBuilder::new(BIN);
    cmd.env("PLEDGE_LANG", "en");
    cmd.args(["--today", "2026-11-28", "--db"]);
    cmd.arg(&db);
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
    s.wait_for("search=\"氧化镓\"");
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
    let mut cmd = CommandBuilder::new(BIN);
    cmd.env("PLEDGE_LANG", "en");
    cmd.args(["--today", "2026-11-28", "--db"]);
    cmd.arg(&db);
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
