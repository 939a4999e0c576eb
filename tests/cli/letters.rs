//! Letters as records: listed with their pledges counted, opened, filtered by, their
//! metadata read from the letter and edited, and a claim of A类 not kept flagged.

use super::*;

const HUOQIU: &str = "任文斌代表:\n您在霍邱县十八届人大二次会议上提出的《关于加大对老城区改造力度,提升霍邱县文明城市创建水平的建议》收悉.现将办理情况答复如下:\n下步,我局有序推进2023年度城区背街小巷提升工程,计划对45条背街小巷开展路面及下水道维修。\n感谢您对城市管理工作的关心。\n办复类别:A类\n联 系 人:朱丽平\n联系电话:0564-6022191\n霍邱县城市管理行政执法局\n2023年 7月 31日\n";

#[test]
fn letters_lists_each_letter_with_its_pledges_counted_and_flags_a_claim_not_kept() {
    let l = Ledger::new();
    let rows = l.json(&["letters", "--format", "json"]);
    let first = &rows[0];
    assert_eq!(first["member"], "朱立伟", "{first}");
    assert_eq!(first["kind"], "suggestion");
    assert_eq!(first["category"], Value::Null);
    assert_eq!(
        (
            &first["pledges"],
            &first["open"],
            &first["overdue"],
            &first["done"]
        ),
        (
            &Value::from(20),
            &Value::from(20),
            &Value::from(1),
            &Value::from(0)
        )
    );
    assert_eq!(first["claim_not_kept"], false);
    let table = l.ok(&["letters"]);
    assert!(
        table.contains("吉林省科学技术厅") && table.contains("朱立伟"),
        "{table}"
    );
    assert!(!table.contains("claims A, not kept"), "{table}");

    let said = l.ok(&["letter", "set", "1", "--category", "A", "--contact", "李明"]);
    assert!(said.contains("Letter #1: category (none) → A"), "{said}");
    let table = l.ok(&["letters"]);
    assert!(table.contains("claims A, not kept"), "{table}");
    assert!(
        table.contains("1 claims A while a pledge is overdue or dropped"),
        "{table}"
    );
    let zh = l.ok(&["--lang", "zh", "letters"]);
    assert!(zh.contains("称A类，未兑现") && zh.contains("A类"), "{zh}");
    assert_eq!(
        l.json(&["letters", "--format", "json"])[0]["claim_not_kept"],
        true
    );
    let csv = l.ok(&["letters", "--format", "csv"]);
    assert!(
        csv.lines().nth(1).is_some_and(|r| r.ends_with(",true")),
        "{csv}"
    );
    let report = l.ok(&["report", "overdue", "--format", "markdown"]);
    assert!(report.contains("(claims A, not kept)"), "{report}");
    let report = l.ok(&["--lang", "zh", "report", "overdue", "--format", "markdown"]);
    assert!(report.contains("（称A类，未兑现）"), "{report}");

    // Closing the overdue pledge keeps the claim: B no longer claims what A does.
    l.ok(&["letter", "set", "1", "--category", "B"]);
    assert!(!l.ok(&["letters"]).contains("claims A, not kept"));
}

#[test]
fn letter_show_gives_the_metadata_the_pledges_and_the_full_text() {
    let l = Ledger::new();
    l.ok(&[
        "letter",
        "set",
        "1",
        "--category",
        "A",
        "--phone",
        "0431-88888888",
    ]);
    let page = l.ok(&["letter", "show", "1"]);
    for part in [
        "关于推动与大湾区科技创新合作共促高质量发展的建议 #1",
        "member    朱立伟",
        "kind      suggestion (建议)",
        "phone     0431-88888888",
        "20 in all: 20 open (1 overdue), 0 done, 0 dropped",
        "Claimed versus kept",
        " !#17 [pending]",
        "Text",
        "朱立伟委员",
    ] {
        assert!(page.contains(part), "{part}: {page}");
    }
    let zh = l.ok(&["--lang", "zh", "letter", "show", "1"]);
    assert!(
        zh.contains("办复类别") && zh.contains("承诺与兑现不符"),
        "{zh}"
    );
    let json = l.json(&["letter", "show", "1", "--format", "json"]);
    assert_eq!(json["pledge_ids"].as_array().map(Vec::len), Some(20));
    assert_eq!(json["phone"], "0431-88888888");
    assert!(
        json["body"]
            .as_str()
            .is_some_and(|b| b.contains("朱立伟委员"))
    );
    let err = l.fails(&["letter", "show", "9"], 2);
    assert!(err.contains('9'), "{err}");
}

#[test]
fn list_narrows_to_a_letter_or_a_member() {
    let l = Ledger::new();
    l.ok(&["add", "--title", "手工事项", "--owner", "某局"]);
    let ids = |args: &[&str]| -> usize {
        let mut all = vec!["list", "--format", "json"];
        all.extend_from_slice(args);
        l.json(&all).as_array().map_or(0, Vec::len)
    };
    assert_eq!(ids(&[]), 21);
    assert_eq!(ids(&["--letter", "1"]), 20);
    assert_eq!(ids(&["--letter", "2"]), 0);
    assert_eq!(ids(&["--member", "朱立伟"]), 20);
    assert_eq!(ids(&["--member", "王"]), 0);
    assert_eq!(ids(&["--member", "朱", "--overdue"]), 1);
    l.fails(&["list", "--letter", "0"], 2);
    l.fails(&["list", "--member", " "], 2);
}

#[test]
fn the_importer_reads_category_contact_phone_member_and_kind_where_printed() {
    let l = Ledger::new();
    let file = l.dir.path().join("huoqiu.txt");
    std::fs::write(&file, HUOQIU).unwrap();
    l.ok(&["import-letter", file.to_str().unwrap(), "--yes"]);
    let rows = l.json(&["letters", "--format", "json"]);
    let huoqiu = &rows[1];
    assert_eq!(huoqiu["member"], "任文斌", "{huoqiu}");
    assert_eq!(huoqiu["kind"], "suggestion");
    assert_eq!(huoqiu["category"], "A");
    let shown = l.json(&["letter", "show", "2", "--format", "json"]);
    assert_eq!(shown["contact"], "朱丽平");
    assert_eq!(shown["phone"], "0564-6022191");
    // The export carries it, and an import of it keeps it.
    let export = l.export();
    assert_eq!(export["letters"][1]["meta"]["category"], "A");
}

#[test]
fn letter_set_refuses_bad_values_by_name_and_writes_nothing() {
    let l = Ledger::new();
    let before = l.export();
    for (args, field) in [
        (&["--category", "D"][..], "category"),
        (&["--kind", "议案"][..], "kind"),
        (&["--phone", "  "][..], "phone"),
        (&["--member", " \u{3000}"][..], "member"),
    ] {
        let mut all = vec!["letter", "set", "1"];
        all.extend_from_slice(args);
        let err = l.fails(&all, 2);
        assert!(
            err.contains(field) && err.contains(args[1].trim()),
            "{args:?}: {err}"
        );
    }
    let err = l.fails(&["letter", "set", "7", "--category", "A"], 2);
    assert!(err.contains('7'), "{err}");
    l.fails(&["letter", "set", "1"], 2);
    assert_eq!(l.export(), before, "nothing written");
    // '' clears; the same value again changes nothing.
    l.ok(&["letter", "set", "1", "--kind", "提案"]);
    assert_eq!(
        l.json(&["letters", "--format", "json"])[0]["kind"],
        "proposal"
    );
    assert!(
        l.ok(&["letter", "set", "1", "--kind", "proposal"])
            .contains("nothing changed")
    );
    l.ok(&["letter", "set", "1", "--kind", ""]);
    assert_eq!(
        l.json(&["letters", "--format", "json"])[0]["kind"],
        Value::Null
    );
}

#[test]
fn add_with_an_unknown_letter_is_refused_as_the_letter_commands_refuse_it() {
    let l = Ledger::new();
    let before = l.export();
    let shown = l.fails(&["letter", "show", "99"], 2);
    for lead in [&["--lead", "省科技厅"][..], &["--owner", "省科技厅"][..]] {
        let mut args = vec!["add", "--title", "新事项", "--letter", "99"];
        args.extend_from_slice(lead);
        let err = l.fails(&args, 2);
        assert_eq!(err, shown, "{args:?}");
        assert!(
            err.contains("99") && err.contains("pledge letters"),
            "{err}"
        );
    }
    let zh = l.fails(
        &[
            "--lang", "zh", "add", "--title", "x", "--owner", "y", "--letter", "99",
        ],
        2,
    );
    assert!(zh.contains("99") && zh.contains("答复函"), "{zh}");
    assert_eq!(l.export(), before, "nothing written");
}
