//! `pledge request`: one sheet per body, named safely, never over a file; its cells (a golden
//! file) and its shape: a locked, frozen heading, the status list, the hidden key column.

use std::io::Read;

use super::fill::{self, grid};
use crate::support::stdout;
use crate::{Office, text};

#[test]
fn every_body_with_an_open_pledge_gets_its_sheet_and_none_is_written_over() {
    let office = Office::new();
    let out = office.path("新建/催办");
    let first = stdout(&office.run_zh(&["request", "-o", out.to_str().unwrap()]));
    let written: Vec<&str> = first.lines().collect();
    assert_eq!(written.len(), 10, "{first}");
    assert!(
        first.contains("催办单-吉林省科学技术厅-2026-11-28.xlsx（13 项）"),
        "{first}"
    );
    assert!(
        first.contains("催办单-香港大学-2026-11-28.xlsx（4 项）"),
        "{first}"
    );
    let before = std::fs::read(out.join("催办单-香港大学-2026-11-28.xlsx")).unwrap();
    // Again: numbered beside the first, which stays as it was.
    let again = stdout(&office.run(&[
        "request",
        "--owner",
        "香港大学",
        "-o",
        out.to_str().unwrap(),
    ]));
    assert!(
        again.contains("progress-request-香港大学-2026-11-28.xlsx (4 pledges)"),
        "{again}"
    );
    let zh = stdout(&office.run_zh(&["request", "--owner", "港大", "-o", out.to_str().unwrap()]));
    assert!(zh.contains("催办单-香港大学-2026-11-28-2.xlsx"), "{zh}");
    assert_eq!(
        std::fs::read(out.join("催办单-香港大学-2026-11-28.xlsx")).unwrap(),
        before
    );
    let names = std::fs::read_dir(&out).unwrap().count();
    assert_eq!(names, 12, "no temporary file is left");
}

#[test]
fn a_body_name_that_is_no_path_and_a_bad_owner_or_folder_are_refused_by_name() {
    let office = Office::new();
    stdout(&office.run(&[
        "add",
        "--title",
        "修路",
        "--owner",
        "../交通/运输厅\u{1b}[31m",
        "--deadline",
        "2027-01-31",
    ]));
    let out = office.path("out");
    let said = stdout(&office.run(&["request", "--owner", "运输厅", "-o", out.to_str().unwrap()]));
    assert!(
        said.contains("progress-request-_交通_运输厅_[31m-2026-11-28.xlsx"),
        "{said}"
    );
    assert!(!said.contains('\u{1b}'), "{said:?}");
    let o = office.run(&[
        "request",
        "--owner",
        "无此单位",
        "-o",
        out.to_str().unwrap(),
    ]);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("无此单位"), "{err}");
    let file = office.path("a-file");
    std::fs::write(&file, "x").unwrap();
    let o = office.run(&["request", "-o", file.to_str().unwrap()]);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("is not a folder"), "{err}");
}

#[test]
fn a_sheets_cells_read_back_as_the_golden_file_says() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let cells = grid(&sheet);
    let mut shown = String::new();
    for (r, row) in cells.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if value.is_empty() {
                continue;
            }
            // The key column is signed with the ledger's random secret: only its shape is kept.
            let value = if c == usize::from(fill::KEY) {
                let parts: Vec<&str> = value.split(' ').collect();
                match parts.as_slice() {
                    ["pledge-sheet/1", _, body, day, _] => {
                        format!("pledge-sheet/1 [ledger] {body} {day} [signature]")
                    }
                    [pledge, _] => format!("{pledge} [signature]"),
                    _ => panic!("key {value:?}"),
                }
            } else {
                value.clone()
            };
            shown.push_str(&format!(
                "{}{}: {}\n",
                (b'A' + c as u8) as char,
                r + 1,
                value.replace('\n', "⏎")
            ));
        }
    }
    insta::assert_snapshot!("request_cells_香港大学", shown);
}

/// The sheet's own XML (the first worksheet's), as Excel reads it.
fn sheet_xml(path: &std::path::Path) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn the_heading_is_locked_and_frozen_the_answers_open_and_the_status_a_list_of_labels() {
    let office = Office::new();
    let sheet = office.request("香港大学");
    let xml = sheet_xml(&sheet);
    assert!(xml.contains("<sheetProtection"), "protected");
    assert!(
        xml.contains(r#"state="frozen""#) && xml.contains(r#"topLeftCell="C4""#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<dataValidation type="list""#)
            && xml.contains("未启动,推进中,停滞,已完成,部分完成,已放弃"),
        "{xml}"
    );
    assert!(
        xml.contains(r#"sqref="K4:K7""#),
        "the status cells of the four pledges"
    );
    assert!(xml.contains(r#"<dataValidation type="date""#) && xml.contains(r#"sqref="I4:I7""#));
    assert!(xml.contains(r#"hidden="1""#), "the key column is hidden");
    // The answer cells carry an unlocked style; the heading cells a locked one.
    let file = std::fs::File::open(&sheet).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut styles = String::new();
    zip.by_name("xl/styles.xml")
        .unwrap()
        .read_to_string(&mut styles)
        .unwrap();
    assert!(styles.contains(r#"<protection locked="0"/>"#), "{styles}");
    let cells = grid(&sheet);
    assert_eq!(cells[2][7], "进展情况");
    assert_eq!(cells[2][10], "新状态");
    assert!(cells[0][0].starts_with("香港大学承诺事项办理进展催办单（截至2026年11月28日）"));
}
