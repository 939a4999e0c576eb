//! The overdue report's rows a page at a time: a group's rows in report order from where the
//! last page stopped, each part of a section read through the index that holds it in order of
//! urgency, so the report screen's first page need not classify every pledge.

use super::Store;
use super::filter::{Dialect, FilterSql};
use super::report::{AFTER_PLEDGE, Over, ReportValues, open_pledge, report_sql_over};
use crate::error::Result;
use crate::request::{OpenPledge, ReportQuery};
use crate::sql::{Lite, Query, Sql};

/// The report's rows (`r`, of [`super::report::report_sql`]), each with its group, section and urgency key (`k`): section 0
/// overdue, 1 due soon, 2 no deadline, 3 due later, 4 undated with recent progress. The key is
/// the same difference in each section: the deadline's day, or for an undated pledge the day
/// its silence started, less the report's day.
fn classified(rows: &str, dialect: Dialect) -> String {
    let created_on = dialect.is_day("substr(r.created_at, 1, 10)");
    let soon = dialect.days("due", ":as_of");
    let quiet = dialect.days(":as_of", "ln_on");
    let key = dialect.days("coalesce(due, since)", ":as_of");
    format!(
        "WITH r AS ({rows}),
         c AS (SELECT r.*, coalesce(r.body_name, r.owner) AS grp,
                      coalesce(r.deadline, r.cleared_deadline) AS due,
                      coalesce(r.ln_on,
                               (SELECT l.issued_on FROM letter l WHERE l.id = r.letter_id),
                               CASE WHEN {created_on} THEN substr(r.created_at, 1, 10) END,
                               :as_of) AS since
               FROM r),
         k AS (SELECT c.*,
                      CASE WHEN due < :as_of THEN 0
                           WHEN due IS NOT NULL AND {soon} <= :within THEN 1
                           WHEN due IS NOT NULL THEN 3
                           WHEN ln_on IS NOT NULL AND {quiet} <= :stale THEN 4
                           ELSE 2 END AS section,
                      {key} AS key
               FROM c)"
    )
}

/// A page of one group's rows: the section and group, the (key, id) it starts after (none:
/// the group's first row), and how many rows at most.
#[derive(Debug, Clone, Copy)]
pub struct PageAt<'a> {
    pub section: usize,
    pub owner: &'a str,
    pub after: Option<(i64, i64)>,
    pub limit: usize,
}

/// One part of the pledges a section's page reads, through the index that holds it in the
/// order of urgency (the key grows with the deadline), so a page stops after its rows instead
/// of classifying every pledge: `(part, the order within it)`.
pub(super) type Part = (Over<'static>, &'static str);

const DATED: Part = (
    Over {
        index: Some("pledge_open_deadline"),
        only: "p.deadline IS NOT NULL",
    },
    "deadline, id",
);
/// Undated, past a deadline cleared while overdue: the cleared deadline is the key.
const CLEARED: Part = (
    Over {
        index: Some("pledge_cleared"),
        only: "p.deadline IS NULL AND p.cleared_deadline IS NOT NULL",
    },
    "cleared_deadline, id",
);
/// Undated with no deadline cleared: keyed by the day its silence began, which no index
/// holds; the undated pledges alone are sorted.
const UNDATED: Part = (
    Over {
        index: Some("pledge_open_deadline"),
        only: "p.deadline IS NULL AND p.cleared_deadline IS NULL",
    },
    "key, id",
);

/// The parts a section's rows come from: overdue and due soon are dated (or cleared), the
/// section without a deadline is undated; any other the whole table.
pub(super) fn parts(section: usize) -> &'static [Part] {
    match section {
        0 | 1 => &[DATED, CLEARED],
        2 => &[UNDATED],
        _ => &[(Over::WHOLE, "key, id")],
    }
}

type PageRow = ((i64, i64), OpenPledge);

/// The statement of one part of a section's page.
pub(super) fn page_sql(filter: &FilterSql<'_>, (over, order): &Part) -> String {
    let names = super::rows::PLEDGE_NAMES.join(", ");
    format!(
        "{} SELECT {names}, {AFTER_PLEDGE}, key FROM k
         WHERE section = :section AND grp = :grp
           AND (CAST(:key AS BIGINT) IS NULL OR key > :key OR (key = :key AND id > :id))
         ORDER BY {order} LIMIT :limit",
        classified(&report_sql_over(filter, over), filter.dialect())
    )
}

impl Store {
    /// A page of a group's rows in report order (most urgent first, then by id), each with its
    /// (key, id) to go on after: the report screen reads the rows it shows this way. Each part
    /// of the section is read in its index's order and the parts merged.
    pub fn report_page(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
        at: &PageAt<'_>,
    ) -> Result<Vec<PageRow>> {
        report_page(
            &mut Lite(&self.conn),
            Dialect::Lite,
            q,
            (within_days, stale_days),
            at,
        )
    }
}

/// [`Store::report_page`] on any ledger; `days` are the report's within and stale days.
pub(crate) fn report_page(
    sql: &mut impl Sql,
    dialect: Dialect,
    q: &ReportQuery<'_>,
    days: (i64, i64),
    at: &PageAt<'_>,
) -> Result<Vec<PageRow>> {
    let mut page: Vec<PageRow> = Vec::new();
    for part in parts(at.section) {
        let rows = report_part(sql, dialect, q, days, at, part)?;
        page = merged(page, rows, at.limit);
    }
    Ok(page)
}

fn report_part(
    sql: &mut impl Sql,
    dialect: Dialect,
    q: &ReportQuery<'_>,
    (within_days, stale_days): (i64, i64),
    at: &PageAt<'_>,
    part: &Part,
) -> Result<Vec<PageRow>> {
    let filter = FilterSql::on(q.filter, dialect);
    let statement = page_sql(&filter, part);
    let values = ReportValues::new(q);
    let section = i64::try_from(at.section).unwrap_or(i64::MAX);
    let (key, id) = (at.after.map(|a| a.0), at.after.map_or(0, |a| a.1));
    let limit = i64::try_from(at.limit).unwrap_or(i64::MAX);
    let mut named = values.named();
    named.push((":within", &within_days));
    named.push((":stale", &stale_days));
    named.push((":section", &section));
    named.push((":grp", &at.owner));
    named.push((":key", &key));
    named.push((":id", &id));
    named.push((":limit", &limit));
    let (statement, params) = filter.positional(&statement, &named);
    let key_at = super::rows::PLEDGE_NAMES.len() + 7;
    sql.all(&statement, &params, |row| {
        let p = open_pledge(row)?;
        Ok(((row.get(key_at)?, p.pledge.id), p))
    })
}

/// Two pages in (key, id) order as one, as far as `limit`.
fn merged(a: Vec<PageRow>, b: Vec<PageRow>, limit: usize) -> Vec<PageRow> {
    if a.is_empty() {
        return b;
    }
    let mut all = a;
    all.extend(b);
    all.sort_by_key(|(key, _)| *key);
    all.truncate(limit);
    all
}
