//! Form scripts: every wrong field said beside it, the note's author, the reasons asked for
//! closing a pledge or moving its deadline, and Ctrl-C asking before a draft is lost.

use super::tests::{app, field_error, run, select, typed};
use super::*;
use crate::tui::screen::{FieldKind, FormMode, NoteField, OnYes, Screen};

fn form(app: &super::App<crate::store::Store>) -> &crate::tui::screen::PledgeForm {
    match app.screens.last() {
        Some(Screen::Form(f)) => f,
        _ => panic!("no form on top"),
    }
}

#[test]
fn every_wrong_field_is_said_beside_it_once_and_focus_goes_to_the_first() {
    let mut app = app();
    run(
        &mut app,
        [Action::Add, Action::NextField, Action::NextField],
    );
    typed(&mut app, "31/12/2026");
    run(&mut app, [Action::NextField, Action::NextField]);
    typed(&mut app, "-3");
    run(&mut app, [Action::Save]);
    assert!(app.message.is_none(), "not again on the status line");
    let f = form(&app);
    assert_eq!(
        f.focus, 0,
        "the first wrong field, the title, has the focus"
    );
    let wrong: Vec<FieldKind> = f
        .fields
        .iter()
        .filter(|f| f.error.is_some())
        .map(|f| f.kind)
        .collect();
    use FieldKind as F;
    assert_eq!(wrong, [F::Title, F::Owner, F::Deadline, F::Target]);
    let deadline = field_error(&app, F::Deadline).unwrap_or_default();
    assert!(deadline.contains("31/12/2026"), "{deadline}");
    // Typing into the title clears its error only.
    typed(&mut app, "新事项");
    assert_eq!(field_error(&app, F::Title), None);
    assert!(field_error(&app, F::Owner).is_some());
    run(&mut app, [Action::NextField]);
    typed(&mut app, "省科技厅");
    run(&mut app, [Action::NextField, Action::End]);
    run(&mut app, (0..10).map(|_| Action::Backspace));
    run(&mut app, [Action::NextField, Action::NextField]);
    run(
        &mut app,
        [Action::Backspace, Action::Backspace, Action::Save],
    );
    assert!(matches!(app.screen(), Screen::List), "saved once right");
    assert_eq!(app.store.pledge(21).expect("added").title, "新事项");
}

#[test]
fn the_note_editor_says_each_wrong_field_beside_it_and_saves_nothing() {
    let mut app = app();
    select(&mut app, 10);
    run(&mut app, [Action::NewNote, Action::NextField, Action::End]);
    typed(&mut app, "9");
    run(&mut app, [Action::NextField]);
    typed(&mut app, "许多");
    run(&mut app, [Action::NextField, Action::End]);
    run(&mut app, (0..10).map(|_| Action::Backspace));
    run(&mut app, [Action::Save]);
    assert!(app.message.is_none(), "not again on the status line");
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("editor closed")
    };
    use NoteField as N;
    for field in [N::Body, N::On, N::Progress, N::Author] {
        assert!(d.error(field).is_some(), "{field:?}: {:?}", d.errors);
    }
    assert_eq!(d.focus, N::Body, "the first wrong field has the focus");
    assert!(d.error(N::Author).is_some_and(|e| e.contains("author")));
    typed(&mut app, "进展");
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("editor closed")
    };
    assert_eq!(d.error(N::Body), None, "typing clears that field's error");
    assert!(d.error(N::On).is_some(), "and only that one");
    assert!(app.store.notes(10).expect("notes").is_empty());
}

#[test]
fn the_note_form_shows_the_author_and_saves_it_as_edited() {
    let mut app = app();
    select(&mut app, 10);
    run(&mut app, [Action::NewNote]);
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("no editor")
    };
    assert_eq!(
        d.author.text(),
        "tester",
        "prefilled with the session's name"
    );
    typed(&mut app, "进展顺利");
    run(
        &mut app,
        [Action::NextField, Action::NextField, Action::NextField],
    );
    run(&mut app, [Action::End]);
    run(&mut app, (0..6).map(|_| Action::Backspace));
    typed(&mut app, "王五");
    run(&mut app, [Action::Save]);
    assert!(matches!(app.screen(), Screen::List), "{:?}", app.message);
    let notes = app.store.notes(10).expect("notes");
    assert_eq!(notes[0].author, "王五");
}

#[test]
fn a_closing_status_asks_why_refuses_a_blank_reason_and_keeps_it_in_history() {
    let mut app = app();
    select(&mut app, 6);
    // Pending to done closes the pledge: a reason is asked before anything is written.
    run(&mut app, [Action::QuickStatus, Action::Down, Action::Down]);
    run(&mut app, [Action::Down, Action::Enter]);
    assert!(matches!(form(&app).mode, FormMode::Status { .. }));
    typed(&mut app, "   ");
    run(&mut app, [Action::Save]);
    let e = field_error(&app, FieldKind::Reason).unwrap_or_default();
    assert!(e.contains("reason"), "{e}");
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Pending);
    typed(&mut app, "已验收");
    run(&mut app, [Action::Enter]);
    assert!(matches!(app.screen(), Screen::List), "{:?}", app.message);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Done);
    let last = app.store.history(6).expect("h").pop().expect("entry");
    assert_eq!(last.reason.as_deref(), Some("已验收"));
    run(&mut app, [Action::Open]);
    let Some(Screen::Detail(view)) = app.screens.last() else {
        panic!("no detail")
    };
    let page: String = view.lines.iter().map(|l| l.text()).collect();
    assert!(page.contains("已验收"), "the detail's history shows why");
    // Reopening a closed pledge asks too; an open-to-open change does not.
    run(
        &mut app,
        [Action::QuickStatus, Action::Up, Action::Up, Action::Up],
    );
    run(&mut app, [Action::Enter]);
    assert!(matches!(form(&app).mode, FormMode::Status { .. }));
    run(&mut app, [Action::Back, Action::Back]);
    select(&mut app, 7);
    run(&mut app, [Action::QuickStatus, Action::Down, Action::Enter]);
    assert_eq!(app.store.pledge(7).expect("p").status, Status::InProgress);
}

#[test]
fn the_form_asks_why_when_a_deadline_is_moved_or_cleared_only() {
    let mut app = app();
    select(&mut app, 17);
    run(
        &mut app,
        [Action::Edit, Action::NextField, Action::NextField],
    );
    run(&mut app, [Action::End]);
    run(&mut app, (0..10).map(|_| Action::Backspace));
    run(&mut app, [Action::Save]);
    assert_eq!(form(&app).focus, 7, "the reason field has the focus");
    assert!(field_error(&app, FieldKind::Reason).is_some());
    assert!(app.store.pledge(17).expect("p").deadline.is_some());
    typed(&mut app, "改为长期工作");
    run(&mut app, [Action::Save]);
    let p = app.store.pledge(17).expect("p");
    assert_eq!(p.deadline, None, "cleared, with the reason");
    let last = app.store.history(17).expect("h").pop().expect("entry");
    assert_eq!(last.reason.as_deref(), Some("改为长期工作"));
    // A first deadline is not a move: no reason needed.
    select(&mut app, 6);
    run(
        &mut app,
        [Action::Edit, Action::NextField, Action::NextField],
    );
    typed(&mut app, "2027-06-30");
    run(&mut app, [Action::Save]);
    assert!(matches!(app.screen(), Screen::List), "{:?}", app.message);
}

#[test]
fn ctrl_c_quits_at_once_without_a_draft_and_asks_with_one() {
    let mut app = app();
    run(&mut app, [Action::NewNote, Action::ForceQuit]);
    assert!(app.quit, "an empty editor holds nothing to lose");
    let mut app = self::app();
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "未保存");
    run(&mut app, [Action::ForceQuit]);
    assert!(!app.quit, "the draft is not lost unasked");
    assert!(matches!(
        app.screen(),
        Screen::Confirm {
            on_yes: OnYes::Quit,
            ..
        }
    ));
    run(&mut app, [Action::No]);
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("the editor closed")
    };
    assert_eq!(d.body.text(), "未保存");
    run(&mut app, [Action::ForceQuit, Action::ForceQuit]);
    assert!(app.quit, "a second Ctrl-C quits");
    let mut app = self::app();
    run(&mut app, [Action::Edit]);
    typed(&mut app, "改");
    run(&mut app, [Action::ForceQuit, Action::Yes]);
    assert!(app.quit, "y quits as well, from the form");
}
