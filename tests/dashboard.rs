//! The dashboard's store queries, through the `Ledger` trait on SQLite in memory and in a
//! file: the open pledges gone quiet (the 90-day edge), notes per month (withdrawn ones left
//! out), and the gauges' pledges in deadline order, a bounded page at a time, each with its
//! start and pace.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use chrono::NaiveDate;
use pledge::error::Result;
use pledge::ledger::Ledger;
use pledge::model::{Quantity, Status, Target};
use pledge::pace::Pace;
use pledge::request::Withdrawal;
use pledge::store::{Edit, NewNote, NewPledge, Seed, Store};

fn day(s: &str) -> NaiveDate {
    pledge::date::parse(s).expect("date")
}

const TODAY: &str = "2026-11-28";

fn note(pledge: i64, on: &str, progress: Option<f64>) -> NewNote {
    NewNote {
        pledge,
        on: day(on),
        author: "督办室 王".into(),
        body: "已报送进展情况".into(),
        progress: progress.map(|p| Quantity::new(p).expect("quantity")),
        status: None,
        why: None,
        reported_by: None,
        evidence: None,
    }
}

fn backends() -> Vec<(&'static str, Store, Option<tempfile::TempDir>)> {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = Store::create(&dir.path().join("l.db"), Seed::Builtin, false).expect("file");
    vec![
        (
            "memory",
            Store::open_in_memory(Seed::Builtin).expect("memory"),
            None,
        ),
        ("file", file, Some(dir)),
    ]
}

#[test]
fn quiet_pledges_are_counted_past_ninety_days_from_their_last_note_or_their_letter() -> Result<()> {
    for (name, mut store, _dir) in backends() {
        quiet_on(name, &mut store)?;
    }
    Ok(())
}

fn quiet_on<L: Ledger>(name: &str, store: &mut L) -> Result<()> {
    let today = day(TODAY);
    // Every open pledge of the built-in letter (2025-05-19) has gone without a note.
    let before = store.overview(today, 90)?;
    assert_eq!((before.stale, before.stale_days), (20, 90), "{name}");
    // Ninety days ago is recent enough; ninety-one is not.
    store.add_note(&note(4, "2026-08-30", None))?;
    store.add_note(&note(5, "2026-08-29", None))?;
    store.add_note(&note(6, "2026-11-28", None))?;
    assert_eq!(store.overview(today, 90)?.stale, 18, "{name}");
    // A closed pledge is not waiting for anyone.
    let done = Edit {
        status: Some(Status::Done),
        ..Edit::default()
    };
    store.edit_pledge(7, &done, "王", Some("已办结"))?;
    assert_eq!(store.overview(today, 90)?.stale, 17, "{name}");
    // Another threshold counts from the same days.
    assert_eq!(store.overview(today, 1000)?.stale, 0, "{name}");
    Ok(())
}

#[test]
fn notes_are_counted_per_month_for_a_year_and_withdrawn_ones_are_not() -> Result<()> {
    for (name, mut store, _dir) in backends() {
        months_on(name, &mut store)?;
    }
    Ok(())
}

fn months_on<L: Ledger>(name: &str, store: &mut L) -> Result<()> {
    let today = day(TODAY);
    for (pledge, on) in [
        (1, "2025-11-30"), // before the twelve months
        (1, "2025-12-01"),
        (2, "2026-02-28"),
        (3, "2026-02-01"),
        (4, "2026-11-28"),
    ] {
        store.add_note(&note(pledge, on, None))?;
    }
    let wrong = store.add_note(&note(5, "2026-11-02", None))?;
    let o = store.overview(today, 90)?;
    let counts: Vec<(i32, u32, u64)> = o
        .months
        .iter()
        .map(|m| (m.year, m.month, m.notes))
        .collect();
    assert_eq!(counts.len(), 12, "{name}");
    assert_eq!(counts.first(), Some(&(2025, 12, 1)), "{name}");
    assert_eq!(counts.get(2), Some(&(2026, 2, 2)), "{name}");
    assert_eq!(counts.last(), Some(&(2026, 11, 2)), "{name}");
    assert_eq!(counts.iter().map(|c| c.2).sum::<u64>(), 5, "{name}");
    store.withdraw_note(&Withdrawal {
        pledge: 5,
        note: wrong,
        by: "王".into(),
        status_before: None,
    })?;
    let o = store.overview(today, 90)?;
    assert_eq!(o.months.last().map(|m| m.notes), Some(1), "{name}");
    Ok(())
}

#[test]
fn gauges_are_the_open_pledges_with_a_target_and_a_deadline_soonest_first() -> Result<()> {
    for (name, mut store, _dir) in backends() {
        gauges_on(name, &mut store)?;
    }
    Ok(())
}

fn gauges_on<L: Ledger>(name: &str, store: &mut L) -> Result<()> {
    let today = day(TODAY);
    assert_eq!(store.overview(today, 90)?.tracked, 2, "{name}");
    store.add_note(&note(4, "2026-11-28", Some(20.0)))?;
    let all = store.tracked(0, 10)?;
    let ids: Vec<i64> = all.iter().map(|t| t.id).collect();
    assert_eq!(ids, [17, 4], "{name}");
    let talents = &all[1];
    assert_eq!(
        talents.start,
        day("2025-05-19"),
        "{name}: the letter's date"
    );
    assert_eq!(talents.deadline, day("2030-05-19"), "{name}");
    assert_eq!(talents.target.quantity.get(), 100.0, "{name}");
    assert_eq!(talents.reported(), 20.0, "{name}");
    assert!(
        matches!(talents.pace(today), Some(Pace::Behind { shortfall, .. }) if shortfall > 10.0),
        "{name}: 20 of 100 senior talents by 2030-05-19 is behind pace"
    );
    // Past its deadline the whole target is expected of #17.
    assert_eq!(all[0].pace(today).map(Pace::expected), Some(30.0), "{name}");
    // A page from the second.
    let page: Vec<i64> = store.tracked(1, 1)?.iter().map(|t| t.id).collect();
    assert_eq!(page, [4], "{name}");
    assert!(store.tracked(2, 10)?.is_empty(), "{name}");
    assert!(store.tracked(usize::MAX, 10)?.is_empty(), "{name}");
    // Closed, or without a deadline, there is no gauge.
    let dropped = Edit {
        status: Some(Status::Dropped),
        ..Edit::default()
    };
    store.edit_pledge(17, &dropped, "王", Some("不再推进"))?;
    let undated = Edit {
        deadline: Some(None),
        ..Edit::default()
    };
    store.edit_pledge(4, &undated, "王", Some("时限待定"))?;
    assert_eq!(store.overview(today, 90)?.tracked, 0, "{name}");
    assert!(store.tracked(0, 10)?.is_empty(), "{name}");
    Ok(())
}

#[test]
fn a_pledge_without_a_letter_starts_the_day_it_was_entered_and_pages_are_bounded() -> Result<()> {
    let mut store = Store::open_in_memory(Seed::Empty)?;
    let target = Target {
        quantity: Quantity::new(12.0).expect("quantity"),
        unit: Some("场".into()),
        text: None,
    };
    let max = pledge::store::MAX_GAUGE_PAGE;
    for i in 0..=max {
        let new = NewPledge {
            title: format!("举办银企对接活动 第{i}批"),
            owner: "省商务厅".into(),
            deadline: Some(day("2027-12-31")),
            deadline_text: None,
            status: None,
            target: Some(target.clone()),
            quote: None,
            parent: None,
            letter: None,
        };
        store.add_pledge(&new, "王")?;
    }
    let first = store.tracked(0, 1)?;
    let entered = store.pledge(1)?.created_at;
    assert_eq!(
        first.first().map(|t| t.start),
        pledge::pace::start(None, &entered),
        "no letter: the day it was entered"
    );
    assert_eq!(store.overview(day(TODAY), 90)?.tracked, max + 1);
    assert_eq!(store.tracked(0, usize::MAX)?.len(), max, "one page at most");
    assert_eq!(store.tracked(max, usize::MAX)?.len(), 1);
    Ok(())
}
