//! Progress notes: appended, never changed (the schema refuses updates and deletes).

use chrono::NaiveDate;
use rusqlite::{Transaction, params};

use super::edits::{Edit, apply_edit, required_text};
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
        let body = new.body.trim_end().to_string();
        required_text("note text", &body)?;
        crate::model::check_note_size(body.len())
            .map_err(|e| Error::Usage(format!("{e}; note NOT saved")))?;
        let author = required_text("author", &new.author)?;
        self.pledge(new.pledge)?;
        let new = NewNote {
            body,
            author,
            ..new.clone()
        };
        self.write("note", |tx| insert_note(tx, &new))
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
