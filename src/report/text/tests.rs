//! The text report's layout: column boundaries, colour, and threads.

use super::*;
use crate::store::{Seed, Store};

fn fixture() -> Report {
    let mut store = Store::open_in_memory(Seed::Empty).expect("store");
    let data = serde_json::from_str(include_str!("../../../tests/fixtures/report-ledger.json"))
        .expect("fixture");
    store.import(&data).expect("import");
    let as_of = crate::date::parse("2026-11-28").expect("date");
    super::super::build(&store, "~/ledger.db", &super::super::Options::new(as_of)).expect("report")
}

#[test]
fn every_table_line_has_the_same_column_boundaries() {
    use crate::messages::lang::{Lang, with};
    for lang in Lang::ALL {
        with(lang, same_column_boundaries);
    }
}

fn same_column_boundaries() {
    let r = fixture();
    let id = format!("{INDENT}{}", words::text_headings(Section::Overdue)[0]);
    for page in [80, 100, 120, 200] {
        let w = widths(&r.summary, page);
        let starts = w.starts();
        let lines = lines(
            &r,
            TextStyle {
                width: page,
                color: false,
            },
        );
        let mut in_table = false;
        let mut rows = 0;
        for line in &lines {
            assert!(width(line) <= page, "{page}: {line}");
            if line.starts_with(&id) {
                in_table = true;
            } else if line.is_empty() || !line.starts_with(INDENT) {
                in_table = false;
            }
            if !in_table {
                continue;
            }
            rows += 1;
            // Each column starts where the table says, after a two-space gap nothing runs into.
            let mut col = 0;
            let mut spaces = Vec::new();
            for c in line.chars() {
                if c == ' ' {
                    spaces.push(col);
                }
                col += width(c.encode_utf8(&mut [0; 4]));
            }
            for start in starts.iter().skip(1).filter(|s| **s < col) {
                assert!(
                    spaces.contains(&(start - 1)) && spaces.contains(&(start - 2)),
                    "{page}: column at {start} broken in {line:?}"
                );
            }
        }
        assert!(rows >= 12, "{page}: {rows} table lines");
    }
}

#[test]
fn colour_only_when_asked() {
    let r = fixture();
    let plain = render(
        &r,
        TextStyle {
            width: 100,
            color: false,
        },
    );
    let coloured = render(
        &r,
        TextStyle {
            width: 100,
            color: true,
        },
    );
    assert!(!plain.contains('\x1b'));
    assert!(coloured.contains("\x1b[31m"));
    // No colour code ever comes from a note: the escape in the fixture's note is inert.
    assert!(!coloured.contains("\x1b[2J"));
}

/// The fixture with many owners of uneven size, so that it is laid out on several threads
/// and the groups weigh unevenly.
fn long() -> Report {
    let mut r = fixture();
    for s in Section::ALL {
        let base = r.groups[s.index()].clone();
        let heads = r.summary.heads[s.index()].clone();
        for n in 0..30 {
            for (g, h) in base.iter().zip(&heads) {
                let mut g = g.clone();
                g.owner = format!("{}{n}", g.owner);
                g.items = g.items.iter().cycle().take(1 + n * 7).cloned().collect();
                let mut h = h.clone();
                (h.owner, h.count) = (g.owner.clone(), g.items.len());
                r.groups[s.index()].push(g);
                r.summary.pledges[s.index()] += h.count;
                r.summary.heads[s.index()].push(h);
            }
        }
    }
    r
}

#[test]
fn tables_laid_out_on_several_threads_are_the_same_text_in_the_same_order() {
    let r = long();
    assert!(r.summary.total() >= PARALLEL_FROM);
    let style = TextStyle {
        width: 100,
        color: true,
    };
    let on = |threads, bound| {
        let mut out = Vec::new();
        let mut held = |_, _| {};
        write_on(
            &r.summary, &mut &r, style, &mut out, threads, bound, &mut held,
        )
        .expect("write");
        String::from_utf8(out).expect("utf-8")
    };
    let one = on(1, HELD);
    for threads in [2, 3, 4] {
        for bound in [
            HELD,
            Bound {
                jobs: 2,
                weight: 50,
            },
        ] {
            assert_eq!(on(threads, bound), one, "{threads} threads, {bound:?}");
        }
    }
    assert!(one.contains(&format!("{}29 (", r.groups[0][0].owner)));
}

#[test]
fn a_long_report_holds_a_few_groups_at_most() {
    let r = long();
    let (mut jobs, mut weight) = (0, 0);
    let mut held = |j: usize, w: usize| {
        jobs = jobs.max(j);
        weight = weight.max(w);
    };
    let bound = Bound {
        jobs: 3,
        weight: 150,
    };
    let style = TextStyle {
        width: 100,
        color: false,
    };
    write_on(
        &r.summary,
        &mut &r,
        style,
        &mut std::io::sink(),
        2,
        bound,
        &mut held,
    )
    .expect("write");
    let largest = r.items().count().min(
        Section::ALL
            .into_iter()
            .flat_map(|s| r.groups(s).iter().map(|g| g.items.len()))
            .max()
            .unwrap_or(0),
    );
    assert!(jobs <= bound.jobs, "{jobs} groups held");
    assert!(weight <= bound.weight.max(largest), "{weight} items held");
    assert!(
        largest > bound.weight,
        "a group larger than the bound is tried"
    );
}
