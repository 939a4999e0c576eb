//! App scripts for what the event loop brings besides keys: idle ticks that show another
//! process's writes, mouse clicks, the external editor's text and copying to the clipboard.
//!
//! A change is shown at the first tick after which the ledger stayed still, so a write is
//! followed by two ticks: one that sees it, one that sees nothing more.

use super::*;
/// The app over the SQLite ledger, as the program runs it.
type App = super::App<Store>;
use super::tests::{app, run, select, typed};
use crate::error::screen::{EditorFailure, EditorWhy};
use crate::store::{NewNote, NewPledge, Seed, Store};
use crate::tui::screen::{FieldKind, NoteField, Screen};

/// The app on a ledger file, and a second connection to it: the other process.
fn two_writers() -> (tempfile::TempDir, App, Store) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("l.db");
    let store = Store::create(&path, Seed::Builtin, false).expect("create");
    let app = super::tests::app_on(store);
    let other = Store::open(&path).expect("open");
    (dir, app, other)
}

fn their_note(other: &mut Store, pledge: i64, body: &str) {
    let new = NewNote::new(pledge, super::tests::today(), "李", body);
    other.add_note(&new).expect("their note");
}

fn their_pledge(other: &mut Store, title: &str) -> i64 {
    let new = NewPledge {
        title: title.into(),
        owner: "市交通局".into(),
        deadline: None,
        deadline_text: None,
        status: None,
        target: None,
        quote: None,
        parent: None,
        letter: None,
    };
    other.add_pledge(&new, "李").expect("their pledge")
}

fn open_notes(app: &App) -> Vec<String> {
    app.screens
        .iter()
        .find_map(|s| match s {
            Screen::Detail(v) => Some(v.notes.iter().map(|n| n.body.clone()).collect()),
            _ => None,
        })
        .expect("a pledge is open")
}

#[test]
fn another_writers_note_appears_on_the_open_pledge_at_the_next_tick() {
    let (_dir, mut app, mut other) = two_writers();
    select(&mut app, 17);
    run(&mut app, [Action::Open]);
    their_note(&mut other, 17, "他们写的进展");
    assert!(!open_notes(&app).contains(&"他们写的进展".to_string()));
    run(&mut app, [Action::Tick, Action::Tick]);
    assert!(open_notes(&app).contains(&"他们写的进展".to_string()));
    run(&mut app, [Action::Back]);
    assert_eq!(app.ids.get(app.selected), Some(&17), "the selection stays");
}

#[test]
fn a_tick_rereads_the_list_under_a_draft_and_keeps_the_draft_and_the_status_line() {
    let (_dir, mut app, mut other) = two_writers();
    select(&mut app, 17);
    run(&mut app, [Action::Sort]);
    let said = app.message.clone();
    assert!(said.is_some());
    let first = their_pledge(&mut other, "他们加的承诺");
    run(&mut app, [Action::Tick, Action::Tick]);
    assert!(app.ids.contains(&first), "their pledge is listed");
    assert_eq!(app.message, said, "a tick says nothing and clears nothing");
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "未保存的草稿");
    let second = their_pledge(&mut other, "又加一条");
    run(&mut app, [Action::Tick, Action::Tick]);
    assert!(app.ids.contains(&second));
    assert_eq!(app.ids.get(app.selected), Some(&17));
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("the editor is still open")
    };
    assert_eq!(d.body.text(), "未保存的草稿");
}

#[test]
fn behind_the_too_small_notice_a_tick_waits_and_the_change_shows_once_seen() {
    let (_dir, mut app, mut other) = two_writers();
    run(&mut app, [Action::Resize(30, 5)]);
    let id = their_pledge(&mut other, "窗口太小时加的");
    run(&mut app, [Action::Tick, Action::Tick]);
    assert!(!app.ids.contains(&id));
    run(
        &mut app,
        [Action::Resize(100, 30), Action::Tick, Action::Tick],
    );
    assert!(app.ids.contains(&id));
}

#[test]
fn a_click_selects_the_row_under_it_and_a_double_click_opens_it() {
    let mut app = app();
    // Eight list rows (y 2 to 9) under the header and the headings, the footer below.
    run(
        &mut app,
        [Action::Resize(100, 12), Action::PageDown, Action::PageDown],
    );
    let offset = app.offset;
    assert!(offset > 0, "the list has scrolled");
    // Row 2 is the first pledge under the header and the column headings.
    run(&mut app, [Action::Click(10, 2 + 3)]);
    assert_eq!(app.selected, offset + 3);
    let id = app.ids[offset + 3];
    // The header, the column headings and the footer select nothing.
    for y in [0, 1, 10, 11] {
        run(&mut app, [Action::Click(10, y)]);
        assert_eq!(app.selected, offset + 3, "row {y}");
    }
    run(&mut app, [Action::DoubleClick(10, 2 + 3)]);
    let Screen::Detail(view) = app.screen() else {
        panic!("the pledge did not open")
    };
    assert_eq!(view.pledge.id, id);
    // A click on an open pledge does not reach the list below it.
    run(&mut app, [Action::Click(10, 2)]);
    assert_eq!(app.selected, offset + 3);
}

#[test]
fn a_click_below_the_last_pledge_selects_nothing() {
    let mut app = app();
    run(&mut app, [Action::Search]);
    typed(&mut app, "zzz-nothing-matches");
    run(&mut app, [Action::Enter, Action::Click(10, 2)]);
    assert!(app.ids.is_empty());
    assert!(matches!(app.screen(), Screen::List));
}

fn failure() -> EditorFailure {
    EditorFailure {
        command: "code --wait".into(),
        var: Some("VISUAL"),
        why: EditorWhy::NotFound,
    }
}

#[test]
fn ctrl_e_hands_the_note_to_the_editor_and_its_text_comes_back_into_the_draft() {
    let mut app = app();
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "初稿");
    run(&mut app, [Action::NextField, Action::ExternalEditor]);
    let Some(Effect::Edit { text, limit }) = app.take_effect() else {
        panic!("no editor asked for")
    };
    assert_eq!(text, "初稿");
    assert!(limit > crate::model::MAX_NOTE_BYTES);
    assert_eq!(app.take_effect(), None, "taken once");
    // An editor that returned at once: the draft as it was, and a word why.
    run(&mut app, [Action::Edited(Ok("初稿".into()))]);
    let said = app.message.clone().expect("said");
    assert!(said.text.contains("--wait") && !said.error, "{said:?}");
    run(&mut app, [Action::Edited(Ok("改好的稿\n第二行".into()))]);
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("the editor closed")
    };
    assert_eq!(d.body.text(), "改好的稿\n第二行");
    run(&mut app, [Action::Save]);
    assert!(matches!(app.screen(), Screen::List), "{:?}", app.message);
}

#[test]
fn a_failed_editor_leaves_the_draft_as_it_was_and_says_why() {
    let mut app = app();
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "初稿");
    run(
        &mut app,
        [Action::ExternalEditor, Action::Edited(Err(failure()))],
    );
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("the editor closed")
    };
    assert_eq!(d.body.text(), "初稿");
    let said = app.message.clone().expect("a message");
    assert!(said.error);
    for needle in ["code --wait", "$VISUAL", "not found", "as it was"] {
        assert!(said.text.contains(needle), "{needle} not in {}", said.text);
    }
    // It belongs to no field: said once, on the status line.
    assert!(d.errors.is_empty(), "{:?}", d.errors);
    // Too large for a note: refused with its size, the draft kept.
    let huge = "字".repeat(crate::model::MAX_NOTE_BYTES / 3 + 1);
    run(&mut app, [Action::Edited(Ok(huge))]);
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("the editor closed")
    };
    assert_eq!(d.body.text(), "初稿");
    assert!(d.error(NoteField::Body).is_some());
}

#[test]
fn ctrl_e_on_the_form_edits_the_focused_text_field_on_one_line() {
    let mut app = app();
    select(&mut app, 17);
    run(&mut app, [Action::Edit, Action::ExternalEditor]);
    let Some(Effect::Edit { text, .. }) = app.take_effect() else {
        panic!("no editor asked for")
    };
    let title = app.store.pledge(17).expect("p").title;
    assert_eq!(text, title);
    run(&mut app, [Action::Edited(Ok("新标题\n续行".into()))]);
    let Some(Screen::Form(form)) = app.screens.last() else {
        panic!("the form closed")
    };
    assert_eq!(form.value(FieldKind::Title), "新标题 续行");
    // The status field is chosen, not typed: no editor for it.
    let status = form.fields.iter().position(|f| f.kind == FieldKind::Status);
    if let Some(Screen::Form(form)) = app.screens.last_mut() {
        form.focus = status.expect("a status field");
    }
    run(&mut app, [Action::ExternalEditor]);
    assert_eq!(app.take_effect(), None);
    // Nowhere else either.
    run(&mut app, [Action::ForceQuit]);
    let mut app = self::app();
    run(&mut app, [Action::ExternalEditor]);
    assert_eq!(app.take_effect(), None);
}

#[test]
fn y_copies_the_quote_and_capital_y_the_id_and_the_status_line_says_so() {
    let mut app = app();
    let quoted = app
        .ids
        .iter()
        .copied()
        .find(|&id| app.store.pledge(id).is_ok_and(|p| p.quote.is_some()))
        .expect("a pledge with a quote");
    select(&mut app, quoted);
    run(&mut app, [Action::CopyQuote]);
    let quote = app.store.pledge(quoted).expect("p").quote;
    assert_eq!(app.take_effect(), quote.map(Effect::Copy));
    let said = app.message.clone().expect("said").text;
    assert!(said.contains(&format!("#{quoted}")), "{said}");
    run(&mut app, [Action::Open, Action::CopyId]);
    assert_eq!(app.take_effect(), Some(Effect::Copy(quoted.to_string())));
    // In an editor `y` is typed, and a copy asked for there does nothing.
    run(&mut app, [Action::NewNote, Action::CopyQuote]);
    assert_eq!(app.take_effect(), None);
}

#[test]
fn y_on_a_pledge_without_a_quote_copies_nothing_and_says_so() {
    let mut app = app();
    let id = their_pledge(&mut app.store, "没有原文的承诺");
    run(&mut app, [Action::Refresh]);
    select(&mut app, id);
    run(&mut app, [Action::CopyQuote]);
    assert_eq!(app.take_effect(), None);
    let said = app.message.clone().expect("said");
    assert!(
        !said.error && said.text.contains(&format!("#{id}")),
        "{said:?}"
    );
}
