//! App scripts: actions against an in-memory ledger, then what the ledger and screen hold.

use super::*;
/// The app over the SQLite ledger, as the program runs it.
type App = super::App<Store>;
use crate::store::{Seed, Store};
use crate::tui::screen::Screen;

pub(super) fn today() -> NaiveDate {
    crate::date::parse("2026-11-28").unwrap_or_default()
}

pub(super) fn app_on(store: Store) -> App {
    App::new(store, today(), "tester".into(), "test.db".into(), (100, 30)).expect("app")
}

pub(super) fn app() -> App {
    app_on(Store::open_in_memory(Seed::Builtin).expect("store"))
}

/// Waits, as the loop does, for every read on its own thread (reports, the dashboard, the
/// bodies), with a deadline.
pub(super) fn until_read(app: &mut App) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while app.reading_report() {
        assert!(std::time::Instant::now() < deadline, "the read never came");
        std::thread::sleep(std::time::Duration::from_millis(2));
        app.apply(Action::Reported);
    }
}

pub(super) fn run(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        app.apply(a);
    }
}

pub(super) fn typed(app: &mut App, text: &str) {
    run(app, text.chars().map(Action::Insert));
}

/// The error shown under a field of the form on top, if any.
pub(super) fn field_error(app: &App, kind: crate::tui::screen::FieldKind) -> Option<String> {
    let Some(Screen::Form(form)) = app.screens.last() else {
        return None;
    };
    form.fields
        .iter()
        .find(|f| f.kind == kind)
        .and_then(|f| f.error.clone())
}

pub(super) fn ids(app: &App) -> Vec<i64> {
    app.ids.clone()
}

pub(super) fn select(app: &mut App, id: i64) {
    app.selected = app
        .ids
        .iter()
        .position(|&i| i == id)
        .expect("pledge on the list");
    app.scroll_into_view().expect("window");
}

#[test]
fn q_asks_first_when_a_draft_is_open() {
    let mut app = app();
    run(&mut app, [Action::Quit]);
    assert!(app.quit);
    let mut app = self::app();
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "未保存");
    run(&mut app, [Action::Help, Action::Back]);
    run(&mut app, [Action::Back, Action::No]);
    assert!(matches!(app.screen(), Screen::NoteEditor { .. }));
}

#[test]
fn moving_stays_inside_the_list() {
    let mut app = app();
    run(&mut app, [Action::Up]);
    assert_eq!(app.selected, 0);
    run(&mut app, [Action::Down, Action::Down]);
    assert_eq!(app.selected, 2);
    run(&mut app, [Action::Bottom]);
    assert_eq!(app.selected, 19);
    run(&mut app, [Action::Down, Action::Top, Action::PageDown]);
    assert_eq!(
        app.selected,
        crate::tui::layout::list_capacity(app.size.1).min(19)
    );
    run(&mut app, [Action::Resize(100, 8)]);
    run(&mut app, [Action::Bottom]);
    assert_eq!(
        app.offset,
        20 - crate::tui::layout::list_capacity(app.size.1),
        "the selection stays on screen"
    );
}

#[test]
fn live_search_filters_as_you_type_and_esc_clears_it() {
    let mut app = app();
    run(&mut app, [Action::Search]);
    typed(&mut app, "氧化");
    assert_eq!(ids(&app), [10]);
    typed(&mut app, "镓");
    run(&mut app, [Action::Enter]);
    assert!(matches!(app.screen(), Screen::List));
    assert_eq!(ids(&app), vec![10]);
    run(&mut app, [Action::ClearFilters]);
    assert_eq!(app.ids.len(), 20);
    run(&mut app, [Action::Search]);
    typed(&mut app, "香港");
    assert!(app.ids.len() < 20);
    run(&mut app, [Action::Back]);
    assert_eq!(app.ids.len(), 20);
}

#[test]
fn filters_and_sort_cycle_from_the_keyboard() {
    let mut app = app();
    run(&mut app, [Action::Filter, Action::Toggle]);
    assert_eq!(ids(&app), [17]);
    run(&mut app, [Action::Down, Action::Toggle, Action::Back]);
    assert_eq!(app.status_filter, Some(Status::Pending));
    run(
        &mut app,
        [
            Action::ClearFilters,
            Action::Filter,
            Action::Down,
            Action::Down,
        ],
    );
    typed(&mut app, "科技");
    run(&mut app, [Action::Complete, Action::Enter]);
    assert!(app.owner_filter.is_some() && app.body_scope.is_some());
    run(&mut app, [Action::ClearFilters]);
    assert_eq!(app.sort, Sort::Deadline);
    run(&mut app, [Action::Sort, Action::Sort, Action::Sort]);
    assert_eq!(app.sort, Sort::Updated);
    run(&mut app, [Action::Sort, Action::Sort]);
    assert_eq!((app.sort, ids(&app)[0]), (Sort::Deadline, 17));
}

#[test]
fn quick_status_then_undo_puts_it_back_and_both_are_in_history() {
    let mut app = app();
    select(&mut app, 6);
    run(
        &mut app,
        [
            Action::QuickStatus,
            Action::Down,
            Action::Down,
            Action::Enter,
        ],
    );
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Stalled);
    run(&mut app, [Action::Undo]);
    assert_eq!(app.store.pledge(6).expect("p").status, Status::Pending);
    let history = app.store.history(6).expect("history");
    let last = history.last().expect("entry");
    assert_eq!(
        (last.field.as_str(), last.reason.as_deref()),
        ("status", Some(crate::request::UNDONE))
    );
    // Stored as a fact, worded only when shown.
    let shown = crate::messages::store::reason(crate::request::UNDONE);
    assert_eq!(shown, "undo");
    assert_eq!(history.len(), 3);
    run(&mut app, [Action::Undo]);
    assert!(
        app.message
            .as_ref()
            .is_some_and(|m| m.text.contains("nothing to undo"))
    );
}

#[test]
fn edit_form_saves_changed_fields_with_the_reason() {
    let mut app = app();
    select(&mut app, 17);
    run(
        &mut app,
        [
            Action::Edit,
            Action::NextField,
            Action::NextField,
            Action::End,
        ],
    );
    run(&mut app, (0..10).map(|_| Action::Backspace));
    typed(&mut app, "2026-06-30");
    run(&mut app, (0..5).map(|_| Action::NextField));
    typed(&mut app, "市场恢复较慢");
    run(&mut app, [Action::Save]);
    assert!(matches!(app.screen(), Screen::List));
    let p = app.store.pledge(17).expect("p");
    assert_eq!(
        p.deadline.map(crate::date::format),
        Some("2026-06-30".into())
    );
    assert_eq!(
        p.target.and_then(|t| t.text).as_deref(),
        Some("30 家 2025 年重点拟上市企业")
    );
    let moved = app.store.history(17).expect("h").pop().expect("entry");
    assert_eq!(moved.reason.as_deref(), Some("市场恢复较慢"));
    run(&mut app, [Action::Undo]);
    assert_eq!(
        app.store
            .pledge(17)
            .expect("p")
            .deadline
            .map(crate::date::format),
        Some("2025-12-31".into())
    );
}

#[test]
fn a_bad_deadline_in_the_form_names_the_field_and_saves_nothing() {
    let mut app = app();
    run(
        &mut app,
        [Action::Edit, Action::NextField, Action::NextField],
    );
    typed(&mut app, "31/12/2025");
    run(&mut app, [Action::Save]);
    let Some(Screen::Form(form)) = app.screens.last() else {
        panic!("form closed")
    };
    assert_eq!(form.focus, 2, "the wrong field has the focus");
    let error = field_error(&app, crate::tui::screen::FieldKind::Deadline).unwrap_or_default();
    assert!(app.message.is_none(), "not said again on the status line");
    assert!(
        error.contains("deadline") && error.contains("31/12/2025") && error.contains("YYYY-MM-DD"),
        "{error}"
    );
}

#[test]
fn adding_a_sub_item_then_undo_marks_it_dropped() {
    let mut app = app();
    select(&mut app, 1);
    run(&mut app, [Action::AddChild]);
    typed(&mut app, "研究院挂牌");
    run(&mut app, [Action::Save]);
    let added = app
        .store
        .list(&crate::store::Filter::default(), Sort::Id)
        .expect("list")
        .into_iter()
        .max_by_key(|p| p.id) // the newest: sub-items are listed under their parent
        .expect("p");
    assert_eq!(
        (added.id, added.parent, added.owner.as_str()),
        (21, Some(1), "吉林省科学技术厅")
    );
    assert_eq!(app.selected_pledge().map(|p| p.id), Some(21));
    run(&mut app, [Action::Undo]);
    assert_eq!(app.store.pledge(21).expect("p").status, Status::Dropped);
    // An empty title is refused and the form stays open.
    run(&mut app, [Action::Add, Action::Save]);
    assert!(matches!(app.screen(), Screen::Form { .. }));
}

#[test]
fn undoing_a_note_withdraws_it_and_says_so() {
    let mut app = app();
    select(&mut app, 13);
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "已提供名单");
    run(&mut app, [Action::NextField, Action::NextField]);
    typed(&mut app, "766");
    run(
        &mut app,
        [Action::NextField, Action::NextField, Action::Left],
    );
    run(&mut app, [Action::Save]);
    assert_eq!(app.store.pledge(13).expect("p").status, Status::Dropped);
    run(&mut app, [Action::Undo]);
    let notes = app.store.notes(13).expect("notes");
    assert_eq!(notes.len(), 1, "the note is kept, and no note is added");
    assert_eq!(notes[0].body, "已提供名单");
    let history = app.store.history(13).expect("history");
    assert_eq!(crate::request::withdrawn(&history), [notes[0].id]);
    let p = app.store.pledge(13).expect("p");
    assert_eq!((p.status, p.progress), (Status::Pending, None));
    assert!(
        app.message
            .as_ref()
            .is_some_and(|m| m.text.contains("not deleted"))
    );
}

#[test]
fn detail_opens_sub_items_and_scrolls() {
    let mut app = app();
    select(&mut app, 1);
    run(
        &mut app,
        [
            Action::Open,
            Action::NextChild,
            Action::NextChild,
            Action::Open,
        ],
    );
    let Some(Screen::Detail(view)) = app.screens.last() else {
        panic!("no detail")
    };
    assert_eq!(view.pledge.id, 3);
    run(&mut app, [Action::Back]);
    run(&mut app, [Action::Resize(40, 10), Action::Bottom]);
    let Some(Screen::Detail(view)) = app.screens.last() else {
        panic!("no detail")
    };
    assert!(view.scroll > 0);
    run(&mut app, [Action::Top, Action::Back]);
    assert!(matches!(app.screen(), Screen::List));
}

#[test]
fn refresh_shows_what_another_process_wrote() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("l.db");
    let store = Store::create(&path, Seed::Builtin, false).expect("create");
    let mut app = app_on(store);
    select(&mut app, 4);
    run(&mut app, [Action::Open]);
    let mut other = Store::open(&path).expect("open");
    other
        .add_note(&crate::store::NewNote::new(
            4,
            today(),
            "cli",
            "从命令行添加",
        ))
        .expect("note");
    run(&mut app, [Action::Refresh]);
    let Some(Screen::Detail(view)) = app.screens.last() else {
        panic!("no detail")
    };
    assert_eq!(view.notes.len(), 1);
    assert_eq!(view.notes[0].body, "从命令行添加");
}

#[test]
fn the_report_is_laid_out_once_and_again_when_the_width_changes() {
    let mut app = app();
    run(&mut app, [Action::Report]);
    let widest = |app: &App| -> usize {
        let Some(Screen::Report(view)) = app.screens.last() else {
            panic!("no report")
        };
        view.layout
            .lines
            .iter()
            .map(|l| crate::text::width(l))
            .max()
            .unwrap_or(0)
    };
    assert!(widest(&app) <= 100);
    run(&mut app, [Action::Resize(160, 30)]);
    assert!(widest(&app) > 100, "wider lines after a wider window");
    run(&mut app, [Action::Resize(160, 50)]);
    run(&mut app, [Action::Down, Action::Bottom]);
    let Some(Screen::Report(view)) = app.screens.last() else {
        panic!("no report")
    };
    assert_eq!(
        view.scroll,
        view.layout.lines.len() - crate::tui::layout::body_height(50)
    );
}

#[test]
fn an_open_pledge_is_laid_out_again_for_a_new_width_and_a_new_note() {
    let mut app = app();
    select(&mut app, 17);
    run(&mut app, [Action::Open]);
    let count = |app: &App| match app.screens.last() {
        Some(Screen::Detail(view)) => view.lines.len(),
        _ => panic!("no detail"),
    };
    let wide = count(&app);
    run(&mut app, [Action::Resize(40, 30)]);
    assert!(count(&app) > wide, "narrower: more wrapped lines");
    run(&mut app, [Action::NewNote]);
    typed(&mut app, "新的进展");
    run(&mut app, [Action::Save]);
    let Some(Screen::Detail(view)) = app.screens.last() else {
        panic!("no detail")
    };
    assert!(view.lines.iter().any(|l| l.text().contains("新的进展")));
}

#[test]
fn form_fields_move_both_ways_and_stop_at_the_ends() {
    let mut app = app();
    run(&mut app, [Action::Add]);
    let focus = |app: &App| match app.screen() {
        Screen::Form(f) => (f.focus, f.fields.len()),
        _ => (usize::MAX, 0),
    };
    let (first, n) = focus(&app);
    assert_eq!(first, 0);
    run(&mut app, [Action::Up, Action::PrevField]);
    assert_eq!(focus(&app).0, 0, "no wrap from the first field to the last");
    run(
        &mut app,
        [Action::NextField, Action::NextField, Action::PrevField],
    );
    assert_eq!(focus(&app).0, 1, "Shift-Tab moves back");
    run(&mut app, (0..n + 3).map(|_| Action::NextField));
    assert_eq!(
        focus(&app).0,
        n - 1,
        "no wrap from the last field to the first"
    );
    run(&mut app, [Action::Down]);
    assert_eq!(focus(&app).0, n - 1);
}
