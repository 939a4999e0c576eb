//! App scripts with another writer: a second Store on the same ledger file changes a pledge
//! while a screen is open or after this session wrote, and nothing of theirs is lost.

use super::*;
/// The app over the SQLite ledger, as the program runs it.
type App = super::App<Store>;
use crate::store::{Edit, NewNote, Seed, Store};
use crate::tui::screen::{FieldKind, Screen};

fn today() -> NaiveDate {
    crate::date::parse("2026-11-28").unwrap_or_default()
}

/// The app on a ledger file, and a second connection to it: the other process.
pub(super) fn two_writers() -> (tempfile::TempDir, App, Store) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("l.db");
    let store = Store::create(&path, Seed::Builtin, false).expect("create");
    let app = App::new(store, today(), "tester".into(), "l.db".into(), (100, 30)).expect("app");
    let other = Store::open(&path).expect("open");
    (dir, app, other)
}

fn run(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        app.apply(a);
    }
}

fn typed(app: &mut App, text: &str) {
    run(app, text.chars().map(Action::Insert));
}

fn select(app: &mut App, id: i64) {
    app.selected = app.ids.iter().position(|&i| i == id).expect("listed");
    app.scroll_into_view().expect("window");
}

fn date(s: &str) -> Option<NaiveDate> {
    crate::date::parse(s).ok()
}

fn set(other: &mut Store, id: i64, edit: Edit) {
    other
        .edit_pledge(id, &edit, "李", Some("另一处的理由"))
        .expect("other edit");
}

fn set_deadline(other: &mut Store, id: i64, d: &str) {
    let edit = Edit {
        deadline: Some(date(d)),
        ..Edit::default()
    };
    set(other, id, edit);
}

pub(super) fn set_status(other: &mut Store, id: i64, status: Status) {
    let edit = Edit {
        status: Some(status),
        ..Edit::default()
    };
    set(other, id, edit);
}

/// Opens the edit form on pledge 17, replaces its deadline with `d` and says why.
fn type_deadline(app: &mut App, d: &str) {
    select(app, 17);
    run(app, [Action::Edit, Action::NextField, Action::NextField]);
    run(app, [Action::End]);
    run(app, (0..10).map(|_| Action::Backspace));
    typed(app, d);
    run(app, (0..5).map(|_| Action::NextField));
    typed(app, "工期调整");
}

fn question(app: &App) -> String {
    match app.screens.last() {
        Some(Screen::Confirm { question, .. }) => question.clone(),
        _ => panic!("no question asked; message: {:?}", app.message),
    }
}

fn error(app: &App) -> String {
    match &app.message {
        Some(m) if m.error => m.text.clone(),
        other => panic!("no error shown: {other:?}"),
    }
}

#[test]
fn the_form_saves_only_what_was_typed_so_a_deadline_moved_meanwhile_stays() {
    let (_dir, mut app, mut other) = two_writers();
    select(&mut app, 17);
    run(&mut app, [Action::Edit, Action::End]);
    typed(&mut app, "（修订）");
    set_deadline(&mut other, 17, "2026-03-01");
    run(&mut app, [Action::Save]);
    assert!(matches!(app.screen(), Screen::List), "{:?}", app.message);
    let p = app.store.pledge(17).expect("p");
    assert!(p.title.ends_with("（修订）"));
    assert_eq!(p.deadline, date("2026-03-01"), "their deadline stays");
    let last = app.store.history(17).expect("h").pop().expect("entry");
    assert_eq!(last.field, "title");
}

#[test]
fn a_field_changed_underneath_is_asked_about_and_no_keeps_theirs() {
    let (_dir, mut app, mut other) = two_writers();
    type_deadline(&mut app, "2026-06-30");
    set_deadline(&mut other, 17, "2026-03-01");
    run(&mut app, [Action::Save]);
    let q = question(&app);
    for needle in ["deadline", "2026-03-01", "2026-06-30", "李"] {
        assert!(q.contains(needle), "{needle} not in {q}");
    }
    assert_eq!(
        app.store.pledge(17).expect("p").deadline,
        date("2026-03-01")
    );
    run(&mut app, [Action::No]);
    let Some(Screen::Form(form)) = app.screens.last() else {
        panic!("form closed")
    };
    assert_eq!(
        form.value(crate::tui::screen::FieldKind::Deadline),
        "2026-03-01"
    );
    // Nothing typed remains, so saving now writes nothing over theirs.
    run(&mut app, [Action::Save]);
    assert!(matches!(app.screen(), Screen::List));
    assert_eq!(
        app.store.pledge(17).expect("p").deadline,
        date("2026-03-01")
    );
}

#[test]
fn yes_saves_over_theirs_deliberately_and_a_third_change_is_asked_again() {
    let (_dir, mut app, mut other) = two_writers();
    type_deadline(&mut app, "2026-06-30");
    set_deadline(&mut other, 17, "2026-03-01");
    run(&mut app, [Action::Save]);
    question(&app);
    set_deadline(&mut other, 17, "2026-04-01");
    run(&mut app, [Action::Yes]);
    assert!(question(&app).contains("2026-04-01"));
    run(&mut app, [Action::Yes]);
    assert!(matches!(app.screen(), Screen::List), "{:?}", app.message);
    assert_eq!(
        app.store.pledge(17).expect("p").deadline,
        date("2026-06-30")
    );
    let last = app.store.history(17).expect("h").pop().expect("entry");
    assert_eq!(
        (last.old.as_deref(), last.new.as_deref()),
        (Some("2026-04-01"), Some("2026-06-30"))
    );
}

#[test]
fn the_status_picker_asks_before_setting_over_a_status_set_meanwhile() {
    let (_dir, mut app, mut other) = two_writers();
    select(&mut app, 6);
    run(&mut app, [Action::QuickStatus, Action::Down, Action::Down]);
    set_status(&mut other, 6, Status::Done);
    run(&mut app, [Action::Enter]);
    let q = question(&app);
    assert!(q.contains("done") && q.contains("stalled"), "{q}");
    run(&mut app, [Action::No]);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Done);
    run(&mut app, [Action::QuickStatus, Action::Down]);
    set_status(&mut other, 6, Status::Pending);
    run(&mut app, [Action::Enter]);
    typed(&mut app, "部分完成");
    run(&mut app, [Action::Save, Action::Yes]);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Partial);
    let last = app.store.history(6).expect("h").pop().expect("entry");
    assert_eq!(
        last.reason.as_deref(),
        Some("部分完成"),
        "asked over theirs, kept"
    );
}

#[test]
fn undo_leaves_a_status_someone_changed_since_and_says_who() {
    let (_dir, mut app, mut other) = two_writers();
    select(&mut app, 6);
    run(&mut app, [Action::QuickStatus, Action::Down, Action::Enter]);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::InProgress);
    set_status(&mut other, 6, Status::Done);
    run(&mut app, [Action::Undo]);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Done);
    let e = error(&app);
    assert!(
        e.contains("not undone") && e.contains("done") && e.contains("李"),
        "{e}"
    );
    let last = app.store.history(6).expect("h").pop().expect("entry");
    assert_eq!(last.changed_by, "李", "undo wrote nothing");
}

#[test]
fn undo_of_a_form_edit_leaves_a_deadline_moved_since() {
    let (_dir, mut app, mut other) = two_writers();
    type_deadline(&mut app, "2026-06-30");
    run(&mut app, [Action::Save]);
    set_deadline(&mut other, 17, "2026-09-30");
    run(&mut app, [Action::Undo]);
    assert_eq!(
        app.store.pledge(17).expect("p").deadline,
        date("2026-09-30")
    );
    assert!(error(&app).contains("2026-09-30"));
}

#[test]
fn undo_of_an_added_pledge_someone_took_up_does_not_drop_it() {
    let (_dir, mut app, mut other) = two_writers();
    run(&mut app, [Action::Add]);
    typed(&mut app, "新增事项");
    run(&mut app, [Action::NextField]);
    typed(&mut app, "省科技厅");
    run(&mut app, [Action::Save]);
    let id = app.selected_pledge().map(|p| p.id).expect("added");
    set_status(&mut other, id, Status::InProgress);
    run(&mut app, [Action::Undo]);
    assert_eq!(app.store.pledge(id).expect("p").status, Status::InProgress);
    assert!(error(&app).contains("in_progress"));
}

fn note(other: &mut Store, pledge: i64, progress: Option<f64>, status: Option<Status>) {
    let new = NewNote {
        pledge,
        on: today(),
        author: "李".into(),
        body: "后来的进展".into(),
        progress: progress.and_then(|p| crate::model::Quantity::new(p).ok()),
        status,
        why: None,
        reported_by: None,
        evidence: None,
    };
    other.add_note(&new).expect("note");
}

/// Writes a note on pledge 13 with progress 766 and status dropped, as the user would.
fn our_note(app: &mut App) {
    select(app, 13);
    run(app, [Action::NewNote]);
    typed(app, "已提供名单");
    run(app, [Action::NextField, Action::NextField]);
    typed(app, "766");
    run(app, [Action::NextField, Action::NextField, Action::Left]);
    run(app, [Action::Save]);
    assert!(matches!(app.screen(), Screen::List), "{:?}", app.message);
}

#[test]
fn undo_of_a_note_does_not_reset_progress_recorded_later() {
    let (_dir, mut app, mut other) = two_writers();
    our_note(&mut app);
    note(&mut other, 13, Some(800.0), None);
    run(&mut app, [Action::Undo]);
    let p = app.store.pledge(13).expect("p");
    assert_eq!(p.progress.map(|q| q.to_string()).as_deref(), Some("800"));
    assert_eq!(
        app.store.notes(13).expect("notes").len(),
        2,
        "no correcting note"
    );
    let e = error(&app);
    assert!(
        e.contains("progress") && e.contains("800") && e.contains("李"),
        "{e}"
    );
}

#[test]
fn undo_of_a_note_does_not_reset_a_status_set_later() {
    let (_dir, mut app, mut other) = two_writers();
    our_note(&mut app);
    set_status(&mut other, 13, Status::InProgress);
    run(&mut app, [Action::Undo]);
    assert_eq!(app.store.pledge(13).expect("p").status, Status::InProgress);
    assert_eq!(app.store.notes(13).expect("notes").len(), 1);
    assert!(error(&app).contains("status"));
}

#[test]
fn a_unit_typed_without_a_target_number_is_refused_in_the_add_form() {
    let (_dir, mut app, _other) = two_writers();
    run(&mut app, [Action::Add]);
    typed(&mut app, "新增事项");
    run(&mut app, [Action::NextField]);
    typed(&mut app, "省科技厅");
    run(&mut app, (0..4).map(|_| Action::NextField));
    typed(&mut app, "家");
    run(&mut app, [Action::Save]);
    let Some(Screen::Form(form)) = app.screens.last() else {
        panic!("form closed: the unit was dropped")
    };
    let unit = form.fields.iter().find(|f| f.kind == FieldKind::Unit);
    assert!(
        unit.and_then(|f| f.error.as_deref())
            .unwrap_or("")
            .contains("unit")
    );
}
