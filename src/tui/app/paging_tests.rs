//! App scripts for paging by key and for a window too small to show what keys would do.

use super::tests::{app, run, select, typed};
use super::*;
use crate::tui::keys::{DETAIL, HELP, LIST, REPORT, REVIEW, Section, action_for};
use crate::tui::layout::help;
use crate::tui::screen::Screen;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// The action `Ctrl-c` asks for on the list.
fn on_list(c: char) -> Action {
    action_for(&LIST, ctrl(c)).unwrap_or(Action::Quit)
}

#[test]
fn ctrl_d_u_f_b_page_every_scrolling_view() {
    for map in [&LIST, &DETAIL, &REPORT, &REVIEW, &HELP] {
        let keys = [ctrl('d'), ctrl('u'), ctrl('f'), ctrl('b')].map(|k| action_for(map, k));
        let want = [
            Action::HalfPageDown,
            Action::HalfPageUp,
            Action::PageDown,
            Action::PageUp,
        ];
        assert_eq!(keys, want.map(Some), "{:?}", map.section);
    }
}

#[test]
fn half_and_full_pages_move_the_list_selection() {
    let mut app = app();
    // 12 rows: 8 list rows under the header, the headings and the footer.
    run(&mut app, [Action::Resize(100, 12)]);
    let page = crate::tui::layout::list_capacity(12);
    assert_eq!(page, 8);
    let mut at = vec![];
    for c in ['d', 'f', 'u', 'f', 'f', 'b', 'd', 'u', 'u', 'u'] {
        app.apply(on_list(c));
        at.push(app.selected);
    }
    assert_eq!(at, [4, 12, 8, 16, 19, 11, 15, 11, 7, 3]);
    assert_eq!(app.selected_pledge().map(|p| p.id), app.ids.get(3).copied());
}

#[test]
fn half_a_page_scrolls_an_open_pledge() {
    let mut app = app();
    run(&mut app, [Action::Resize(60, 12)]);
    select(&mut app, 17);
    run(&mut app, [Action::Open, Action::HalfPageDown]);
    let Some(Screen::Detail(view)) = app.screens.last() else {
        panic!("pledge 17 is open");
    };
    // The body is 9 lines; half a page is 4.
    assert_eq!(view.scroll, 4, "{} lines", view.lines.len());
}

#[test]
fn keys_do_nothing_unseen_while_the_window_is_too_small() {
    let mut app = app();
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "未完");
    run(&mut app, [Action::Resize(20, 5)]);
    typed(&mut app, "看不见");
    run(&mut app, [Action::Save, Action::Back, Action::Back]);
    run(&mut app, [Action::Resize(100, 30)]);
    let Some(Screen::NoteEditor(draft)) = app.screens.last() else {
        panic!("the editor is still open: {:?}", app.screens.len());
    };
    assert_eq!(draft.body.text(), "未完");
    run(&mut app, [Action::Back, Action::Yes, Action::Resize(30, 8)]);
    assert!(matches!(app.screen(), Screen::List));
    run(&mut app, [Action::NewNote, Action::Down, Action::Open]);
    assert_eq!((app.screens.len(), app.selected), (1, 0));
    run(&mut app, [Action::Quit]);
    assert!(app.quit, "quitting works while too small");
}

fn help_at(app: &App<impl crate::ledger::Ledger>) -> Option<usize> {
    match app.screens.last() {
        Some(Screen::Help { scroll, .. }) => Some(*scroll),
        _ => None,
    }
}

#[test]
fn help_scrolls_by_every_paging_key_within_its_length_at_the_width() {
    let mut app = app();
    run(&mut app, [Action::Resize(40, 12), Action::Help]);
    // 9 body lines; labels wrap at 40 columns, so help is longer than at 120.
    let max = help::max_scroll(&help::lines(40), 9);
    assert!(max > help::max_scroll(&help::lines(120), 9));
    let press = |c: KeyCode, m: KeyModifiers| action_for(&HELP, KeyEvent::new(c, m));
    let mut at = vec![];
    for (c, m) in [
        (KeyCode::Char('G'), KeyModifiers::SHIFT),
        (KeyCode::PageDown, KeyModifiers::NONE),
        (KeyCode::Char('g'), KeyModifiers::NONE),
        (KeyCode::PageDown, KeyModifiers::NONE),
        (KeyCode::Char('d'), KeyModifiers::CONTROL),
        (KeyCode::Char('u'), KeyModifiers::CONTROL),
        (KeyCode::Char('f'), KeyModifiers::CONTROL),
        (KeyCode::Char('b'), KeyModifiers::CONTROL),
        (KeyCode::PageUp, KeyModifiers::NONE),
        (KeyCode::End, KeyModifiers::NONE),
        (KeyCode::Char('j'), KeyModifiers::NONE),
        (KeyCode::Home, KeyModifiers::NONE),
    ] {
        let Some(action) = press(c, m) else {
            panic!("{c:?} is bound in help");
        };
        app.apply(action);
        at.push(help_at(&app).unwrap_or(usize::MAX));
    }
    assert_eq!(at, [max, max, 0, 9, 13, 9, 18, 9, 0, max, max, 0]);
}

#[test]
fn help_opens_at_the_keys_of_the_screen_it_is_asked_from() {
    let mut app = super::review_tests::reviewing();
    run(&mut app, [Action::Help]);
    let all = help::lines(120);
    let review = help::section_start(&all, Section::Review);
    assert!(review > help::section_start(&all, Section::List) + 37);
    assert_eq!(help_at(&app), Some(review.min(help::max_scroll(&all, 37))));
    assert!(
        help_at(&app) > Some(37),
        "the review's keys are past the first page"
    );
    let mut app = self::app();
    run(&mut app, [Action::Resize(120, 40)]);
    select(&mut app, 17);
    run(&mut app, [Action::Open, Action::Help]);
    assert_eq!(
        help_at(&app),
        Some(help::section_start(&all, Section::Pledge))
    );
}
