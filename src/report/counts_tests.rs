//! The aggregate counts the report screen opens from are the report's own, on a ledger of a
//! few hundred varied pledges: every section, co-owned pledges, old and recent notes.

use super::{Options, Section, summarize_holding};
use crate::body::{Named, Role};
use crate::request::{Edit, NewNote};
use crate::store::{NewPledge, Seed, Store};

const OWNERS: [&str; 5] = [
    "吉林省科学技术厅",
    "吉林省教育厅",
    "吉林省财政厅",
    "吉林省交通运输厅",
    "长春市人民政府",
];

fn day(s: &str) -> chrono::NaiveDate {
    crate::date::parse(s).expect("date")
}

pub(super) fn varied() -> Store {
    let mut store = Store::open_in_memory(Seed::Builtin).expect("store");
    let days = [
        None,
        Some("2025-03-01"),
        Some("2026-11-27"),
        Some("2026-11-28"),
        Some("2026-12-05"),
        Some("2026-12-30"),
        Some("2027-06-01"),
    ];
    for n in 0..300usize {
        let new = NewPledge {
            title: format!("第{n}项：推进氧化镓功率器件研发"),
            owner: OWNERS[n % OWNERS.len()].into(),
            deadline: days[n % days.len()].map(day),
            ..NewPledge::default()
        };
        let id = if n % 4 == 0 {
            let bodies = [
                Named::lead(OWNERS[n % OWNERS.len()]),
                Named {
                    name: OWNERS[(n + 2) % OWNERS.len()].into(),
                    role: Role::CoOwner,
                },
            ];
            store.add_pledge_with(&new, &bodies, "王").expect("pledge")
        } else {
            store.add_pledge(&new, "王").expect("pledge")
        };
        // Deadlines cleared while overdue (or, on the 15th, still ahead): counted from the
        // cleared day, and read through their own index.
        if n % 14 == 1 || n % 14 == 2 {
            let clear = Edit {
                deadline: Some(None),
                ..Edit::default()
            };
            store
                .edit_pledge(id, &clear, "督查室", Some("改为常态化工作"))
                .expect("cleared");
        }
        // Notes long ago, recently, and none.
        let on = match n % 3 {
            0 => None,
            1 => Some("2026-01-10"),
            _ => Some("2026-11-20"),
        };
        if let Some(on) = on {
            let note = NewNote::new(id, day(on), "王", format!("进展{n}"));
            store.add_note(&note).expect("note");
        }
    }
    store
}

#[test]
fn the_aggregate_counts_are_the_reports() {
    let store = varied();
    // On the 15th, the notes of the 20th are after the report's day: its counts read past
    // the pledge's latest note to the one before.
    let cases = [
        (vec![], "2026-11-28"),
        (vec!["教育".to_string()], "2026-11-28"),
        (vec![], "2026-11-15"),
    ];
    for (owners, as_of) in cases {
        let opts = Options {
            owners,
            ..Options::new(day(as_of))
        };
        let summary = summarize_holding(&store, "ledger.db", &opts, 0).expect("summary");
        let q = super::rows::query(&opts);
        let counts = store
            .report_counts(&q, opts.within_days, opts.stale_days)
            .expect("counts");
        assert_eq!(counts.undated_recent, summary.undated_recent);
        assert!(
            (summary.undated_recent > 0 || as_of != "2026-11-28") && summary.total() > 20,
            "{} left out, {} listed",
            summary.undated_recent,
            summary.total()
        );
        for s in Section::ALL {
            let mut groups: Vec<_> = counts
                .groups
                .iter()
                .filter(|g| g.section == s.index())
                .collect();
            let role = |r: &str| Role::parse(r).unwrap_or(Role::Lead);
            groups.sort_by(|a, b| {
                (a.first, role(&a.role), &a.owner).cmp(&(b.first, role(&b.role), &b.owner))
            });
            let got: Vec<_> = groups
                .iter()
                .map(|g| (g.owner.clone(), g.count, g.first))
                .collect();
            let want: Vec<_> = summary
                .section(s)
                .iter()
                .map(|h| (h.owner.clone(), h.count, h.first))
                .collect();
            assert!(!want.is_empty(), "{s:?}");
            assert_eq!(got, want, "{s:?}");
            let firsts: usize = groups.iter().map(|g| g.first_rows).sum();
            assert_eq!(firsts, summary.count(s), "{s:?}");
        }
    }
}

#[test]
fn a_groups_pages_read_after_one_another_are_its_items() {
    let store = varied();
    let opts = Options::new(day("2026-11-28"));
    let held = super::build(&store, "ledger.db", &opts).expect("report");
    let q = super::rows::query(&opts);
    let issued = &held.summary.issued;
    let mut groups = 0;
    for s in Section::ALL {
        for g in held.groups(s) {
            groups += 1;
            for limit in [1, 7, 1000] {
                let mut read = Vec::new();
                let mut after = None;
                loop {
                    let at = crate::store::PageAt {
                        section: s.index(),
                        owner: &g.owner,
                        after,
                        limit,
                    };
                    let page = store
                        .report_page(&q, opts.within_days, opts.stale_days, &at)
                        .expect("page");
                    assert!(page.len() <= limit);
                    let Some((last, _)) = page.last() else { break };
                    after = Some(*last);
                    for (_, row) in page {
                        match super::rows::classify(row, &opts, issued) {
                            super::rows::Place::Listed(t, item) => {
                                assert_eq!(t, s);
                                read.push(item);
                            }
                            _ => panic!("a page row the report does not list"),
                        }
                    }
                }
                assert_eq!(read, g.items, "{s:?} {}, pages of {limit}", g.owner);
            }
        }
    }
    assert!(groups >= 10, "{groups} groups");
}
