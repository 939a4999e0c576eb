//! A pledge's own records read in the dialects' common ground (`crate::sql`): the server
//! ledger reads them with the same statements as a file.

pub(crate) use super::bodies::{add_pledge_with, bodies_named, edit_pledge_with, pledge_bodies};
pub(crate) use super::edits::edit_seen;
pub(crate) use super::notes::{checked as checked_note, insert_note, withdraw};
pub(crate) use super::pledges::find_pledge;
use super::rows::{self, CHANGE_COLUMNS, LETTER_COLUMNS, NOTE_COLUMNS, PLEDGE_COLUMNS};
pub(crate) use super::transfer::{add_letter, insert_builtin, refuse_blank};
use super::{NewPledge, Refusal};
use crate::error::{Error, Result};
use crate::model::{Change, Letter, Note, Pledge};
use crate::sql::{Query, Sql};

/// The refusal of an id no pledge has, with the ids there are.
pub(crate) fn no_such_pledge(sql: &mut impl Sql, id: i64) -> Error {
    let range = sql
        .one("SELECT min(id), max(id) FROM pledge", &[], |r| {
            Ok(r.get::<Option<i64>>(0)?.zip(r.get::<Option<i64>>(1)?))
        })
        .ok()
        .flatten();
    Error::Ledger(Refusal::NoSuchPledge { id, ids: range })
}

/// The pledge with this id, or the refusal naming it.
pub(crate) fn pledge(sql: &mut impl Sql, id: i64) -> Result<Pledge> {
    match super::pledges::find_pledge(sql, id)? {
        Some(p) => Ok(p),
        None => Err(no_such_pledge(sql, id)),
    }
}

/// Refuses a new pledge whose parent or letter is not in the ledger.
pub(crate) fn refuse_missing(sql: &mut impl Sql, new: &NewPledge) -> Result<()> {
    if let Some(id) = new.parent {
        super::pledges::find_pledge(sql, id)?.ok_or(Refusal::NoParent { id })?;
    }
    if let Some(id) = new.letter {
        letter(sql, id)?.ok_or_else(|| super::letters::no_such_letter(id))?;
    }
    Ok(())
}

/// Sub-items of a pledge, in id order.
pub(crate) fn children(sql: &mut impl Sql, id: i64) -> Result<Vec<Pledge>> {
    let statement =
        format!("SELECT {PLEDGE_COLUMNS} FROM pledge p WHERE p.parent_id = ?1 ORDER BY p.id");
    sql.all(&statement, &[&id], |r| rows::pledge(r))
}

/// Changes to a pledge, oldest first.
pub(crate) fn history(sql: &mut impl Sql, id: i64) -> Result<Vec<Change>> {
    let statement =
        format!("SELECT {CHANGE_COLUMNS} FROM history WHERE pledge_id = ?1 ORDER BY id");
    sql.all(&statement, &[&id], |r| rows::change(r))
}

/// A pledge's notes, newest first (by the day it happened, then by when it was written).
pub(crate) fn notes(sql: &mut impl Sql, pledge: i64) -> Result<Vec<Note>> {
    let statement = format!(
        "SELECT {NOTE_COLUMNS} FROM note WHERE pledge_id = ?1 ORDER BY happened_on DESC, id DESC"
    );
    sql.all(&statement, &[&pledge], |r| rows::note(r))
}

pub(crate) fn letter(sql: &mut impl Sql, id: i64) -> Result<Option<Letter>> {
    let statement = format!("SELECT {LETTER_COLUMNS} FROM letter WHERE id = ?1");
    sql.optional(&statement, &[&id], |r| rows::letter(r))
}

pub(crate) fn letters(sql: &mut impl Sql) -> Result<Vec<Letter>> {
    let statement = format!("SELECT {LETTER_COLUMNS} FROM letter ORDER BY id");
    sql.all(&statement, &[], |r| rows::letter(r))
}

/// How many letters, pledges and notes the ledger holds.
pub(crate) fn counts(sql: &mut impl Sql) -> Result<(i64, i64, i64)> {
    sql.one(
        "SELECT (SELECT count(*) FROM letter), (SELECT count(*) FROM pledge),
                (SELECT count(*) FROM note)",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// The letter with this text's SHA-256, if the ledger has it.
pub(crate) fn letter_with_sha(sql: &mut impl Sql, sha256: &str) -> Result<Option<i64>> {
    sql.optional("SELECT id FROM letter WHERE sha256 = ?1", &[&sha256], |r| {
        r.get(0)
    })
}
