use super::*;
use crate::body::{Named, Role};
use crate::request::{Filter, NewPledge};
use crate::store::{Seed, Store};
use chrono::NaiveDate;

/// The counts of a report of 2026-11-28 looking 14 days ahead and 30 back.
fn counts_at(store: &Store) -> ReportCounts {
    let as_of = crate::date::parse("2026-11-28").expect("date");
    let q = ReportQuery {
        filter: &Filter::default(),
        owners: &[],
        as_of,
        due_by: as_of + chrono::Duration::days(14),
    };
    store.report_counts(&q, 14, 30).expect("counts")
}

/// Each group's (owner, count, first rows) of the overdue section.
fn overdue(store: &Store) -> Vec<(String, usize, usize)> {
    let mut groups: Vec<_> = counts_at(store)
        .groups
        .into_iter()
        .filter(|g| g.section == 0)
        .map(|g| (g.owner, g.count, g.first_rows))
        .collect();
    groups.sort();
    groups
}

#[test]
fn a_pledge_counts_once_in_the_group_of_its_first_body_wherever_its_links_start() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("store");
    let new = NewPledge {
        title: "建设氧化镓功率器件重点实验室".into(),
        owner: "吉林省科学技术厅".into(),
        deadline: crate::date::parse("2026-01-31").ok(),
        ..NewPledge::default()
    };
    let bodies = [
        Named::lead("吉林省科学技术厅"),
        Named {
            name: "吉林大学".into(),
            role: Role::CoOwner,
        },
    ];
    let id = store.add_pledge_with(&new, &bodies, "王").expect("pledge");
    let want = vec![
        ("吉林大学".to_string(), 1, 0),
        ("吉林省科学技术厅".to_string(), 1, 1),
    ];
    assert_eq!(overdue(&store), want);
    // Links left at later positions (the first one removed): the earliest still counts.
    store
        .conn
        .execute(
            "UPDATE pledge_body SET position = position + 3 WHERE pledge_id = ?1",
            [id],
        )
        .expect("moved");
    assert_eq!(overdue(&store), want);
}

fn on(s: &str) -> NaiveDate {
    crate::date::parse(s).expect("date")
}

#[test]
fn a_pledge_is_placed_by_its_days_at_each_edge_of_the_window() {
    let w = Window {
        as_of: on("2026-11-28"),
        within_days: 14,
        stale_days: 30,
    };
    let cases = [
        (Some("2026-11-27"), None, Placed::Overdue(on("2026-11-27"))),
        (Some("2026-11-28"), None, Placed::DueSoon(on("2026-11-28"))),
        (Some("2026-12-12"), None, Placed::DueSoon(on("2026-12-12"))),
        (Some("2026-12-13"), Some("2026-11-27"), Placed::Later),
        (None, None, Placed::NoDeadline),
        (None, Some("2026-10-29"), Placed::LeftOut),
        (None, Some("2026-10-28"), Placed::NoDeadline),
    ];
    for (due, note, want) in cases {
        assert_eq!(
            place(&w, due.map(on), note.map(on)),
            want,
            "{due:?} {note:?}"
        );
    }
}

/// The undated group of `store` at 2026-11-28: each group's (owner, count, first key).
fn undated(store: &Store) -> Vec<(String, usize, (i64, i64))> {
    counts_at(store)
        .groups
        .into_iter()
        .filter(|g| g.section == 2)
        .map(|g| (g.owner, g.count, g.first))
        .collect()
}

#[test]
fn an_undated_pledge_is_keyed_from_its_letter_or_creation_and_unlinked_ones_join_their_body() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("store");
    store
        .conn
        .execute(
            "INSERT INTO letter (id, issuer, addressee, title, issued_on, body, sha256, added_at)
             VALUES (7, '吉林省科学技术厅', '代表', '答复', '2025-05-19', '正文',
                     printf('%064d', 7), '2025-05-20T00:00:00Z')",
            [],
        )
        .expect("letter");
    let owner = "吉林省科学技术厅";
    let lettered = NewPledge {
        title: "共建香港大学长春研究院".into(),
        owner: owner.into(),
        letter: Some(7),
        ..NewPledge::default()
    };
    let from_letter = store.add_pledge(&lettered, "王").expect("pledge");
    let plain = NewPledge {
        title: "培养高层次人才".into(),
        owner: owner.into(),
        ..NewPledge::default()
    };
    let unlinked = store.add_pledge(&plain, "王").expect("pledge");
    store
        .conn
        .execute("DELETE FROM pledge_body WHERE pledge_id = ?1", [unlinked])
        .expect("unlinked");
    // The letter's day, 2025-05-19, is 558 days before the report's: the most urgent.
    assert_eq!(
        undated(&store),
        vec![(owner.to_string(), 2, (-558, from_letter))]
    );
    // Without its letter, and created on a text that is no day: its silence counts from
    // the report's day; the other's from the day it was created.
    store
        .conn
        .execute_batch(&format!(
            "UPDATE pledge SET created_at = 'yesterday', letter_id = NULL WHERE id = {from_letter};
             UPDATE pledge SET created_at = '2025-01-01T08:00:00Z' WHERE id = {unlinked};"
        ))
        .expect("days");
    assert_eq!(
        undated(&store),
        vec![(owner.to_string(), 2, (-696, unlinked))]
    );
}

#[test]
fn a_file_from_before_the_counts_index_and_the_largest_id_are_counted_alike() {
    let store = Store::open_in_memory(Seed::Builtin).expect("store");
    let with_index = counts_at(&store);
    // A file read as it is (read-only) from before step 12 has no index of its own.
    store
        .conn
        .execute_batch("DROP INDEX pledge_open_rows")
        .expect("dropped");
    assert_eq!(counts_at(&store), with_index);
    store
        .conn
        .execute(
            "INSERT INTO pledge (id, title, owner, deadline, created_at, updated_at)
             VALUES (?1, '最后一项', '吉林省科学技术厅', '2026-01-31',
                     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
            [i64::MAX],
        )
        .expect("the largest id");
    assert_eq!(
        counts_at(&store).pledges_in(0),
        with_index.pledges_in(0) + 1
    );
}
