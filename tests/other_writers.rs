//! `pledge set` changes what it is told and keeps the rest: a new target number keeps the unit
//! and the letter's wording, and each of them is removed only when asked.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/cli.rs"]
mod support;

use std::path::{Path, PathBuf};

use serde_json::Value;
use support::pledge;

fn ledger() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("ledger.db");
    let out = pledge(&db, &["init"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, db)
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = pledge(db, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn refused(db: &Path, args: &[&str]) -> String {
    let out = pledge(db, args);
    assert!(!out.status.success(), "{args:?} succeeded");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn shown(db: &Path, id: &str) -> Value {
    serde_json::from_str(&ok(db, &["show", id, "--format", "json"])).expect("json")
}

fn target(db: &Path, id: &str) -> Value {
    shown(db, id)["target"].clone()
}

#[test]
fn a_new_target_number_keeps_the_unit_and_the_wording() {
    let (_dir, db) = ledger();
    ok(&db, &["set", "17", "--target", "35"]);
    let t = target(&db, "17");
    assert_eq!(t["quantity"].as_f64(), Some(35.0));
    assert_eq!(t["unit"], "家");
    assert_eq!(t["text"], "30 家 2025 年重点拟上市企业");
    let history = &shown(&db, "17")["history"];
    let fields: Vec<&str> = history
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|c| c["field"].as_str())
        .collect();
    assert_eq!(
        fields,
        ["created", "target_quantity"],
        "only the number changed"
    );
}

#[test]
fn unit_and_wording_are_replaced_or_removed_only_when_given() {
    let (_dir, db) = ledger();
    ok(&db, &["set", "17", "--unit", "户"]);
    let t = target(&db, "17");
    assert_eq!(
        (t["quantity"].as_f64(), t["unit"].as_str()),
        (Some(30.0), Some("户"))
    );
    assert_eq!(t["text"], "30 家 2025 年重点拟上市企业");
    ok(&db, &["set", "17", "--target-text", ""]);
    let t = target(&db, "17");
    assert_eq!(
        (t["unit"].as_str(), t["text"].is_null()),
        (Some("户"), true)
    );
    ok(&db, &["set", "17", "--target", "40", "--unit", ""]);
    let t = target(&db, "17");
    assert_eq!(
        (t["quantity"].as_f64(), t["unit"].is_null()),
        (Some(40.0), true)
    );
    ok(&db, &["set", "17", "--no-target"]);
    assert!(target(&db, "17").is_null());
}

#[test]
fn a_unit_for_a_pledge_without_a_target_is_refused_and_nothing_written() {
    let (_dir, db) = ledger();
    ok(&db, &["set", "17", "--no-target"]);
    let before = shown(&db, "17");
    let err = refused(&db, &["set", "17", "--unit", "家"]);
    assert!(
        err.contains("pledge #17") && err.contains("target number"),
        "{err}"
    );
    assert_eq!(shown(&db, "17"), before);
    let err = refused(&db, &["set", "17", "--no-target", "--unit", "家"]);
    assert!(err.contains("--no-target"), "{err}");
}

#[test]
fn a_new_deadline_keeps_its_wording_and_new_wording_keeps_the_date() {
    let (_dir, db) = ledger();
    ok(
        &db,
        &["set", "17", "--deadline", "2026-06-30", "--why", "延期"],
    );
    let p = &shown(&db, "17");
    assert_eq!(
        (p["deadline"].as_str(), p["deadline_text"].as_str()),
        (Some("2026-06-30"), Some("2025 年"))
    );
    ok(&db, &["set", "17", "--deadline-text", "2026 年上半年"]);
    let p = &shown(&db, "17");
    assert_eq!(p["deadline"], "2026-06-30");
    ok(&db, &["set", "17", "--deadline-text", ""]);
    assert!(shown(&db, "17")["deadline_text"].is_null());
}

#[test]
fn set_help_says_how_unit_and_wording_are_kept_and_removed() {
    let (_dir, db) = ledger();
    let help = ok(&db, &["set", "--help"]);
    for needle in [
        "--unit <UNIT>",
        "--target-text <TEXT>",
        "'' removes it",
        "kept",
    ] {
        assert!(help.contains(needle), "{needle} missing from:\n{help}");
    }
}
