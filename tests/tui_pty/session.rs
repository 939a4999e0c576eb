//! The pseudo-terminal harness: the binary started in a pty, its screen read through vt100
//! by a thread that drains it all the time, and waits that poll with a deadline.

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub const BIN: &str = env!("CARGO_BIN_EXE_pledge");
pub const WAIT: Duration = Duration::from_secs(20);

/// `pledge --today 2026-11-28 --db DB` in English, for a test to add to and spawn.
pub fn command(db: &Path) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(BIN);
    cmd.env("PLEDGE_LANG", "en");
    cmd.args(["--today", "2026-11-28", "--db"]);
    cmd.arg(db);
    cmd
}

pub struct Session {
    pub screen: Arc<Mutex<vt100::Parser>>,
    pub raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    pub fn start(db: &Path) -> Session {
        Session::spawn(command(db))
    }

    /// The TUI in the language of a locale: `PLEDGE_LANG` and the other locale variables
    /// removed, so `LANG` alone decides.
    pub fn start_in_locale(db: &Path, lang: &str) -> Session {
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
    pub fn shell() -> Session {
        let mut cmd = CommandBuilder::new("bash");
        cmd.args(["--norc", "--noprofile", "-i"]);
        cmd.env("PS1", "$ ");
        // The program the shell runs speaks English, as the other sessions do.
        cmd.env("PLEDGE_LANG", "en");
        Session::spawn(cmd)
    }

    pub fn spawn(mut cmd: CommandBuilder) -> Session {
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

    pub fn contents(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    pub fn wait_for(&self, what: &str) {
        self.wait_until(what, |screen| screen.contains(what));
    }

    /// Waits for `what` with no search's list still awaited ("searching…" gone): a key sent
    /// then acts on the list the search gave, not the one shown while it was read.
    pub fn wait_for_listed(&self, what: &str) {
        self.wait_until(&format!("{what} and its list"), |screen| {
            screen.contains(what) && !screen.contains("searching…")
        });
    }

    fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if done(&self.contents()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "waited {WAIT:?} for {what:?}; the screen shows:\n{}",
            self.contents()
        );
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write");
        self.writer.flush().expect("flush");
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
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
    pub fn assert_restored(&self) {
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

pub fn ledger() -> (tempfile::TempDir, std::path::PathBuf) {
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
