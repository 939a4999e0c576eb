//! Store tests: every ledger test runs against each backend through the ledger's traits
//! (SQLite in memory and in a file, and a server ledger); what only a file has, and import
//! and export (not in the trait yet), are tested on SQLite's `Store` itself.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use chrono::NaiveDate;
use pledge::error::{Error, Result};
use pledge::ledger::{Lists, Records, Reports};
use pledge::model::{Quantity, Status, Target};
use pledge::problem::{Field, Invalid, Problem};
use pledge::request::{Saving, Withdrawal};
use pledge::store::{Edit, Filter, NewNote, NewPledge, Refusal, Seed, Sort, Store};
use rusqlite::Connection;

#[macro_use]
#[path = "support/backends.rs"]
mod backends;
use backends::Open;

for_each_backend!(
    every: [
        chinese_pledges_and_notes_round_trip,
        a_note_with_a_status_changes_the_pledge_and_the_history_says_why,
        a_moved_deadline_stays_visible_in_history,
        empty_titles_unknown_ids_and_missing_parents_are_refused,
        a_withdrawn_note_stays_a_record_and_no_longer_counts,
        a_note_is_withdrawn_once,
        a_read_only_refusal_names_what_was_not_saved,
        filters_and_sorts_over_the_builtin_letter,
        search_finds_text_in_notes,
        search_ignores_the_case_of_ascii_letters_and_takes_wildcards_literally,
        the_search_index_follows_edits_and_new_notes,
        one_and_two_character_searches_find_chinese_and_latin_within_one_field,
        a_withdrawn_note_is_not_the_reports_latest,
        the_reports_counts_and_pages_agree_with_its_rows,
        the_dashboard_counts_quiet_pledges_notes_by_month_and_gauges,
    ],
    files: [
    ],
);

fn day(s: &str) -> NaiveDate {
    pledge::date::parse(s).unwrap_or_default()
}

fn ids(store: &impl Lists, filter: &Filter, sort: Sort) -> Result<Vec<i64>> {
    Ok(store.list(filter, sort)?.iter().map(|p| p.id).collect())
}

/// Ids of the pledges a search finds, in id order.
fn found(store: &impl Lists, text: &str) -> Result<Vec<i64>> {
    let filter = Filter {
        search: Some(text.into()),
        ..Filter::default()
    };
    ids(store, &filter, Sort::Id)
}

fn note(pledge: i64, on: &str, body: &str) -> NewNote {
    NewNote::new(pledge, day(on), "督办室 王", body)
}

fn quantity(q: f64) -> Quantity {
    Quantity::new(q).expect("quantity")
}

fn chinese_pledges_and_notes_round_trip<L: Records>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Empty)?;
    let new = NewPledge {
        title: "建设超宽禁带半导体氧化镓功率器件省重点实验室".into(),
        owner: "吉林省科学技术厅".into(),
        deadline: Some(day("2026-06-30")),
        deadline_text: Some("明年上半年".into()),
        target: Some(Target {
            quantity: quantity(30.0),
            unit: Some("家".into()),
            text: Some("30 家重点企业".into()),
        }),
        quote: Some("依托省科研院建设……省重点实验室".into()),
        ..NewPledge::default()
    };
    let id = store.add_pledge(&new, "王")?;
    let got = store.pledge(id)?;
    assert_eq!(got.title, new.title);
    assert_eq!(got.owner, new.owner);
    assert_eq!(got.deadline_text.as_deref(), Some("明年上半年"));
    assert_eq!(got.target, new.target);
    assert_eq!(got.status, Status::Pending);
    assert_eq!(got.progress_text(), "0/30 家");

    let mut first = note(id, "2026-01-05", "已完成选址，进展顺利");
    first.progress = Some(quantity(3.0));
    store.add_note(&first)?;
    store.add_note(&note(id, "2026-02-01", "第二次督办：\n多行说明"))?;
    let notes = store.notes(id)?;
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].body, "第二次督办：\n多行说明", "newest first");
    assert_eq!(notes[1].body, "已完成选址，进展顺利");
    let got = store.pledge(id)?;
    assert_eq!(
        got.progress_text(),
        "3/30 家",
        "progress from the latest note that gave one"
    );
    assert_eq!(got.last_note_on, Some(day("2026-02-01")));
    Ok(())
}

fn a_note_with_a_status_changes_the_pledge_and_the_history_says_why<L: Records>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let mut n = note(17, "2026-03-01", "已指导 12 家");
    n.status = Some(Status::InProgress);
    let note_id = store.add_note(&n)?;
    assert_eq!(store.pledge(17)?.status, Status::InProgress);
    let last = store.history(17)?.pop().expect("history");
    assert_eq!(last.field, "status");
    assert_eq!(
        (last.old.as_deref(), last.new.as_deref()),
        (Some("pending"), Some("in_progress"))
    );
    assert_eq!(
        last.reason,
        Some(format!("note:{note_id}")),
        "a fact, not a sentence"
    );
    let shown = last.reason.as_deref().map(pledge::messages::store::reason);
    assert_eq!(shown, Some(format!("with note #{note_id}")));
    assert_eq!(
        pledge::messages::store::reason("市场恢复较慢"),
        "市场恢复较慢"
    );
    Ok(())
}

fn a_moved_deadline_stays_visible_in_history<L: Records>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let edit = Edit {
        deadline: Some(Some(day("2026-06-30"))),
        owner: Some("省委金融办".into()),
        ..Edit::default()
    };
    let changes = store.edit_pledge(17, &edit, "王", Some("市场恢复较慢"))?;
    let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
    // The new owner text names other bodies: the links' change is kept too.
    assert_eq!(fields, ["owner", "deadline", "bodies"]);
    let history = store.history(17)?;
    let moved = history
        .iter()
        .find(|c| c.field == "deadline")
        .expect("a deadline change");
    assert_eq!(moved.old.as_deref(), Some("2025-12-31"));
    assert_eq!(moved.new.as_deref(), Some("2026-06-30"));
    assert_eq!(moved.reason.as_deref(), Some("市场恢复较慢"));
    // The same values again change nothing and record nothing.
    assert!(store.edit_pledge(17, &edit, "王", None)?.is_empty());
    assert_eq!(store.history(17)?.len(), history.len());
    Ok(())
}

fn empty_titles_unknown_ids_and_missing_parents_are_refused<L: Records>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let blank = NewPledge {
        title: "  ".into(),
        owner: "某局".into(),
        ..NewPledge::default()
    };
    assert!(matches!(
        store.add_pledge(&blank, "王"),
        Err(Error::Invalid(Invalid {
            field: Field::Title,
            problem: Problem::Empty,
            ..
        }))
    ));
    let orphan = NewPledge {
        title: "t".into(),
        owner: "o".into(),
        parent: Some(999),
        ..NewPledge::default()
    };
    assert!(matches!(
        store.add_pledge(&orphan, "王"),
        Err(Error::Ledger(Refusal::NoParent { id: 999 }))
    ));
    let err = store.pledge(999).expect_err("unknown id");
    assert!(err.to_string().contains("ids run from 1 to 20"), "{err}");
    assert!(store.add_note(&note(999, "2026-01-01", "x")).is_err());
    let edit = Edit {
        title: Some("新标题".into()),
        ..Edit::default()
    };
    let err = store
        .edit_pledge(999, &edit, "王", None)
        .expect_err("unknown id");
    assert!(err.to_string().contains("ids run from 1 to 20"), "{err}");
    assert_eq!(store.counts()?, (1, 20, 0), "nothing was written");
    assert!(store.history(1)?.iter().all(|c| c.field != "title"));
    Ok(())
}

fn filters_and_sorts_over_the_builtin_letter<L: Lists>(open: &Open<L>) -> Result<()> {
    let store = open(Seed::Builtin)?;
    let overdue = Filter {
        overdue_on: Some(day("2026-11-28")),
        ..Filter::default()
    };
    assert_eq!(ids(&store, &overdue, Sort::Deadline)?, [17]);
    let search = Filter {
        search: Some("氧化镓".into()),
        ..Filter::default()
    };
    assert_eq!(ids(&store, &search, Sort::Id)?, [10]);
    let owner = Filter {
        owner: Some("香港大学".into()),
        ..Filter::default()
    };
    assert_eq!(ids(&store, &owner, Sort::Id)?, [2, 3, 4, 5]);
    let by_deadline = ids(&store, &Filter::default(), Sort::Deadline)?;
    assert_eq!(
        &by_deadline[..6],
        [17, 1, 4, 2, 3, 5],
        "dated first, earliest first, then by id; sub-items under their parent, in that order"
    );
    assert_eq!(
        store.children(1)?.iter().map(|p| p.id).collect::<Vec<_>>(),
        [2, 3, 4, 5]
    );
    Ok(())
}

fn search_finds_text_in_notes<L: Lists>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    store.add_note(&note(6, "2026-01-01", "港铁试点线路已部署"))?;
    let f = Filter {
        search: Some("试点线路".into()),
        ..Filter::default()
    };
    assert_eq!(ids(&store, &f, Sort::Id)?, [6]);
    Ok(())
}

fn search_ignores_the_case_of_ascii_letters_and_takes_wildcards_literally<L: Lists>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let add = |store: &mut L, title: &str| {
        let new = NewPledge {
            title: title.into(),
            owner: "Hong Kong University".into(),
            ..NewPledge::default()
        };
        store.add_pledge(&new, "王")
    };
    let lab = add(&mut store, "Build the IEEE Lab in Changchun")?;
    let pct = add(&mut store, "Raise coverage to 100% of counties")?;
    assert_eq!(found(&store, "ieee lab")?, [lab]);
    assert_eq!(
        found(&store, "IEEE")?,
        [8, lab],
        "the built-in 第14届IEEE… pledge too"
    );
    assert_eq!(found(&store, "100%")?, [pct]);
    assert_eq!(
        found(&store, "0_")?,
        Vec::<i64>::new(),
        "_ is a character, not a wildcard"
    );
    assert_eq!(found(&store, "hong kong")?.len(), 2);
    Ok(())
}

fn the_search_index_follows_edits_and_new_notes<L: Lists>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    assert_eq!(found(&store, "胰岛素市场")?, [7], "in the title only");
    let edit = Edit {
        title: Some("通化东宝与香港健友合作开发美国市场".into()),
        ..Edit::default()
    };
    store.edit_pledge(7, &edit, "王", None)?;
    assert_eq!(
        found(&store, "胰岛素市场")?,
        Vec::<i64>::new(),
        "the old title is gone"
    );
    assert_eq!(found(&store, "开发美国")?, [7]);
    assert_eq!(found(&store, "ledger-wide")?, Vec::<i64>::new());
    store.add_note(&note(
        9,
        "2026-01-01",
        "The Ledger-Wide review found delays",
    ))?;
    assert_eq!(
        found(&store, "ledger-wide")?,
        [9],
        "notes are found, case ignored"
    );
    assert_eq!(
        found(&store, "\"quoted\"")?,
        Vec::<i64>::new(),
        "quotes are text, not syntax"
    );
    Ok(())
}

fn one_and_two_character_searches_find_chinese_and_latin_within_one_field<L: Lists>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Empty)?;
    let add = |store: &mut L, title: &str, owner: &str| {
        let new = NewPledge {
            title: title.into(),
            owner: owner.into(),
            ..NewPledge::default()
        };
        store.add_pledge(&new, "王")
    };
    let lab = add(&mut store, "建设氧化镓实验室", "科技厅")?;
    let split = add(&mut store, "推进氧", "化镓办")?;
    let road = add(&mut store, "Repair Roads", "交通厅")?;
    store.add_note(&note(road, "2026-01-01", "已完成 ab 段"))?;
    assert_eq!(found(&store, "氧")?, [lab, split]);
    assert_eq!(
        found(&store, "氧化")?,
        [lab],
        "not across the title and owner"
    );
    assert_eq!(found(&store, "镓")?, [lab, split]);
    assert_eq!(found(&store, "厅")?, [lab, road]);
    assert_eq!(found(&store, "r")?, [road], "case ignored");
    assert_eq!(found(&store, "AB")?, [road], "in a note");
    assert_eq!(found(&store, "sr")?, Vec::<i64>::new(), "not across words");
    assert_eq!(found(&store, "s ")?, Vec::<i64>::new());
    assert_eq!(found(&store, "r ")?, [road], "a space is a character");
    Ok(())
}

fn a_withdrawn_note_stays_a_record_and_no_longer_counts<L: Records>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let mut first = note(13, "2026-01-05", "已提供名单");
    first.progress = Some(quantity(300.0));
    store.add_note(&first)?;
    let mut wrong = note(13, "2026-02-01", "误录：766 户");
    wrong.progress = Some(quantity(766.0));
    wrong.status = Some(Status::InProgress);
    let wrong_id = store.add_note(&wrong)?;
    let before = store.history(13)?.len();
    let w = Withdrawal {
        pledge: 13,
        note: wrong_id,
        by: "王".into(),
        status_before: Some(Status::Pending),
    };
    assert!(matches!(
        store.withdraw_note(&w)?,
        pledge::store::Guarded::Done(_)
    ));
    let p = store.pledge(13)?;
    assert_eq!(p.status, Status::Pending);
    assert_eq!(
        p.progress,
        Some(quantity(300.0)),
        "the note that stands counts"
    );
    assert_eq!(p.last_note_on, Some(day("2026-01-05")));
    // The record keeps both notes as written, and adds no sentence: the history holds the
    // fact (which note), and the status put back.
    let notes = store.notes(13)?;
    let bodies: Vec<&str> = notes.iter().map(|n| n.body.as_str()).collect();
    assert_eq!(bodies, ["误录：766 户", "已提供名单"]);
    let history = store.history(13)?;
    let added = &history[before..];
    type Fact<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
    let facts: Vec<Fact> = added
        .iter()
        .map(|c| {
            (
                c.field.as_str(),
                c.old.as_deref(),
                c.new.as_deref(),
                c.reason.as_deref(),
            )
        })
        .collect();
    let id = wrong_id.to_string();
    assert_eq!(
        facts,
        [
            ("note_withdrawn", Some(id.as_str()), None, None),
            ("status", Some("in_progress"), Some("pending"), None),
        ]
    );
    assert_eq!(pledge::request::withdrawn(&history), [wrong_id]);
    // A later note counts again as usual.
    let mut later = note(13, "2026-03-01", "再次核实");
    later.progress = Some(quantity(320.0));
    store.add_note(&later)?;
    assert_eq!(store.pledge(13)?.progress, Some(quantity(320.0)));
    Ok(())
}

fn a_withdrawn_note_is_not_the_reports_latest<L: Reports>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    store.add_note(&note(13, "2026-01-05", "已提供名单"))?;
    let wrong_id = store.add_note(&note(13, "2026-02-01", "误录：766 户"))?;
    let w = Withdrawal {
        pledge: 13,
        note: wrong_id,
        by: "王".into(),
        status_before: None,
    };
    assert!(matches!(
        store.withdraw_note(&w)?,
        pledge::store::Guarded::Done(_)
    ));
    // The report's latest note is the one that stands.
    let all = Filter::default();
    let q = pledge::request::ReportQuery {
        filter: &all,
        owners: &[],
        as_of: day("2026-11-28"),
        due_by: day("2030-01-01"),
    };
    let mut last = None;
    store.open_pledges(&q, |row| {
        if row.pledge.id == 13 {
            last = row.last_note;
        }
    })?;
    assert_eq!(last, Some((day("2026-01-05"), "已提供名单".to_string())));
    Ok(())
}

fn a_note_is_withdrawn_once<L: Records>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let id = store.add_note(&note(13, "2026-01-05", "误录"))?;
    let w = Withdrawal {
        pledge: 13,
        note: id,
        by: "王".into(),
        status_before: None,
    };
    store.withdraw_note(&w)?;
    let again = store.withdraw_note(&w).map(|_| ());
    assert!(
        matches!(again, Err(Error::Ledger(Refusal::NoSuchNote { pledge: 13, note })) if note == id),
        "{again:?}"
    );
    let other = Withdrawal { pledge: 14, ..w };
    assert!(
        store.withdraw_note(&other).is_err(),
        "a note of another pledge"
    );
    Ok(())
}

fn a_read_only_refusal_names_what_was_not_saved<L: Records>(open: &Open<L>) -> Result<()> {
    let store = open(Seed::Empty)?;
    let note = store.read_only_error(Saving::Note).to_string();
    assert!(
        note.contains("read-only") && note.contains("note NOT saved"),
        "{note}"
    );
    let any = store.read_only_error(Saving::Anything).to_string();
    assert!(any.contains("no change can be saved"), "{any}");
    assert!(!any.contains("NOT saved"), "{any}");
    Ok(())
}

#[path = "store/files.rs"]
mod files;

#[path = "store/transfer.rs"]
mod transfer;

/// The report's query on the built-in letter with a deadline cleared while overdue, one
/// soon due, one long quiet and a co-owned pledge: its counts, and its pages read a few rows
/// at a time, say the same as its rows.
fn the_reports_counts_and_pages_agree_with_its_rows<L: Reports>(open: &Open<L>) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    let clear = Edit {
        deadline: Some(None),
        ..Edit::default()
    };
    store.edit_pledge(17, &clear, "王", Some("撤销"))?;
    let soon = Edit {
        deadline: Some(Some(day("2026-12-05"))),
        ..Edit::default()
    };
    store.edit_pledge(7, &soon, "王", Some("提前"))?;
    store.add_note(&note(13, "2026-11-20", "已提供名单"))?;
    let co = NewPledge {
        title: "联合攻关".into(),
        owner: "吉林大学".into(),
        deadline: Some(day("2026-10-01")),
        ..NewPledge::default()
    };
    let bodies = [
        pledge::body::Named::lead("吉林大学"),
        pledge::body::Named {
            name: "长春新区".into(),
            role: pledge::body::Role::CoOwner,
        },
    ];
    let joint = store.add_pledge_with(&co, &bodies, "王")?;
    let all = Filter::default();
    let q = pledge::request::ReportQuery {
        filter: &all,
        owners: &[],
        as_of: day("2026-11-28"),
        due_by: day("2026-12-12"),
    };
    let mut rows = Vec::new();
    store.open_pledges(&q, |r| rows.push((r.pledge.id, r.body, r.first)))?;
    rows.sort();
    assert_eq!(rows.len(), 36, "one row per pledge and body: {rows:?}");
    assert!(
        rows.contains(&(joint, Some("长春新区".into()), false)),
        "{rows:?}"
    );
    assert_eq!(store.report_bound()?, 21, "the open pledges");
    let counts = store.report_counts(&q, 14, 30)?;
    assert_eq!(counts.undated_recent, 1, "13 has a note of 8 days ago");
    type Group<'a> = (usize, &'a str, usize, usize, (i64, i64), &'a str);
    let groups: Vec<Group> = counts
        .groups
        .iter()
        .map(|g| {
            (
                g.section,
                g.owner.as_str(),
                g.count,
                g.first_rows,
                g.first,
                g.role.as_str(),
            )
        })
        .collect();
    assert_eq!(
        groups[..6],
        [
            (0, "吉林大学", 1, 1, (-58, joint), "lead"),
            (0, "吉林省科学技术厅", 1, 0, (-332, 17), "co_owner"),
            (0, "省商务厅", 1, 0, (-332, 17), "co_owner"),
            (0, "省委金融办", 1, 1, (-332, 17), "lead"),
            (0, "长春新区", 1, 0, (-58, joint), "co_owner"),
            (1, "吉林省科学技术厅", 1, 1, (7, 7), "lead"),
        ],
        "overdue by the cleared deadline; due in 7 days; {groups:?}"
    );
    assert!(
        groups.contains(&(2, "吉林省科学技术厅", 10, 5, (-558, 1), "lead")),
        "undated, quiet since the letter: {groups:?}"
    );
    assert_eq!(groups.len(), 16, "{groups:?}");
    for g in &counts.groups {
        let mut after = None;
        let mut paged = Vec::new();
        loop {
            let at = pledge::store::PageAt {
                section: g.section,
                owner: &g.owner,
                after,
                limit: 2,
            };
            let page = store.report_page(&q, 14, 30, &at)?;
            let Some(last) = page.last() else { break };
            after = Some(last.0);
            paged.extend(page.into_iter().map(|(key, _)| key));
        }
        assert_eq!(paged.len(), g.count, "{g:?}");
        assert_eq!(paged.first(), Some(&g.first), "{g:?}");
        assert!(paged.windows(2).all(|w| w[0] < w[1]), "{g:?}: {paged:?}");
    }
    Ok(())
}

/// The dashboard's counts: pledges quiet past the stale days, notes per month (a withdrawn
/// one left out), and the gauges' page, soonest deadline first.
fn the_dashboard_counts_quiet_pledges_notes_by_month_and_gauges<L: Reports>(
    open: &Open<L>,
) -> Result<()> {
    let mut store = open(Seed::Builtin)?;
    store.add_note(&note(13, "2026-11-20", "已提供名单"))?;
    store.add_note(&note(4, "2026-10-03", "首批入选"))?;
    let wrong = store.add_note(&note(4, "2026-10-09", "误录"))?;
    let w = Withdrawal {
        pledge: 4,
        note: wrong,
        by: "王".into(),
        status_before: None,
    };
    store.withdraw_note(&w)?;
    let o = store.overview(day("2026-11-28"), 30)?;
    assert_eq!((o.stale, o.stale_days, o.tracked), (19, 30, 2), "{o:?}");
    let by_month: Vec<(i32, u32, u64)> = o
        .months
        .iter()
        .map(|m| (m.year, m.month, m.notes))
        .collect();
    assert_eq!(by_month.len(), 12);
    assert_eq!(
        by_month[10..],
        [(2026, 10, 1), (2026, 11, 1)],
        "{by_month:?}"
    );
    let gauges = store.tracked(0, 10)?;
    let ids: Vec<i64> = gauges.iter().map(|t| t.id).collect();
    assert_eq!(ids, [17, 4]);
    assert_eq!(gauges[1].start, day("2025-05-19"), "the letter's date");
    let rest: Vec<i64> = store.tracked(1, 10)?.iter().map(|t| t.id).collect();
    assert_eq!(rest, [4]);
    assert!(store.tracked(2, 10)?.is_empty());
    Ok(())
}
