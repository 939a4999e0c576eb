//! Reading and changing pledges, with every change recorded in `history`.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

use super::filter::FilterSql;
use super::rows::{self, CHANGE_COLUMNS, LETTER_COLUMNS, PLEDGE_COLUMNS};
use super::{Store, now_stamp};
use crate::error::{Error, Result};
use crate::model::{Change, Letter, Pledge, Status, Target};

/// Which pledges a list shows. Every field narrows; the default shows all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Owner contains this text.
    pub owner: Option<String>,
    pub status: Option<Status>,
    /// Only open pledges whose deadline is before this day.
    pub overdue_on: Option<NaiveDate>,
    /// Title, owner, quote or any note contains this text.
    pub search: Option<String>,
}

fn list_sql(filter: &FilterSql, sort: Sort) -> String {
    format!(
        "SELECT {PLEDGE_COLUMNS} FROM {} WHERE {} ORDER BY {}",
        filter.table(),
        filter.condition(),
        sort.order_by(filter.overdue_only())
    )
}

const SUMMARY_SQL: &str = "SELECT (SELECT count(*) FROM pledge),
        (SELECT count(*) FROM pledge WHERE status IN ('pending', 'in_progress', 'stalled')),
        (SELECT count(*) FROM pledge INDEXED BY pledge_open_deadline
         WHERE status IN ('pending', 'in_progress', 'stalled') AND deadline < ?1),
        (SELECT count(*) FROM pledge WHERE status = 'done'),
        (SELECT coalesce(max(id), 0) FROM pledge)";

/// List orders. Ties always fall back to the id, so the order is stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Deadline,
    /// Open pledges with the earliest deadline (most overdue) first.
    Overdue,
    Owner,
    /// Most recently changed or noted first.
    Updated,
    Id,
}

impl Sort {
    pub const ALL: [Sort; 5] = [
        Sort::Deadline,
        Sort::Overdue,
        Sort::Owner,
        Sort::Updated,
        Sort::Id,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Sort::Deadline => "deadline",
            Sort::Overdue => "overdue",
            Sort::Owner => "owner",
            Sort::Updated => "updated",
            Sort::Id => "id",
        }
    }

    /// With only overdue pledges every row has a deadline, and the open-deadline index gives
    /// the order without sorting.
    fn order_by(self, overdue_only: bool) -> &'static str {
        match self {
            Sort::Deadline | Sort::Overdue if overdue_only => "p.deadline, p.id",
            Sort::Deadline => "p.deadline IS NULL, p.deadline, p.id",
            Sort::Overdue => {
                "(p.status IN ('pending', 'in_progress', 'stalled') AND p.deadline IS NOT NULL) DESC, \
                 p.deadline, p.id"
            }
            Sort::Owner => "p.owner, p.deadline IS NULL, p.deadline, p.id",
            Sort::Updated => "p.updated_at DESC, p.id DESC",
            Sort::Id => "p.id",
        }
    }
}

/// A pledge to add. Title and owner must hold text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewPledge {
    pub title: String,
    pub owner: String,
    pub deadline: Option<NaiveDate>,
    pub deadline_text: Option<String>,
    pub status: Option<Status>,
    pub target: Option<Target>,
    pub quote: Option<String>,
    pub parent: Option<i64>,
    pub letter: Option<i64>,
}

/// Fields to change; `None` leaves a field as it is, `Some(None)` clears an optional one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edit {
    pub title: Option<String>,
    pub owner: Option<String>,
    pub deadline: Option<Option<NaiveDate>>,
    pub deadline_text: Option<Option<String>>,
    pub status: Option<Status>,
    pub target: Option<Option<Target>>,
}

impl Edit {
    pub fn is_empty(&self) -> bool {
        *self == Edit::default()
    }

    /// The edit that puts back what `changes` changed (for undo).
    pub fn reverting(changes: &[Change], current: &Pledge) -> Result<Edit> {
        let mut edit = Edit::default();
        let mut target = current.target.clone();
        let bad = |c: &Change, e: String| {
            Error::Refused(format!("cannot undo the change of {}: {e}", c.field))
        };
        for c in changes {
            let old = c.old.clone();
            match c.field.as_str() {
                "title" => edit.title = old,
                "owner" => edit.owner = old,
                "deadline" => {
                    let d = old
                        .as_deref()
                        .map(crate::date::parse)
                        .transpose()
                        .map_err(|e| bad(c, e))?;
                    edit.deadline = Some(d);
                }
                "deadline_text" => edit.deadline_text = Some(old),
                "status" => {
                    edit.status = old
                        .as_deref()
                        .map(str::parse)
                        .transpose()
                        .map_err(|e| bad(c, e))?;
                }
                "target_quantity" => {
                    let quantity = old
                        .as_deref()
                        .map(str::parse)
                        .transpose()
                        .map_err(|e| bad(c, e))?;
                    target = quantity.map(|quantity| match target.take() {
                        Some(t) => Target { quantity, ..t },
                        None => Target {
                            quantity,
                            unit: None,
                            text: None,
                        },
                    });
                    edit.target = Some(target.clone());
                }
                "target_unit" | "target_text" => {
                    if let Some(t) = target.as_mut() {
                        if c.field == "target_unit" {
                            t.unit = old
                        } else {
                            t.text = old
                        }
                    }
                    edit.target = Some(target.clone());
                }
                _ => {}
            }
        }
        Ok(edit)
    }
}

/// Counts for a header line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub total: i64,
    pub open: i64,
    pub overdue: i64,
    pub done: i64,
    /// The largest id, so an id column can be sized without reading every row.
    pub max_id: i64,
}

pub(super) fn required_text(field: &str, value: &str) -> Result<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::Usage(format!(
            "{field} is empty ({value:?}); expected some text"
        )));
    }
    Ok(trimmed.to_string())
}

fn opt_date_text(d: Option<NaiveDate>) -> Option<String> {
    d.map(crate::date::format)
}

impl Store {
    pub fn list(&self, filter: &Filter, sort: Sort) -> Result<Vec<Pledge>> {
        let filter = FilterSql::new(filter);
        let sql = list_sql(&filter, sort);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(filter.named().as_slice(), rows::pledge)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The pledge with this id, or a message naming the id.
    pub fn pledge(&self, id: i64) -> Result<Pledge> {
        self.find_pledge(id)?.ok_or_else(|| self.no_such_pledge(id))
    }

    pub fn find_pledge(&self, id: i64) -> Result<Option<Pledge>> {
        find_pledge(&self.conn, id)
    }

    fn no_such_pledge(&self, id: i64) -> Error {
        let range: Option<(i64, i64)> = self
            .conn
            .query_row("SELECT min(id), max(id) FROM pledge", [], |r| {
                Ok(r.get::<_, Option<i64>>(0)?.zip(r.get::<_, Option<i64>>(1)?))
            })
            .ok()
            .flatten();
        match range {
            Some((lo, hi)) => Error::Refused(format!(
                "no pledge with id {id}; this ledger's ids run from {lo} to {hi} (see `pledge list`)"
            )),
            None => Error::Refused(format!(
                "no pledge with id {id}; this ledger has no pledges"
            )),
        }
    }

    /// How many pledges there are, open, overdue as of `today`, and done.
    pub fn summary(&self, today: NaiveDate) -> Result<Summary> {
        // Separate counts, each answered from an index rather than a scan of every pledge.
        Ok(self
            .conn
            .prepare_cached(SUMMARY_SQL)?
            .query_row([crate::date::format(today)], |r| {
                Ok(Summary {
                    total: r.get(0)?,
                    open: r.get(1)?,
                    overdue: r.get(2)?,
                    done: r.get(3)?,
                    max_id: r.get(4)?,
                })
            })?)
    }

    /// The ids a list shows, in order: all of them, cheaply, so a screen can fetch just the
    /// rows it draws with [`Store::pledges`].
    pub fn list_ids(&self, filter: &Filter, sort: Sort) -> Result<Vec<i64>> {
        let filter = FilterSql::new(filter);
        let cond = filter.condition();
        let ids = |sql: String| -> Result<Vec<i64>> {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(filter.named().as_slice(), |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        if sort == Sort::Deadline && !filter.overdue_only() && !filter.searching() {
            // Dated then undated, each read in index order: no sort of the whole ledger. (A
            // search scans the notes, which is worth doing once, so it sorts its matches.)
            let mut dated = ids(format!(
                "SELECT p.id FROM pledge p WHERE {cond} AND p.deadline IS NOT NULL ORDER BY p.deadline, p.id"
            ))?;
            dated.extend(ids(format!(
                "SELECT p.id FROM pledge p WHERE {cond} AND p.deadline IS NULL ORDER BY p.id"
            ))?);
            return Ok(dated);
        }
        ids(format!(
            "SELECT p.id FROM {} WHERE {cond} ORDER BY {}",
            filter.table(),
            sort.order_by(filter.overdue_only())
        ))
    }

    /// These pledges, in the order given (ids that are gone are skipped).
    pub fn pledges(&self, ids: &[i64]) -> Result<Vec<Pledge>> {
        let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
        let sql = format!(
            "SELECT {PLEDGE_COLUMNS} FROM pledge p WHERE p.id IN (SELECT value FROM json_each(?1))"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let found: Vec<Pledge> = stmt
            .query_map([list], rows::pledge)?
            .collect::<rusqlite::Result<_>>()?;
        let mut by_id: std::collections::HashMap<i64, Pledge> =
            found.into_iter().map(|p| (p.id, p)).collect();
        Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
    }

    /// Every owner named in the ledger, for filtering.
    pub fn owners(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT owner FROM pledge ORDER BY owner")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sub-items of a pledge, in id order.
    pub fn children(&self, id: i64) -> Result<Vec<Pledge>> {
        let sql =
            format!("SELECT {PLEDGE_COLUMNS} FROM pledge p WHERE p.parent_id = ?1 ORDER BY p.id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([id], rows::pledge)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Changes to a pledge, oldest first.
    pub fn history(&self, id: i64) -> Result<Vec<Change>> {
        let sql = format!("SELECT {CHANGE_COLUMNS} FROM history WHERE pledge_id = ?1 ORDER BY id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([id], rows::change)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn letter(&self, id: i64) -> Result<Option<Letter>> {
        let sql = format!("SELECT {LETTER_COLUMNS} FROM letter WHERE id = ?1");
        Ok(self.conn.query_row(&sql, [id], rows::letter).optional()?)
    }

    pub fn letters(&self) -> Result<Vec<Letter>> {
        let sql = format!("SELECT {LETTER_COLUMNS} FROM letter ORDER BY id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], rows::letter)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a pledge and its "created" history entry; returns its id.
    pub fn add_pledge(&mut self, new: &NewPledge, who: &str) -> Result<i64> {
        let title = required_text("title", &new.title)?;
        let owner = required_text("owner", &new.owner)?;
        if let Some(parent) = new.parent {
            find_pledge(&self.conn, parent)?.ok_or_else(|| {
                Error::Refused(format!(
                    "no pledge with id {parent} (--parent); nothing added"
                ))
            })?;
        }
        if let Some(letter) = new.letter {
            self.letter(letter)?.ok_or_else(|| {
                Error::Refused(format!(
                    "no letter with id {letter} (--letter); nothing added"
                ))
            })?;
        }
        let new = NewPledge {
            title,
            owner,
            ..new.clone()
        };
        self.write("pledge", |tx| insert_pledge(tx, &new, who, None))
    }

    /// Applies an edit; records one history entry per changed field and returns them.
    pub fn edit_pledge(
        &mut self,
        id: i64,
        edit: &Edit,
        who: &str,
        reason: Option<&str>,
    ) -> Result<Vec<Change>> {
        let title = edit
            .title
            .as_deref()
            .map(|t| required_text("title", t))
            .transpose()?;
        let owner = edit
            .owner
            .as_deref()
            .map(|o| required_text("owner", o))
            .transpose()?;
        let edit = Edit {
            title,
            owner,
            ..edit.clone()
        };
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if self.find_pledge(id)?.is_none() {
            return Err(self.no_such_pledge(id));
        }
        self.write("change", |tx| {
            let old = find_pledge(tx, id)?
                .ok_or_else(|| Error::Refused(format!("pledge {id} is gone; nothing changed")))?;
            apply_edit(tx, &old, &edit, who, reason)
        })
    }
}

pub(super) fn find_pledge(conn: &rusqlite::Connection, id: i64) -> Result<Option<Pledge>> {
    let sql = format!("SELECT {PLEDGE_COLUMNS} FROM pledge p WHERE p.id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], rows::pledge)
        .optional()?)
}

/// Inserts a pledge (with `id` when given, as imports do) and its "created" entry.
pub(super) fn insert_pledge(
    tx: &Transaction,
    new: &NewPledge,
    who: &str,
    id: Option<i64>,
) -> Result<i64> {
    let now = now_stamp();
    let target = new.target.as_ref();
    tx.prepare_cached(
        "INSERT INTO pledge (id, letter_id, parent_id, title, owner, deadline, deadline_text, status,
                             target_quantity, target_unit, target_text, quote, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
    )?
    .execute(params![
        id,
        new.letter,
        new.parent,
        new.title,
        new.owner,
        opt_date_text(new.deadline),
        new.deadline_text,
        new.status.unwrap_or(Status::Pending).as_str(),
        target.map(|t| t.quantity.get()),
        target.and_then(|t| t.unit.as_deref()),
        target.and_then(|t| t.text.as_deref()),
        new.quote,
        now,
    ])?;
    let id = tx.last_insert_rowid();
    record(tx, id, "created", None, Some(&new.title), who, None)?;
    Ok(id)
}

pub(super) fn record(
    tx: &Transaction,
    pledge: i64,
    field: &str,
    old: Option<&str>,
    new: Option<&str>,
    who: &str,
    reason: Option<&str>,
) -> Result<Change> {
    let changed_at = now_stamp();
    tx.prepare_cached(
        "INSERT INTO history (pledge_id, field, old_value, new_value, changed_at, changed_by, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![pledge, field, old, new, changed_at, who, reason])?;
    Ok(Change {
        id: tx.last_insert_rowid(),
        pledge,
        field: field.to_string(),
        old: old.map(str::to_string),
        new: new.map(str::to_string),
        changed_at,
        changed_by: who.to_string(),
        reason: reason.map(str::to_string),
    })
}

/// The fields an edit can touch, as history stores them.
fn field_values(p: &Pledge) -> [(&'static str, Option<String>); 8] {
    let t = p.target.as_ref();
    [
        ("title", Some(p.title.clone())),
        ("owner", Some(p.owner.clone())),
        ("deadline", opt_date_text(p.deadline)),
        ("deadline_text", p.deadline_text.clone()),
        ("status", Some(p.status.as_str().to_string())),
        ("target_quantity", t.map(|t| t.quantity.to_string())),
        ("target_unit", t.and_then(|t| t.unit.clone())),
        ("target_text", t.and_then(|t| t.text.clone())),
    ]
}

pub(super) fn apply_edit(
    tx: &Transaction,
    old: &Pledge,
    edit: &Edit,
    who: &str,
    reason: Option<&str>,
) -> Result<Vec<Change>> {
    let new = Pledge {
        title: edit.title.clone().unwrap_or_else(|| old.title.clone()),
        owner: edit.owner.clone().unwrap_or_else(|| old.owner.clone()),
        deadline: edit.deadline.unwrap_or(old.deadline),
        deadline_text: edit
            .deadline_text
            .clone()
            .unwrap_or_else(|| old.deadline_text.clone()),
        status: edit.status.unwrap_or(old.status),
        target: edit.target.clone().unwrap_or_else(|| old.target.clone()),
        ..old.clone()
    };
    let mut changes = Vec::new();
    for ((field, before), (_, after)) in field_values(old).into_iter().zip(field_values(&new)) {
        if before != after {
            changes.push(record(
                tx,
                old.id,
                field,
                before.as_deref(),
                after.as_deref(),
                who,
                reason,
            )?);
        }
    }
    if changes.is_empty() {
        return Ok(changes);
    }
    let target = new.target.as_ref();
    tx.prepare_cached(
        "UPDATE pledge SET title = ?2, owner = ?3, deadline = ?4, deadline_text = ?5, status = ?6,
                target_quantity = ?7, target_unit = ?8, target_text = ?9, updated_at = ?10
         WHERE id = ?1",
    )?
    .execute(params![
        old.id,
        new.title,
        new.owner,
        opt_date_text(new.deadline),
        new.deadline_text,
        new.status.as_str(),
        target.map(|t| t.quantity.get()),
        target.and_then(|t| t.unit.as_deref()),
        target.and_then(|t| t.text.as_deref()),
        now_stamp(),
    ])?;
    Ok(changes)
}

#[cfg(test)]
mod plans {
    use super::*;
    use crate::store::Seed;

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
        let p = plan(&store, &list_sql(&f, Sort::Deadline), &f.named());
        assert!(
            p.contains("USING INDEX pledge_open_deadline") && !p.contains("TEMP B-TREE"),
            "{p}"
        );
        let day = crate::date::format(today);
        let p = plan(
            &store,
            SUMMARY_SQL,
            &[(":1", &day as &dyn rusqlite::ToSql)][..0],
        );
        assert!(
            !p.contains("SCAN pledge\n") && !p.ends_with("SCAN pledge"),
            "{p}"
        );
        assert!(
            p.contains("pledge_status") && p.contains("pledge_open_deadline"),
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
            super::super::rows::NOTE_COLUMNS
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
}
