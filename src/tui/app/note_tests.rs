//! Note editor scripts: typing, dating and sizing a note, then what the ledger holds.

use super::tests::{app, run, select, today, typed};
use super::*;
use crate::tui::screen::{NoteField, Screen};

#[test]
fn typing_chinese_into_a_note_and_saving_stores_exactly_that_text() {
    let mut app = app();
    select(&mut app, 10);
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "进展顺利");
    run(&mut app, [Action::Save]);
    assert!(matches!(app.screen(), Screen::List), "editor closed");
    let notes = app.store.notes(10).expect("notes");
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].body, "进展顺利");
    assert_eq!(notes[0].author, "tester");
    assert_eq!(notes[0].on, today());
    assert_eq!(
        app.selected_pledge().map(|p| p.last_note_on),
        Some(Some(today()))
    );
}

#[test]
fn a_note_keeps_line_breaks_progress_and_status() {
    let mut app = app();
    select(&mut app, 17);
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "第一行");
    run(
        &mut app,
        [Action::Enter, Action::Paste("第二行\r\n第三行".into())],
    );
    run(&mut app, [Action::NextField, Action::End]);
    run(&mut app, (0..10).map(|_| Action::Backspace));
    typed(&mut app, "2026-11-20");
    run(&mut app, [Action::NextField]);
    typed(&mut app, "12");
    run(
        &mut app,
        [
            Action::NextField,
            Action::NextField,
            Action::Right,
            Action::Right,
            Action::Save,
        ],
    );
    let note = &app.store.notes(17).expect("notes")[0];
    assert_eq!(note.body, "第一行\n第二行\n第三行");
    assert_eq!(crate::date::format(note.on), "2026-11-20");
    assert_eq!(note.progress.map(|q| q.to_string()), Some("12".into()));
    assert_eq!(note.status, Some(Status::InProgress));
    assert_eq!(app.store.pledge(17).expect("p").status, Status::InProgress);
}

#[test]
fn a_bad_date_keeps_the_draft_with_the_message() {
    let mut app = app();
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "草稿内容");
    run(
        &mut app,
        [
            Action::NextField,
            Action::End,
            Action::Backspace,
            Action::Backspace,
        ],
    );
    typed(&mut app, "31");
    run(&mut app, [Action::Save]);
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("editor closed")
    };
    assert_eq!(d.body.text(), "草稿内容");
    assert_eq!(d.focus, NoteField::On);
    let error = d.error(NoteField::On).unwrap_or_default().to_string();
    assert!(
        error.contains("2026-11-31") && error.contains("YYYY-MM-DD"),
        "{error}"
    );
    assert_eq!(app.store.counts().expect("counts").2, 0, "nothing saved");
}

#[test]
fn esc_asks_before_discarding_a_draft() {
    let mut app = app();
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "x");
    run(&mut app, [Action::Back]);
    assert!(matches!(app.screen(), Screen::Confirm { .. }));
    run(&mut app, [Action::No]);
    assert!(matches!(app.screen(), Screen::NoteEditor { .. }));
    run(&mut app, [Action::Back, Action::Yes]);
    assert!(matches!(app.screen(), Screen::List));
    // An empty editor closes at once.
    run(&mut app, [Action::NewNote, Action::Back]);
    assert!(matches!(app.screen(), Screen::List));
}

#[test]
fn a_note_of_the_largest_size_scrolls_to_its_end_and_a_larger_paste_is_refused() {
    let mut app = app();
    let body = format!(
        "{}最后一行",
        "长".repeat(crate::model::MAX_NOTE_BYTES / 3 - 10)
    );
    app.store
        .add_note(&crate::store::NewNote::new(
            17,
            today(),
            "tester",
            body.clone(),
        ))
        .expect("the largest note is accepted");
    select(&mut app, 17);
    run(&mut app, [Action::Open, Action::Bottom]);
    let Some(Screen::Detail(view)) = app.screens.last() else {
        panic!("no detail")
    };
    let lines = &view.lines;
    let page = crate::tui::layout::body_height(app.size.1);
    assert_eq!(view.scroll, lines.len() - page, "scrolled to the end");
    let shown: String = lines[view.scroll..].iter().map(|l| l.text()).collect();
    assert!(shown.contains("最后一行"));
    run(
        &mut app,
        [
            Action::Back,
            Action::NewNote,
            Action::Paste("长".repeat(2 << 20)),
        ],
    );
    let Some(Screen::NoteEditor(d)) = app.screens.last() else {
        panic!("no editor")
    };
    assert!(d.body.text().is_empty(), "the paste was not added");
    assert!(
        d.error(NoteField::Body)
            .is_some_and(|e| e.contains("at most 1 MB"))
    );
}

#[test]
fn a_pledge_page_shows_who_reported_a_note_and_what_backs_it() {
    let mut app = app();
    app.store
        .add_note(&crate::store::NewNote {
            pledge: 17,
            on: today(),
            author: "tester".into(),
            body: "已与 12 家企业对接".into(),
            progress: None,
            status: None,
            why: None,
            reported_by: Some("省委金融办".into()),
            evidence: Some("吉金办函〔2026〕8号".into()),
        })
        .expect("the note is added");
    select(&mut app, 17);
    run(&mut app, [Action::Open]);
    let Some(Screen::Detail(view)) = app.screens.last() else {
        panic!("no detail")
    };
    let page: Vec<String> = view.lines.iter().map(|l| l.text()).collect();
    let head = page
        .iter()
        .find(|l| l.contains("#1") && l.contains("tester"))
        .expect("the note's head line");
    assert!(head.contains("reported by 省委金融办"), "{page:#?}");
    assert!(head.contains("吉金办函〔2026〕8号"), "{page:#?}");
}
