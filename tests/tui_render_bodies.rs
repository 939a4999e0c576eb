//! The bodies and letters screens, the letter opened and the owner field drawn on a TestBackend
//! with the built-in pledges, in English and in Chinese, at 80×24 and 120×40. Every row is
//! measured in display columns; the quote chosen, its colours and the field's cursor are
//! checked on cells.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/tui.rs"]
mod tui;
use tui::*;

use pledge::messages::lang::{self, Lang};
use pledge::store::{Seed, Store};
use pledge::tui::keys::Action;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

/// Snapshots one state at each size in both languages; no row is wider than the terminal.
fn snapshot(name: &str, setup: impl Fn(&mut App)) {
    for (lang, suffix) in [(Lang::En, ""), (Lang::Zh, "_zh")] {
        for size in SIZES {
            let terminal = lang::with(lang, || {
                let mut app = app(size);
                setup(&mut app);
                draw(&app, size)
            });
            for (y, row) in shown_rows(&terminal).iter().enumerate() {
                let w = pledge::text::width(row);
                assert!(
                    w <= usize::from(size.0),
                    "{name}{suffix} {size:?} row {y}: {row}"
                );
            }
            insta::assert_snapshot!(
                format!("{name}{suffix}_{}x{}", size.0, size.1),
                terminal.backend()
            );
        }
    }
}

#[test]
fn bodies() {
    snapshot("bodies", |app| run(app, [Action::Bodies, Action::Down]));
}

#[test]
fn list_of_a_body() {
    snapshot("body_listed", |app| {
        run(app, [Action::Bodies, Action::Open])
    });
}

#[test]
fn owner_field_with_completions() {
    snapshot("owner_field", |app| {
        run(app, [Action::Filter, Action::Down, Action::Down]);
        typed(app, "省科");
        run(app, [Action::Down]);
    });
}

#[test]
fn letters() {
    snapshot("letters", |app| run(app, [Action::Letters]));
}

#[test]
fn letter_with_a_quote_chosen() {
    snapshot("letter", |app| {
        run(app, [Action::Letters, Action::Open]);
        run(
            app,
            [Action::NextMatch, Action::NextMatch, Action::NextMatch],
        );
    });
}

#[test]
fn letter_filter_in_the_header() {
    snapshot("letter_listed", |app| {
        run(app, [Action::Letters, Action::FilterLetter]);
    });
}

/// Where on screen the first cell with this background is.
fn first_with_bg(terminal: &Terminal<TestBackend>, bg: Color) -> Option<(u16, u16)> {
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    (0..area.height)
        .flat_map(|y| (0..area.width).map(move |x| (x, y)))
        .find(|&(x, y)| buffer[(x, y)].bg == bg)
}

#[test]
fn the_chosen_quote_is_highlighted_and_the_others_underlined() {
    let size = (100, 30);
    let mut app = app(size);
    run(&mut app, [Action::Letters, Action::Open]);
    let before = draw(&app, size);
    assert_eq!(
        first_with_bg(&before, Color::Yellow),
        None,
        "none chosen yet"
    );
    run(&mut app, [Action::NextMatch]);
    let after = draw(&app, size);
    let (x, y) = first_with_bg(&after, Color::Yellow).expect("the chosen quote is lit");
    let buffer = after.backend().buffer();
    assert_eq!(buffer[(x, y)].fg, Color::Black);
    // The other quotes on screen are underlined, not lit.
    let underlined = (0..30)
        .flat_map(|y| (0..100).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let cell = &buffer[(x, y)];
            cell.modifier.contains(Modifier::UNDERLINED) && cell.bg != Color::Yellow
        })
        .count();
    assert!(
        underlined > 20,
        "every quote on screen is marked: {underlined}"
    );
    let head = shown_rows(&after)[3].clone();
    assert!(head.starts_with("Quote 1 of "), "{head}");
}

#[test]
fn a_letter_claiming_a_while_not_kept_is_flagged_in_red() {
    let size = (120, 40);
    let mut store = Store::open_in_memory(Seed::Builtin).expect("store");
    let edit = pledge::request::LetterEdit {
        category: Some(Some(pledge::model::Category::A)),
        ..Default::default()
    };
    store.set_letter(1, &edit).expect("claims A");
    let today = pledge::date::parse("2026-11-28").expect("date");
    let mut app = App::new(store, today, "t".into(), "l.db".into(), size).expect("app");
    run(&mut app, [Action::Letters]);
    let shown = draw(&app, size);
    let row = shown_rows(&shown)[3].clone();
    assert!(row.contains("claims A, not kept"), "{row}");
    assert_eq!(shown.backend().buffer()[(1, 3)].fg, Color::Red);
    run(&mut app, [Action::Open]);
    let page = shown_rows(&draw(&app, size))[2].clone();
    assert!(page.starts_with("Claimed versus kept"), "{page}");
}

#[test]
fn the_owner_fields_cursor_stands_after_typed_chinese() {
    let size = (80, 24);
    let mut app = app(size);
    run(&mut app, [Action::Filter, Action::Down, Action::Down]);
    let mut before = draw(&app, size);
    let start = before.get_cursor_position().expect("cursor");
    typed(&mut app, "省科");
    let mut after = draw(&app, size);
    let pos = after.get_cursor_position().expect("cursor");
    assert_eq!(pos.x, start.x + 4, "two wide characters");
    let row = shown_rows(&after)[usize::from(pos.y)].clone();
    assert!(row.contains("> Owner: 省科"), "{row}");
}

#[test]
fn a_body_named_with_escapes_is_drawn_inert() {
    let size = (100, 30);
    let mut store = Store::open_in_memory(Seed::Builtin).expect("store");
    let new = pledge::request::NewPledge {
        title: "测试".into(),
        owner: "\u{1b}[31m红字厅\u{7}".into(),
        ..Default::default()
    };
    pledge::ledger::Records::add_pledge(&mut store, &new, "t").expect("added");
    let today = pledge::date::parse("2026-11-28").expect("date");
    let mut app = App::new(store, today, "t".into(), "l.db".into(), size).expect("app");
    run(&mut app, [Action::Bodies]);
    let shown = shown_rows(&draw(&app, size));
    let row = shown
        .iter()
        .find(|r| r.contains("红字厅"))
        .expect("the body is listed");
    assert!(!row.contains('\u{1b}') && !row.contains('\u{7}'), "{row:?}");
    // Chosen and applied through the owner field, the header and status line stay inert too.
    run(
        &mut app,
        [Action::Back, Action::Filter, Action::Down, Action::Down],
    );
    typed(&mut app, "红字");
    run(&mut app, [Action::Complete, Action::Enter]);
    assert_eq!(app.ids.len(), 1);
    let shown = shown_rows(&draw(&app, size));
    assert!(shown.iter().all(|r| !r.contains('\u{1b}')), "{shown:#?}");
}
