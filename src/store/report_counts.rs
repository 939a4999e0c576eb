//! The overdue report's counts in one aggregate query: each section's groups with their size
//! and most urgent item, without handing a row to Rust. The report screen can show its
//! headings and counts from these before reading any rows.

use super::Store;
use super::filter::FilterSql;
use super::report::{AFTER_PLEDGE, counted_sql, open_pledge, report_sql};
use crate::error::Result;
use crate::request::{OpenPledge, ReportQuery};

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
fn classified(rows: &str) -> String {
    format!(
        "WITH r AS ({rows}),
         c AS (SELECT r.*, coalesce(r.body_name, r.owner) AS grp,
                      coalesce(r.deadline, r.cleared_deadline) AS due,
                      coalesce(r.ln_on,
                               (SELECT l.issued_on FROM letter l WHERE l.id = r.letter_id),
                               CASE WHEN julianday(substr(r.created_at, 1, 10)) IS NOT NULL
                                    THEN substr(r.created_at, 1, 10) END,
                               :as_of) AS since
               FROM r),
         k AS (SELECT c.*,
                      CASE WHEN due < :as_of THEN 0
                           WHEN due IS NOT NULL
                                AND julianday(due) - julianday(:as_of) <= :within THEN 1
                           WHEN due IS NOT NULL THEN 3
                           WHEN ln_on IS NOT NULL
                                AND julianday(:as_of) - julianday(ln_on) <= :stale THEN 4
                           ELSE 2 END AS section,
                      CAST(round(julianday(coalesce(due, since)) - julianday(:as_of))
                           AS INTEGER) AS key
               FROM c)"
    )
}

/// Ids stay below this in the packed (key, id) minimum.
const ID_SPAN: i64 = 1 << 32;

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
        let filter = FilterSql::new(q.filter);
        let sql = format!(
            "{} SELECT section, grp, count(*), sum(first_row), min(key * :span + id),
                    group_concat(DISTINCT letter_id)
             FROM k WHERE section IN (0, 1, 2, 4) GROUP BY section, grp",
            classified(&counted_sql(&filter))
        );
        let owners = serde_json::to_string(q.owners).unwrap_or_else(|_| "[]".into());
        let as_of = crate::date::format(q.as_of);
        let due_by = crate::date::format(q.due_by);
        let mut params = filter.named();
        params.push((":as_of", &as_of));
        params.push((":owners", &owners));
        params.push((":due_by", &due_by));
        params.push((":within", &within_days));
        params.push((":stale", &stale_days));
        params.push((":span", &ID_SPAN));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut out = ReportCounts::default();
        let mut rows = stmt.query(params.as_slice())?;
        let mut firsts = Vec::new();
        while let Some(row) = rows.next()? {
            let section: i64 = row.get(0)?;
            let count: i64 = row.get(2)?;
            let count = usize::try_from(count).unwrap_or(0);
            if section == 4 {
                out.undated_recent += count;
                continue;
            }
            let packed: i64 = row.get(4)?;
            let first = (packed.div_euclid(ID_SPAN), packed.rem_euclid(ID_SPAN));
            let first_rows: i64 = row.get(3)?;
            let owner: String = row.get(1)?;
            firsts.push((owner.clone(), first.1));
            let letters: Option<String> = row.get(5)?;
            let letters = letters
                .iter()
                .flat_map(|l| l.split(','))
                .filter_map(|id| id.parse().ok())
                .collect();
            out.groups.push(GroupCount {
                section: usize::try_from(section).unwrap_or(0),
                owner,
                count,
                first_rows: usize::try_from(first_rows).unwrap_or(0),
                first,
                role: String::new(),
                letters,
            });
        }
        drop(rows);
        // The most urgent item's role in its group: one lookup per group.
        let mut role = self.conn.prepare_cached(
            "SELECT coalesce((SELECT pb.role FROM pledge_body pb JOIN body b ON b.id = pb.body_id
                              WHERE pb.pledge_id = ?1 AND b.name = ?2), 'lead')",
        )?;
        for g in &mut out.groups {
            g.role = role.query_row(rusqlite::params![g.first.1, g.owner], |r| r.get(0))?;
        }
        Ok(out)
    }
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

impl Store {
    /// A page of a group's rows in report order (most urgent first, then by id), each with its
    /// (key, id) to go on after: the report screen reads the rows it shows this way.
    pub fn report_page(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
        at: &PageAt<'_>,
    ) -> Result<Vec<((i64, i64), OpenPledge)>> {
        let filter = FilterSql::new(q.filter);
        let names = super::rows::PLEDGE_NAMES.join(", ");
        let sql = format!(
            "{} SELECT {names}, {AFTER_PLEDGE}, key FROM k
             WHERE section = :section AND grp = :grp
               AND (:key IS NULL OR key > :key OR (key = :key AND id > :id))
             ORDER BY key, id LIMIT :limit",
            classified(&report_sql(&filter))
        );
        let owners = serde_json::to_string(q.owners).unwrap_or_else(|_| "[]".into());
        let as_of = crate::date::format(q.as_of);
        let due_by = crate::date::format(q.due_by);
        let section = i64::try_from(at.section).unwrap_or(i64::MAX);
        let (key, id) = (at.after.map(|a| a.0), at.after.map_or(0, |a| a.1));
        let limit = i64::try_from(at.limit).unwrap_or(i64::MAX);
        let mut params = filter.named();
        params.push((":as_of", &as_of));
        params.push((":owners", &owners));
        params.push((":due_by", &due_by));
        params.push((":within", &within_days));
        params.push((":stale", &stale_days));
        params.push((":section", &section));
        params.push((":grp", &at.owner));
        params.push((":key", &key));
        params.push((":id", &id));
        params.push((":limit", &limit));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let key_at = super::rows::PLEDGE_NAMES.len() + 7;
        let rows = stmt.query_map(params.as_slice(), |row| {
            let p = open_pledge(row)?;
            Ok(((row.get(key_at)?, p.pledge.id), p))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
