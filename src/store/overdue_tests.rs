//! A deadline cleared while overdue and not yet confirmed counts as overdue in every count
//! and list the ledger gives, as in the report: the summary (the TUI's header), `list
//! --overdue`, the bodies' and the letters' counts.

use super::{Seed, Store};
use crate::request::{Edit, Filter, Sort};

fn day(s: &str) -> chrono::NaiveDate {
    crate::date::parse(s).expect("date")
}

/// Every overdue count and the overdue list's ids, as of `today`.
fn overdue(store: &Store, today: chrono::NaiveDate) -> (i64, Vec<i64>, i64, i64) {
    let summary = store.summary(today).expect("summary").overdue;
    let filter = Filter {
        overdue_on: Some(today),
        ..Filter::default()
    };
    let listed = store
        .list(&filter, Sort::Deadline)
        .expect("list")
        .iter()
        .map(|p| p.id)
        .collect();
    let body = store
        .bodies(today)
        .expect("bodies")
        .iter()
        .find(|b| b.name.contains("金融"))
        .map_or(-1, |b| b.overdue);
    let letter = store.letter_rows(today).expect("letters")[0].overdue;
    (summary, listed, body, letter)
}

#[test]
fn a_deadline_cleared_while_overdue_counts_overdue_everywhere_until_confirmed() {
    let mut store = Store::open_in_memory(Seed::Builtin).expect("store");
    let today = day("2026-11-28");
    let before = overdue(&store, today);
    assert!(before.1.contains(&17), "{before:?}");
    let clear = Edit {
        deadline: Some(None),
        ..Edit::default()
    };
    store
        .edit_pledge(17, &clear, "督查室", Some("改为常态化工作"))
        .expect("cleared");
    let p = store.pledge(17).expect("pledge");
    assert_eq!(p.cleared_deadline, Some(day("2025-12-31")));
    assert!(p.is_overdue(today), "the row read says so too");
    assert_eq!(p.days_overdue(today), Some(332));
    assert_eq!(
        overdue(&store, today),
        before,
        "cleared alone is not enough"
    );
    // Before the cleared deadline passed, it was not overdue.
    let early = overdue(&store, day("2025-12-01"));
    assert!(!early.1.contains(&17), "{early:?}");

    store
        .confirm_deadline(17, "督查室", "经督查室核准")
        .expect("confirmed");
    let after = overdue(&store, today);
    assert_eq!(after.0, before.0 - 1);
    assert!(!after.1.contains(&17), "{after:?}");
    assert_eq!((after.2, after.3), (before.2 - 1, before.3 - 1));
    assert!(!store.pledge(17).expect("pledge").is_overdue(today));
}
