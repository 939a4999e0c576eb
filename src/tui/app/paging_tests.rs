//! App scripts for paging by key and for a window too small to show what keys would do.

use super::tests::{app, run, select, typed};
use super::*;
use crate::tui::keys::{DETAIL, LIST, REPORT, REVIEW, action_for};
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
    for map in [&LIST, &DETAIL, &REPORT, &REVIEW] {
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
