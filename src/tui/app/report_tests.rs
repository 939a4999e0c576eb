//! The report screen lays out what it shows and a margin, and leaves the list as it was.

use super::tests::{app_on, ids, run, until_read};
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

/// A ledger file of varied pledges: every section, co-owned pledges, old and recent notes.
fn varied_file(path: &std::path::Path) -> Store {
    use crate::body::{Named, Role};
    use crate::request::NewNote;
    let owners = ["吉林省科学技术厅", "吉林省教育厅", "长春市人民政府"];
    let days = [
        None,
        Some("2025-03-01"),
        Some("2026-11-30"),
        Some("2027-06-01"),
    ];
    let mut store = Store::create(path, Seed::Builtin, false).expect("ledger");
    for n in 0..160usize {
        let new = NewPledge {
            title: format!("第{n}项：推进氧化镓功率器件研发，建成省重点实验室并形成示范应用"),
            owner: owners[n % owners.len()].into(),
            deadline: days[n % days.len()].and_then(|d| crate::date::parse(d).ok()),
            ..NewPledge::default()
        };
        let id = if n % 5 == 0 {
            let bodies = [
                Named::lead(owners[n % owners.len()]),
                Named {
                    name: owners[(n + 1) % owners.len()].into(),
                    role: Role::CoOwner,
                },
            ];
            store.add_pledge_with(&new, &bodies, "王").expect("pledge")
        } else {
            store.add_pledge(&new, "王").expect("pledge")
        };
        let on = [None, Some("2026-01-10"), Some("2026-11-20")][n % 3];
        if let Some(on) = on.and_then(|d| crate::date::parse(d).ok()) {
            let note = NewNote::new(id, on, "王", format!("进展{n}"));
            store.add_note(&note).expect("note");
        }
    }
    store
}

/// The screen as drawn, as text.
fn drawn(app: &App) -> String {
    let (w, h) = app.size;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| crate::tui::ui::render(app, f))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    buffer.content().iter().map(|c| c.symbol()).collect()
}

/// What the report screen shows: its scroll and the lines on it.
fn shown(app: &App) -> (usize, Vec<String>) {
    let Screen::Report(view) = app.screen() else {
        panic!("no report")
    };
    let page = crate::tui::layout::body_height(app.size.1);
    let lines = view.layout.lines.iter().skip(view.scroll).take(page);
    (view.scroll, lines.cloned().collect())
}

#[test]
fn the_report_read_on_its_thread_shows_what_reading_it_here_showed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = varied_file(&dir.path().join("ledger.db"));
    // A ledger opened for reading only has no reader of its own: its report is read here.
    let mut here = app_on(store.reader().expect("a reader"));
    let mut there = app_on(store);
    run(&mut here, [Action::Report]);
    assert!(!here.reading_report());
    run(&mut there, [Action::Report]);
    // The screen opens at once, saying it is reading; nothing can be saved yet.
    let Screen::Report(view) = there.screen() else {
        panic!("no report")
    };
    assert!(view.report.is_none() && view.layout.lines.is_empty());
    let drawn = drawn(&there);
    assert!(
        drawn.contains(crate::messages::tui::report_reading()),
        "{drawn}"
    );
    run(&mut there, [Action::SaveReport]);
    assert!(matches!(there.screen(), Screen::Report(_)));
    until_read(&mut there);
    assert_eq!(shown(&there), shown(&here));
    let moves = [
        Action::PageDown,
        Action::Down,
        Action::PageDown,
        Action::PageDown,
        Action::PageDown,
        Action::Bottom,
        Action::Up,
        Action::PageUp,
        Action::Top,
    ];
    for action in moves {
        run(&mut here, [action.clone()]);
        run(&mut there, [action.clone()]);
        assert_eq!(shown(&there), shown(&here), "after {action:?}");
    }
    let (Screen::Report(a), Screen::Report(b)) = (here.screen(), there.screen()) else {
        panic!("no report")
    };
    assert!(a.layout.done() && a.layout.lines.len() > 200);
    assert_eq!(there.report_lines(b), here.report_lines(a));
}

#[test]
fn leaving_the_report_while_it_is_read_goes_back_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = varied_file(&dir.path().join("ledger.db"));
    let mut app = app_on(store);
    run(&mut app, [Action::Down]);
    let (before, selected) = (ids(&app), app.selected);
    run(&mut app, [Action::Report]);
    assert!(app.reading_report());
    run(&mut app, [Action::Back]);
    assert!(matches!(app.screen(), Screen::List));
    assert!(!app.reading_report(), "nothing waits for the report left");
    // The loop stops asking; a late ask changes nothing.
    run(&mut app, [Action::Reported]);
    assert!(matches!(app.screen(), Screen::List));
    assert_eq!((ids(&app), app.selected), (before, selected));
}

#[test]
fn the_first_page_shows_while_the_whole_is_read_and_gives_way_to_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = varied_file(&dir.path().join("ledger.db"));
    let mut app = app_on(store);
    run(&mut app, [Action::Report]);
    // Each ask takes one arrival: the first page comes before the whole, so it is seen.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let Screen::Report(view) = app.screen() else {
            panic!("no report")
        };
        assert!(view.report.is_none(), "the whole came before a first page");
        if view.first.is_some() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "no first page");
        std::thread::sleep(std::time::Duration::from_millis(2));
        run(&mut app, [Action::Reported]);
    }
    let page = crate::tui::layout::body_height(app.size.1);
    let (scroll, first) = shown(&app);
    assert_eq!((scroll, first.len()), (0, page));
    // Shown with a word that the rest is being read, which goes when the whole is in.
    assert!(drawn(&app).contains(crate::messages::tui::report_reading()));
    // Nothing below the first page is read yet: it neither scrolls nor saves.
    run(
        &mut app,
        [Action::PageDown, Action::Bottom, Action::SaveReport],
    );
    assert_eq!(shown(&app), (0, first.clone()));
    assert!(app.reading_report());
    until_read(&mut app);
    let (_, whole) = shown(&app);
    let Screen::Report(view) = app.screen() else {
        panic!("no report")
    };
    assert!(view.first.is_none() && view.report.is_some());
    assert!(!drawn(&app).contains(crate::messages::tui::report_reading()));
    // The headings and counts are the whole report's down to the first table; only the
    // rows' widths were provisional.
    let Some(group) = view.report.as_ref().and_then(|r| {
        let g = r.groups(crate::report::Section::ALL[0]).first()?;
        whole.iter().position(|l| l.contains(g.owner.as_str()))
    }) else {
        panic!("no first group on the first screen: {whole:#?}")
    };
    assert_eq!(first[..=group], whole[..=group]);
    assert_eq!(whole, app.report_lines(view)[..page]);
}
