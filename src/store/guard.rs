//! Writing only over what the writer saw. A form, a picker or an undo carries the values it read
//! earlier; another process may have changed them since. The check runs inside the write
//! transaction, so nothing can slip in between it and the write.

use rusqlite::{OptionalExtension, Transaction};

use super::edits::field_values;
use crate::error::Result;
use crate::model::{Change, Pledge};

/// A field's value as the writer last saw it, in the form history stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub field: String,
    pub value: Option<String>,
}

impl Seen {
    pub fn new(field: &str, value: Option<String>) -> Seen {
        Seen {
            field: field.to_string(),
            value,
        }
    }

    /// Every field an edit can touch, as `p` holds them: what a form opened on `p` shows.
    pub fn all(p: &Pledge) -> Vec<Seen> {
        field_values(p)
            .into_iter()
            .map(|(field, value)| Seen::new(field, value))
            .collect()
    }

    /// What `changes` wrote: an undo goes ahead only while those values are still there.
    pub fn wrote(changes: &[Change]) -> Vec<Seen> {
        changes
            .iter()
            .map(|c| Seen::new(&c.field, c.new.clone()))
            .collect()
    }
}

/// A field that changed after the writer read it: nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    pub field: String,
    /// What the writer saw.
    pub seen: Option<String>,
    /// What the ledger holds now.
    pub now: Option<String>,
    /// Who wrote the value there, when history or the notes say.
    pub by: Option<String>,
}

/// What a guarded write did: written, or refused because fields changed underneath.
#[derive(Debug, Clone, PartialEq)]
pub enum Guarded<T> {
    Done(T),
    Stale(Vec<Stale>),
}

/// The fields of `p` that no longer hold what `seen` says; read inside the write transaction.
pub(super) fn stale(tx: &Transaction, p: &Pledge, seen: &[Seen]) -> Result<Vec<Stale>> {
    let values = field_values(p);
    let mut stale = Vec::new();
    for s in seen {
        // A field outside the pledge's columns cannot be compared here; its caller checks it.
        let Some((_, now)) = values.iter().find(|(f, _)| *f == s.field) else {
            continue;
        };
        if *now != s.value {
            stale.push(Stale {
                field: s.field.clone(),
                seen: s.value.clone(),
                now: now.clone(),
                by: last_changed_by(tx, p.id, &s.field)?,
            });
        }
    }
    Ok(stale)
}

/// Who last changed `field` of a pledge, by its history.
fn last_changed_by(tx: &Transaction, pledge: i64, field: &str) -> Result<Option<String>> {
    Ok(tx
        .prepare_cached(
            "SELECT changed_by FROM history WHERE pledge_id = ?1 AND field IN (?2, 'created')
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row(rusqlite::params![pledge, field], |r| r.get(0))
        .optional()?)
}
