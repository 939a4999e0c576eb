//! The whole ledger as JSON, and back; and loading the built-in letter.

use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::edits::{NewPledge, insert_pledge};
use super::rows::{self, CHANGE_COLUMNS, LETTER_COLUMNS, NOTE_COLUMNS, PLEDGE_COLUMNS};
use super::{Store, now_stamp};
use crate::builtin::Builtin;
use crate::error::{Error, Result};
use crate::model::{Change, Letter, Note, Pledge, Quantity, Status};

/// Marks a JSON file as a pledge export.
pub const EXPORT_FORMAT: &str = "pledge-ledger";

/// Everything a ledger holds. Exporting, importing into an empty ledger and exporting again
/// gives the same bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub format: String,
    pub schema_version: i64,
    pub letters: Vec<Letter>,
    pub pledges: Vec<Pledge>,
    pub notes: Vec<Note>,
    pub history: Vec<Change>,
}

fn all<T>(
    store: &Store,
    sql: &str,
    map: fn(&rusqlite::Row) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = store.conn.prepare(sql)?;
    let rows = stmt.query_map([], map)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Hex SHA-256 of a letter's text, its identity in the ledger.
pub fn sha256_hex(text: &str) -> String {
    sha256_bytes(text.as_bytes())
}

pub fn sha256_bytes(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

impl Store {
    pub fn export(&self) -> Result<Export> {
        Ok(Export {
            format: EXPORT_FORMAT.to_string(),
            schema_version: super::LATEST_VERSION,
            letters: all(
                self,
                &format!("SELECT {LETTER_COLUMNS} FROM letter ORDER BY id"),
                rows::letter,
            )?,
            pledges: all(
                self,
                &format!("SELECT {PLEDGE_COLUMNS} FROM pledge p ORDER BY p.id"),
                rows::pledge,
            )?,
            notes: all(
                self,
                &format!("SELECT {NOTE_COLUMNS} FROM note ORDER BY id"),
                rows::note,
            )?,
            history: all(
                self,
                &format!("SELECT {CHANGE_COLUMNS} FROM history ORDER BY id"),
                rows::change,
            )?,
        })
    }

    /// How many letters, pledges and notes the ledger holds.
    pub fn counts(&self) -> Result<(i64, i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM letter), (SELECT count(*) FROM pledge), (SELECT count(*) FROM note)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?)
    }

    /// Loads an export into this ledger, which must be empty, keeping every id: all or nothing.
    pub fn import(&mut self, data: &Export) -> Result<()> {
        if data.format != EXPORT_FORMAT {
            return Err(Error::Refused(format!(
                "not a pledge export: \"format\" is {:?}, expected {EXPORT_FORMAT:?}; nothing imported",
                data.format
            )));
        }
        if data.schema_version > super::LATEST_VERSION {
            return Err(Error::Refused(format!(
                "the export was written by a newer pledge (schema version {}; this program knows up to {}); nothing imported",
                data.schema_version,
                super::LATEST_VERSION
            )));
        }
        let (letters, pledges, notes) = self.counts()?;
        if letters + pledges + notes > 0 {
            return Err(Error::Refused(format!(
                "this ledger already holds {pledges} pledges and {letters} letters; imports go into an \
                 empty ledger so that every id is kept (`pledge init --empty --db NEW`, then \
                 `pledge import FILE --db NEW`); nothing imported"
            )));
        }
        self.write("import", |tx| {
            // Parents and letters may come later in the file than the rows naming them.
            tx.pragma_update(None, "defer_foreign_keys", true)?;
            for l in &data.letters {
                insert_letter(tx, l, true).map_err(|e| context(e, format!("letter {}", l.id)))?;
            }
            for p in &data.pledges {
                insert_pledge_row(tx, p).map_err(|e| context(e, format!("pledge {}", p.id)))?;
            }
            for n in &data.notes {
                insert_note_row(tx, n).map_err(|e| context(e, format!("note {}", n.id)))?;
            }
            for c in &data.history {
                insert_change_row(tx, c)
                    .map_err(|e| context(e, format!("history entry {}", c.id)))?;
            }
            Ok(())
        })
        .map_err(|e| match e {
            Error::Sqlite(e) => Error::Refused(format!(
                "the import does not fit together: {e}; nothing imported"
            )),
            other => other,
        })
    }
}

fn context(e: Error, what: String) -> Error {
    match e {
        Error::Sqlite(e) => Error::Refused(format!(
            "{what} in the import was refused: {e}; nothing imported"
        )),
        other => other,
    }
}

/// Inserts a letter, keeping `l.id` when `keep_id` (imports) or taking the next one.
fn insert_letter(tx: &Transaction, l: &Letter, keep_id: bool) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO letter (id, issuer, addressee, title, issued_on, reference, body, sha256, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        keep_id.then_some(l.id),
        l.issuer,
        l.addressee,
        l.title,
        crate::date::format(l.issued_on),
        l.reference,
        l.body,
        l.sha256,
        l.added_at
    ])?;
    Ok(tx.last_insert_rowid())
}

fn insert_pledge_row(tx: &Transaction, p: &Pledge) -> Result<()> {
    let t = p.target.as_ref();
    tx.prepare_cached(
        "INSERT INTO pledge (id, letter_id, parent_id, title, owner, deadline, deadline_text, status,
                             target_quantity, target_unit, target_text, quote, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        p.id,
        p.letter,
        p.parent,
        p.title,
        p.owner,
        p.deadline.map(crate::date::format),
        p.deadline_text,
        p.status.as_str(),
        t.map(|t| t.quantity.get()),
        t.and_then(|t| t.unit.as_deref()),
        t.and_then(|t| t.text.as_deref()),
        p.quote,
        p.created_at,
        p.updated_at
    ])?;
    Ok(())
}

fn insert_note_row(tx: &Transaction, n: &Note) -> Result<()> {
    let body: Vec<u8> = match &n.body_hex {
        Some(hex) => unhex(hex).ok_or_else(|| {
            Error::Refused(format!(
                "note {}: \"body_hex\" is not hexadecimal; nothing imported",
                n.id
            ))
        })?,
        None => {
            crate::model::check_note_size(n.body.len())
                .map_err(|e| Error::Refused(format!("note {}: {e}; nothing imported", n.id)))?;
            n.body.clone().into_bytes()
        }
    };
    // CAST keeps the exact bytes as TEXT, even ones that are not UTF-8.
    tx.prepare_cached(
        "INSERT INTO note (id, pledge_id, happened_on, written_at, author, body, progress, status)
         VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS TEXT), ?7, ?8)",
    )?
    .execute(params![
        n.id,
        n.pledge,
        crate::date::format(n.on),
        n.written_at,
        n.author,
        body,
        n.progress.map(Quantity::get),
        n.status.map(Status::as_str)
    ])?;
    Ok(())
}

fn unhex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() % 2 != 0 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| {
            hex.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
        })
        .collect()
}

fn insert_change_row(tx: &Transaction, c: &Change) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO history (id, pledge_id, field, old_value, new_value, changed_at, changed_by, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![c.id, c.pledge, c.field, c.old, c.new, c.changed_at, c.changed_by, c.reason])?;
    Ok(())
}

impl Store {
    /// The letter with this text's SHA-256, if the ledger has it.
    pub fn letter_with_sha(&self, sha256: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT id FROM letter WHERE sha256 = ?1", [sha256], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Adds a letter and its pledges in one transaction; returns the letter's id and the
    /// pledges'. A letter already in the ledger (same SHA-256) is refused and nothing is added.
    pub fn add_letter(
        &mut self,
        letter: &Letter,
        pledges: &[NewPledge],
        who: &str,
    ) -> Result<(i64, Vec<i64>)> {
        for p in pledges {
            super::edits::required_text("title", &p.title)?;
            super::edits::required_text("owner", &p.owner)?;
        }
        self.write("letter", |tx| {
            let existing: Option<i64> = tx
                .query_row(
                    "SELECT id FROM letter WHERE sha256 = ?1",
                    [&letter.sha256],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(id) = existing {
                return Err(Error::Refused(format!(
                    "this letter is already in the ledger (letter #{id}); nothing added"
                )));
            }
            let id = insert_letter(tx, letter, false)?;
            let mut ids = Vec::new();
            for p in pledges {
                let new = NewPledge {
                    letter: Some(id),
                    ..p.clone()
                };
                ids.push(insert_pledge(tx, &new, who, None)?);
            }
            Ok((id, ids))
        })
    }
}

/// Writes the built-in letter and its pledges (parents given by position in the list).
pub(super) fn insert_builtin(tx: &Transaction, data: &Builtin) -> Result<()> {
    let body = crate::builtin::LETTER_TEXT;
    let letter = Letter {
        id: 0,
        issuer: data.letter.issuer.clone(),
        addressee: data.letter.addressee.clone(),
        title: data.letter.title.clone(),
        issued_on: data.letter.issued_on,
        reference: data.letter.reference.clone(),
        body: body.to_string(),
        sha256: sha256_hex(body),
        added_at: now_stamp(),
    };
    let letter_id = insert_letter(tx, &letter, false)?;
    let mut ids: Vec<i64> = Vec::with_capacity(data.pledges.len());
    for p in &data.pledges {
        let parent = p.parent.and_then(|i| ids.get(i.wrapping_sub(1)).copied());
        let new = NewPledge {
            title: p.title.clone(),
            owner: p.owner.clone(),
            deadline: p.deadline,
            deadline_text: p.deadline_text.clone(),
            status: None,
            target: p.target.clone(),
            quote: Some(p.quote.clone()),
            parent,
            letter: Some(letter_id),
        };
        ids.push(insert_pledge(tx, &new, "pledge (built-in)", None)?);
    }
    Ok(())
}
