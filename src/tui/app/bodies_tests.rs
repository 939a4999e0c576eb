//! App scripts of the bodies and letters screens, the owner field and the letter filter.

use super::tests::{app, ids, run, typed, until_read};
use super::*;
use crate::tui::screen::Screen;
/// The app over the SQLite ledger, as the program runs it.
type App = super::App<crate::store::Store>;

/// What the list shows when it is filtered to 吉林省科学技术厅 as lead or co-owner: its own
/// pledges and those whose owner text names it by another name among others.
const SCIENCE: [i64; 13] = [1, 5, 7, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20];

fn bodies_rows(app: &App) -> Vec<(String, i64)> {
    match app.screen() {
        Screen::Bodies(v) => v.rows.iter().map(|r| (r.name.clone(), r.overdue)).collect(),
        _ => Vec::new(),
    }
}

fn sorted(mut v: Vec<i64>) -> Vec<i64> {
    v.sort_unstable();
    v
}

#[test]
fn the_bodies_screen_counts_each_body_most_overdue_first_and_enter_lists_its_pledges() {
    let mut app = app();
    run(&mut app, [Action::Bodies]);
    let rows = bodies_rows(&app);
    assert_eq!(rows.first().map(|r| r.0.as_str()), Some("吉林省科学技术厅"));
    assert!(rows.windows(2).all(|w| w[0].1 >= w[1].1), "{rows:?}");
    assert_eq!(rows.len(), 10);
    run(&mut app, [Action::Open]);
    assert!(matches!(app.screen(), Screen::List));
    assert_eq!(app.owner_filter.as_deref(), Some("吉林省科学技术厅"));
    // Co-owned pledges (省委金融办、省科技厅、省商务厅; 吉林省科技厅、长春新区、香港大学) too:
    // the body, not the text, picks them.
    assert_eq!(sorted(ids(&app)), SCIENCE);
    let said = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(
        said.contains("13 pledges that 吉林省科学技术厅 leads or co-owns"),
        "{said}"
    );
    run(&mut app, [Action::ClearFilters]);
    assert_eq!(ids(&app).len(), 20);
}

#[test]
fn moving_through_the_bodies_keeps_the_chosen_row_on_screen() {
    let mut app = app();
    run(
        &mut app,
        [Action::Resize(80, 10), Action::Bodies, Action::Bottom],
    );
    let Screen::Bodies(v) = app.screen() else {
        panic!("bodies screen");
    };
    assert_eq!(v.at.selected, 9);
    let cap = crate::tui::layout::list_capacity(10);
    assert!(v.at.offset <= 9 && 9 < v.at.offset + cap, "{:?}", v.at);
    run(&mut app, [Action::Open]);
    assert_eq!(app.owner_filter.as_deref(), Some("长春理工大学"));
    assert_eq!(ids(&app).len(), 1);
}

#[test]
fn the_owner_field_completes_over_bodies_and_aliases_and_applies_the_body() {
    let mut app = app();
    run(&mut app, [Action::Filter, Action::Down, Action::Down]);
    assert_eq!(app.keymap().section, crate::tui::keys::Section::OwnerFilter);
    typed(&mut app, "科技厅");
    let matches = |app: &App| match app.screen() {
        Screen::FilterMenu { owner, .. } => (0..owner.matches.len())
            .filter_map(|k| owner.matched(k).map(str::to_string))
            .collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    assert_eq!(
        matches(&app),
        ["吉林省科技厅", "省科技厅"].map(String::from)
    );
    assert!(ids(&app).len() == 20, "typing alone filters nothing");
    // Names the text begins come first; canonical names and aliases alike.
    run(
        &mut app,
        [Action::Home, Action::Delete, Action::Delete, Action::Delete],
    );
    typed(&mut app, "省科");
    let want = ["省科技厅", "省科研院", "吉林省科学技术厅", "吉林省科技厅"];
    assert_eq!(matches(&app), want.map(String::from));
    // Down chooses among them; Tab writes the one chosen into the field.
    run(
        &mut app,
        [Action::Down, Action::Down, Action::Up, Action::Complete],
    );
    let Screen::FilterMenu { owner, .. } = app.screen() else {
        panic!("menu");
    };
    assert_eq!(owner.input.text(), "省科技厅");
    run(&mut app, [Action::Enter]);
    assert!(matches!(app.screen(), Screen::List));
    assert_eq!(app.owner_filter.as_deref(), Some("省科技厅"));
    assert_eq!(sorted(ids(&app)), SCIENCE, "an alias picks the same body");
    // Opening the menu again shows the owner in force; emptying it clears the filter.
    run(&mut app, [Action::Filter, Action::Down, Action::Down]);
    for _ in 0..4 {
        run(&mut app, [Action::Backspace]);
    }
    run(&mut app, [Action::Enter]);
    assert_eq!((app.owner_filter.clone(), ids(&app).len()), (None, 20));
}

#[test]
fn an_owner_that_names_no_body_is_refused_naming_it_and_the_filter_stays() {
    let mut app = app();
    run(&mut app, [Action::Filter, Action::Down, Action::Down]);
    typed(&mut app, "长春理工");
    run(&mut app, [Action::Enter]);
    assert_eq!(ids(&app).len(), 1);
    run(&mut app, [Action::Filter, Action::Down, Action::Down]);
    typed(&mut app, "x");
    run(&mut app, [Action::Enter]);
    let m = app.message.clone().expect("refused");
    assert!(m.error && m.text.contains("长春理工x"), "{m:?}");
    assert!(m.text.contains("owner"), "names the field: {m:?}");
    assert!(
        matches!(app.screen(), Screen::FilterMenu { .. }),
        "stays open"
    );
    assert_eq!(app.owner_filter.as_deref(), Some("长春理工"));
    assert_eq!(ids(&app).len(), 1);
    // Up from the field (no match chosen) goes back to the status row, whose keys are commands.
    run(&mut app, [Action::Up]);
    assert_eq!(app.keymap().section, crate::tui::keys::Section::Filters);
}

fn letter_view(app: &App) -> &crate::tui::screen::bodies::LetterView {
    match app.screen() {
        Screen::Letter(v) => v,
        _ => panic!("a letter on top"),
    }
}

#[test]
fn a_letter_opens_with_its_quotes_marked_and_moving_between_them_opens_pledges() {
    let mut app = app();
    run(&mut app, [Action::Letters]);
    let Screen::Letters(v) = app.screen() else {
        panic!("letters screen");
    };
    let row = v.rows.first().expect("the built-in letter");
    assert_eq!((row.id, row.pledges, row.overdue), (1, 20, 1));
    run(&mut app, [Action::Open]);
    let v = letter_view(&app);
    assert_eq!(v.pledges.len(), 20);
    assert!(
        v.order.len() >= 15,
        "most quotes are found: {}",
        v.order.len()
    );
    assert!(v.chosen().is_none());
    // Enter before a quote is chosen says how to choose one.
    run(&mut app, [Action::Open]);
    assert!(matches!(app.screen(), Screen::Letter(_)));
    assert!(app.message.is_some());
    run(&mut app, [Action::NextMatch, Action::NextMatch]);
    let v = letter_view(&app);
    let second = v.chosen().map(|p| p.id).expect("chosen");
    let lines: Vec<usize> = v
        .order
        .iter()
        .filter_map(|&i| v.layout.draft_lines[i])
        .collect();
    assert!(
        lines.windows(2).all(|w| w[0] <= w[1]),
        "in the letter's order"
    );
    let line = v.layout.draft_lines[v.order[1]].expect("found");
    let page = crate::tui::layout::inside(crate::tui::layout::letter_text(app.size));
    assert!(
        v.scroll <= line && line < v.scroll + page,
        "the quote is in view"
    );
    run(&mut app, [Action::PrevMatch, Action::PrevMatch]);
    let last = letter_view(&app).order.len();
    assert_eq!(
        letter_view(&app).current,
        Some(last - 1),
        "wraps to the last"
    );
    run(
        &mut app,
        [Action::NextMatch, Action::NextMatch, Action::Open],
    );
    let Screen::Detail(d) = app.screen() else {
        panic!("the pledge opened");
    };
    assert_eq!(d.pledge.id, second);
    run(&mut app, [Action::Back]);
    assert_eq!(letter_view(&app).chosen().map(|p| p.id), Some(second));
}

#[test]
fn the_letter_filter_lists_only_that_letters_pledges_and_clears_with_the_others() {
    let mut app = app();
    let other = app
        .store
        .add_pledge(
            &crate::request::NewPledge {
                title: "不属于任何答复函".into(),
                owner: "省商务厅".into(),
                ..Default::default()
            },
            "tester",
        )
        .expect("added");
    run(&mut app, [Action::Refresh]);
    assert!(ids(&app).contains(&other));
    run(
        &mut app,
        [Action::Letters, Action::Open, Action::FilterLetter],
    );
    assert!(matches!(app.screen(), Screen::List), "back to the list");
    assert_eq!(app.letter_filter, Some(1));
    assert_eq!(ids(&app).len(), 20);
    assert!(!ids(&app).contains(&other));
    let header = crate::messages::tui::filter_and_sort(
        &crate::messages::tui::Filters {
            overdue: false,
            status: None,
            owner: None,
            search: None,
            letter: app.letter_filter,
        },
        app.sort,
    );
    assert!(header.contains("letter=1"), "{header}");
    run(&mut app, [Action::ClearFilters]);
    assert_eq!((app.letter_filter, ids(&app).len()), (None, 21));
    // From the letters screen itself too.
    run(&mut app, [Action::Letters, Action::FilterLetter]);
    assert_eq!((app.letter_filter, ids(&app).len()), (Some(1), 20));
}

#[test]
fn too_small_ignores_the_new_keys_and_a_read_only_ledger_still_browses() {
    let mut app = app();
    run(
        &mut app,
        [Action::Resize(30, 8), Action::Bodies, Action::Letters],
    );
    assert_eq!(app.screens.len(), 1);
    run(&mut app, [Action::Resize(100, 30)]);
    app.read_only = true;
    run(&mut app, [Action::Bodies, Action::Open]);
    assert_eq!(sorted(ids(&app)), SCIENCE);
    run(&mut app, [Action::Letters, Action::Open, Action::NextMatch]);
    assert!(letter_view(&app).chosen().is_some());
    assert!(app.message.is_none(), "{:?}", app.message);
}

#[test]
fn the_report_of_a_body_filter_says_so_and_keeps_what_the_body_co_owns() {
    let mut app = app();
    run(&mut app, [Action::Filter, Action::Down, Action::Down]);
    typed(&mut app, "省科技厅");
    run(&mut app, [Action::Enter, Action::Report]);
    let Screen::Report(view) = app.screen() else {
        panic!("report");
    };
    let scope = view
        .report
        .as_ref()
        .and_then(|r| r.summary.scope())
        .unwrap_or_default();
    assert!(scope.contains("省科技厅"), "{scope}");
    let text = view.layout.lines.join("\n");
    // #17 (省委金融办、省科技厅、省商务厅) is overdue: its owner text does not hold the
    // body's canonical name, yet the body co-owns it.
    assert!(text.contains("指导 30 家"), "{text}");
}

#[test]
fn a_ledger_files_bodies_are_read_off_the_screen_and_kept_until_a_new_read_arrives() {
    let (_dir, mut app, mut other) = super::writers_tests::two_writers();
    run(&mut app, [Action::Bodies]);
    let Screen::Bodies(v) = app.screen() else {
        panic!("not on the bodies screen");
    };
    assert!(!v.shown && v.reading.is_some() && v.rows.is_empty());
    until_read(&mut app);
    let mut here = super::tests::app();
    run(&mut here, [Action::Bodies]);
    assert_eq!(bodies_rows(&app), bodies_rows(&here));
    let before = bodies_rows(&app);
    // Another writer makes a new pledge overdue for 香港大学: the tick reads again, and the
    // rows shown stay until that read arrives.
    other
        .add_pledge(
            &crate::store::NewPledge {
                title: "共建联合实验室".into(),
                owner: "香港大学".into(),
                deadline: crate::date::parse("2026-01-31").ok(),
                ..crate::store::NewPledge::default()
            },
            "李",
        )
        .expect("pledge");
    run(&mut app, [Action::Tick, Action::Tick]);
    assert_eq!(bodies_rows(&app), before);
    until_read(&mut app);
    let hku = |rows: &[(String, i64)]| rows.iter().find(|r| r.0 == "香港大学").map(|r| r.1);
    assert_eq!(hku(&bodies_rows(&app)), hku(&before).map(|n| n + 1));
}
