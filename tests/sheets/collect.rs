//! `pledge collect`: a sheet filled in Chinese as 香港大学 would fill it, taken back as notes,
//! quantities and statuses; collected twice, it adds nothing; `--dry-run` writes nothing; a
//! CSV saved by Excel on Chinese Windows (GB18030) reads the same.

use super::fill::{self, V, as_csv, grid, refill, row_of, t};
use crate::support::stdout;
use crate::{Office, text};

/// The answers of 香港大学 to three of its four pledges; #3 is left empty.
fn answers(cells: &[Vec<String>]) -> Vec<(u32, u16, V)> {
    let (r2, r4, r5) = (row_of(cells, 2), row_of(cells, 4), row_of(cells, 5));
    vec![
        (
            r4,
            fill::NOTE,
            t("首批 20 名高级人才已入职，分布在新材料、光电两个方向"),
        ),
        (r4, fill::ON, t("2026年11月20日")),
        (r4, fill::QUANTITY, V::Number(20.0)),
        (r4, fill::STATUS, t("推进中")),
        (r4, fill::EVIDENCE, t("港大吉林研究院〔2026〕3号")),
        (r2, fill::NOTE, t("已引进 3 个团队，其余在洽谈")),
        // 2026-11-24 as Excel keeps a date.
        (r2, fill::ON, V::Date(46_350.0)),
        (r2, fill::QUANTITY, t("３")),
        (
            r5,
            fill::NOTE,
            t("三方框架协议已于11月签订\n第二行补充说明"),
        ),
        (r5, fill::STATUS, t("已完成")),
    ]
}

#[test]
fn a_sheet_filled_in_chinese_comes_back_as_notes_quantities_and_statuses() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let cells = grid(&sheet);
    let filled = refill(&sheet, &office.path("回收-港大.xlsx"), &answers(&cells));
    let path = filled.to_str().unwrap();

    let dry = office.run_zh(&["collect", path, "--dry-run"]);
    let (said, err) = text(&dry);
    assert!(dry.status.success(), "{err}");
    assert!(said.contains("香港大学，截至2026年11月28日"), "{said}");
    assert!(
        said.contains("A6  #4 5 年内培养 100 名以上高…  2026-11-20"),
        "{said}"
    );
    assert!(said.contains("2026-11-20"), "{said}");
    assert!(
        said.contains("数量 20") && said.contains("状态 未启动 → 推进中"),
        "{said}"
    );
    assert!(said.contains("状态 未启动 → 已完成"), "{said}");
    assert!(
        said.contains("将添加 3 条进展；1 行未填，0 行已收取过，0 处问题"),
        "{said}"
    );
    assert!(said.contains("试运行：未写入任何内容"), "{said}");
    assert!(office.notes(4).is_empty(), "a dry run writes nothing");

    let added = stdout(&office.run_zh(&["collect", path, "--yes"]));
    assert!(added.contains("已添加 3 条进展"), "{added}");
    let p4 = office.pledge(4);
    assert_eq!(p4["status"], "in_progress");
    assert_eq!(p4["progress"], 20.0);
    let n4 = &office.notes(4)[0];
    assert_eq!(
        n4["body"],
        "首批 20 名高级人才已入职，分布在新材料、光电两个方向"
    );
    assert_eq!(n4["on"], "2026-11-20");
    assert_eq!(n4["author"], "tester");
    assert_eq!(n4["reported_by"], "香港大学");
    assert_eq!(n4["evidence"], "港大吉林研究院〔2026〕3号");
    let n2 = &office.notes(2)[0];
    assert_eq!(
        (n2["on"].as_str(), n2["progress"].as_f64()),
        (Some("2026-11-24"), Some(3.0))
    );
    assert_eq!(
        office.pledge(2)["status"],
        "pending",
        "no status given, none changed"
    );
    // Closing needs a why: the note's first line is it, kept in the history.
    let p5 = office.pledge(5);
    assert_eq!(p5["status"], "done");
    let why = p5["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["field"] == "status")
        .map(|h| h["reason"].to_string())
        .unwrap_or_default();
    assert!(
        why.contains("三方框架协议已于11月签订") && !why.contains("第二行"),
        "{why}"
    );
    assert!(office.notes(3).is_empty());

    // The same sheet again, as .xlsx or as the CSV Excel saves on Chinese Windows: nothing.
    let again = stdout(&office.run_zh(&["collect", path, "--yes"]));
    assert!(again.contains("已收取过（进展 #"), "{again}");
    assert!(again.contains("没有需要添加的进展"), "{again}");
    let csv = as_csv(
        &sheet,
        &office.path("回收-港大.csv"),
        &answers(&cells),
        true,
    );
    let again = stdout(&office.run_zh(&["collect", csv.to_str().unwrap(), "--yes"]));
    assert!(
        again.contains("将添加 0 条进展；1 行未填，3 行已收取过"),
        "{again}"
    );
    assert_eq!(office.notes(4).len(), 1);
}

#[test]
fn a_csv_in_gb18030_or_utf8_reads_as_the_xlsx_does() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let cells = grid(&sheet);
    let gbk = as_csv(&sheet, &office.path("港大.csv"), &answers(&cells), true);
    let said = stdout(&office.run(&["collect", gbk.to_str().unwrap(), "--yes"]));
    assert!(said.contains("added 3 notes"), "{said}");
    assert_eq!(
        office.notes(2)[0]["on"],
        "2026-11-24",
        "the date as the cell showed it"
    );
    assert_eq!(
        office.notes(4)[0]["body"],
        "首批 20 名高级人才已入职，分布在新材料、光电两个方向"
    );
    // A row answered anew in a later month's sheet is a new note.
    let later = office.path("later");
    let o = office.run(&[
        "request",
        "--owner",
        "香港大学",
        "--as-of",
        "2026-12-28",
        "-o",
        later.to_str().unwrap(),
    ]);
    stdout(&o);
    let sheet = std::fs::read_dir(&later)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let cells = grid(&sheet);
    let r = row_of(&cells, 4);
    let utf8 = as_csv(
        &sheet,
        &office.path("港大-12月.csv"),
        &[
            (r, fill::NOTE, t("又有 5 名到岗")),
            (r, fill::QUANTITY, V::Number(25.0)),
        ],
        false,
    );
    let said = stdout(&office.run(&["collect", utf8.to_str().unwrap(), "--yes"]));
    assert!(said.contains("added 1 note"), "{said}");
    assert_eq!(office.pledge(4)["progress"], 25.0);
}

#[test]
fn without_a_terminal_collect_asks_for_yes_or_dry_run_and_writes_nothing() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let cells = grid(&sheet);
    let filled = refill(&sheet, &office.path("f.xlsx"), &answers(&cells));
    let o = office.run(&["collect", filled.to_str().unwrap()]);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("--dry-run") && err.contains("--yes"), "{err}");
    let o = office.run_zh(&["collect", filled.to_str().unwrap()]);
    assert!(text(&o).1.contains("收取前须确认"), "{:?}", text(&o));
    assert!(office.notes(4).is_empty());
}

#[test]
fn formulas_are_read_as_their_values_and_control_characters_are_kept_but_printed_inert() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let cells = grid(&sheet);
    let r = row_of(&cells, 4);
    let filled = refill(
        &sheet,
        &office.path("f.xlsx"),
        &[
            (r, fill::NOTE, t("进展\u{1b}[2J\u{7}顺利")),
            (r, fill::QUANTITY, V::Formula("=10+2".into(), "12".into())),
        ],
    );
    let o = office.run(&["collect", filled.to_str().unwrap(), "--yes"]);
    let (said, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        !said.contains('\u{1b}') && !said.contains('\u{7}'),
        "{said:?}"
    );
    assert_eq!(
        office.notes(4)[0]["body"],
        "进展\u{1b}[2J\u{7}顺利",
        "stored as written"
    );
    assert_eq!(office.pledge(4)["progress"], 12.0);
}

#[test]
fn an_imported_ledger_takes_back_the_sheets_sent_before_and_adds_no_row_twice() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let cells = grid(&sheet);
    let filled = refill(&sheet, &office.path("回收-港大.xlsx"), &answers(&cells));
    let added = stdout(&office.run_zh(&["collect", filled.to_str().unwrap(), "--yes"]));
    assert!(added.contains("已添加 3 条进展"), "{added}");

    // The ledger moves: exported, imported into a new one.
    let export = office.run(&["export"]);
    assert!(export.status.success(), "{}", text(&export).1);
    let json: serde_json::Value = serde_json::from_slice(&export.stdout).expect("json");
    assert_eq!(json["collected"].as_array().map(Vec::len), Some(3));
    assert_eq!(json["identity"]["secret"].as_str().map(str::len), Some(32));
    let file = office.path("ledger.json");
    std::fs::write(&file, &export.stdout).unwrap();
    let moved = Office {
        db: office.path("moved.db"),
        dir: tempfile::tempdir().unwrap(),
    };
    assert!(moved.run(&["init", "--empty"]).status.success());
    let imported = moved.run(&["import", file.to_str().unwrap()]);
    assert!(imported.status.success(), "{}", text(&imported).1);
    let again = moved.run(&["export"]);
    assert_eq!(
        again.stdout, export.stdout,
        "the same ledger, identity and records kept"
    );

    // The sheet collected before adds nothing in the moved ledger.
    let twice = stdout(&moved.run_zh(&["collect", filled.to_str().unwrap(), "--yes"]));
    assert!(twice.contains("没有需要添加的进展"), "{twice}");
    assert_eq!(moved.notes(4).len(), 1);
    // An answer to the same request for #3, never collected, is taken: the moved ledger
    // signed nothing new, it still knows its sheets.
    let r3 = row_of(&cells, 3);
    let late = refill(
        &sheet,
        &office.path("回收-港大-补报.xlsx"),
        &[(r3, fill::NOTE, t("研究院选址已确定"))],
    );
    let taken = moved.run_zh(&["collect", late.to_str().unwrap(), "--yes"]);
    let (said, err) = text(&taken);
    assert!(taken.status.success(), "{said}{err}");
    assert!(said.contains("已添加 1 条进展"), "{said}");
    assert_eq!(moved.notes(3).len(), 1);
}
