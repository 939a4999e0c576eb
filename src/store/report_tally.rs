//! The overdue report's counts in one pass: each section's groups with their size and most
//! urgent item. The report screen shows its headings and counts from these before reading
//! any rows, so this pass is what opening the screen waits for.
//!
//! SQL reads a few raw columns of each open pledge (through an index that holds only them,
//! schema step 12) and each row is placed here by [`place`], the rule the whole report's
//! `report::rows::classify` follows: at a million pledges, classifying in SQL (its date
//! functions and CASE over every row) took half the pass.

use std::collections::{BTreeSet, HashMap};
use std::ops::ControlFlow;

use chrono::NaiveDate;

use super::filter::{Dialect, FilterSql};
use super::report::{ReportValues, counted_sql};
use crate::error::Result;
use crate::request::ReportQuery;
use crate::sql::{Cells, Query, Row, Sql};

/// One owner's group of a section, as the pass counts it.
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

/// The counts the report's first pass gathers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportCounts {
    pub groups: Vec<GroupCount>,
    /// Undated pledges left out for recent progress.
    pub undated_recent: usize,
}

#[cfg(test)]
impl ReportCounts {
    /// The pledges of `section` (each once, in its first body's group).
    pub(crate) fn pledges_in(&self, section: usize) -> usize {
        self.groups
            .iter()
            .filter(|g| g.section == section)
            .map(|g| g.first_rows)
            .sum()
    }
}

/// Where a pledge goes in the report, from its days: `due` its deadline (or one cleared while
/// overdue), `last_note_on` its latest note up to the report's day. The one rule of the
/// report's sections, kept beside the counts that read it over every open pledge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placed {
    /// Past the day it was due.
    Overdue(NaiveDate),
    /// Due within the days the report looks ahead.
    DueSoon(NaiveDate),
    /// Due after the days the report looks ahead.
    Later,
    NoDeadline,
    /// Undated with recent progress: counted in the footer, not listed.
    LeftOut,
}

/// The report's day and the days it looks ahead and back, as the bounds [`place`] compares.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub as_of: NaiveDate,
    pub within_days: i64,
    pub stale_days: i64,
}

impl Window {
    /// The window of a report of `q` looking `within_days` ahead and `stale_days` back.
    pub fn of(q: &ReportQuery<'_>, within_days: i64, stale_days: i64) -> Window {
        Window {
            as_of: q.as_of,
            within_days,
            stale_days,
        }
    }
}

/// [`Placed`] for a pledge due on `due` (none: undated) whose latest note up to the report's
/// day is `last_note_on`.
pub fn place(w: &Window, due: Option<NaiveDate>, last_note_on: Option<NaiveDate>) -> Placed {
    match due {
        Some(d) if d < w.as_of => Placed::Overdue(d),
        Some(d) if crate::date::days_between(w.as_of, d) <= w.within_days => Placed::DueSoon(d),
        Some(_) => Placed::Later,
        None => match last_note_on {
            Some(n) if crate::date::days_between(n, w.as_of) <= w.stale_days => Placed::LeftOut,
            _ => Placed::NoDeadline,
        },
    }
}

/// The day an undated pledge's silence began, as the report counts it: its latest note up to
/// the report's day, else its letter's day, else the day it was created (`created_at`, a
/// stamp that starts with it), else the report's day.
pub fn silent_since(
    last_note_on: Option<NaiveDate>,
    letter_issued: impl FnOnce() -> Option<NaiveDate>,
    created_at: Option<&str>,
    as_of: NaiveDate,
) -> NaiveDate {
    last_note_on
        .or_else(letter_issued)
        .or_else(|| crate::date::parse(created_at?.get(..10)?).ok())
        .unwrap_or(as_of)
}

/// Adds `t` to the tally at `key` in `map`, or puts it there.
fn merge_into<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Tally>, key: K, t: Tally) {
    match map.entry(key) {
        std::collections::hash_map::Entry::Occupied(mine) => mine.into_mut().merge(t),
        std::collections::hash_map::Entry::Vacant(free) => {
            free.insert(t);
        }
    }
}

/// One group's count as its rows are read: the most urgent item by its day (the key is the
/// days from the report's day to it, so the earliest day is the smallest key).
struct Tally {
    count: usize,
    first_rows: usize,
    first: (NaiveDate, i64),
    letters: BTreeSet<i64>,
}

impl Tally {
    fn new(first: (NaiveDate, i64)) -> Tally {
        Tally {
            count: 0,
            first_rows: 0,
            first,
            letters: BTreeSet::new(),
        }
    }

    fn add(&mut self, first_row: bool, first: (NaiveDate, i64), letter: Option<i64>) {
        self.count += 1;
        self.first_rows += usize::from(first_row);
        self.first = self.first.min(first);
        if let Some(l) = letter {
            self.letters.insert(l);
        }
    }

    fn merge(&mut self, other: Tally) {
        self.count += other.count;
        self.first_rows += other.first_rows;
        self.first = self.first.min(other.first);
        self.letters.extend(other.letters);
    }
}

/// A day cell, as the ledger stores it: `None` for NULL or a text that is no day.
fn day(row: &Row<'_>, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    Ok(text(row, i)?.and_then(|t| crate::date::parse(t.get(..10)?).ok()))
}

fn text<'r>(row: &'r Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
    match row.get_ref(i)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        v => v
            .as_str()
            .map(Some)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, v.data_type(), Box::new(e))),
    }
}

/// The groups of a range of pledges, as they are read: by body id, or for a pledge linked
/// to none by its owner text.
#[derive(Default)]
struct Tallies {
    by_body: HashMap<(usize, i64), Tally>,
    by_owner: [HashMap<String, Tally>; 3],
    undated_recent: usize,
}

impl Tallies {
    fn merge(&mut self, other: Tallies) {
        for (key, t) in other.by_body {
            merge_into(&mut self.by_body, key, t);
        }
        for (mine, theirs) in self.by_owner.iter_mut().zip(other.by_owner) {
            for (owner, t) in theirs {
                merge_into(mine, owner, t);
            }
        }
        self.undated_recent += other.undated_recent;
    }
}

/// What the counts read besides the pledges: the bodies' names, the letters' days, and
/// whether a file has the counts' own index (one read as it is from before step 12 has not).
struct Lookups {
    names: HashMap<i64, String>,
    issued: HashMap<i64, NaiveDate>,
    indexed: bool,
}

fn lookups(sql: &mut impl Sql, dialect: Dialect) -> Result<Lookups> {
    let indexed = dialect == Dialect::Lite
        && sql.one(
            "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'index' AND name = ?1",
            &[&super::report::COUNTED_INDEX],
            |r| r.get(0),
        )?;
    let names = sql
        .all("SELECT id, name FROM body", &[], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .into_iter()
        .collect();
    let issued = sql
        .all("SELECT id, issued_on FROM letter", &[], |r| {
            Ok((r.get(0)?, day(r, 1)?))
        })?
        .into_iter()
        .filter_map(|(id, d)| Some((id, d?)))
        .collect();
    Ok(Lookups {
        names,
        issued,
        indexed,
    })
}

/// The pledges with ids in `ids` (from, to: both counted), each placed and counted in its group.
fn tally(
    sql: &mut impl Sql,
    dialect: Dialect,
    q: &ReportQuery<'_>,
    window: &Window,
    looked: &Lookups,
    ids: (i64, i64),
) -> Result<Tallies> {
    let issued = &looked.issued;
    let filter = FilterSql::on(q.filter, dialect);
    let values = ReportValues::new(q);
    let mut named = values.named();
    named.push((":from_id", &ids.0));
    named.push((":to_id", &ids.1));
    let (statement, params) = filter.positional(&counted_sql(&filter, looked.indexed), &named);
    let mut out = Tallies::default();
    // Grouped here rather than by SQL's GROUP BY, whose sorter copied every row.
    sql.each(&statement, &params, &mut |row| {
        let id: i64 = row.get(0)?;
        let due = match day(row, 3)? {
            Some(d) => Some(d),
            None => day(row, 4)?,
        };
        let last_note_on = day(row, 6)?;
        let section = match place(window, due, last_note_on) {
            Placed::Overdue(_) => 0,
            Placed::DueSoon(_) => 1,
            Placed::NoDeadline => 2,
            Placed::LeftOut => {
                out.undated_recent += 1;
                return Ok(ControlFlow::Continue(()));
            }
            Placed::Later => return Ok(ControlFlow::Continue(())),
        };
        let letter: Option<i64> = row.get(7)?;
        let first = match due {
            Some(d) => (d, id),
            None => {
                let issued = || letter.and_then(|l| issued.get(&l).copied());
                let created = text(row, 5)?;
                (
                    silent_since(last_note_on, issued, created, window.as_of),
                    id,
                )
            }
        };
        let first_row: bool = row.get(8)?;
        let tally = match row.get::<Option<i64>>(1)? {
            Some(body) => out
                .by_body
                .entry((section, body))
                .or_insert_with(|| Tally::new(first)),
            None => {
                let owner = text(row, 2)?.unwrap_or_default();
                let in_section = &mut out.by_owner[section];
                match in_section.get_mut(owner) {
                    Some(t) => t,
                    None => in_section
                        .entry(owner.to_string())
                        .or_insert_with(|| Tally::new(first)),
                }
            }
        };
        tally.add(first_row, first, letter);
        Ok(ControlFlow::Continue(()))
    })?;
    Ok(out)
}

/// The counts of the tallies, each group named, in section and name order.
fn counts(
    sql: &mut impl Sql,
    as_of: NaiveDate,
    names: &HashMap<i64, String>,
    t: Tallies,
) -> Result<ReportCounts> {
    // A body's name and an unlinked pledge's owner text that read alike are one group.
    let mut groups: HashMap<(usize, String), Tally> = t
        .by_owner
        .into_iter()
        .enumerate()
        .flat_map(|(section, g)| g.into_iter().map(move |(o, t)| ((section, o), t)))
        .collect();
    for ((section, body), t) in t.by_body {
        let name = names.get(&body).cloned().unwrap_or_default();
        merge_into(&mut groups, (section, name), t);
    }
    let mut groups: Vec<_> = groups.into_iter().collect();
    groups.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut out = ReportCounts {
        groups: Vec::with_capacity(groups.len()),
        undated_recent: t.undated_recent,
    };
    for ((section, owner), t) in groups {
        let (on, id) = t.first;
        out.groups.push(GroupCount {
            section,
            owner,
            count: t.count,
            first_rows: t.first_rows,
            first: (crate::date::days_between(as_of, on), id),
            role: String::new(),
            letters: t.letters.into_iter().collect(),
        });
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

/// [`Store::report_counts`] on any ledger, in one pass.
pub(crate) fn report_counts(
    sql: &mut impl Sql,
    dialect: Dialect,
    q: &ReportQuery<'_>,
    within_days: i64,
    stale_days: i64,
) -> Result<ReportCounts> {
    let window = Window::of(q, within_days, stale_days);
    let looked = lookups(sql, dialect)?;
    let t = tally(sql, dialect, q, &window, &looked, (i64::MIN, i64::MAX))?;
    counts(sql, q.as_of, &looked.names, t)
}

mod halves;

#[cfg(test)]
mod tests;
