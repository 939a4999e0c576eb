//! What `collect` refuses, each with its file, sheet, row and column, adding nothing unless
//! `--skip-bad`: bad dates, statuses and quantities, tampered rows, another ledger's sheet,
//! files that are no request, and sheets too large.

use super::fill::{self, V, grid, refill, row_of, t};
use crate::support::stdout;
use crate::{Office, text};

#[test]
fn bad_cells_are_named_by_file_sheet_row_and_column_and_nothing_is_added() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let cells = grid(&sheet);
    let (r2, r3, r4) = (row_of(&cells, 2), row_of(&cells, 3), row_of(&cells, 4));
    let filled = refill(
        &sheet,
        &office.path("bad.xlsx"),
        &[
            (r4, fill::NOTE, t("进展顺利")),
            (r4, fill::ON, t("2026-02-30")),
            (r4, fill::QUANTITY, t("二十")),
            (r4, fill::STATUS, t("差不多")),
            (r3, fill::NOTE, t("下月完成")),
            (r3, fill::ON, t("2026年12月1日")),
            (r2, fill::NOTE, t("已引进 3 个团队")),
            (r2, fill::QUANTITY, V::Number(3.0)),
        ],
    );
    let path = filled.to_str().unwrap();
    let o = office.run(&["collect", path, "--yes"]);
    let (said, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{said}{err}");
    let at = |row: u32, col: &str| {
        format!(
            "bad.xlsx, sheet “催办单”, row {}, column {col} ({col}{})",
            row + 1,
            row + 1
        )
    };
    for (place, why) in [
        (at(r4, "I"), "date \"2026-02-30\": there is no such day"),
        (at(r4, "J"), "\"二十\""),
        (at(r4, "K"), "\"差不多\""),
        (at(r3, "I"), "\"2026年12月1日\""),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(&place))
            .unwrap_or_else(|| panic!("{place} in {err}"));
        assert!(line.contains(why), "{line}");
    }
    assert!(err.contains("after"), "a note dated after today: {err}");
    assert!(
        err.contains("4 problems") && err.contains("--skip-bad"),
        "{err}"
    );
    assert!(office.notes(2).is_empty(), "nothing is added");

    // In Chinese, the same places.
    let zh = office.run_zh(&["collect", path, "--yes"]);
    let (_, err) = text(&zh);
    assert!(
        err.contains(&format!("第 {} 行 K 列（K{}）", r4 + 1, r4 + 1)),
        "{err}"
    );

    // --skip-bad adds the good row only; the bad ones can be corrected and collected later.
    let o = office.run(&["collect", path, "--yes", "--skip-bad"]);
    let (said, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(said.contains("added 1 note"), "{said}");
    assert_eq!(office.notes(2).len(), 1);
    assert!(office.notes(3).is_empty() && office.notes(4).is_empty());
}

#[test]
fn tampered_rows_are_refused_where_they_are() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let cells = grid(&sheet);
    let (r2, r3, r4, r5) = (
        row_of(&cells, 2),
        row_of(&cells, 3),
        row_of(&cells, 4),
        row_of(&cells, 5),
    );
    let key = |r: u32| cells[r as usize][usize::from(fill::KEY)].clone();
    let last = cells.len() as u32;
    let filled = refill(
        &sheet,
        &office.path("tampered.xlsx"),
        &[
            // The id shown changed to another pledge's.
            (r2, fill::ID, V::Number(17.0)),
            (r2, fill::NOTE, t("x")),
            // The key of pledge 3 given to pledge 3's row with another id in it.
            (r3, fill::KEY, V::Text(key(r3).replacen('3', "17", 1))),
            (r3, fill::NOTE, t("x")),
            // Pledge 4's row copied below the last one, answered twice.
            (r4, fill::NOTE, t("x")),
            (last, fill::ID, V::Number(4.0)),
            (last, fill::KEY, V::Text(key(r4))),
            (last, fill::NOTE, t("y")),
            // A row added by hand, without a key.
            (last + 1, fill::ID, V::Number(5.0)),
            (last + 1, fill::NOTE, t("z")),
            // Pledge 5's own row is fine.
            (r5, fill::NOTE, t("进展")),
        ],
    );
    let o = office.run(&["collect", filled.to_str().unwrap(), "--dry-run"]);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let line = |cell: String| {
        err.lines()
            .find(|l| l.contains(&format!("({cell})")))
            .unwrap_or_else(|| panic!("{cell} in {err}"))
            .to_string()
    };
    assert!(
        line(format!("A{}", r2 + 1))
            .contains("\"17\", is not the pledge the row was written for (#2)")
    );
    assert!(line(format!("M{}", r3 + 1)).contains("the row's key does not match"));
    assert!(line(format!("M{}", last + 1)).contains(&format!(
        "pledge #4 is answered twice (first in row {})",
        r4 + 1
    )));
    assert!(line(format!("M{}", last + 2)).contains("no key in the hidden column"));
    assert!(err.contains("4 problems"), "{err}");
}

#[test]
fn a_sheet_from_another_ledger_or_one_not_made_by_request_is_refused() {
    let office = Office::new();
    let other = Office::new();
    let theirs = other.request("香港大学");
    let cells = grid(&theirs);
    let r4 = row_of(&cells, 4);
    let filled = refill(
        &theirs,
        &office.path("theirs.xlsx"),
        &[(r4, fill::NOTE, t("进展"))],
    );
    let o = office.run(&["collect", filled.to_str().unwrap(), "--yes"]);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(
            "theirs.xlsx, sheet “催办单”, row 3, column M (M3): was made by another ledger"
        ),
        "{err}"
    );
    // It still goes into its own ledger.
    assert!(
        stdout(&other.run(&["collect", filled.to_str().unwrap(), "--yes"]))
            .contains("added 1 note")
    );

    // A spreadsheet of someone else's, a text file, an .ods, a folder.
    let plain = office.path("plain.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().write_string(0, 0, "编号").unwrap();
    book.save(&plain).unwrap();
    let txt = office.path("notes.txt");
    std::fs::write(&txt, "进展顺利").unwrap();
    let ods = office.path("sheet.ods");
    std::fs::write(&ods, "PK").unwrap();
    let fake = office.path("fake.xlsx");
    std::fs::write(&fake, "not a zip").unwrap();
    let o = office.run(&[
        "collect",
        plain.to_str().unwrap(),
        txt.to_str().unwrap(),
        ods.to_str().unwrap(),
        fake.to_str().unwrap(),
        office.dir.path().to_str().unwrap(),
        "--dry-run",
    ]);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("plain.xlsx: holds no sheet made by pledge request"),
        "{err}"
    );
    assert!(
        err.contains("notes.txt: is a “.txt” file: collect reads .xlsx and .csv"),
        "{err}"
    );
    assert!(err.contains("sheet.ods: is a “.ods” file"), "{err}");
    assert!(
        err.contains("fake.xlsx: is not a spreadsheet that can be read"),
        "{err}"
    );
    assert!(err.contains("5 problems"), "{err}");
}

#[test]
fn a_moved_column_and_an_edited_sheet_key_are_refused_for_the_whole_sheet() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let cells = grid(&sheet);
    let mark = cells[2][usize::from(fill::KEY)].clone();
    let edited = refill(
        &sheet,
        &office.path("edited.xlsx"),
        &[(
            2,
            fill::KEY,
            V::Text(mark.replace(" 2026-11-28 ", " 2026-10-28 ")),
        )],
    );
    let (_, err) = text(&office.run(&["collect", edited.to_str().unwrap(), "--dry-run"]));
    assert!(err.contains("(M3): the sheet's key was changed"), "{err}");
    let moved = refill(
        &sheet,
        &office.path("moved.xlsx"),
        &[(2, fill::KEY, t("备注")), (2, fill::KEY + 1, V::Text(mark))],
    );
    let (_, err) = text(&office.run(&["collect", moved.to_str().unwrap(), "--dry-run"]));
    assert!(err.contains("(N3): the key is in column N, not M"), "{err}");
}

#[test]
fn a_sheet_of_too_many_rows_or_too_many_bytes_is_refused_with_the_limit() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let rows: Vec<(u32, u16, V)> = (0..20_001u32)
        .map(|i| (10 + i, fill::EVIDENCE, t("x")))
        .collect();
    let long = refill(&sheet, &office.path("long.xlsx"), &rows);
    let (_, err) = text(&office.run(&["collect", long.to_str().unwrap(), "--dry-run"]));
    assert!(err.contains("holds more than 20000 rows"), "{err}");
    // One far cell does not make a sheet of a billion cells.
    let far = refill(
        &sheet,
        &office.path("far.xlsx"),
        &[(1_048_575, 16_383, t("x"))],
    );
    let o = office.run(&["collect", far.to_str().unwrap(), "--dry-run"]);
    assert!(o.status.success(), "{:?}", text(&o));
    let big = office.path("big.csv");
    std::fs::write(&big, vec![b'x'; (16 << 20) + 1]).unwrap();
    let (_, err) = text(&office.run(&["collect", big.to_str().unwrap(), "--dry-run"]));
    assert!(
        err.contains("a returned sheet may be at most 16 MB"),
        "{err}"
    );
}
