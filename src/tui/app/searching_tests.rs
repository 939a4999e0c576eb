//! The search read off the drawing path, over a ledger file (an in-memory ledger has no
//! second connection, so its searches are read where they are asked for).

use std::time::{Duration, Instant};

use super::tests::{app_on, ids, run, typed};
use crate::ledger::{Answer, Listed};
use crate::store::{Filter, Seed, Sort, Store};
use crate::tui::keys::Action;

type App = super::App<Store>;

fn on_file() -> (tempfile::TempDir, Store, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ledger.db");
    drop(Store::create(&path, Seed::Builtin, false).expect("ledger"));
    let other = Store::open(&path).expect("ledger");
    (dir, other, app_on(Store::open(&path).expect("ledger")))
}

/// Applies answers as the loop does until none is awaited.
fn settle(app: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while app.searching() {
        assert!(Instant::now() < deadline, "the list never arrived");
        match app.answer() {
            Some(answer) => app.apply(Action::Listed(answer)),
            None => std::thread::sleep(Duration::from_millis(2)),
        }
    }
}

fn found(store: &Store, text: &str) -> Vec<i64> {
    let filter = Filter {
        search: Some(text.into()),
        ..Filter::default()
    };
    store.listed(&filter, Sort::Deadline).expect("list").ids
}

/// The footer's message row as drawn.
fn footer(app: &App) -> String {
    let (w, h) = app.size;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| crate::tui::ui::render(app, f))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    (0..w)
        .map(|x| buffer[(x, h - 2)].symbol().to_string())
        .collect()
}

#[test]
fn a_key_returns_before_its_list_is_read_and_searching_shows_until_it_arrives() {
    let (_dir, other, mut app) = on_file();
    let all = ids(&app);
    run(&mut app, [Action::Search]);
    typed(&mut app, "港");
    assert!(app.searching());
    assert_eq!(
        ids(&app),
        all,
        "the list shown stays until the new one comes"
    );
    let label = crate::messages::tui::searching::searching();
    assert!(footer(&app).contains(label), "{}", footer(&app));
    assert!(
        footer(&app).contains('港'),
        "the key typed is drawn at once"
    );
    settle(&mut app);
    let expected = found(&other, "港");
    assert!(!expected.is_empty() && expected.len() < all.len());
    assert_eq!(ids(&app), expected);
    assert!(!footer(&app).contains(label), "{}", footer(&app));
    // Leaving the search lists everything again, the same way.
    run(&mut app, [Action::Back]);
    settle(&mut app);
    assert_eq!(ids(&app), all);
}

#[test]
fn a_newer_search_supersedes_an_older_one_whose_list_is_then_dropped() {
    let (_dir, other, mut app) = on_file();
    let all = ids(&app);
    run(&mut app, [Action::Search]);
    typed(&mut app, "氧");
    run(&mut app, [Action::Backspace]);
    typed(&mut app, "港");
    // The first ask's list, arriving late, is not shown.
    let stale = Answer {
        ask: 1,
        listed: Ok(Listed {
            ids: vec![1],
            ..Listed::default()
        }),
    };
    app.apply(Action::Listed(stale));
    assert!(app.searching(), "still awaiting the newest");
    assert_eq!(ids(&app), all);
    settle(&mut app);
    assert_eq!(ids(&app), found(&other, "港"));
    // Once shown, a late answer changes nothing either.
    let late = Answer {
        ask: 2,
        listed: Ok(Listed::default()),
    };
    app.apply(Action::Listed(late));
    assert_eq!(ids(&app), found(&other, "港"));
}

#[test]
fn a_list_read_in_place_makes_the_awaited_answer_stale() {
    let (_dir, _other, mut app) = on_file();
    run(&mut app, [Action::Search]);
    typed(&mut app, "港");
    run(&mut app, [Action::Enter, Action::ClearFilters]);
    assert!(!app.searching());
    let all = ids(&app);
    // Whatever the lister answers for 港 now is not shown over the cleared list.
    std::thread::sleep(Duration::from_millis(50));
    while let Some(answer) = app.answer() {
        app.apply(Action::Listed(answer));
    }
    assert_eq!(ids(&app), all);
}
