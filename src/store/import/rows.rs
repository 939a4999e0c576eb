//! One row of an import: the checks a row must pass, its insert, and a refusal as facts.

use rusqlite::{ErrorCode, Statement, params};

use super::{ImportRefusal, ImportRow};
use crate::error::{Error, Result};
use crate::model::{Change, Note, Pledge, Quantity, Status};

/// Ids start at 1: a row with id 0 or below could be reached by no command.
pub(super) fn check_id(row: ImportRow) -> Result<()> {
    if row.id < 1 {
        return Err(ImportRefusal::BadId { row }.into());
    }
    Ok(())
}

/// A time stamp as the ledger writes them (`2026-01-31T08:00:00Z`): anything else would sort
/// and show wrongly.
pub(super) fn check_stamp(row: ImportRow, field: &'static str, value: &str) -> Result<()> {
    if !is_plain_stamp(value)
        && chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%SZ").is_err()
    {
        return Err(ImportRefusal::BadStamp {
            row,
            field,
            value: value.to_string(),
        }
        .into());
    }
    Ok(())
}

/// A stamp exactly as the ledger writes it, of a real day and time: what chrono accepts,
/// found without parsing its format string for every row (a quarter of a million-row load).
/// Anything else is left to chrono.
fn is_plain_stamp(value: &str) -> bool {
    let b = value.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[19] != b'Z' {
        return false;
    }
    if b[13] != b':' || b[16] != b':' {
        return false;
    }
    let mut n = [0u32; 6];
    for (k, at) in [0..4, 5..7, 8..10, 11..13, 14..16, 17..19]
        .into_iter()
        .enumerate()
    {
        for &c in &b[at] {
            if !c.is_ascii_digit() {
                return false;
            }
            n[k] = n[k] * 10 + u32::from(c - b'0');
        }
    }
    let [year, month, day, hour, minute, second] = n;
    (1000..=9999).contains(&year)
        && chrono::NaiveDate::from_ymd_opt(year as i32, month, day).is_some()
        && hour < 24
        && minute < 60
        && second < 60
}

/// A refused insert as facts: which row, and which rule it broke.
pub(super) fn refused_row(e: Error, row: ImportRow) -> Error {
    let Error::Sqlite(rusqlite::Error::SqliteFailure(f, msg)) = &e else {
        return e;
    };
    if f.code != ErrorCode::ConstraintViolation {
        return e;
    }
    let detail = msg.clone().unwrap_or_default();
    Error::Import(match f.extended_code {
        rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY => ImportRefusal::DuplicateId { row },
        rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => ImportRefusal::DuplicateLetter { row, detail },
        _ => ImportRefusal::BrokenRule { row, detail },
    })
}

pub(super) const INSERT_PLEDGE: &str =
    "INSERT INTO pledge (id, letter_id, parent_id, title, owner, deadline, deadline_text, status,
                         target_quantity, target_unit, target_text, quote, created_at, updated_at,
                         original_deadline, deadline_moves, cleared_deadline)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

// CAST keeps the exact bytes as TEXT, even ones that are not UTF-8.
pub(super) const INSERT_NOTE: &str =
    "INSERT INTO note (id, pledge_id, happened_on, written_at, author, body, progress, status,
                       reported_by, evidence)
     VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS TEXT), ?7, ?8, ?9, ?10)";

pub(super) const INSERT_CHANGE: &str = "INSERT INTO history (id, pledge_id, field, old_value, new_value, changed_at, changed_by, reason)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

pub(super) fn insert_confirmation(
    tx: &rusqlite::Transaction,
    c: &crate::model::Confirmation,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO confirmation (id, pledge_id, deadline, confirmed_at, confirmed_by, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        c.id,
        c.pledge,
        crate::date::format(c.deadline),
        c.confirmed_at,
        c.confirmed_by,
        c.reason
    ])?;
    Ok(())
}

pub(super) fn insert_pledge_row(insert: &mut Statement, p: &Pledge) -> Result<()> {
    let t = p.target.as_ref();
    insert.execute(params![
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
        p.updated_at,
        p.original_deadline.map(crate::date::format),
        p.deadline_moves,
        p.cleared_deadline.map(crate::date::format)
    ])?;
    Ok(())
}

pub(super) fn insert_note_row(insert: &mut Statement, n: &Note, body: &[u8]) -> Result<()> {
    insert.execute(params![
        n.id,
        n.pledge,
        crate::date::format(n.on),
        n.written_at,
        n.author,
        body,
        n.progress.map(Quantity::get),
        n.status.map(Status::as_str),
        n.reported_by,
        n.evidence
    ])?;
    Ok(())
}

pub(super) fn unhex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
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

pub(super) fn insert_change_row(insert: &mut Statement, c: &Change) -> Result<()> {
    insert.execute(params![
        c.id,
        c.pledge,
        c.field,
        c.old,
        c.new,
        c.changed_at,
        c.changed_by,
        c.reason
    ])?;
    Ok(())
}

/// A body of an export and its aliases; its name is checked as a command's would be.
pub(super) fn insert_body(tx: &rusqlite::Transaction, b: &crate::body::Body) -> Result<()> {
    let name = crate::body::check_name(crate::problem::Field::Body, &b.name)?;
    // A name is one body's: neither another body's alias nor, below, an alias another's name.
    super::super::bodies::refuse_taken(
        &mut crate::sql::Lite(tx),
        crate::problem::Field::Body,
        &name,
    )?;
    tx.prepare_cached("INSERT INTO body (id, name, parent_id, contact) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![b.id, name, b.parent, b.contact])?;
    let mut alias = tx.prepare_cached("INSERT INTO body_alias (alias, body_id) VALUES (?1, ?2)")?;
    for a in &b.aliases {
        let a = crate::body::check_name(crate::problem::Field::Alias, a)?;
        if a != name {
            super::super::bodies::refuse_taken(
                &mut crate::sql::Lite(tx),
                crate::problem::Field::Alias,
                &a,
            )?;
        }
        alias.execute(params![a, b.id])?;
    }
    Ok(())
}

pub(super) fn insert_link(tx: &rusqlite::Transaction, l: &crate::body::Link) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO pledge_body (pledge_id, position, body_id, role) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![l.pledge, l.position, l.body, l.role.as_str()])?;
    Ok(())
}

/// A body or link row refused: a name or link given twice is a broken rule, not a letter's.
pub(super) fn refused_body_row(e: Error, row: ImportRow) -> Error {
    match refused_row(e, row) {
        Error::Import(ImportRefusal::DuplicateLetter { row, detail }) => {
            Error::Import(ImportRefusal::BrokenRule { row, detail })
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::is_plain_stamp;

    #[test]
    fn a_plain_stamp_is_one_chrono_accepts_and_the_rest_is_left_to_chrono() {
        let chrono_accepts =
            |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%SZ").is_ok();
        for s in [
            "2026-01-31T08:00:00Z",
            "2024-02-29T23:59:59Z",
            "2025-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-04-31T00:00:00Z",
            "2026-01-31T24:00:00Z",
            "2026-01-31T08:60:00Z",
            "2026-01-31T08:00:60Z",
            "2026-1-31T08:00:00Z",
            "2026-01-31 08:00:00Z",
            "2026-01-31T08:00:00",
            "+2026-01-31T08:00:00Z",
            "0999-01-31T08:00:00Z",
            "２026-01-31T08:00:00Z",
            "",
        ] {
            if is_plain_stamp(s) {
                assert!(chrono_accepts(s), "{s}");
            }
        }
        assert!(is_plain_stamp("2026-01-31T08:00:00Z"));
        assert!(
            !is_plain_stamp("2026-01-31T08:00:60Z"),
            "a leap second is chrono's"
        );
    }
}
