//! Undo and redo scripts: each names the pledge it is about, asks first when that pledge is
//! not the one on screen, and redo writes forward as undo does.

use super::tests::{app, run, select, typed};
use super::*;
use crate::tui::screen::Screen;

fn said(app: &super::App<crate::store::Store>) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn asked(app: &super::App<crate::store::Store>) -> Option<String> {
    match app.screens.last() {
        Some(Screen::Confirm { question, .. }) => Some(question.clone()),
        _ => None,
    }
}

/// Sets pledge `id`'s status one place down the picker (pending to in progress).
fn take_up(app: &mut super::App<crate::store::Store>, id: i64) {
    select(app, id);
    run(app, [Action::QuickStatus, Action::Down, Action::Enter]);
}

#[test]
fn undo_names_the_pledge_it_undoes() {
    let mut app = app();
    take_up(&mut app, 6);
    run(&mut app, [Action::Undo]);
    let text = said(&app);
    assert!(
        text.contains("#6") && text.contains("构建港铁全域设备") && text.contains("status"),
        "{text}"
    );
}

#[test]
fn undo_asks_first_naming_a_pledge_that_is_not_on_screen() {
    let mut app = app();
    select(&mut app, 13);
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "已提供名单");
    run(&mut app, [Action::Save]);
    select(&mut app, 10);
    run(&mut app, [Action::Undo]);
    let q = asked(&app).expect("asked first");
    assert!(q.contains("#13") && q.contains("note #"), "{q}");
    assert!(q.contains("向金融机构提供"), "named by its title: {q}");
    run(&mut app, [Action::No]);
    let history = app.store.history(13).expect("h");
    assert!(crate::request::withdrawn(&history).is_empty(), "no is no");
    run(&mut app, [Action::Undo, Action::Yes]);
    let history = app.store.history(13).expect("h");
    assert_eq!(crate::request::withdrawn(&history).len(), 1);
    // On the open pledge it is the one on screen: no question.
    take_up(&mut app, 7);
    run(&mut app, [Action::Open, Action::Undo]);
    assert_eq!(asked(&app), None);
    assert_eq!(app.store.pledge(7).expect("p").status, Status::Pending);
}

#[test]
fn redo_writes_the_undone_step_again_until_something_new_is_changed() {
    let mut app = app();
    take_up(&mut app, 6);
    run(&mut app, [Action::Undo]);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Pending);
    run(&mut app, [Action::Redo]);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::InProgress);
    let last = app.store.history(6).expect("h").pop().expect("entry");
    assert_eq!(last.reason.as_deref(), Some(crate::request::REDONE));
    assert!(said(&app).contains("redone") && said(&app).contains("#6"));
    // Undo and redo alternate.
    run(&mut app, [Action::Undo, Action::Redo, Action::Undo]);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Pending);
    // A new change clears what could be redone, as every editor does.
    take_up(&mut app, 7);
    select(&mut app, 6);
    run(&mut app, [Action::Redo]);
    assert!(said(&app).contains("nothing to redo"), "{}", said(&app));
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Pending);
}

#[test]
fn redo_of_a_withdrawn_note_adds_it_again() {
    let mut app = app();
    select(&mut app, 13);
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "已提供名单");
    run(&mut app, [Action::Save, Action::Undo, Action::Redo]);
    let notes = app.store.notes(13).expect("notes");
    let history = app.store.history(13).expect("h");
    let withdrawn = crate::request::withdrawn(&history);
    let standing: Vec<&str> = notes
        .iter()
        .filter(|n| !withdrawn.contains(&n.id))
        .map(|n| n.body.as_str())
        .collect();
    assert_eq!(standing, ["已提供名单"], "added again as a new note");
    run(&mut app, [Action::Undo]);
    let history = app.store.history(13).expect("h");
    assert_eq!(crate::request::withdrawn(&history).len(), 2);
}

#[test]
fn redo_refuses_when_the_pledge_changed_since_the_undo() {
    let (_dir, mut app, mut other) = super::writers_tests::two_writers();
    select(&mut app, 6);
    run(&mut app, [Action::QuickStatus, Action::Down, Action::Enter]);
    run(&mut app, [Action::Undo]);
    super::writers_tests::set_status(&mut other, 6, Status::Stalled);
    run(&mut app, [Action::Redo]);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Stalled);
    let m = app.message.clone().expect("said");
    assert!(
        m.error && m.text.contains("not redone") && m.text.contains("李"),
        "{m:?}"
    );
}
