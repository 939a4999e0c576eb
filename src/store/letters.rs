//! Letters as records of their own: listed with their pledges counted, their metadata edited,
//! and the supervision office's confirmation of a deadline cleared while overdue.

use chrono::NaiveDate;
use rusqlite::params;

use super::filter::{open_condition, overdue_condition};
use super::rows;
use super::{Saving, Store, now_stamp};
use crate::error::Result;
use crate::model::{Category, Letter, LetterKind};
use crate::problem::{Field, Invalid, Problem};
use crate::request::{LetterEdit, LetterRow};
use crate::sql::{Lite, Query, Sql};

/// One field of a letter's metadata that an edit changed: its name, old and new value.
pub type LetterChange = (&'static str, Option<String>, Option<String>);

impl Store {
    /// Every letter without its text, its pledges counted as of `today`, in id order.
    pub fn letter_rows(&self, today: NaiveDate) -> Result<Vec<LetterRow>> {
        letter_rows(&mut Lite(&self.conn), today)
    }

    /// Changes a letter's metadata; returns what changed. Nothing is written when a value is
    /// refused or the letter does not exist.
    pub fn set_letter(&mut self, id: i64, edit: &LetterEdit) -> Result<Vec<LetterChange>> {
        // Refused, or changing nothing, before the write: a ledger opened for reading says so.
        if letter_edited(&mut Lite(&self.conn), id, edit)?.1.is_empty() {
            return Ok(Vec::new());
        }
        self.write(Saving::Letter, |tx| set_letter(&mut Lite(tx), id, edit))
    }

    /// Records that the supervision office confirms the deadline of `id`, cleared while
    /// overdue, may go: the pledge then leaves the report's overdue section. Returns the
    /// deadline confirmed. A pledge with nothing to confirm is refused; a blank reason too.
    pub fn confirm_deadline(&mut self, id: i64, who: &str, why: &str) -> Result<NaiveDate> {
        let why = crate::request::required(Field::Reason, why)?;
        to_confirm(&mut Lite(&self.conn), id)?;
        self.write(Saving::Change, |tx| {
            confirm_deadline(&mut Lite(tx), id, who, &why)
        })
    }
}

/// Every letter without its text, its pledges counted as of `today`, in id order.
pub(crate) fn letter_rows(sql: &mut impl Sql, today: NaiveDate) -> Result<Vec<LetterRow>> {
    let open = open_condition();
    let overdue = overdue_condition("?1");
    let statement = format!(
        "SELECT l.id, l.issuer, l.addressee, l.title, l.issued_on, l.reference, l.member,
                l.kind, l.category,
                count(p.id) AS pledges,
                count(p.id) FILTER (WHERE {open}) AS open,
                count(p.id) FILTER (WHERE {overdue}) AS overdue,
                count(p.id) FILTER (WHERE p.status = 'done') AS done,
                count(p.id) FILTER (WHERE p.status = 'dropped') AS dropped
         FROM letter l LEFT JOIN pledge p ON p.letter_id = l.id
         GROUP BY l.id ORDER BY l.id"
    );
    sql.all(&statement, &[&crate::date::format(today)], |r| {
        Ok(LetterRow {
            id: r.get(0)?,
            issuer: r.get(1)?,
            addressee: r.get(2)?,
            title: r.get(3)?,
            issued_on: rows::opt_date(r, 4)?.unwrap_or_default(),
            reference: rows::opt_text(r, 5)?,
            member: rows::opt_text(r, 6)?,
            kind: rows::opt_text(r, 7)?.and_then(|k| k.parse().ok()),
            category: rows::opt_text(r, 8)?.and_then(|c| c.parse().ok()),
            pledges: r.get(9)?,
            open: r.get(10)?,
            overdue: r.get(11)?,
            done: r.get(12)?,
            dropped: r.get(13)?,
        })
    })
}

/// The letter as `edit` leaves it and what that changes; refused when a value is, or when
/// there is no such letter.
pub(crate) fn letter_edited(
    sql: &mut impl Sql,
    id: i64,
    edit: &LetterEdit,
) -> Result<(Letter, Vec<LetterChange>)> {
    let old = super::records::letter(sql, id)?.ok_or_else(|| no_such_letter(id))?;
    let new = edit.applied(&old)?;
    let changes = letter_changes(&old, &new);
    Ok((new, changes))
}

/// [`Store::set_letter`] inside the write: the letter read again under the lock, so the
/// changes returned are the ones made.
pub(crate) fn set_letter(
    sql: &mut impl Sql,
    id: i64,
    edit: &LetterEdit,
) -> Result<Vec<LetterChange>> {
    let (new, changes) = letter_edited(sql, id, edit)?;
    if changes.is_empty() {
        return Ok(changes);
    }
    sql.execute(
        "UPDATE letter SET reference = ?2, member = ?3, kind = ?4, category = ?5,
                           contact = ?6, phone = ?7 WHERE id = ?1",
        params![
            id,
            new.reference,
            new.meta.member,
            new.meta.kind.map(LetterKind::as_str),
            new.meta.category.map(Category::as_str),
            new.meta.contact,
            new.meta.phone,
        ],
    )?;
    Ok(changes)
}

/// The deadline of `id` cleared while overdue, that a confirmation would let go; a pledge
/// with none is refused, as is an id no pledge has.
pub(crate) fn to_confirm(sql: &mut impl Sql, id: i64) -> Result<NaiveDate> {
    let pledge = super::records::pledge(sql, id)?;
    Ok(pledge
        .cleared_deadline
        .ok_or_else(|| Invalid::new(Field::Id, id.to_string(), Problem::NothingToConfirm))?)
}

/// [`Store::confirm_deadline`] inside the write, the reason checked: the deadline read again
/// under the lock, so one confirmed meanwhile is not confirmed twice.
pub(crate) fn confirm_deadline(
    sql: &mut impl Sql,
    id: i64,
    who: &str,
    why: &str,
) -> Result<NaiveDate> {
    let deadline = to_confirm(sql, id)?;
    sql.execute(
        "INSERT INTO confirmation (pledge_id, deadline, confirmed_at, confirmed_by, reason)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, crate::date::format(deadline), now_stamp(), who, why],
    )?;
    Ok(deadline)
}

/// A letter id that names none, refused with the field and the value.
pub fn no_such_letter(id: i64) -> Invalid {
    Invalid::new(Field::Letter, id.to_string(), Problem::NoSuchLetter)
}

fn letter_changes(old: &Letter, new: &Letter) -> Vec<LetterChange> {
    let kind = |l: &Letter| l.meta.kind.map(|k| k.as_str().to_string());
    let category = |l: &Letter| l.meta.category.map(|c| c.as_str().to_string());
    [
        ("reference", old.reference.clone(), new.reference.clone()),
        ("member", old.meta.member.clone(), new.meta.member.clone()),
        ("kind", kind(old), kind(new)),
        ("category", category(old), category(new)),
        (
            "contact",
            old.meta.contact.clone(),
            new.meta.contact.clone(),
        ),
        ("phone", old.meta.phone.clone(), new.meta.phone.clone()),
    ]
    .into_iter()
    .filter(|(_, a, b)| a != b)
    .collect()
}
