//! The review of a letter read by OCR: its title says so with the pages and mean confidence,
//! the words OCR doubted are red and underlined in the letter, and a legend says what that is.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/tui.rs"]
mod support;

use pledge::letter::import::Import;
use pledge::letter::read::Source;
use pledge::model::Origin;
use ratatui::style::{Color, Modifier};
use support::{SIZES, app, draw, shown_rows};

/// A short letter as OCR gives it, "危桥" of its pledge doubted.
fn scanned() -> Import {
    let text = "张三代表:\n您提出的《关于加强农村公路养护的建议》收悉。\n\
        下一步,县公路段将于2027年6月底前完成8座危桥改造。\n某县交通运输局\n2026年3月1日\n";
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let at = squeezed.find("危桥").unwrap();
    let start = squeezed[..at].chars().count();
    Import::from_source(Source {
        text: text.into(),
        read_as: "OCR".into(),
        origin: Origin::Ocr {
            pages: 1,
            confidence: 83,
        },
        doubtful: std::iter::once(start..start + 2).collect(),
    })
}

#[test]
fn an_ocr_letter_says_where_it_came_from_and_marks_what_ocr_doubted() {
    for size in SIZES {
        let mut app = app(size);
        app.open_review(scanned());
        let terminal = draw(&app, size);
        insta::assert_snapshot!(
            format!("letter_review_ocr_{}x{}", size.0, size.1),
            terminal.backend()
        );
        let rows = shown_rows(&terminal);
        // Side by side at 120 columns the letter's pane is narrower than at 80.
        let said = if size.0 >= 120 {
            "read as OCR (1 pp."
        } else {
            "read as OCR (1 pp., mean 83%)"
        };
        assert!(rows.iter().any(|r| r.contains(said)), "{rows:#?}");
        assert!(
            rows.iter()
                .any(|r| r.contains("Red underlined: OCR was less")),
            "{rows:#?}"
        );
        let buffer = terminal.backend().buffer();
        let area = buffer.area;
        let mut marked = String::new();
        for y in 0..area.height {
            for x in 0..area.width {
                let cell = &buffer[(x, y)];
                if cell.fg == Color::Red
                    && cell.modifier.contains(Modifier::UNDERLINED)
                    && !cell.symbol().trim().is_empty()
                    && pledge::letter::normalize::is_cjk(cell.symbol().chars().next().unwrap())
                {
                    marked.push_str(cell.symbol());
                }
            }
        }
        // The legend is red and underlined too; the letter's marked words are the rest.
        let legend: String = rows
            .iter()
            .filter(|r| r.contains("Red underlined"))
            .flat_map(|r| r.chars())
            .filter(|c| pledge::letter::normalize::is_cjk(*c))
            .collect();
        assert_eq!(marked.replacen(&legend, "", 1), "危桥", "{size:?}");
    }
}
