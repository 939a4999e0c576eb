//! The ledger the calendar, period and scorecard tests read: `tests/fixtures/bulletin-ledger.json`,
//! two letters and a hand-entered pledge with notes, a withdrawn note, completions, a drop and
//! deadline moves in November 2026, imported into a new ledger.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use super::cli::{pledge, stdout};

pub const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/bulletin-ledger.json"
);

/// The fixture imported into `ledger.db` in `dir`.
pub fn ledger_in(dir: &Path) -> PathBuf {
    let db = dir.join("ledger.db");
    stdout(&pledge(&db, &["init", "--empty"]));
    stdout(&pledge(&db, &["import", FIXTURE]));
    db
}

/// Standard output of `pledge ARGS…` in `lang`, which must succeed; HOME is the ledger's
/// folder, so reports name it `~/ledger.db` whatever the temporary folder.
pub fn run_in(db: &Path, lang: &str, args: &[&str]) -> String {
    let out = super::cli::command(db, args)
        .env("PLEDGE_LANG", lang)
        .env("HOME", db.parent().expect("a folder"))
        .output()
        .expect("the pledge binary runs");
    stdout(&out)
}
