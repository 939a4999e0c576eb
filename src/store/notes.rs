//! Progress notes: appended, never changed (the schema refuses updates and deletes); one
//! entered by mistake is withdrawn, a fact in history.

use rusqlite::params;

use super::edits::{apply_edit, record};
use super::guard;
use super::pledges::find_pledge;

use super::{Refusal, Saving, Store, now_stamp};
use crate::error::Result;
use crate::model::{Note, Quantity, Status};
use crate::problem::Field;
use crate::request::{Edit, Guarded, NOTE_WITHDRAWN, NewNote, Seen, Stale, Withdrawal};
use crate::sql::{Lite, Query, Sql};

/// A condition over `note n`: the note has not been withdrawn (schema step 5 says the same).
pub(super) const NOT_WITHDRAWN: &str = "NOT EXISTS (SELECT 1 FROM history h
    WHERE h.pledge_id = n.pledge_id AND h.field = 'note_withdrawn'
      AND h.old_value = CAST(n.id AS TEXT))";

impl Store {
    /// Appends a note; returns its id.
    pub fn add_note(&mut self, new: &NewNote) -> Result<i64> {
        let new = self.checked(new)?;
        self.write(Saving::Note, |tx| insert_note(&mut Lite(tx), &new))
    }

    /// Withdraws a note entered by mistake, only while what it set is still in force: its
    /// status still the pledge's (when `w.status_before` puts one back), and its progress
    /// still the latest. Otherwise writes nothing and says what changed. Returns the id of the
    /// history entry that records the withdrawal.
    pub fn withdraw_note(&mut self, w: &Withdrawal) -> Result<Guarded<i64>> {
        let by = crate::request::required(Field::Author, &w.by)?;
        self.pledge(w.pledge)?;
        self.write(Saving::Change, |tx| withdraw(&mut Lite(tx), w, &by))
    }

    /// The note as it will be stored, or why it cannot be.
    fn checked(&self, new: &NewNote) -> Result<NewNote> {
        let new = checked(new)?;
        self.pledge(new.pledge)?;
        Ok(new)
    }

    /// A pledge's notes, newest first (by the day it happened, then by when it was written).
    /// Withdrawn notes are kept and listed: the pledge's history says which they are.
    pub fn notes(&self, pledge: i64) -> Result<Vec<Note>> {
        super::records::notes(&mut Lite(&self.conn), pledge)
    }
}

/// The note as it will be stored, or why it cannot be, before the ledger is read.
pub(crate) fn checked(new: &NewNote) -> Result<NewNote> {
    Ok(new.checked().map_err(|invalid| Refusal::NotSaved {
        saving: Saving::Note,
        invalid,
    })?)
}

pub(crate) fn insert_note(tx: &mut impl Sql, new: &NewNote) -> Result<i64> {
    let now = now_stamp();
    let pledge = find_pledge(tx, new.pledge)?.ok_or(Refusal::PledgeGone {
        pledge: new.pledge,
        saving: Saving::Note,
    })?;
    // The body that reported it: the pledge's owner unless another is named.
    let reported_by = new.reported_by.as_deref().unwrap_or(&pledge.owner);
    let id: i64 = tx.one(
        "INSERT INTO note (pledge_id, happened_on, written_at, author, body, progress, status,
                           reported_by, evidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
        params![
            new.pledge,
            crate::date::format(new.on),
            now,
            new.author,
            new.body,
            new.progress.map(Quantity::get),
            new.status.map(Status::as_str),
            reported_by,
            new.evidence,
        ],
        |r| r.get(0),
    )?;
    // Closing or reopening with a note needs a why, refused before anything is kept.
    let reason = new
        .status_reason(pledge.status, id)
        .map_err(|invalid| Refusal::NotSaved {
            saving: Saving::Note,
            invalid,
        })?;
    let edit = Edit {
        status: new.status,
        ..Edit::default()
    };
    if apply_edit(tx, &pledge, &edit, &new.author, Some(&reason))?.is_empty() {
        tx.execute(
            "UPDATE pledge SET updated_at = ?2 WHERE id = ?1",
            params![new.pledge, now],
        )?;
    }
    Ok(id)
}

/// Withdraws note `w.note`, by `by`, while what it set is still in force (see
/// [`Store::withdraw_note`]); inside the write.
pub(crate) fn withdraw(tx: &mut impl Sql, w: &Withdrawal, by: &str) -> Result<Guarded<i64>> {
    let (progress, status): (Option<f64>, Option<String>) = tx
        .optional(
            &format!(
                "SELECT progress, status FROM note n WHERE id = ?1 AND pledge_id = ?2
                     AND {NOT_WITHDRAWN}"
            ),
            params![w.note, w.pledge],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .ok_or(Refusal::NoSuchNote {
            pledge: w.pledge,
            note: w.note,
        })?;
    let pledge = find_pledge(tx, w.pledge)?.ok_or(Refusal::PledgeGone {
        pledge: w.pledge,
        saving: Saving::Change,
    })?;
    let mut stale = Vec::new();
    if w.status_before.is_some() {
        stale = guard::stale(tx, &pledge, &[Seen::new("status", status)])?;
    }
    if let Some(ours) = progress {
        let (latest, author): (i64, String) = tx.one(
            &format!(
                "SELECT id, author FROM note n WHERE pledge_id = ?1
                     AND progress IS NOT NULL AND {NOT_WITHDRAWN}
                     ORDER BY happened_on DESC, id DESC LIMIT 1"
            ),
            &[&w.pledge],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if latest != w.note {
            stale.push(Stale {
                field: "progress".into(),
                seen: Quantity::new(ours).ok().map(|q| q.to_string()),
                now: pledge.progress.map(|q| q.to_string()),
                by: Some(author),
            });
        }
    }
    if !stale.is_empty() {
        return Ok(Guarded::Stale(stale));
    }
    let note = w.note.to_string();
    let withdrawal = record(tx, w.pledge, NOTE_WITHDRAWN, Some(&note), None, by, None)?;
    let edit = Edit {
        status: w.status_before,
        ..Edit::default()
    };
    if apply_edit(tx, &pledge, &edit, by, None)?.is_empty() {
        tx.execute(
            "UPDATE pledge SET updated_at = ?2 WHERE id = ?1",
            params![w.pledge, withdrawal.changed_at],
        )?;
    }
    Ok(Guarded::Done(withdrawal.id))
}
