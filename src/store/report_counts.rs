//! The overdue report's counts in one pass: each section's groups with their size and most
//! urgent item, from a few columns of each row classified in SQL. The report screen can show
//! its headings and counts from these before reading any rows.

use std::collections::{BTreeSet, HashMap};

use std::ops::ControlFlow;

use super::Store;
use super::filter::{Dialect, FilterSql};
use super::report::{AFTER_PLEDGE, Over, ReportValues, counted_sql, open_pledge, report_sql_over};
use crate::error::Result;
use crate::request::{OpenPledge, ReportQuery};
use crate::sql::{Lite, Query, Sql};

/// One owner's group of a section, as the aggregate counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCount {
    /// 0 overdue, 1 due soon, 2 no deadline (the report's section order).
    pub section: usize,
    pub owner: String,
    /// Rows in the group: one per pledge.
    pub count: usize,
    /// Of them, the pledge's first body (a pledge in several bodies' groups counts once).
    pub first_rows: usize,
    /// The most urgent item's urgency key and id (smaller first), and its body's role.
    pub first: (i64, i64),
    pub role: String,
    /// The letters the group's pledges come from: the report's header names them.
    pub letters: Vec<i64>,
}

/// The counts the report's first pass gathers, from SQL alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportCounts {
    pub groups: Vec<GroupCount>,
    /// Undated pledges left out for recent progress.
    pub undated_recent: usize,
}

/// The report's rows (`r`, of [`report_sql`] or [`counted_sql`]), each with its group, section and urgency key (`k`): section 0
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

/// One group's count as its rows are read.
struct Tally {
    count: usize,
    first_rows: usize,
    first: (i64, i64),
    letters: BTreeSet<i64>,
}

impl Store {
    /// The report's groups and counts for `q`, classified by the rules of
    /// `report::rows::classify` written in SQL: a dated pledge by the days to or past its
    /// deadline (or the deadline cleared while overdue), an undated one left out if its
    /// latest note up to `q.as_of` is at most `stale_days` old.
    pub fn report_counts(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
    ) -> Result<ReportCounts> {
        report_counts(
            &mut Lite(&self.conn),
            Dialect::Lite,
            q,
            within_days,
            stale_days,
        )
    }
}

/// [`Store::report_counts`] on any ledger.
pub(crate) fn report_counts(
    sql: &mut impl Sql,
    dialect: Dialect,
    q: &ReportQuery<'_>,
    within_days: i64,
    stale_days: i64,
) -> Result<ReportCounts> {
    let filter = FilterSql::on(q.filter, dialect);
    // Grouped here rather than by SQL's GROUP BY, whose sorter copied every row (half the
    // time at a million pledges); a few dozen groups are kept.
    let statement = format!(
        "{} SELECT section, grp, first_row, key, id, letter_id
         FROM k WHERE section IN (0, 1, 2, 4)",
        classified(&counted_sql(&filter), dialect)
    );
    let values = ReportValues::new(q);
    let mut named = values.named();
    named.push((":within", &within_days));
    named.push((":stale", &stale_days));
    let (statement, params) = filter.positional(&statement, &named);
    let mut out = ReportCounts::default();
    let mut groups: [HashMap<String, Tally>; 3] = Default::default();
    sql.each(&statement, &params, &mut |row| {
        let section: i64 = row.get(0)?;
        let Some(by_group) = usize::try_from(section)
            .ok()
            .and_then(|s| groups.get_mut(s))
        else {
            out.undated_recent += 1;
            return Ok(ControlFlow::Continue(()));
        };
        let grp = row.0.cell(1)?.as_str().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, e.into())
        })?;
        let first = (row.get::<i64>(3)?, row.get::<i64>(4)?);
        let tally = match by_group.get_mut(grp) {
            Some(t) => t,
            None => by_group.entry(grp.to_string()).or_insert(Tally {
                count: 0,
                first_rows: 0,
                first,
                letters: BTreeSet::new(),
            }),
        };
        tally.count += 1;
        tally.first_rows += usize::from(row.get::<bool>(2)?);
        tally.first = tally.first.min(first);
        if let Some(letter) = row.get::<Option<i64>>(5)? {
            tally.letters.insert(letter);
        }
        Ok(ControlFlow::Continue(()))
    })?;
    for (section, by_group) in groups.into_iter().enumerate() {
        let mut by_group: Vec<_> = by_group.into_iter().collect();
        by_group.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (owner, t) in by_group {
            out.groups.push(GroupCount {
                section,
                owner,
                count: t.count,
                first_rows: t.first_rows,
                first: t.first,
                role: String::new(),
                letters: t.letters.into_iter().collect(),
            });
        }
    }
    // The most urgent item's role in its group: one lookup per group.
    for g in &mut out.groups {
        g.role = sql.one(
            "SELECT coalesce((SELECT pb.role FROM pledge_body pb JOIN body b ON b.id = pb.body_id
                              WHERE pb.pledge_id = ?1 AND b.name = ?2), 'lead')",
            &[&g.first.1, &g.owner],
            |r| r.get(0),
        )?;
    }
    Ok(out)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::{Named, Role};
    use crate::request::{Filter, NewPledge};
    use crate::store::Seed;

    /// Each group's (owner, count, first rows) of the overdue section.
    fn overdue(store: &Store) -> Vec<(String, usize, usize)> {
        let as_of = crate::date::parse("2026-11-28").expect("date");
        let q = ReportQuery {
            filter: &Filter::default(),
            owners: &[],
            as_of,
            due_by: as_of + chrono::Duration::days(14),
        };
        let counts = store.report_counts(&q, 14, 30).expect("counts");
        let mut groups: Vec<_> = counts
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
}
