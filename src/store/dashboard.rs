//! The dashboard's counts: open pledges gone quiet, notes per month, and the pledges with a
//! target and a deadline a page at a time. Each is one aggregate or one bounded page, so the
//! dashboard costs the same few statements whatever the ledger holds. Each body's standing
//! is `bodies`' own query.

use chrono::{Datelike, NaiveDate};

use super::Store;
use super::filter::{Dialect, OPEN_STATUSES};
use super::rows;
use crate::dashboard::{MonthCount, Overview, Tracked};
use crate::error::Result;
use crate::sql::{Lite, Query, Sql};

/// The most gauges read at once: more than any screen shows, bounded whatever is asked.
pub const MAX_PAGE: usize = 500;

/// The day a pledge's work starts, over `pledge p LEFT JOIN letter l` as [`crate::pace::start`]
/// says it: its letter's date, else the day it was entered. The report's "days since" starts
/// there too.
const START: &str = "coalesce(l.issued_on, substr(p.created_at, 1, 10))";

/// Of the open pledges, those a gauge is drawn for: a numeric target and a deadline.
const TRACKED: &str = "p.target_quantity IS NOT NULL AND p.deadline IS NOT NULL";

/// Open pledges with a numeric target and a deadline: those a gauge is drawn for.
fn tracked_where() -> String {
    format!("WHERE p.status IN ({}) AND {TRACKED}", *OPEN_STATUSES)
}

impl Store {
    /// How many open pledges have had no note for more than `stale_days` days before `today`
    /// (counted from their start while they have none), notes per month for the twelve months
    /// ending with `today`'s (withdrawn ones left out), and how many pledges have a gauge.
    pub fn overview(&self, today: NaiveDate, stale_days: i64) -> Result<Overview> {
        overview(&mut Lite(&self.conn), Dialect::Lite, today, stale_days)
    }

    /// The open pledges with a numeric target and a deadline from the `offset`th, at most
    /// `limit` of them (and never more than [`MAX_PAGE`]), the soonest deadline first.
    pub fn tracked(&self, offset: usize, limit: usize) -> Result<Vec<Tracked>> {
        tracked(&mut Lite(&self.conn), Dialect::Lite, offset, limit)
    }
}

/// [`Store::overview`] on any ledger.
pub(crate) fn overview(
    sql: &mut impl Sql,
    dialect: Dialect,
    today: NaiveDate,
    stale_days: i64,
) -> Result<Overview> {
    let quiet_since = today
        .checked_sub_signed(chrono::TimeDelta::days(stale_days.max(0)))
        .unwrap_or(crate::date::FIRST);
    // Both counts of open pledges in one pass along the table: as two statements each
    // went through the status index, a lookup per pledge (a second at a million).
    let (stale, tracked): (i64, i64) = sql.one(
        &format!(
            "SELECT coalesce(sum(CASE WHEN coalesce(p.last_note_on, {START}) < ?1 THEN 1 ELSE 0 END), 0),
                    coalesce(sum(CASE WHEN {TRACKED} THEN 1 ELSE 0 END), 0)
             FROM {} LEFT JOIN letter l ON l.id = p.letter_id
             WHERE p.status IN ({})",
            dialect.whole_table(),
            *OPEN_STATUSES
        ),
        &[&crate::date::format(quiet_since)],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;

    let starts = crate::dashboard::month_starts(today, crate::dashboard::MONTHS);
    let first = starts.first().copied().unwrap_or(today);
    let mut counted = std::collections::HashMap::new();
    let span = [crate::date::format(first), crate::date::format(today)];
    // Every note of the months, then less the withdrawn ones: the day index alone
    // answers the first, and withdrawals are few.
    for (statement, sign) in [
        (notes_by_month_sql(dialect), 1),
        (withdrawn_by_month_sql(dialect), -1),
    ] {
        let found = sql.all(&statement, &[&span[0], &span[1]], |r| {
            Ok((r.get::<String>(0)?, r.get::<i64>(1)?))
        })?;
        for (month, n) in found {
            *counted.entry(month).or_insert(0) += sign * n;
        }
    }
    let months = starts
        .iter()
        .map(|d| {
            let key = format!("{:04}-{:02}", d.year(), d.month());
            let notes = counted.get(&key).copied().unwrap_or(0);
            MonthCount {
                year: d.year(),
                month: d.month(),
                notes: u64::try_from(notes).unwrap_or(0),
            }
        })
        .collect();

    Ok(Overview {
        stale,
        stale_days,
        months,
        tracked: usize::try_from(tracked).unwrap_or(0),
    })
}

/// [`Store::tracked`] on any ledger.
pub(crate) fn tracked(
    sql: &mut impl Sql,
    dialect: Dialect,
    offset: usize,
    limit: usize,
) -> Result<Vec<Tracked>> {
    let limit = i64::try_from(limit.min(MAX_PAGE)).unwrap_or(0);
    let offset = i64::try_from(offset).unwrap_or(i64::MAX);
    let found = sql.all(&tracked_sql(dialect), &[&limit, &offset], |r| {
        let issued = rows::opt_date(r, rows::PLEDGE_NAMES.len())?;
        Ok((rows::pledge(r)?, issued))
    })?;
    let mut out = Vec::new();
    for (p, issued) in found {
        let (Some(target), Some(deadline)) = (p.target, p.deadline) else {
            continue;
        };
        // A stamp the ledger wrote always has its date; failing that, the deadline, so
        // the whole target is due from it.
        let start = crate::pace::start(issued, &p.created_at).unwrap_or(deadline);
        out.push(Tracked {
            id: p.id,
            title: p.title,
            owner: p.owner,
            target,
            progress: p.progress,
            start,
            deadline,
        });
    }
    Ok(out)
}

/// A page of [`tracked_where`]'s pledges, soonest deadline first: read in the order of the
/// open pledges' deadline index and stopped at the page (left to itself SQLite took the
/// status index and sorted every open pledge with a target, a second at a million).
pub(super) fn tracked_sql(dialect: Dialect) -> String {
    format!(
        "SELECT {}, l.issued_on FROM {}
         LEFT JOIN letter l ON l.id = p.letter_id
         {} ORDER BY p.deadline, p.id LIMIT ?1 OFFSET ?2",
        rows::pledge_columns_without_quote(),
        dialect.pledges_by("pledge_open_deadline"),
        tracked_where()
    )
}

/// Notes per month (`YYYY-MM`) of those that happened from ?1 to ?2, withdrawn ones
/// included: counted in the day index alone, no note read.
pub(super) fn notes_by_month_sql(dialect: Dialect) -> String {
    format!(
        "SELECT substr(n.happened_on, 1, 7), count(*) FROM {}
         WHERE n.happened_on >= ?1 AND n.happened_on <= ?2
         GROUP BY 1",
        dialect.through("note n", "note_day")
    )
}

/// Of [`notes_by_month_sql`]'s notes, the withdrawn ones per month: found from their
/// withdrawals (the history's own index of them), each note once however often it was
/// withdrawn (CROSS JOIN keeps the withdrawals outermost: else SQLite reads every note of
/// the months). The id is matched as [`super::notes::NOT_WITHDRAWN`] matches it, as text.
pub(super) fn withdrawn_by_month_sql(dialect: Dialect) -> String {
    format!(
        "SELECT substr(n.happened_on, 1, 7), count(DISTINCT n.id)
         FROM {}
         {} note n ON n.id = CAST(h.old_value AS INTEGER) AND CAST(n.id AS TEXT) = h.old_value
                    AND n.pledge_id = h.pledge_id
         WHERE h.field = 'note_withdrawn' AND n.happened_on >= ?1 AND n.happened_on <= ?2
         GROUP BY 1",
        dialect.through("history h", "history_withdrawn"),
        dialect.join_in_order()
    )
}
