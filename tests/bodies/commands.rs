//! The body commands and options of the built binary, in English and in Chinese.

use std::path::Path;

use super::super::support::{command, ledger_in, pledge, stdout};

fn zh(db: &Path, args: &[&str]) -> String {
    let out = command(db, args).env("PLEDGE_LANG", "zh").output().unwrap();
    stdout(&out)
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
fn bodies_lists_every_body_with_its_counts_the_most_overdue_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let table = stdout(&pledge(&db, &["bodies"]));
    insta::assert_snapshot!("bodies_table", table);
    insta::assert_snapshot!("bodies_table_zh", zh(&db, &["bodies"]));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&pledge(&db, &["bodies", "--format", "json"]))).unwrap();
    assert_eq!(json[0]["overdue"], 1);
    assert_eq!(json[0]["on_time_rate"], serde_json::Value::Null);
    let csv = stdout(&pledge(&db, &["bodies", "--format", "csv"]));
    assert!(
        csv.starts_with("body,aliases,open,overdue,done,dropped,on_time_rate\n"),
        "{csv}"
    );
    // Closed by its deadline: on time. #17 is due 2025-12-31 and closed today, 2026-11-28.
    stdout(&pledge(
        &db,
        &["set", "17", "--status", "done", "--why", "已办结"],
    ));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&pledge(&db, &["bodies", "--format", "json"]))).unwrap();
    let dept = json
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == "吉林省科学技术厅")
        .unwrap();
    assert_eq!(
        (dept["done"].clone(), dept["overdue"].clone()),
        (1.into(), 0.into())
    );
    assert_eq!(dept["on_time_rate"], 0.0);
}

#[test]
fn body_show_finds_a_body_by_any_name_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let en = stdout(&pledge(&db, &["body", "show", "省科技厅"]));
    insta::assert_snapshot!("body_show", en);
    let cn = zh(&db, &["body", "show", "吉林省科技厅"]);
    assert!(
        cn.starts_with("承办单位    吉林省科学技术厅\n又称        吉林省科技厅、省科技厅\n"),
        "{cn}"
    );
    assert!(cn.contains("配合") && cn.contains("牵头"), "{cn}");
}

#[test]
fn rename_alias_and_merge_say_what_they_did() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let said = stdout(&pledge(&db, &["body", "alias", "省商务厅", "吉林省商务厅"]));
    assert_eq!(said, "Body 省商务厅 is also called 吉林省商务厅\n");
    let said = stdout(&pledge(
        &db,
        &["body", "rename", "吉林省商务厅", "吉林省商务厅（外事办）"],
    ));
    assert!(
        said.starts_with("Renamed body 省商务厅 to 吉林省商务厅（外事办）"),
        "{said}"
    );
    let said = zh(&db, &["body", "merge", "澳门科技大学", "香港大学"]);
    assert_eq!(
        said,
        "承办单位澳门科技大学已并入香港大学：其事项、别名和名称均已转入\n"
    );
    let show = stdout(&pledge(&db, &["show", "9", "--format", "json"]));
    assert!(
        show.contains("co_owner:香港大学"),
        "the history says so: {show}"
    );
}

#[test]
fn bad_body_input_is_refused_naming_the_field_and_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let e = refused(&db, &["body", "show", "没有的单位"]);
    assert!(
        e.contains("body \"没有的单位\": no body has this name or alias"),
        "{e}"
    );
    let e = refused(&db, &["body", "merge", "省科技厅", "吉林省科技厅"]);
    assert!(
        e.contains("body \"省科技厅\": is \"吉林省科学技术厅\" itself"),
        "{e}"
    );
    let e = refused(&db, &["body", "alias", "香港大学", "省科技厅"]);
    assert!(
        e.contains("alias \"省科技厅\": already a name of body \"吉林省科学技术厅\""),
        "{e}"
    );
    let e = refused(&db, &["body", "rename", "香港大学", "   "]);
    assert!(e.contains("'<NEW>'") && e.contains("empty"), "{e}");
    let e = refused(&db, &["list", "--owner", "没有的单位"]);
    assert!(e.contains("owner \"没有的单位\": no body"), "{e}");
    let e = refused(&db, &["report", "overdue", "--owner", "没有的单位"]);
    assert!(e.contains("owner \"没有的单位\""), "{e}");
    let e = refused(&db, &["add", "--title", "t", "--lead", " "]);
    assert!(e.contains("--lead") && e.contains("empty"), "{e}");
    let e = refused(&db, &["set", "1", "--co-owner", "省商务厅"]);
    assert!(e.contains("--lead"), "a co-owner needs a lead: {e}");
    let out = command(&db, &["body", "show", "没有的单位"])
        .env("PLEDGE_LANG", "zh")
        .output()
        .unwrap();
    let e = String::from_utf8(out.stderr).unwrap();
    assert!(
        e.contains("承办单位\"没有的单位\"：没有以此为名称或别名的承办单位"),
        "{e}"
    );
}

#[test]
fn owner_filters_by_body_under_any_name_lead_or_co_owner() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["list", "--format", "json", "--sort", "id"];
        all.extend_from_slice(args);
        let json: serde_json::Value = serde_json::from_str(&stdout(&pledge(&db, &all))).unwrap();
        json.as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_i64().unwrap())
            .collect()
    };
    let all = ids(&["--owner", "吉林省科学技术厅"]);
    assert_eq!(all, [1, 5, 7, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    assert_eq!(ids(&["--owner", "省科技厅"]), all, "an alias");
    assert_eq!(
        ids(&["--owner", "省科技厅", "--lead-only"]),
        [1, 5, 7, 10, 12, 13, 14]
    );
    assert_eq!(
        ids(&["--owner", "商务"]),
        (15..=20).collect::<Vec<_>>(),
        "part of a name"
    );
}

#[test]
fn add_and_set_take_a_lead_and_co_owners() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let said = stdout(&pledge(
        &db,
        &[
            "add",
            "--title",
            "联合攻关",
            "--lead",
            "省科技厅",
            "--co-owner",
            "长春新区",
            "--co-owner",
            "新设中心",
        ],
    ));
    assert_eq!(said, "added pledge #21: 联合攻关\n");
    let p: serde_json::Value =
        serde_json::from_str(&stdout(&pledge(&db, &["show", "21", "--format", "json"]))).unwrap();
    assert_eq!(
        p["owner"], "省科技厅、长春新区、新设中心",
        "the names as given"
    );
    let page = stdout(&pledge(
        &db,
        &["body", "show", "新设中心", "--format", "json"],
    ));
    let page: serde_json::Value = serde_json::from_str(&page).unwrap();
    assert_eq!(page["pledges"][0]["id"], 21);
    assert_eq!(page["pledges"][0]["role"], "co_owner");
    let said = stdout(&pledge(
        &db,
        &["set", "21", "--lead", "香港大学", "--why", "改由港大牵头"],
    ));
    assert!(said.contains("bodies"), "{said}");
    let lead = stdout(&pledge(
        &db,
        &["body", "show", "香港大学", "--format", "json"],
    ));
    assert!(lead.contains("\"id\": 21"), "{lead}");
    let dept = stdout(&pledge(
        &db,
        &["body", "show", "省科技厅", "--format", "json"],
    ));
    assert!(!dept.contains("\"id\": 21"), "links replaced: {dept}");
}

#[test]
fn the_builtin_report_groups_by_body_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let args = ["report", "overdue", "--width", "100"];
    let shown = db.display().to_string();
    let en = stdout(&pledge(&db, &args)).replace(&shown, "ledger.db");
    insta::assert_snapshot!("builtin_report_by_body", en);
    let cn = zh(&db, &args).replace(&shown, "ledger.db");
    insta::assert_snapshot!("builtin_report_by_body_zh", cn);
    assert!(cn.contains("[配合]指导 30 家"), "{cn}");
    let one = stdout(&pledge(
        &db,
        &[
            "report",
            "overdue",
            "--owner",
            "省科技厅",
            "--format",
            "markdown",
        ],
    ));
    assert!(one.contains(r"\[co-owner\] 支持符合条件的企业"), "{one}");
    assert!(
        !one.contains("省委金融办 ("),
        "only the body's own section: {one}"
    );
}
