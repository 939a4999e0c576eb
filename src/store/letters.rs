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

/// One field of a letter's metadata that an edit changed: its name, old and new value.
pub type LetterChange = (&'static str, Option<String>, Option<String>);

impl Store {
    /// Every letter without its text, its pledges counted as of `today`, in id order.
    pub fn letter_rows(&self, today: NaiveDate) -> Result<Vec<LetterRow>> {
        let open = open_condition();
        let overdue = overdue_condition("?1");
        let sql = format!(
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
        let mut stmt = self.conn.prepare(&sql)?;
        let mapped = stmt.query_map([crate::date::format(today)], |r| {
            Ok(LetterRow {
                id: r.get("id")?,
                issuer: r.get("issuer")?,
                addressee: r.get("addressee")?,
                title: r.get("title")?,
                issued_on: rows::opt_date(r, 4)?.unwrap_or_default(),
                reference: rows::opt_text(r, 5)?,
                member: rows::opt_text(r, 6)?,
                kind: rows::opt_text(r, 7)?.and_then(|k| k.parse().ok()),
                category: rows::opt_text(r, 8)?.and_then(|c| c.parse().ok()),
                pledges: r.get("pledges")?,
                open: r.get("open")?,
                overdue: r.get("overdue")?,
                done: r.get("done")?,
                dropped: r.get("dropped")?,
            })
        })?;
        Ok(mapped.collect::<rusqlite::Result<_>>()?)
    }

    /// Changes a letter's metadata; returns what changed. Nothing is written when a value is
    /// refused or the letter does not exist.
    pub fn set_letter(&mut self, id: i64, edit: &LetterEdit) -> Result<Vec<LetterChange>> {
        let old = self.letter(id)?.ok_or_else(|| no_such_letter(id))?;
        let new = edit.applied(&old)?;
        let changes = letter_changes(&old, &new);
        if changes.is_empty() {
            return Ok(changes);
        }
        self.write(Saving::Letter, |tx| {
            tx.prepare_cached(
                "UPDATE letter SET reference = ?2, member = ?3, kind = ?4, category = ?5,
                                   contact = ?6, phone = ?7 WHERE id = ?1",
            )?
            .execute(params![
                id,
                new.reference,
                new.meta.member,
                new.meta.kind.map(LetterKind::as_str),
                new.meta.category.map(Category::as_str),
                new.meta.contact,
                new.meta.phone,
            ])?;
            Ok(())
        })?;
        Ok(changes)
    }

    /// Records that the supervision office confirms the deadline of `id`, cleared while
    /// overdue, may go: the pledge then leaves the report's overdue section. Returns the
    /// deadline confirmed. A pledge with nothing to confirm is refused; a blank reason too.
    pub fn confirm_deadline(&mut self, id: i64, who: &str, why: &str) -> Result<NaiveDate> {
        let why = crate::request::required(Field::Reason, why)?;
        let pledge = self.pledge(id)?;
        let deadline = pledge
            .cleared_deadline
            .ok_or_else(|| Invalid::new(Field::Id, id.to_string(), Problem::NothingToConfirm))?;
        self.write(Saving::Change, |tx| {
            tx.prepare_cached(
                "INSERT INTO confirmation (pledge_id, deadline, confirmed_at, confirmed_by, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                id,
                crate::date::format(deadline),
                now_stamp(),
                who,
                why
            ])?;
            Ok(())
        })?;
        Ok(deadline)
    }
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
