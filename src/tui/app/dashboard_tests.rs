//! App scripts of the dashboard: Enter on a body lists its pledges as the bodies screen does,
//! Enter on a gauge opens its pledge and Esc comes back, the gauges are read a screenful at a
//! time however many there are, and another writer's note shows on the tick.

use super::tests::{app, app_on, ids, run, until_read};
use super::writers_tests::two_writers;
use super::*;
use crate::model::{Quantity, Target};
use crate::store::{NewNote, NewPledge, Seed, Store};
use crate::tui::screen::Screen;
use crate::tui::screen::dashboard::{DashboardView, Pane};
/// The app over the SQLite ledger, as the program runs it.
type App = super::App<Store>;

fn view(app: &App) -> &DashboardView {
    match app.screen() {
        Screen::Dashboard(v) => v,
        _ => panic!("not on the dashboard"),
    }
}

#[test]
fn enter_on_a_body_lists_its_pledges_as_the_bodies_screen_does() {
    let mut from_bodies = app();
    run(
        &mut from_bodies,
        [Action::Bodies, Action::Down, Action::Open],
    );
    let mut app = app();
    run(&mut app, [Action::Dashboard]);
    assert_eq!(view(&app).pane, Pane::Bodies);
    let names: Vec<&str> = view(&app).bodies.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(
        names.first(),
        Some(&"吉林省科学技术厅"),
        "the most overdue first"
    );
    run(&mut app, [Action::Down]);
    assert_eq!(
        view(&app).chosen_body().map(|b| b.name.as_str()),
        Some("省商务厅")
    );
    run(&mut app, [Action::Open]);
    assert!(matches!(app.screen(), Screen::List));
    assert_eq!(app.screens.len(), 1, "the dashboard closes");
    assert_eq!(app.owner_filter.as_deref(), Some("省商务厅"));
    assert_eq!(ids(&app), ids(&from_bodies));
    assert_eq!(ids(&app).len(), 6, "led or co-owned");
}

#[test]
fn enter_on_a_gauge_opens_its_pledge_and_esc_comes_back_to_the_dashboard() {
    let mut app = app();
    run(&mut app, [Action::Dashboard, Action::SwitchPane]);
    assert_eq!(
        app.keymap().section,
        crate::tui::keys::Section::DashboardGauges
    );
    let shown: Vec<i64> = view(&app).gauges.iter().map(|t| t.id).collect();
    assert_eq!(shown, [17, 4], "the soonest deadline first");
    run(&mut app, [Action::Down, Action::Down, Action::Open]);
    match app.screen() {
        Screen::Detail(d) => assert_eq!(d.pledge.id, 4),
        _ => panic!("the pledge is not open"),
    }
    run(&mut app, [Action::Back]);
    assert_eq!(view(&app).pane, Pane::Gauges, "where it was");
    assert_eq!(view(&app).chosen_gauge().map(|t| t.id), Some(4));
    run(&mut app, [Action::SwitchPane, Action::Back]);
    assert!(matches!(app.screen(), Screen::List));
    assert_eq!(app.owner_filter, None, "Esc filters nothing");
}

#[test]
fn gauges_are_read_a_screenful_at_a_time_however_many_there_are() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("store");
    for i in 1..=300 {
        let new = NewPledge {
            title: format!("第{i}批科技型企业入库"),
            owner: "省科技厅".into(),
            deadline: crate::date::parse("2027-06-30").ok(),
            deadline_text: None,
            status: None,
            target: Some(Target {
                quantity: Quantity::new(50.0).expect("quantity"),
                unit: Some("家".into()),
                text: None,
            }),
            quote: None,
            parent: None,
            letter: None,
        };
        store.add_pledge(&new, "王").expect("pledge");
    }
    let mut app = app_on(store);
    run(&mut app, [Action::Dashboard, Action::SwitchPane]);
    let cap = crate::tui::layout::dashboard::gauges_shown(
        crate::tui::layout::dashboard::areas_for(app.size, 300).gauges,
    );
    assert_eq!(view(&app).overview.tracked, 300);
    assert_eq!(
        view(&app).gauges.len(),
        cap,
        "only what is on screen is read"
    );
    run(&mut app, [Action::Bottom]);
    let v = view(&app);
    assert_eq!(v.gauge.selected, 299);
    assert_eq!(v.chosen_gauge().map(|t| t.id), Some(300));
    assert_eq!((v.page_from, v.gauges.len()), (300 - cap, cap));
    run(&mut app, [Action::PageUp, Action::Up]);
    let v = view(&app);
    assert_eq!(v.gauge.selected, 299 - cap - 1);
    assert_eq!(
        v.chosen_gauge().map(|t| t.id),
        Some(300 - i64::try_from(cap).unwrap_or(0) - 1)
    );
    // A smaller window keeps the chosen gauge on screen and reads what now shows.
    run(&mut app, [Action::Resize(80, 24)]);
    let v = view(&app);
    assert!(v.chosen_gauge().is_some());
    assert!(v.page_covers(crate::tui::layout::dashboard::gauges_shown(
        crate::tui::layout::dashboard::areas_for((80, 24), 300).gauges
    )));
}

#[test]
fn a_ledger_files_dashboard_opens_at_once_and_shows_its_counts_when_read() {
    let (_dir, mut app, _other) = two_writers();
    run(&mut app, [Action::Dashboard]);
    // Read on a thread of its own: nothing is shown yet, and the screen says so.
    assert!(!view(&app).shown && view(&app).reading.is_some());
    let (w, h) = app.size;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    let text = |t: &ratatui::Terminal<ratatui::backend::TestBackend>| -> String {
        t.backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect()
    };
    terminal
        .draw(|f| crate::tui::ui::render(&app, f))
        .expect("draw");
    assert!(text(&terminal).contains(crate::messages::tui::dashboard_reading()));
    until_read(&mut app);
    // What it shows is what a read where it is asked for shows.
    let mut here = app_on(Store::open_in_memory(Seed::Builtin).expect("store"));
    run(&mut here, [Action::Dashboard]);
    let (a, b) = (view(&app), view(&here));
    assert!(a.shown && a.reading.is_none());
    let names = |v: &DashboardView| v.bodies.iter().map(|b| b.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(a), names(b));
    assert_eq!(a.overview.tracked, b.overview.tracked);
    assert_eq!(a.overview.stale, b.overview.stale);
    let ids = |v: &DashboardView| v.gauges.iter().map(|t| t.id).collect::<Vec<_>>();
    assert_eq!(ids(a), ids(b));
    terminal
        .draw(|f| crate::tui::ui::render(&app, f))
        .expect("draw");
    let drawn = text(&terminal);
    assert!(!drawn.contains(crate::messages::tui::dashboard_reading()));
    // Drawn as the one read here is, below the header (which names the ledger file).
    terminal
        .draw(|f| crate::tui::ui::render(&here, f))
        .expect("draw");
    let below = |t: &str| t.chars().skip(usize::from(w)).collect::<String>();
    assert_eq!(below(&drawn), below(&text(&terminal)));
}

#[test]
fn another_writers_note_is_counted_on_the_tick() {
    let (_dir, mut app, mut other) = two_writers();
    run(&mut app, [Action::Dashboard]);
    until_read(&mut app);
    let stale = view(&app).overview.stale;
    let notes: u64 = view(&app).overview.months.iter().map(|m| m.notes).sum();
    other
        .add_note(&NewNote {
            pledge: 4,
            on: crate::date::parse("2026-11-20").expect("date"),
            author: "香港大学 李".into(),
            body: "已引进高级人才20名".into(),
            progress: Quantity::new(20.0).ok(),
            status: None,
            why: None,
            reported_by: None,
            evidence: None,
        })
        .expect("note");
    run(&mut app, [Action::Tick, Action::Tick]);
    // Re-read on its thread: what it showed stays until the new read arrives.
    assert!(view(&app).shown);
    until_read(&mut app);
    let v = view(&app);
    assert_eq!(v.overview.stale, stale - 1);
    assert_eq!(
        v.overview.months.iter().map(|m| m.notes).sum::<u64>(),
        notes + 1
    );
    let talents = v.gauges.iter().find(|t| t.id == 4).expect("gauge");
    assert_eq!(talents.reported(), 20.0);
    assert!(
        talents
            .pace(app.today)
            .is_some_and(crate::pace::Pace::is_behind)
    );
}
