//! A list read in the dialects' common ground (`crate::sql`): what a server ledger reads for
//! a list, and the short reads a file shares with it (pledges by id, the counts, the owners).
//! A file's long lists keep their own statements (`pledges.rs`), split where SQLite's
//! planner needs it and mapped in place; both hand rows over through [`hand_over`].

use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use chrono::NaiveDate;

pub(crate) use super::dashboard::{overview, tracked};
use super::filter::nested::Nesting;
pub(crate) use super::filter::{Dialect, FilterSql};
use super::filter::{OPEN_STATUSES, OVERDUE_INDEXES, overdue_parts};
pub(crate) use super::report::{letter_refs, open_pledges, report_bound};
pub(crate) use super::report_pages::report_page;
pub(crate) use super::report_tally::report_counts;
use super::rows::{self, PLEDGE_COLUMNS};
use crate::error::Result;
use crate::ledger::Listed;
use crate::model::Pledge;
use crate::request::{Quotes, Sort, Summary};
use crate::sql::{Query, Sql};

/// Hands `p` to `each`, then the sub-items shown under it, depth first, each found by
/// `find`; nothing when `p` is itself shown under its parent (it comes with it).
pub(crate) fn hand_over(
    nesting: &Nesting,
    p: Pledge,
    placed: &mut HashSet<i64>,
    find: &mut dyn FnMut(i64) -> Result<Option<Pledge>>,
    each: &mut dyn FnMut(Pledge, usize) -> Result<()>,
) -> Result<()> {
    if nesting.is_nested(p.id) {
        return Ok(());
    }
    let id = p.id;
    each(p, 0)?;
    nesting.below(id, placed, &mut |id, depth| give(find, each, id, depth))
}

/// A sub-item found by id, handed over at its depth; one deleted meanwhile is let go.
fn give(
    find: &mut dyn FnMut(i64) -> Result<Option<Pledge>>,
    each: &mut dyn FnMut(Pledge, usize) -> Result<()>,
    id: i64,
    depth: usize,
) -> Result<()> {
    find(id)?.map_or(Ok(()), |p| each(p, depth))
}

/// Sub-items a walk from the list's rows never reached (parents in a cycle), each standing
/// alone with what is below it.
pub(crate) fn hand_over_rest(
    nesting: &Nesting,
    placed: &mut HashSet<i64>,
    find: &mut dyn FnMut(i64) -> Result<Option<Pledge>>,
    each: &mut dyn FnMut(Pledge, usize) -> Result<()>,
) -> Result<()> {
    nesting.unplaced(placed, &mut |id, depth| give(find, each, id, depth))
}

/// Every pledge of the list with its depth, in order, as read. The sub-items shown under
/// their parent are read first (they are few next to the list), so that nothing else is
/// asked of the connection while the list's rows arrive.
pub(crate) fn each_listed(
    sql: &mut impl Sql,
    filter: &FilterSql,
    sort: Sort,
    quotes: Quotes,
    each: &mut dyn FnMut(Pledge, usize) -> Result<()>,
) -> Result<()> {
    let nesting = Nesting::read(sql, filter, sort)?;
    let nested: Vec<i64> = nesting.nested_ids().iter().copied().collect();
    let mut under: HashMap<i64, Pledge> = pledges(sql, filter.dialect(), &nested)?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut find = |id: i64| Ok(under.remove(&id));
    let columns = match quotes {
        Quotes::With => PLEDGE_COLUMNS.to_string(),
        Quotes::Without => rows::pledge_columns_without_quote(),
    };
    let (statement, values) = filter.positional(
        &format!(
            "SELECT {columns} FROM pledge p WHERE {} ORDER BY {}",
            filter.condition(),
            filter.order(sort)
        ),
        &[],
    );
    let mut placed = HashSet::new();
    sql.each(&statement, &values, &mut |row| {
        hand_over(&nesting, rows::pledge(row)?, &mut placed, &mut find, each)?;
        Ok(ControlFlow::Continue(()))
    })?;
    hand_over_rest(&nesting, &mut placed, &mut find, each)
}

/// The ids a list shows, in order, sub-items under their parent.
pub(crate) fn listed(sql: &mut impl Sql, filter: &FilterSql, sort: Sort) -> Result<Listed> {
    let (statement, values) = filter.positional(
        &format!(
            "SELECT p.id FROM pledge p WHERE {} ORDER BY {}",
            filter.condition(),
            filter.order(sort)
        ),
        &[],
    );
    let ordered = sql.all(&statement, &values, |r| r.get(0))?;
    let nesting = Nesting::read(sql, filter, sort)?;
    let nested = nesting.nested_ids().clone();
    Ok(Listed {
        ids: nesting.arrange(ordered)?,
        nested,
    })
}

/// These pledges, in the order given; ids that are gone are skipped.
pub(crate) fn pledges(sql: &mut impl Sql, dialect: Dialect, ids: &[i64]) -> Result<Vec<Pledge>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    let statement = format!(
        "SELECT {PLEDGE_COLUMNS} FROM pledge p WHERE p.id IN ({})",
        dialect.ids_in("?1")
    );
    let mut by_id: HashMap<i64, Pledge> = sql
        .all(&statement, &[&list], |r| rows::pledge(r))?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// How many pledges there are, open, overdue as of `today`, and done, and the largest id:
/// separate counts, each answered from an index rather than a scan of every pledge.
pub(crate) fn summary(sql: &mut impl Sql, dialect: Dialect, today: NaiveDate) -> Result<Summary> {
    sql.one(&summary_sql(dialect), &[&crate::date::format(today)], |r| {
        Ok(Summary {
            total: r.get(0)?,
            open: r.get(1)?,
            overdue: r.get(2)?,
            done: r.get(3)?,
            max_id: r.get(4)?,
        })
    })
}

/// The summary's statement, the day as `?1`.
pub(super) fn summary_sql(dialect: Dialect) -> String {
    let open = &*OPEN_STATUSES;
    let [dated, cleared] = overdue_parts("?1");
    let [i0, i1] = OVERDUE_INDEXES.map(|index| dialect.pledges_by(index));
    format!(
        "SELECT (SELECT count(*) FROM pledge),
        (SELECT count(*) FROM pledge WHERE status IN ({open})),
        (SELECT count(*) FROM {i0} WHERE {dated})
         + (SELECT count(*) FROM {i1} WHERE {cleared}),
        (SELECT count(*) FROM pledge WHERE status = 'done'),
        (SELECT coalesce(max(id), 0) FROM pledge)"
    )
}

/// Every owner named in the ledger, in the order of their bytes, for filtering.
pub(crate) fn owners(sql: &mut impl Sql, dialect: Dialect) -> Result<Vec<String>> {
    let statement = format!(
        "SELECT owner FROM pledge GROUP BY owner ORDER BY {}",
        dialect.bytewise("owner")
    );
    sql.all(&statement, &[], |r| r.get(0))
}
