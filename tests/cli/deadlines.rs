//! Deadlines that cannot move quietly: a reason for every move, clear, close and reopen; the
//! original deadline kept; a deadline cleared while overdue kept in the report until the
//! supervision office confirms it; notes naming the body that reported and their evidence.

use super::*;

fn history_len(l: &Ledger, id: &str) -> usize {
    count(&l.json(&["show", id, "--format", "json"]), "history")
}

#[test]
fn moving_clearing_closing_and_reopening_need_a_reason_and_blank_is_refused() {
    let l = Ledger::new();
    let before = l.export();
    for (args, said, zh) in [
        (
            &["set", "17", "--deadline", "2026-12-31"][..],
            "moving the deadline needs a reason: give --why TEXT",
            "变更时限须说明理由：请用 --why 给出理由",
        ),
        (
            &["set", "17", "--deadline", "none"][..],
            "clearing the deadline needs a reason: give --why TEXT",
            "撤销时限须说明理由",
        ),
        (
            &["set", "17", "--status", "done"][..],
            "closing the pledge needs a reason: give --why TEXT",
            "办结事项须说明理由",
        ),
        (
            &["set", "17", "--status", "dropped"][..],
            "closing the pledge needs a reason",
            "办结事项须说明理由",
        ),
        (
            &["note", "17", "已完成", "--status", "done"][..],
            "closing the pledge needs a reason: give --why TEXT",
            "办结事项须说明理由",
        ),
    ] {
        let err = l.fails(args, 2);
        assert!(err.contains(said), "{args:?}: {err}");
        assert!(!err.contains("expected some text"), "{args:?}: {err}");
        let mut in_zh = vec!["--lang", "zh"];
        in_zh.extend_from_slice(args);
        let err = l.fails(&in_zh, 2);
        assert!(err.contains(zh), "{args:?}: {err}");
    }
    for args in [
        &["set", "17", "--deadline", "2026-12-31", "--why", " \t"][..],
        &["note", "17", "已完成", "--status", "done", "--why", ""][..],
    ] {
        let err = l.fails(args, 2);
        assert!(err.contains("--why"), "{args:?}: {err}");
    }
    assert_eq!(l.export(), before, "nothing written");
    // A first deadline, and a status that stays open, need none.
    l.ok(&["set", "1", "--deadline", "2026-12-31"]);
    l.ok(&["set", "1", "--status", "stalled"]);
    l.ok(&["set", "17", "--status", "done", "--why", "名单已报送"]);
    let err = l.fails(&["set", "17", "--status", "in_progress"], 2);
    assert!(
        err.contains("reopening the pledge needs a reason: give --why TEXT"),
        "reopening: {err}"
    );
    let n = history_len(&l, "17");
    l.ok(&[
        "set",
        "17",
        "--status",
        "in_progress",
        "--why",
        "复核未通过",
    ]);
    assert_eq!(history_len(&l, "17"), n + 1);
    // A note that closes carries its why after its id in history.
    l.ok(&[
        "note",
        "17",
        "已验收",
        "--status",
        "done",
        "--why",
        "验收通过",
    ]);
    let shown = l.ok(&["show", "17"]);
    assert!(shown.contains("why: with note #1: 验收通过"), "{shown}");
}

#[test]
fn a_moved_deadline_keeps_the_original_and_the_report_says_how_often() {
    let l = Ledger::new();
    l.ok(&[
        "set",
        "17",
        "--deadline",
        "2026-12-15",
        "--why",
        "市场恢复较慢",
    ]);
    l.ok(&["set", "17", "--deadline", "2026-12-20", "--why", "再延"]);
    let p = l.json(&["show", "17", "--format", "json"]);
    assert_eq!(p["original_deadline"], "2025-12-31");
    assert_eq!(p["deadline_moves"], 2);
    let history = p["history"].as_array().cloned().unwrap_or_default();
    let reasons: Vec<&str> = history
        .iter()
        .filter_map(|c| c["reason"].as_str())
        .collect();
    assert_eq!(reasons, ["市场恢复较慢", "再延"]);
    let shown = l.ok(&["show", "17"]);
    assert!(
        shown.contains("2025-12-31 originally, moved 2 times"),
        "{shown}"
    );
    let report = l.ok(&["report", "overdue", "--format", "markdown"]);
    assert!(
        report.contains("moved 2 times, originally 2025-12-31"),
        "{report}"
    );
    let zh = l.ok(&["--lang", "zh", "report", "overdue", "--format", "markdown"]);
    assert!(zh.contains("延期2次，原定2025年12月31日"), "{zh}");
    let json = l.json(&["report", "overdue", "--format", "json"]);
    assert!(
        json.to_string().contains("\"originally\":\"2025-12-31\""),
        "{json}"
    );
}

#[test]
fn a_deadline_cleared_while_overdue_stays_overdue_until_confirmed() {
    let l = Ledger::new();
    let overdue = |l: &Ledger| {
        let json = l.json(&["report", "overdue", "--format", "json"]);
        json["overdue"].to_string().contains("\"id\":17,")
    };
    assert!(overdue(&l));
    l.ok(&["set", "17", "--deadline", "none", "--why", "改为常态化工作"]);
    assert!(overdue(&l), "a cleared deadline alone is not enough");
    let report = l.ok(&["report", "overdue", "--format", "markdown"]);
    assert!(
        report.contains("deadline 2025-12-31 cleared while overdue, awaiting confirmation"),
        "{report}"
    );
    let zh = l.ok(&["--lang", "zh", "report", "overdue", "--format", "markdown"]);
    assert!(
        zh.contains("逾期后撤销时限（原定2025年12月31日），待督查室确认"),
        "{zh}"
    );
    assert_eq!(l.json(&["letters", "--format", "json"])[0]["overdue"], 1);
    // Confirming needs a reason; a pledge with nothing to confirm is refused.
    let err = l.fails(&["confirm", "17", "--why", " "], 2);
    assert!(err.contains("--why"), "{err}");
    let err = l.fails(&["confirm", "4", "--why", "核准"], 2);
    assert!(
        err.contains("nothing to confirm") && err.contains('4'),
        "{err}"
    );
    assert!(overdue(&l));
    let said = l.ok(&["confirm", "17", "--why", "经督查室核准"]);
    assert!(said.contains("Confirmed #17"), "{said}");
    assert!(!overdue(&l), "confirmed");
    assert_eq!(l.json(&["letters", "--format", "json"])[0]["overdue"], 0);
    l.fails(&["confirm", "17", "--why", "再次"], 2);
    // A deadline cleared before it passed is no matter for the office.
    l.ok(&["set", "4", "--deadline", "none", "--why", "不再设时限"]);
    assert_eq!(
        l.json(&["show", "4", "--format", "json"])["cleared_deadline"],
        Value::Null
    );
}

#[test]
fn a_note_names_the_body_that_reported_and_its_evidence() {
    let l = Ledger::new();
    l.ok(&[
        "note",
        "17",
        "已完成辅导",
        "--by-body",
        "省商务厅",
        "--evidence",
        "吉科办〔2025〕12号",
    ]);
    l.ok(&["note", "13", "名单已提供"]);
    let shown = l.ok(&["show", "17"]);
    assert!(shown.contains("reported by 省商务厅"), "{shown}");
    assert!(shown.contains("evidence: 吉科办〔2025〕12号"), "{shown}");
    let zh = l.ok(&["--lang", "zh", "show", "17"]);
    assert!(
        zh.contains("报送单位：省商务厅") && zh.contains("佐证：吉科办〔2025〕12号"),
        "{zh}"
    );
    let notes = l.json(&["show", "13", "--format", "json"])["notes"].clone();
    assert_eq!(
        notes[0]["reported_by"], "吉林省科学技术厅",
        "the owner by default"
    );
    let report = l.ok(&["report", "overdue", "--format", "markdown"]);
    assert!(report.contains("reported by 省商务厅"), "{report}");
    assert!(report.contains("吉科办〔2025〕12号"), "{report}");
    for args in [
        &["note", "17", "x", "--evidence", " "][..],
        &["note", "17", "x", "--by-body", ""][..],
    ] {
        l.fails(args, 2);
    }
    assert_eq!(
        count(&l.json(&["show", "17", "--format", "json"]), "notes"),
        1
    );
}

#[test]
fn export_and_import_carry_every_new_field_and_an_older_export_imports() {
    let l = Ledger::new();
    l.ok(&["letter", "set", "1", "--category", "B", "--contact", "李明"]);
    l.ok(&["set", "17", "--deadline", "2026-12-15", "--why", "延期"]);
    l.ok(&["set", "16", "--deadline", "2025-12-31", "--why", "补定"]);
    l.ok(&["set", "16", "--deadline", "none", "--why", "撤销"]);
    l.ok(&["note", "17", "进展", "--evidence", "报告.pdf"]);
    let exported = l.ok(&["export"]);
    let file = l.dir.path().join("export.json");
    std::fs::write(&file, &exported).unwrap();
    let copy = Ledger::uninitialised();
    copy.ok(&["init", "--empty"]);
    copy.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(copy.ok(&["export"]), exported, "every field carried");
    let p = copy.json(&["show", "16", "--format", "json"]);
    assert_eq!(p["cleared_deadline"], "2025-12-31");

    // An export written before these fields existed (schema 6) imports: the original
    // deadline, the moves and a deadline cleared while overdue worked out from its history.
    let mut old: Value = serde_json::from_str(&exported).unwrap();
    old["schema_version"] = 6.into();
    old.as_object_mut().unwrap().remove("confirmations");
    for letter in old["letters"].as_array_mut().unwrap() {
        letter.as_object_mut().unwrap().remove("meta");
    }
    for p in old["pledges"].as_array_mut().unwrap() {
        let p = p.as_object_mut().unwrap();
        for k in ["original_deadline", "deadline_moves", "cleared_deadline"] {
            p.remove(k);
        }
    }
    for n in old["notes"].as_array_mut().unwrap() {
        let n = n.as_object_mut().unwrap();
        n.remove("reported_by");
        n.remove("evidence");
    }
    std::fs::write(&file, old.to_string()).unwrap();
    let older = Ledger::uninitialised();
    older.ok(&["init", "--empty"]);
    older.ok(&["import", file.to_str().unwrap()]);
    let p = older.json(&["show", "17", "--format", "json"]);
    assert_eq!(p["deadline"], "2026-12-15");
    assert_eq!(p["original_deadline"], "2025-12-31", "from its history");
    assert_eq!(p["deadline_moves"], 1);
    let p = older.json(&["show", "16", "--format", "json"]);
    assert_eq!(
        (
            &p["original_deadline"],
            &p["deadline_moves"],
            &p["cleared_deadline"]
        ),
        (
            &Value::from("2025-12-31"),
            &Value::from(0),
            &Value::from("2025-12-31")
        )
    );
    let shown = older.ok(&["show", "17"]);
    assert!(
        shown.contains("2025-12-31 originally, moved once"),
        "{shown}"
    );
}

#[test]
fn confirmations_are_exported_and_imported_and_an_export_without_them_imports() {
    let l = Ledger::new();
    l.ok(&["set", "17", "--deadline", "none", "--why", "改为常态化工作"]);
    l.ok(&["confirm", "17", "--why", "经督查室核准"]);
    let exported = l.ok(&["export"]);
    let doc: Value = serde_json::from_str(&exported).unwrap();
    let c = &doc["confirmations"][0];
    assert_eq!(
        (
            &c["pledge"],
            &c["deadline"],
            &c["reason"],
            &c["confirmed_by"]
        ),
        (
            &Value::from(17),
            &Value::from("2025-12-31"),
            &Value::from("经督查室核准"),
            &Value::from("tester")
        ),
        "{c}"
    );
    let file = l.dir.path().join("export.json");
    std::fs::write(&file, &exported).unwrap();
    let copy = Ledger::uninitialised();
    copy.ok(&["init", "--empty"]);
    copy.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(copy.ok(&["export"]), exported, "the confirmation carried");
    let report = copy.json(&["report", "overdue", "--format", "json"]);
    assert!(
        !report["overdue"].to_string().contains("\"id\":17,"),
        "{report}"
    );
    // Pretty-printed, the file goes through the general parser: the same rows.
    let pretty = l.dir.path().join("pretty.json");
    std::fs::write(&pretty, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let again = Ledger::uninitialised();
    again.ok(&["init", "--empty"]);
    again.ok(&["import", pretty.to_str().unwrap()]);
    assert_eq!(again.ok(&["export"]), exported);

    // An export without the section imports, with none.
    let mut older = doc.clone();
    older.as_object_mut().unwrap().remove("confirmations");
    std::fs::write(&file, older.to_string()).unwrap();
    let without = Ledger::uninitialised();
    without.ok(&["init", "--empty"]);
    without.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(without.export()["confirmations"], Value::Array(vec![]));

    // A confirmation of a pledge the file does not hold, or without a reason, is refused.
    for (key, value) in [("pledge", Value::from(999)), ("reason", Value::from(" "))] {
        let mut bad = doc.clone();
        bad["confirmations"][0][key] = value;
        std::fs::write(&file, bad.to_string()).unwrap();
        let refused = Ledger::uninitialised();
        refused.ok(&["init", "--empty"]);
        let err = refused.fails(&["import", file.to_str().unwrap()], 2);
        assert!(err.contains("confirmation"), "{key}: {err}");
        assert_eq!(refused.export()["pledges"], Value::Array(vec![]), "{key}");
    }
}

#[test]
fn a_deadline_cleared_while_overdue_counts_in_list_overdue_and_fail_if_overdue() {
    let l = Ledger::new();
    let ids = |l: &Ledger| -> Vec<i64> {
        l.json(&["list", "--overdue", "--format", "json"])
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p["id"].as_i64())
            .collect()
    };
    assert_eq!(ids(&l), [17]);
    l.ok(&["set", "17", "--deadline", "none", "--why", "改为常态化工作"]);
    assert_eq!(ids(&l), [17], "cleared alone is not enough");
    let row = &l.json(&["list", "--overdue", "--format", "json"])[0];
    assert_eq!(row["days_overdue"], 332, "{row}");
    let table = l.ok(&["list", "--overdue"]);
    assert!(table.contains("!17"), "{table}");
    let err = l.fails(&["report", "overdue", "--fail-if-overdue"], 3);
    assert!(err.contains("1 pledge is overdue"), "{err}");
    let page = l.json(&["show", "17", "--format", "json"]);
    assert_eq!(page["days_overdue"], 332, "{page}");
    let bodies = l.json(&["bodies", "--format", "json"]);
    let overdue: i64 = bodies
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["overdue"].as_i64())
        .sum();
    assert_eq!(overdue, 3, "its three bodies: {bodies}");
    l.ok(&["confirm", "17", "--why", "经督查室核准"]);
    assert_eq!(ids(&l), Vec::<i64>::new());
    l.ok(&["report", "overdue", "--fail-if-overdue"]);
}
