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
        page.contains(
            "  分工      省委金融办（牵头）、吉林省科学技术厅（配合）、省商务厅（配合）\n"
        ),
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

#[test]
fn body_set_gives_a_parent_and_a_contact_that_body_show_prints() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let said = stdout(&pledge(
        &db,
        &[
            "body",
            "set",
            "省科技厅",
            "--parent",
            "省商务厅",
            "--contact",
            "李明 0431-88888888",
        ],
    ));
    assert_eq!(
        said,
        "Body 吉林省科学技术厅: Part of (none) → 省商务厅\n\
         Body 吉林省科学技术厅: Contact (none) → 李明 0431-88888888\n"
    );
    let page = stdout(&pledge(&db, &["body", "show", "吉林省科技厅"]));
    assert!(
        page.contains("Part of     省商务厅\nContact     李明 0431-88888888\n"),
        "{page}"
    );
    let page = zh(&db, &["body", "show", "省科技厅"]);
    assert!(
        page.contains("上级单位    省商务厅\n联系方式    李明 0431-88888888\n"),
        "{page}"
    );
    let doc = json(&db, &["body", "show", "省科技厅", "--format", "json"]);
    assert_eq!(doc["parent_name"], "省商务厅", "{doc}");
    assert_eq!(doc["body"]["contact"], "李明 0431-88888888");
    assert!(doc["body"]["parent"].is_i64(), "{doc}");
    let said = zh(&db, &["body", "set", "省科技厅", "--contact", "王芳"]);
    assert_eq!(
        said,
        "承办单位吉林省科学技术厅：联系方式 李明 0431-88888888 → 王芳\n"
    );
    stdout(&pledge(
        &db,
        &["body", "set", "省科技厅", "--contact", "李明 0431-88888888"],
    ));
    // The same again changes nothing; none and '' clear.
    let again = stdout(&pledge(
        &db,
        &["body", "set", "省科技厅", "--parent", "省商务厅"],
    ));
    assert_eq!(again, "Body 吉林省科学技术厅: nothing changed.\n");
    let said = stdout(&pledge(
        &db,
        &[
            "body",
            "set",
            "省科技厅",
            "--parent",
            "none",
            "--contact",
            "",
        ],
    ));
    assert!(said.contains("Part of 省商务厅 → (none)"), "{said}");
    let page = stdout(&pledge(&db, &["body", "show", "省科技厅"]));
    assert!(
        !page.contains("Part of") && !page.contains("Contact"),
        "{page}"
    );
    // Exported and imported with the body.
    stdout(&pledge(
        &db,
        &["body", "set", "省科技厅", "--parent", "省商务厅"],
    ));
    let export = json(&db, &["export"]);
    let dept = export["bodies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == "吉林省科学技术厅")
        .unwrap();
    assert!(dept["parent"].is_i64(), "{dept}");
}

#[test]
fn body_set_refuses_an_unknown_parent_a_cycle_and_nothing_to_set_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let err = refused(&db, &["body", "set", "省科技厅", "--parent", "省政府"]);
    assert!(
        err.contains("parent body (--parent) \"省政府\"") && err.contains("no body has this name"),
        "{err}"
    );
    stdout(&pledge(
        &db,
        &["body", "set", "省科技厅", "--parent", "省商务厅"],
    ));
    for (body, parent) in [("省商务厅", "省科技厅"), ("省商务厅", "省商务厅")] {
        let err = refused(&db, &["body", "set", body, "--parent", parent]);
        assert!(
            err.contains(&format!("parent body (--parent) \"{parent}\""))
                && err.contains("cannot be part of itself"),
            "{err}"
        );
    }
    let out = command(&db, &["body", "set", "省商务厅", "--parent", "省科技厅"])
        .env("PLEDGE_LANG", "zh")
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("上级单位（--parent）") && err.contains("不能隶属于自身"),
        "{err}"
    );
    let err = refused(&db, &["body", "set", "省科技厅"]);
    assert!(
        err.contains("--parent") && err.contains("--contact"),
        "{err}"
    );
    let err = refused(&db, &["body", "set", "省科技厅", "--contact", " "]);
    assert!(err.contains("contact (--contact) \" \""), "{err}");
    let err = refused(&db, &["body", "set", "省政府", "--contact", "x"]);
    assert!(err.contains("\"省政府\""), "{err}");
    let long = "电".repeat(100);
    refused(&db, &["body", "set", "省科技厅", "--contact", &long]);
}

#[test]
fn merging_a_body_into_one_below_it_leaves_no_body_part_of_itself() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let set = |body: &str, parent: &str| {
        let out = pledge(&db, &["body", "set", body, "--parent", parent]);
        assert!(out.status.success(), "{out:?}");
    };
    set("省委金融办", "香港大学");
    set("省商务厅", "省委金融办");
    set("长春新区", "省商务厅");
    // 长春新区 sits below 省委金融办: merged, it takes 省委金融办's place under 香港大学.
    stdout(&pledge(&db, &["body", "merge", "省委金融办", "长春新区"]));
    let doc = json(&db, &["body", "show", "长春新区", "--format", "json"]);
    assert_eq!(doc["parent_name"], "香港大学", "{doc}");
    let doc = json(&db, &["body", "show", "省商务厅", "--format", "json"]);
    assert_eq!(doc["parent_name"], "长春新区", "{doc}");
    let err = refused(&db, &["body", "set", "长春新区", "--parent", "省商务厅"]);
    assert!(err.contains("cannot be part of itself"), "{err}");
}
