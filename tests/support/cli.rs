//! Running the built binary against a ledger, for the test files that include this one.

use std::path::Path;
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_pledge");

/// `pledge --db DB --today 2026-11-28 ARGS…` as user "tester", its output collected.
pub fn pledge(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .env_remove("PLEDGE_DB")
        .env("USER", "tester")
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-28"])
        .args(args)
        .output()
        .expect("the pledge binary runs")
}
