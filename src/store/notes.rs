//! Progress notes: appended, never changed (the schema refuses updates and deletes).

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

use super::edits::{Edit, apply_edit, required_text};
use super::guard::{self, Guarded, Seen, Stale};
use super::pledges::find_pledge;
use super::rows::{self, NOTE_COLUMNS};
use super::{Store, now_stamp};
use crate::error::{Error, Result};
use crate::model::{Note, Quantity, Status};

/// A note to add. A status given with it changes the pledge's status too (recorded in history).
#[derive(Debug, Clone, PartialEq)]
pub struct NewNote {
    pub pledge: i64,
    pub on: NaiveDate,
    pub author: String,
    pub body: String,
    pub progress: Option<Quantity>,
    pub status: Option<Status>,
}

impl Store {
    /// Appends a note; returns its id.
    pub fn add_note(&mut self, new: &NewNote) -> Result<i64> {
        let new = self.checked(new)?;
        self.write("note", |tx| insert_note(tx, &new))
    }

    /// Appends a note correcting note `wrong`, only while what `wrong` set is still in force:
    /// its status still the pledge's (if `new` resets the status), and its progress still the
    /// latest (if `new` resets the progress). Otherwise writes nothing and says what changed.
    pub fn correct_note(&mut self, new: &NewNote, wrong: i64) -> Result<Guarded<i64>> {
        let new = self.checked(new)?;
        self.write("note", |tx| {
            let (progress, status): (Option<f64>, Option<String>) = tx
                .prepare_cached(
                    "SELECT progress, status FROM note WHERE id = ?1 AND pledge_id = ?2",
                )?
                .query_row(params![wrong, new.pledge], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
                .ok_or_else(|| {
                    Error::Refused(format!("pledge {} has no note #{wrong}", new.pledge))
                })?;
            let pledge = find_pledge(tx, new.pledge)?
                .ok_or_else(|| Error::Refused(format!("pledge {} is gone", new.pledge)))?;
            let mut stale = Vec::new();
            if new.status.is_some() {
                stale = guard::stale(tx, &pledge, &[Seen::new("status", status)])?;
            }
            if let (Some(_), Some(ours)) = (new.progress, progress) {
                let (latest, author): (i64, String) = tx
                    .prepare_cached(
                        "SELECT id, author FROM note WHERE pledge_id = ?1 AND progress IS NOT NULL
                         ORDER BY happened_on DESC, id DESC LIMIT 1",
                    )?
                    .query_row([new.pledge], |r| Ok((r.get(0)?, r.get(1)?)))?;
                if latest != wrong {
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
            insert_note(tx, &new).map(Guarded::Done)
        })
    }

    /// The note as it will be stored, or why it cannot be.
    fn checked(&self, new: &NewNote) -> Result<NewNote> {
        let body = new.body.trim_end().to_string();
        required_text("note text", &body)?;
        crate::model::check_note_size(body.len()).map_err(|e| {
            Error::Usage(format!(
                "{}; note NOT saved",
                crate::messages::values::problem(&e)
            ))
        })?;
        let author = required_text("author", &new.author)?;
        self.pledge(new.pledge)?;
        Ok(NewNote {
            body,
            author,
            ..new.clone()
        })
    }

    /// A pledge's notes, newest first (by the day it happened, then by when it was written).
    pub fn notes(&self, pledge: i64) -> Result<Vec<Note>> {
        let sql = format!(
            "SELECT {NOTE_COLUMNS} FROM note WHERE pledge_id = ?1 ORDER BY happened_on DESC, id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([pledge], rows::note)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn insert_note(tx: &Transaction, new: &NewNote) -> Result<i64> {
    let now = now_stamp();
    tx.prepare_cached(
        "INSERT INTO note (pledge_id, happened_on, written_at, author, body, progress, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        new.pledge,
        crate::date::format(new.on),
        now,
        new.author,
        new.body,
        new.progress.map(Quantity::get),
        new.status.map(Status::as_str),
    ])?;
    let id = tx.last_insert_rowid();
    let pledge = find_pledge(tx, new.pledge)?
        .ok_or_else(|| Error::Refused(format!("pledge {} is gone; note NOT saved", new.pledge)))?;
    let reason = format!("with note #{id}");
    let edit = Edit {
        status: new.status,
        ..Edit::default()
    };
    if apply_edit(tx, &pledge, &edit, &new.author, Some(&reason))?.is_empty() {
        tx.prepare_cached("UPDATE pledge SET updated_at = ?2 WHERE id = ?1")?
            .execute(params![new.pledge, now])?;
    }
    Ok(id)
}
