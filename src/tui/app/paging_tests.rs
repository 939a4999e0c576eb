//! App scripts for a window too small to show what keys would do (and, later, paging).

use super::tests::{app, run, typed};
use super::*;
use crate::tui::screen::Screen;

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
