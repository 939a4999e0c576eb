//! The letter importer's words in Chinese: each refusal, the saved line and the dry run.

use std::path::PathBuf;

use super::*;
use crate::messages::errors::zh_tests::{assert_chinese, english_run};
use crate::messages::lang::{Lang, with};

fn every_why() -> Vec<NotALetter> {
    vec![
        NotALetter::PdfDamaged,
        NotALetter::PdfEncrypted,
        NotALetter::PdfNoPages,
        NotALetter::PdfTooManyPages {
            pages: 400,
            limit: 60,
        },
        NotALetter::PdfTooLarge { limit: 64 << 20 },
        NotALetter::PdfNoText { pages: 2 },
        NotALetter::PdfScanned { pages: 2 },
        NotALetter::ImageUnreadable(Image::Png),
        NotALetter::ImageTooLarge {
            width: 9000,
            height: 9000,
            limit: 40_000_000,
        },
        NotALetter::ScanNoText {
            chars: 3,
            confidence: 20,
        },
        NotALetter::Image(Image::Png),
        NotALetter::Image(Image::Jpeg),
        NotALetter::Image(Image::Gif),
        NotALetter::Image(Image::Tiff),
        NotALetter::OldWord,
        NotALetter::BadEncoding {
            encoding: "GB18030",
        },
        NotALetter::Binary,
        NotALetter::UnknownEncoding,
        NotALetter::DamagedZip,
        NotALetter::NotWordDocument,
        NotALetter::DocxUnreadable,
        NotALetter::DocxTooLarge { limit: 4 << 20 },
        NotALetter::DocxNotUtf8,
        NotALetter::DocxBrokenText,
        NotALetter::DocxBadXml,
        NotALetter::TooLong { bytes: 900_000 },
        NotALetter::TooManyDrafts { found: 1001 },
    ]
}

fn every_refusal() -> Vec<Refusal> {
    let path = || PathBuf::from("答复函 第12号.docx");
    let mut all = vec![
        Refusal::Directory { path: path() },
        Refusal::NotAFile { path: path() },
        Refusal::Empty { path: path() },
        Refusal::TooLarge {
            path: path(),
            bytes: 11 << 20,
        },
        Refusal::Grew { path: path() },
        Refusal::Io {
            path: path(),
            error: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        },
    ];
    all.extend(
        every_why()
            .into_iter()
            .map(|why| Refusal::not_a_letter(&path(), why)),
    );
    all
}

#[test]
fn every_refused_letter_is_chinese_and_says_nothing_was_imported() {
    with(Lang::Zh, || {
        for r in every_refusal() {
            let said = refusal(&r);
            assert_chinese(&said, &[]);
            if !matches!(r, Refusal::Io { .. }) {
                assert!(said.ends_with("；未导入任何内容"), "{said}");
            }
        }
        for why in every_why() {
            assert_chinese(&no_draft_added(&why), &[]);
        }
        assert_eq!(
            refusal(&Refusal::TooLarge {
                path: "big.txt".into(),
                bytes: 11 << 20
            }),
            "“big.txt”：大小为 11.0 MB；答复函文件最大 10 MB；未导入任何内容"
        );
        assert_eq!(
            refusal(&Refusal::Io {
                path: "a.txt".into(),
                error: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            }),
            "无法读取“a.txt”：没有权限"
        );
        assert_eq!(
            no_draft_added(&NotALetter::TooManyDrafts { found: 1001 }),
            "一件答复函中找到事项 1001 项；一件答复函最多 1000 项：未添加草稿"
        );
    });
    let english = every_refusal()
        .iter()
        .filter(|r| english_run(&refusal(r), &[]).is_some())
        .count();
    assert!(english >= 20, "the check sees the English ones: {english}");
}

#[test]
fn a_saved_letter_and_the_dry_run_are_chinese_with_the_values_lined_up() {
    let paragraphs = crate::letter::normalize::paragraphs(
        "下一步，县交通局将于2026年底前完成8座危桥改造。\n某县交通运输局\n2026年3月1日\n",
    );
    let m = crate::letter::meta::read(&paragraphs);
    let found = crate::letter::extract::drafts(&paragraphs, &m);
    with(Lang::Zh, || {
        let run = dry_run("UTF-8", &m, &found);
        assert_eq!(
            run,
            "按 UTF-8 读取\n\
             答复单位： 某县交通运输局\n\
             答复对象： （未找到）\n\
             提案：     （未找到）\n\
             日期：     2026-03-01\n\
             \n找到事项 1 项（试运行：未写入任何内容）\n\
             \n1. 2026年底前完成8座危桥改造\n\
             \x20  承办单位  县交通局\n\
             \x20  时限      2026-12-31（“2026年底前”）\n\
             \x20  目标      8 座 — 8座危桥改造\n\
             \x20  quote     下一步，县交通局将于2026年底前完成8座危桥改造。\n"
                .replace("quote     ", "原文      ")
        );
        let letter = crate::model::Letter {
            id: 2,
            issuer: "某县交通运输局".into(),
            addressee: String::new(),
            title: String::new(),
            issued_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default(),
            reference: None,
            body: String::new(),
            sha256: String::new(),
            added_at: String::new(),
            meta: Default::default(),
            origin: None,
        };
        assert_eq!(
            saved(&letter, "GB18030", &[21, 22, 23], 2),
            "已添加答复函 #2（某县交通运输局，按 GB18030 读取），含事项 3 项：#21–#23"
        );
        assert_eq!(
            saved(&letter, "UTF-8", &[], 2),
            "已添加答复函 #2（某县交通运输局，按 UTF-8 读取），含事项 0 项"
        );
    });
}
