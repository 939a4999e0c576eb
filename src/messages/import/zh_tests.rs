//! Every refusal of an import and its confirmations in Chinese, none left in English.

use std::path::PathBuf;

use super::*;
use crate::error::Error;
use crate::error::file::Kind;
use crate::error::import::ImportRefusal;
use crate::messages::errors::zh_tests::{assert_chinese, english_run};
use crate::messages::lang::{Lang, with};
use crate::messages::{files, values};
use crate::problem::Problem;

fn at(index: u64) -> ImportRow {
    ImportRow {
        section: "pledges",
        index,
        id: 5,
    }
}

fn f() -> PathBuf {
    PathBuf::from("导出 2026.json")
}

/// One of each refusal, with what other faces word inside it.
fn every_refusal() -> Vec<(ImportRefusal, Vec<String>)> {
    let big = Problem::NoteTooLarge { bytes: 3 << 20 };
    let none: Vec<String> = Vec::new();
    let words = "invalid type: integer `7`, expected a string".to_string();
    vec![
        (
            ImportRefusal::NotAnExport {
                format: "csv".into(),
            },
            none.clone(),
        ),
        (
            ImportRefusal::NewerExport {
                version: 9,
                known: 5,
            },
            none.clone(),
        ),
        (
            ImportRefusal::SchemaVersion {
                version: 0,
                known: 5,
            },
            none.clone(),
        ),
        (
            ImportRefusal::LedgerNotEmpty {
                pledges: 20,
                letters: 1,
            },
            none.clone(),
        ),
        (ImportRefusal::BadId { row: at(0) }, none.clone()),
        (
            ImportRefusal::BadStamp {
                row: at(1),
                field: "added_at",
                value: "yesterday at noon".into(),
            },
            none.clone(),
        ),
        (
            ImportRefusal::WrongSha {
                row: at(2),
                given: "abc".into(),
                expected: "e3b0c442".into(),
            },
            none.clone(),
        ),
        (ImportRefusal::OwnParent { row: at(3) }, none.clone()),
        (
            ImportRefusal::NoteTooLarge {
                row: at(4),
                hex: true,
                problem: big.clone(),
            },
            vec![values::problem(&big)],
        ),
        (ImportRefusal::NotHex { row: at(5) }, none.clone()),
        (ImportRefusal::TwoTexts { row: at(6) }, none.clone()),
        (ImportRefusal::DuplicateId { row: at(7) }, none.clone()),
        (
            ImportRefusal::DuplicateLetter {
                row: at(8),
                detail: "UNIQUE constraint failed: letter.sha256".into(),
            },
            none.clone(),
        ),
        (
            ImportRefusal::BrokenRule {
                row: at(9),
                detail: "CHECK constraint failed: status".into(),
            },
            none.clone(),
        ),
        (
            ImportRefusal::MissingReference {
                table: "history".into(),
                rowid: 4,
                column: "pledge_id".into(),
                other: 77,
            },
            none.clone(),
        ),
        (ImportRefusal::Cycle { ids: vec![4, 7, 4] }, none.clone()),
        (
            ImportRefusal::BodyCycle { ids: vec![2, 3, 2] },
            none.clone(),
        ),
        (
            ImportRefusal::NotAFile {
                path: f(),
                kind: Kind::Fifo,
            },
            vec![files::kind(Kind::Fifo).to_string()],
        ),
        (ImportRefusal::Utf16 { path: f() }, none.clone()),
        (
            ImportRefusal::NotUtf8 {
                path: f(),
                line: 3,
                byte: 17,
            },
            none.clone(),
        ),
        (
            ImportRefusal::Nul {
                path: f(),
                line: 3,
                byte: 17,
            },
            none.clone(),
        ),
        (
            ImportRefusal::StringTooLong {
                path: f(),
                line: 3,
                max_mb: 8,
            },
            none.clone(),
        ),
        (
            ImportRefusal::CutMidCharacter { path: f(), line: 3 },
            none.clone(),
        ),
        (
            ImportRefusal::Malformed {
                path: f(),
                line: 3,
                column: 9,
                row: Some(("notes", 2)),
                words: words.clone(),
            },
            vec![values::parser_words(&words)],
        ),
        (
            ImportRefusal::NothingImported {
                at: Some(ImportLine {
                    path: f(),
                    line: 12,
                }),
                refusal: Box::new(ImportRefusal::OwnParent { row: at(3) }),
            },
            none,
        ),
    ]
}

#[test]
fn every_refusal_of_an_import_is_chinese_outside_its_quoted_values() {
    with(Lang::Zh, || {
        let all = every_refusal();
        assert!(all.len() >= 24, "one of each kind");
        for (r, others) in &all {
            assert_chinese(&refusal(r), others);
        }
    });
    let english = every_refusal()
        .iter()
        .filter(|(r, others)| english_run(&refusal(r), others).is_some())
        .count();
    assert!(english >= 20, "the check sees the English ones: {english}");
}

#[test]
fn a_refused_row_names_the_row_the_field_and_what_is_accepted_in_chinese() {
    with(Lang::Zh, || {
        let stamp = refusal(&ImportRefusal::BadStamp {
            row: at(1),
            field: "added_at",
            value: "昨天".into(),
        });
        assert_eq!(
            stamp,
            "pledges[1]（编号 5）：\"added_at\" \"昨天\" 不是时间戳；应为 YYYY-MM-DDTHH:MM:SSZ（UTC）"
        );
        let placed = crate::store::nothing_imported(
            Error::from(ImportRefusal::OwnParent { row: at(3) }),
            Some(ImportLine {
                path: "export.json".into(),
                line: 7,
            }),
        );
        assert_eq!(
            placed.to_string(),
            "“export.json”第 7 行：pledges[3]（编号 5）把自己列为上级事项；上级事项应为另一事项；未导入任何内容"
        );
        assert_eq!(placed.exit_code(), crate::error::EXIT_USAGE);
        let missing = refusal(&ImportRefusal::MissingReference {
            table: "history".into(),
            rowid: 4,
            column: "pledge_id".into(),
            other: 77,
        });
        assert_eq!(missing, "历史记录 4 引用的事项 77 不在导入数据中");
        let full = refusal(&ImportRefusal::LedgerNotEmpty {
            pledges: 20,
            letters: 1,
        });
        assert!(
            full.starts_with("本台账已有事项 20 项、答复函 1 件；"),
            "{full}"
        );
    });
}

#[test]
fn init_and_import_confirm_in_chinese() {
    with(Lang::Zh, || {
        assert_eq!(
            ledger_created(std::path::Path::new("l.db"), 1, 20),
            "已在“l.db”新建台账，含答复函 1 件、事项 20 项\n"
        );
        let counts = crate::store::Counts {
            letters: 1,
            pledges: 20,
            notes: 3,
            history: 40,
        };
        assert_eq!(
            imported(&counts),
            "已导入答复函 1 件、事项 20 项、备注 3 条、历史记录 40 条\n"
        );
        assert_chinese(expecting_export(), &[]);
        assert_chinese(&expecting_rows("letters"), &[]);
    });
    assert_eq!(
        ledger_created(std::path::Path::new("l.db"), 1, 20),
        "created a ledger at l.db with 1 letter(s) and 20 pledge(s)\n"
    );
}
