//! The queries behind the overdue report: open pledges with their latest note as of a day,
//! read in one pass for its counts and rows, and a bound on how many it may list. Written
//! once for both kinds of ledger (`crate::sql`), the dialects' differences in `Dialect`.

use std::ops::ControlFlow;

use super::Store;
use super::filter::{Dialect, FilterSql, open_condition};
use super::notes::NOT_WITHDRAWN;
use super::rows;
use crate::error::Result;
use crate::request::{LetterRef, OpenPledge, ReportQuery};
use crate::sql::{Cells, Lite, Query, Sql};

impl Store {
    /// Every letter by id, without its text.
    pub fn letter_refs(&self) -> Result<Vec<(i64, LetterRef)>> {
        letter_refs(&mut Lite(&self.conn))
    }

    /// Open pledges due by `q.due_by` or undated, narrowed by the filter and, when `q.owners`
    /// is not empty, by an owner containing any of them, handed to `each` as read: each with
    /// its latest note up to `q.as_of`. It reads the table in order: a lookup per row through
    /// an index reads a page per row, and cost twice as much. The quote is not read: the
    /// report does not print it.
    pub fn open_pledges(&self, q: &ReportQuery<'_>, each: impl FnMut(OpenPledge)) -> Result<()> {
        open_pledges(&mut Lite(&self.conn), Dialect::Lite, q, each)
    }
}

/// Every letter by id, without its text.
pub(crate) fn letter_refs(sql: &mut impl Sql) -> Result<Vec<(i64, LetterRef)>> {
    sql.all(
        "SELECT id, issuer, addressee, title, issued_on FROM letter ORDER BY id",
        &[],
        |row| {
            Ok((
                row.get(0)?,
                LetterRef {
                    issuer: rows::opt_text(row, 1)?.unwrap_or_default(),
                    addressee: rows::opt_text(row, 2)?.unwrap_or_default(),
                    title: rows::opt_text(row, 3)?.unwrap_or_default(),
                    issued_on: rows::opt_date(row, 4)?.ok_or_else(|| {
                        rusqlite::Error::InvalidColumnType(
                            4,
                            "issued_on".into(),
                            rusqlite::types::Type::Null,
                        )
                    })?,
                    claim_not_kept: false,
                },
            ))
        },
    )
}

/// The values every report statement names besides the filter's.
pub(super) struct ReportValues {
    as_of: String,
    owners: String,
    due_by: String,
}

impl ReportValues {
    pub(super) fn new(q: &ReportQuery<'_>) -> ReportValues {
        ReportValues {
            as_of: crate::date::format(q.as_of),
            owners: serde_json::to_string(q.owners).unwrap_or_else(|_| "[]".into()),
            due_by: crate::date::format(q.due_by),
        }
    }

    pub(super) fn named(&self) -> Vec<(&'static str, &dyn rusqlite::ToSql)> {
        vec![
            (":as_of", &self.as_of),
            (":owners", &self.owners),
            (":due_by", &self.due_by),
        ]
    }
}

/// [`Store::open_pledges`] on any ledger.
pub(crate) fn open_pledges(
    sql: &mut impl Sql,
    dialect: Dialect,
    q: &ReportQuery<'_>,
    mut each: impl FnMut(OpenPledge),
) -> Result<()> {
    let filter = FilterSql::on(q.filter, dialect);
    let values = ReportValues::new(q);
    let (statement, params) = filter.positional(&report_sql(&filter), &values.named());
    sql.each(&statement, &params, &mut |row| {
        each(open_pledge(row)?);
        Ok(ControlFlow::Continue(()))
    })
}

/// The columns [`report_sql`] reads after the pledge's, in the order [`open_pledge`] takes.
pub(super) const AFTER_PLEDGE: &str =
    "ln_on, ln_body, body_name, body_role, first_row, ln_by, ln_evidence";

/// An open pledge from a row of [`report_sql`]'s columns.
pub(super) fn open_pledge(row: &impl Cells) -> rusqlite::Result<OpenPledge> {
    let pledge = rows::pledge(row)?;
    let on = rows::opt_date(row, rows::PLEDGE_NAMES.len())?;
    let body = rows::opt_text(row, rows::PLEDGE_NAMES.len() + 1)?;
    let group = rows::opt_text(row, rows::PLEDGE_NAMES.len() + 2)?;
    let role: String = row.get(rows::PLEDGE_NAMES.len() + 3)?;
    Ok(OpenPledge {
        pledge,
        last_note: on.zip(body),
        body: group,
        role: crate::body::Role::parse(&role).unwrap_or(crate::body::Role::Lead),
        first: row.get(rows::PLEDGE_NAMES.len() + 4)?,
        last_note_by: rows::opt_text(row, rows::PLEDGE_NAMES.len() + 5)?,
        last_note_evidence: rows::opt_text(row, rows::PLEDGE_NAMES.len() + 6)?,
    })
}

impl Store {
    /// Pledges a report may list, at most: the open ones, counted in the status index alone.
    pub fn report_bound(&self) -> Result<usize> {
        report_bound(&mut Lite(&self.conn))
    }
}

/// [`Store::report_bound`] on any ledger.
pub(crate) fn report_bound(sql: &mut impl Sql) -> Result<usize> {
    let n: i64 = sql.one(&bound_sql(), &[], |row| row.get(0))?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// Counts the open pledges in the status index alone.
pub(super) fn bound_sql() -> String {
    format!("SELECT count(*) FROM pledge p WHERE {}", open_condition())
}

/// The report's SQL: every open pledge it may list, with its latest note's day and text.
pub(super) fn report_sql(filter: &FilterSql<'_>) -> String {
    report_sql_over(filter, &Over::WHOLE)
}

/// Which pledges a report query reads, and through what: the whole table in order, or one
/// part of it through the index that holds that part in the order of its rows' urgency.
pub(super) struct Over<'a> {
    /// Through which index, if one (`None`: along the table).
    pub(super) index: Option<&'a str>,
    /// What the part's rows meet besides the report's own conditions.
    pub(super) only: &'a str,
}

/// The index of what the counts read (schema step 12).
pub(super) const COUNTED_INDEX: &str = "pledge_open_rows";
const COUNTED_IDS: &str = "p.id BETWEEN :from_id AND :to_id";

impl Over<'_> {
    pub(super) const WHOLE: Over<'static> = Over {
        index: None,
        only: "TRUE",
    };

    /// The open pledges with ids from `:from_id` to `:to_id`, through the index of the few
    /// columns the counts read (step 12): along the table every row is a wide record.
    pub(super) const COUNTED: Over<'static> = Over {
        index: Some(COUNTED_INDEX),
        only: COUNTED_IDS,
    };

    /// [`Over::COUNTED`] along the table, for a file read as it is from before step 12.
    pub(super) const COUNTED_ALONG: Over<'static> = Over {
        index: None,
        only: COUNTED_IDS,
    };

    /// The `FROM` of the pledge table, `p`.
    fn table(&self, dialect: Dialect) -> String {
        match self.index {
            Some(index) => dialect.pledges_by(index),
            None => dialect.whole_table().into(),
        }
    }
}

/// [`report_sql`] over one part of the pledges.
pub(super) fn report_sql_over(filter: &FilterSql<'_>, over: &Over<'_>) -> String {
    let columns = rows::pledge_columns_without_quote();
    rows_sql(
        filter,
        over,
        &|first_row| {
            format!(
                "SELECT {columns}, ln.happened_on AS ln_on, ln.body AS ln_body,
                 b.name AS body_name, coalesce(pb.role, 'lead') AS body_role,
                 {first_row} AS first_row, ln.reported_by AS ln_by, ln.evidence AS ln_evidence"
            )
        },
        &format!(
            "LEFT JOIN note ln ON ln.id =
               (SELECT n.id FROM note n WHERE n.pledge_id = p.id AND n.happened_on <= :as_of
                  AND {NOT_WITHDRAWN}
                ORDER BY n.happened_on DESC, n.id DESC LIMIT 1)"
        ),
    )
}

/// [`report_sql`]'s rows with only what the report's counts need, of the ids from `:from_id`
/// to `:to_id` (the counts may read two ranges at once), through their own index when the
/// ledger has it (`indexed`): the latest note's day is
/// the pledge's own `last_note_on` (kept by the schema's triggers: the latest note not
/// withdrawn) unless that is after the report's day, so the notes are read only then.
pub(super) fn counted_sql(filter: &FilterSql<'_>, indexed: bool) -> String {
    let on = format!(
        "CASE WHEN p.last_note_on IS NULL OR p.last_note_on <= :as_of THEN p.last_note_on
              ELSE (SELECT n.happened_on FROM note n WHERE n.pledge_id = p.id
                    AND n.happened_on <= :as_of AND {NOT_WITHDRAWN}
                    ORDER BY n.happened_on DESC, n.id DESC LIMIT 1) END"
    );
    rows_sql(
        filter,
        if indexed {
            &Over::COUNTED
        } else {
            &Over::COUNTED_ALONG
        },
        &|first_row| {
            format!(
                "SELECT p.id, pb.body_id, p.owner, p.deadline, p.cleared_deadline, p.created_at,
                 {on}, p.letter_id, {first_row}"
            )
        },
        "",
    )
}

/// The report's rows, the `SELECT` of each (given the expression of whether the row is the
/// pledge's first body), `joins` added.
fn rows_sql(
    filter: &FilterSql<'_>,
    over: &Over<'_>,
    columns: &dyn Fn(&str) -> String,
    joins: &str,
) -> String {
    // Position 0 is always a pledge's first (positions are at least 0), so the lookup is
    // made only for a later one: a CASE, since SQLite works out both sides of an OR whose
    // value is taken (a lookup per row, a third of the counts' time at a million).
    let first_row = format!(
        "(CASE WHEN pb.position IS NULL OR pb.position = 0 THEN TRUE
               ELSE pb.position = (SELECT min(y.position) FROM pledge_body y
                                   WHERE y.pledge_id = p.id AND {}) END)",
        filter.link_condition("y")
    );
    let columns = columns(&first_row);
    let dialect = filter.dialect();
    let owned = dialect.has("p.owner", "o.value");
    // A pledge comes once per body it is linked to (in the filter's bodies, if it names
    // some), through the links' primary key.
    format!(
        "{columns}
         FROM {}
         LEFT JOIN pledge_body pb ON pb.pledge_id = p.id AND {}
         LEFT JOIN body b ON b.id = pb.body_id
         {joins}
         WHERE (p.deadline IS NULL OR p.deadline <= :due_by)
           AND {}
           AND (:owners = '[]' OR EXISTS (SELECT 1 FROM ({}) o WHERE {owned}))
           AND {}
           AND {}",
        over.table(dialect),
        filter.link_condition("pb"),
        open_condition(),
        dialect.texts_in(":owners"),
        filter.condition(),
        over.only
    )
}
