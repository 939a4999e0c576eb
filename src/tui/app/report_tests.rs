//! The report screen lays out what it shows and a margin, and leaves the list as it was.

use super::tests::{app_on, ids, run};
use crate::store::{NewPledge, Seed, Store};
use crate::tui::keys::Action;
use crate::tui::screen::Screen;

type App = super::App<Store>;

fn overdue(n: usize) -> NewPledge {
    NewPledge {
        title: format!("第{n}项：推进县域普通高中办学条件达标工程"),
        owner: "吉林省教育厅".into(),
        deadline: crate::date::parse("2026-01-31").ok(),
        ..NewPledge::default()
    }
}

fn laid_out(app: &App) -> (usize, bool) {
    match app.screen() {
        Screen::Report(view) => (view.layout.lines.len(), view.layout.done()),
        _ => panic!("no report"),
    }
}

#[test]
fn the_report_lays_out_what_it_shows_and_more_as_it_scrolls() {
    let mut store = Store::open_in_memory(Seed::Builtin).expect("store");
    for n in 0..600 {
        store.add_pledge(&overdue(n), "王").expect("pledge");
    }
    let mut app = app_on(store);
    run(&mut app, [Action::Report]);
    let Screen::Report(view) = app.screen() else {
        panic!("no report")
    };
    let whole = app.report_lines(view);
    let (first, done) = laid_out(&app);
    let page = crate::tui::layout::body_height(app.size.1);
    assert!(!done && first >= page * 3, "{first}");
    assert!(first < whole.len() / 2, "{first} of {}", whole.len());
    // Paging towards the end of what is laid out lays out more, never all of it at once.
    for _ in 0..first / page {
        run(&mut app, [Action::PageDown]);
    }
    let (more, done) = laid_out(&app);
    assert!(more > first && !done, "{more}");
    run(&mut app, [Action::Bottom]);
    let Screen::Report(view) = app.screen() else {
        panic!("no report")
    };
    assert!(view.layout.done());
    assert_eq!(view.layout.lines, whole);
    assert_eq!(view.scroll, whole.len() - page);
    run(&mut app, [Action::Top]);
    assert_eq!(laid_out(&app).0, whole.len(), "what was laid out stays");
}

#[test]
fn back_from_the_report_shows_the_list_as_it_was_and_ticks_show_others_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ledger.db");
    drop(Store::create(&path, Seed::Builtin, false).expect("ledger"));
    let mut app = app_on(Store::open(&path).expect("ledger"));
    run(&mut app, [Action::Down, Action::Down]);
    let (before, selected) = (ids(&app), app.selected);
    run(&mut app, [Action::Report]);
    // Another process adds a pledge while the report is open.
    let mut other = Store::open(&path).expect("ledger");
    let id = other.add_pledge(&overdue(1), "王").expect("pledge");
    run(&mut app, [Action::Back]);
    assert!(matches!(app.screen(), Screen::List));
    assert_eq!(ids(&app), before, "the ids are kept, not read again");
    assert_eq!(app.selected, selected);
    run(&mut app, [Action::Tick, Action::Tick, Action::Tick]);
    assert!(ids(&app).contains(&id), "the ticks show the other write");
}
