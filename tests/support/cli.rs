//! Running the built binary against a ledger, for the test files that include this one.
// Each test file uses its own share of these helpers.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_pledge");

/// `pledge --db DB --today 2026-11-28 ARGS…` as user "tester", for tests that set its streams.
pub fn command(db: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("PLEDGE_LANG", "en");
    cmd.env_remove("PLEDGE_DB")
        .env_remove("PLEDGE_CONFIG")
        // No one's own config file: a folder that is never there.
        .env("XDG_CONFIG_HOME", "/nonexistent/pledge-tests")
        .env("USER", "tester")
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-28"])
        .args(args);
    cmd
}

/// A new ledger with the built-in letter, `ledger.db` in `dir`.
pub fn ledger_in(dir: &Path) -> PathBuf {
    let db = dir.join("ledger.db");
    assert!(pledge(&db, &["init"]).status.success());
    db
}

/// [`command`] run, its output collected.
pub fn pledge(db: &Path, args: &[&str]) -> Output {
    command(db, args).output().expect("the pledge binary runs")
}

/// Standard output of a command that must have succeeded (its error shown if not).
pub fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

/// `pledge --db DB ARGS…` as the unprivileged user `nobody` when we are root (root ignores
/// file modes).
pub fn as_nobody(db: &Path, args: &[&str]) -> Output {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n");
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]);
        c
    } else {
        Command::new(BIN)
    };
    cmd.env("PLEDGE_LANG", "en");
    cmd.env_remove("PLEDGE_DB")
        .env("PLEDGE_LANG", "en")
        .env("USER", "nobody")
        .env("HOME", "/nonexistent");
    cmd.arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("the pledge binary runs")
}

/// Starts a command paused at `point` and returns once it says it is there.
pub fn paused_at(mut cmd: Command, point: &str) -> Child {
    cmd.env("PLEDGE_TEST_PAUSE", format!("{point}:60000"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("pledge starts");
    let stderr = child.stderr.take().expect("its stderr");
    let mut lines = BufReader::new(stderr).lines();
    let want = format!("pledge-test: paused at {point}");
    loop {
        match lines.next() {
            Some(Ok(line)) if line == want => break,
            Some(Ok(_)) => {}
            _ => panic!(
                "the process ended before pausing at {point}: {:?}",
                child.wait()
            ),
        }
    }
    child
}

pub fn kill9(mut child: Child) {
    child.kill().expect("killed");
    child.wait().expect("it ended");
}
