use super::*;
use crate::body::{Named, Role};
use crate::request::{Filter, NewNote, NewPledge};

const OWNERS: [&str; 3] = ["吉林省科学技术厅", "吉林省教育厅", "长春市人民政府"];

fn on(s: &str) -> chrono::NaiveDate {
    crate::date::parse(s).expect("date")
}

/// A ledger file of varied pledges: every section, co-owned ones, old and recent notes.
fn ledger(dir: &std::path::Path) -> Store {
    let mut store =
        Store::create(&dir.join("ledger.db"), crate::store::Seed::Empty, false).expect("store");
    let days = [
        None,
        Some("2025-03-01"),
        Some("2026-11-30"),
        Some("2027-06-01"),
    ];
    for n in 0..120usize {
        let new = NewPledge {
            title: format!("第{n}项：推进氧化镓功率器件研发"),
            owner: OWNERS[n % OWNERS.len()].into(),
            deadline: days[n % days.len()].map(on),
            ..NewPledge::default()
        };
        let bodies = [
            Named::lead(OWNERS[n % OWNERS.len()]),
            Named {
                name: OWNERS[(n + 1) % OWNERS.len()].into(),
                role: Role::CoOwner,
            },
        ];
        let bodies = if n % 5 == 0 {
            &bodies[..]
        } else {
            &bodies[..1]
        };
        let id = store.add_pledge_with(&new, bodies, "王").expect("pledge");
        if n % 3 == 1 {
            let note = NewNote::new(id, on("2026-11-20"), "王", format!("进展{n}"));
            store.add_note(&note).expect("note");
        }
    }
    store
}

fn window() -> Window {
    Window {
        as_of: on("2026-11-28"),
        within_days: 14,
        stale_days: 30,
    }
}

fn query(filter: &Filter) -> ReportQuery<'_> {
    ReportQuery {
        filter,
        owners: &[],
        as_of: on("2026-11-28"),
        due_by: on("2026-12-12"),
    }
}

/// The counts in one pass, in a snapshot of their own.
fn one_pass(store: &Store, filter: &Filter) -> ReportCounts {
    store
        .snapshot(|s| Ok(s.counts_of(&query(filter), &window(), None, || ())?.0))
        .expect("counts")
}

#[test]
fn two_halves_on_two_views_count_what_one_pass_counts() {
    let dir = tempfile::tempdir().expect("dir");
    let store = ledger(dir.path());
    let all = Filter::default();
    let searched = Filter {
        search: Some("氧化镓".into()),
        ..Filter::default()
    };
    for filter in [all, searched] {
        let (halves, split) = store
            .snapshot(|s| s.counts_of(&query(&filter), &window(), Some(1), || ()))
            .expect("counts");
        assert!(split, "read in one pass");
        let whole = one_pass(&store, &filter);
        assert_eq!(halves, whole);
        assert!(
            whole.groups.len() >= 6 && whole.undated_recent > 0,
            "{whole:?}"
        );
        // Outside a snapshot of the caller's, the same.
        assert_eq!(
            store
                .report_counts(&query(&filter), 14, 30)
                .expect("counts"),
            whole
        );
    }
}

#[test]
fn a_commit_between_the_two_snapshots_reads_in_one_pass_what_the_first_saw() {
    let dir = tempfile::tempdir().expect("dir");
    let store = ledger(dir.path());
    let before = one_pass(&store, &Filter::default());
    let path = dir.path().join("ledger.db");
    let (counts, split) = store
        .snapshot(|s| {
            s.counts_of(&query(&Filter::default()), &window(), Some(1), || {
                let mut other = Store::open(&path).expect("other writer");
                let late = NewPledge {
                    title: "另一台电脑上新增的逾期事项".into(),
                    owner: OWNERS[0].into(),
                    deadline: Some(on("2025-01-01")),
                    ..NewPledge::default()
                };
                other.add_pledge(&late, "李").expect("written");
            })
        })
        .expect("counts");
    assert!(!split, "the second view saw a later snapshot");
    assert_eq!(counts, before);
    // The next read counts it.
    let after = one_pass(&store, &Filter::default());
    assert_eq!(after.pledges_in(0), before.pledges_in(0) + 1);
}

#[test]
fn a_snapshot_already_read_from_or_a_ledger_in_memory_is_counted_in_one_pass() {
    let dir = tempfile::tempdir().expect("dir");
    let store = ledger(dir.path());
    let all = Filter::default();
    let (_, split) = store
        .snapshot(|s| {
            s.pledge(1)?;
            s.counts_of(&query(&all), &window(), Some(1), || ())
        })
        .expect("counts");
    assert!(!split);
    let memory = Store::open_in_memory(crate::store::Seed::Builtin).expect("store");
    let (_, split) = memory
        .snapshot(|s| s.counts_of(&query(&all), &window(), Some(1), || ()))
        .expect("counts");
    assert!(!split);
}
