//! Query plans of the hot queries: a test fails if one falls back to a full scan where an
//! index is meant to serve.

use super::filter::Dialect;
use super::filter::{FilterSql, OVERDUE_INDEXES};
use super::listing::summary_sql;
use super::pledges::list_statements;
use super::report::{bound_sql, report_sql};
use super::rows::{NOTE_COLUMNS, PLEDGE_COLUMNS};
use super::{Filter, Quotes, Seed, Sort, Store};

/// What SQLite will do for `sql`, one step per line.
fn plan(store: &Store, sql: &str, params: &[(&str, &dyn rusqlite::ToSql)]) -> String {
    let mut stmt = store
        .conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .expect("prepare");
    let rows = stmt
        .query_map(params, |r| r.get::<_, String>(3))
        .expect("plan");
    rows.map(|r| r.expect("row")).collect::<Vec<_>>().join("\n")
}

#[test]
fn hot_queries_use_their_indexes() {
    let store = Store::open_in_memory(Seed::Builtin).expect("store");
    let today = crate::date::parse("2026-11-28").expect("date");
    let overdue = Filter {
        overdue_on: Some(today),
        ..Filter::default()
    };
    let f = FilterSql::new(&overdue);
    // Its two parts, each read in the order of the index that serves it.
    let statements = list_statements(&f, Sort::Deadline, Quotes::Without);
    assert_eq!(statements.len(), 2);
    for (sql, index) in statements.iter().zip(OVERDUE_INDEXES) {
        let p = plan(&store, sql, &f.named());
        assert!(
            p.contains(&format!("USING INDEX {index}")) && !p.contains("TEMP B-TREE"),
            "{p}"
        );
    }
    let day = crate::date::format(today);
    let p = plan(
        &store,
        &summary_sql(Dialect::Lite),
        &[(":1", &day as &dyn rusqlite::ToSql)][..0],
    );
    assert!(
        !p.contains("SCAN pledge\n") && !p.ends_with("SCAN pledge"),
        "{p}"
    );
    assert!(
        p.contains("pledge_status")
            && p.contains("pledge_open_deadline")
            && p.contains("pledge_cleared"),
        "{p}"
    );
    let all = Filter::default();
    let f = FilterSql::new(&all);
    let dated = format!(
        "SELECT p.id FROM pledge p WHERE {} AND p.deadline IS NOT NULL ORDER BY p.deadline, p.id",
        f.condition()
    );
    let p = plan(&store, &dated, &f.named());
    assert!(
        p.contains("INDEX pledge_deadline") && !p.contains("TEMP B-TREE"),
        "{p}"
    );
    let notes = format!(
        "SELECT {} FROM note WHERE pledge_id = 1 ORDER BY happened_on DESC, id DESC",
        NOTE_COLUMNS
    );
    let p = plan(&store, &notes, &[]);
    assert!(
        p.contains("INDEX note_pledge_day") && !p.contains("TEMP B-TREE"),
        "{p}"
    );
    let p = plan(
        &store,
        &format!("SELECT {PLEDGE_COLUMNS} FROM pledge p WHERE p.id = 1"),
        &[],
    );
    assert!(p.contains("INTEGER PRIMARY KEY"), "{p}");
}

#[test]
fn the_reports_queries_use_their_indexes() {
    let store = Store::open_in_memory(Seed::Builtin).expect("store");
    let all = Filter::default();
    let f = FilterSql::new(&all);
    // Its one pass: the table in order, the latest note through the note index, in its
    // order, and fetched by its key.
    let p = plan(&store, &report_sql(&f), &[]);
    assert!(
        p.contains("SCAN p")
            && p.contains("INDEX note_pledge_day")
            && p.contains("INTEGER PRIMARY KEY")
            && !p.contains("TEMP B-TREE"),
        "{p}"
    );
    // A page of an overdue or due-soon group reads each part in its index's order and
    // stops at its rows; only the undated pledges are sorted.
    for section in 0..3 {
        for part in super::report_pages::parts(section) {
            let p = plan(&store, &super::report_pages::page_sql(&f, part), &[]);
            let index = part.0.index.unwrap_or_default();
            assert!(p.contains(&format!("INDEX {index}")), "{section}: {p}");
            assert_eq!(section == 2, p.contains("TEMP B-TREE FOR ORDER BY"), "{p}");
        }
    }
    // Its counts read the open pledges' few columns in their own index, never the wide
    // table, and each pledge's links in its key's order.
    let p = plan(&store, &super::report::counted_sql(&f, true), &[]);
    assert!(
        p.contains("COVERING INDEX pledge_open_rows")
            && p.contains("SEARCH pb USING")
            && !p.contains("SCAN p\n")
            && !p.contains("TEMP B-TREE"),
        "{p}"
    );
    // Its bound is counted in the status index, never the table.
    let p = plan(&store, &bound_sql(), &[]);
    assert!(
        p.contains("COVERING INDEX pledge_status") && !p.contains("SCAN pledge"),
        "{p}"
    );
}

#[test]
fn a_pledges_withdrawals_are_found_through_an_index() {
    let store = Store::open_in_memory(Seed::Builtin).expect("store");
    let sql = format!(
        "SELECT 1 FROM note n WHERE n.pledge_id = 1 AND {}",
        super::notes::NOT_WITHDRAWN
    );
    let p = plan(&store, &sql, &[]);
    assert!(p.contains("INDEX history_") && !p.contains("SCAN h"), "{p}");
}

#[test]
fn the_dashboards_reads_use_their_indexes() {
    let store = Store::open_in_memory(Seed::Builtin).expect("store");
    let p = plan(
        &store,
        &super::dashboard::notes_by_month_sql(Dialect::Lite),
        &[("?1", &"2026-06-01"), ("?2", &"2026-11-28")],
    );
    assert!(
        p.contains("USING COVERING INDEX note_day") && !p.contains("SCAN n"),
        "{p}"
    );
    // A page of gauges in the deadline index's order, never a sort of them all.
    let p = plan(
        &store,
        &super::dashboard::tracked_sql(Dialect::Lite),
        &[("?1", &30), ("?2", &60)],
    );
    assert!(
        p.contains("INDEX pledge_open_deadline") && !p.contains("TEMP B-TREE"),
        "{p}"
    );
    // The withdrawn ones from their withdrawals, each note fetched by its key.
    let p = plan(
        &store,
        &super::dashboard::withdrawn_by_month_sql(Dialect::Lite),
        &[("?1", &"2026-06-01"), ("?2", &"2026-11-28")],
    );
    assert!(
        p.contains("INDEX history_withdrawn") && p.contains("INTEGER PRIMARY KEY"),
        "{p}"
    );
}
