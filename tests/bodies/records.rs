//! A pledge's bodies on its page, and a body's parent and contact: set, shown, refused.

use std::path::Path;

use serde_json::Value;

use super::super::support::{command, ledger_in, pledge, stdout};

fn zh(db: &Path, args: &[&str]) -> String {
    let out = command(db, args).env("PLEDGE_LANG", "zh").output().unwrap();
    stdout(&out)
}

fn json(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&stdout(&pledge(db, args))).unwrap()
}

/// A refusal: exit 2, its words on standard error, and the ledger as it was.
fn refused(db: &Path, args: &[&str]) -> String {
    let before = stdout(&pledge(db, &["export"]));
    let out = pledge(db, args);
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert_eq!(stdout(&pledge(db, &["export"])), before, "{args:?} wrote");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn show_lists_the_pledges_bodies_with_their_roles_in_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let page = stdout(&pledge(&db, &["show", "17"]));
    assert!(
        page.contains(
            "  bodies    省委金融办 (lead), 吉林省科学技术厅 (co-owner), 省商务厅 (co-owner)\n"
        ),
        "{page}"
    );
    let page = zh(&db, &["show", "17"]);
    assert!(
        page.contains("  分工      省委金融办（牵头）、吉林省科学技术厅（配合）、省商务厅（配合）\n"),
        "{page}"
    );
    let bodies = json(&db, &["show", "17", "--format", "json"])["bodies"].clone();
    let named: Vec<(&str, &str)> = bodies
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["name"].as_str().unwrap(), b["role"].as_str().unwrap()))
        .collect();
    assert_eq!(
        named,
        [
            ("省委金融办", "lead"),
            ("吉林省科学技术厅", "co_owner"),
            ("省商务厅", "co_owner")
        ]
    );
    assert!(bodies[0]["id"].is_i64(), "{bodies}");
    // Set by hand, the roles follow.
    stdout(&pledge(
        &db,
        &["set", "17", "--lead", "省商务厅", "--co-owner", "省科技厅"],
    ));
    let page = stdout(&pledge(&db, &["show", "17"]));
    assert!(
        page.contains("  bodies    省商务厅 (lead), 吉林省科学技术厅 (co-owner)\n"),
        "{page}"
    );
}
