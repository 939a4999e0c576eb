//! One row-mapper per type, reading columns by name.

use chrono::NaiveDate;
use rusqlite::types::{Type, ValueRef};
use rusqlite::{Row, RowIndex};

use crate::model::{Change, Letter, LetterMeta, Note, Origin, Pledge, Quantity, Status, Target};

/// The columns `pledge` reads, in this order; progress and the last note's day are kept by the
/// schema. They are read by position: looking sixteen names up for every row of a long list
/// was a sixth of its time. A test checks the names against [`PLEDGE_NAMES`].
pub const PLEDGE_COLUMNS: &str = "p.id, p.letter_id, p.parent_id, p.title, p.owner, p.deadline, \
    p.deadline_text, p.status, p.target_quantity, p.target_unit, p.target_text, p.quote, \
    p.created_at, p.updated_at, p.progress, p.last_note_on, p.original_deadline, \
    p.deadline_moves, p.cleared_deadline";

/// [`PLEDGE_COLUMNS`] with the quote read as NULL, for reads that never show it (the report):
/// a quote is the longest text of a pledge.
pub fn pledge_columns_without_quote() -> String {
    PLEDGE_COLUMNS.replace("p.quote", "NULL AS quote")
}

pub const PLEDGE_NAMES: [&str; 19] = [
    "id",
    "letter_id",
    "parent_id",
    "title",
    "owner",
    "deadline",
    "deadline_text",
    "status",
    "target_quantity",
    "target_unit",
    "target_text",
    "quote",
    "created_at",
    "updated_at",
    "progress",
    "last_note_on",
    "original_deadline",
    "deadline_moves",
    "cleared_deadline",
];

pub const NOTE_COLUMNS: &str =
    "id, pledge_id, happened_on, written_at, author, body, progress, status, reported_by, evidence";

pub const CHANGE_COLUMNS: &str =
    "id, pledge_id, field, old_value, new_value, changed_at, changed_by, reason";

pub const LETTER_COLUMNS: &str = "id, issuer, addressee, title, issued_on, reference, body, sha256, added_at, member, kind, category, contact, phone, origin, origin_pages, ocr_confidence";

pub use crate::error::ledger::{BadValue, Column};

fn bad(idx: impl std::fmt::Debug, ty: Type, what: Column) -> rusqlite::Error {
    let column = format!("{idx:?}");
    rusqlite::Error::FromSqlConversionFailure(0, ty, Box::new(BadValue { column, what }))
}

/// Text as stored; bytes that are not UTF-8 (written by another tool) become U+FFFD.
fn text<I: RowIndex + Copy + std::fmt::Debug>(row: &Row, col: I) -> rusqlite::Result<String> {
    Ok(opt_text(row, col)?.unwrap_or_default())
}

pub fn opt_text<I: RowIndex + Copy + std::fmt::Debug>(
    row: &Row,
    col: I,
) -> rusqlite::Result<Option<String>> {
    match row.get_ref(col)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(b) | ValueRef::Blob(b) => Ok(Some(match std::str::from_utf8(b) {
            Ok(s) => s.to_owned(),
            Err(_) => String::from_utf8_lossy(b).into_owned(),
        })),
        ValueRef::Integer(i) => Ok(Some(i.to_string())),
        ValueRef::Real(f) => Ok(Some(f.to_string())),
    }
}

pub fn opt_date<I: RowIndex + Copy + std::fmt::Debug>(
    row: &Row,
    col: I,
) -> rusqlite::Result<Option<NaiveDate>> {
    // Read in place: a long report reads tens of thousands of dates.
    let text = match row.get_ref(col)? {
        ValueRef::Null => return Ok(None),
        ValueRef::Text(b) | ValueRef::Blob(b) => String::from_utf8_lossy(b),
        other => return Err(bad(col, other.data_type(), Column::NotADate)),
    };
    crate::date::parse(&text)
        .map(Some)
        .map_err(|e| bad(col, Type::Text, Column::Refused(text.to_string(), e)))
}

fn date<I: RowIndex + Copy + std::fmt::Debug>(row: &Row, col: I) -> rusqlite::Result<NaiveDate> {
    opt_date(row, col)?.ok_or_else(|| bad(col, Type::Null, Column::NoDate))
}

fn opt_quantity<I: RowIndex + Copy + std::fmt::Debug>(
    row: &Row,
    col: I,
) -> rusqlite::Result<Option<Quantity>> {
    row.get::<_, Option<f64>>(col)?
        .map(|v| {
            Quantity::new(v).map_err(|e| bad(col, Type::Real, Column::Refused(v.to_string(), e)))
        })
        .transpose()
}

fn opt_status<I: RowIndex + Copy + std::fmt::Debug>(
    row: &Row,
    col: I,
) -> rusqlite::Result<Option<Status>> {
    opt_text(row, col)?
        .map(|s| {
            s.parse()
                .map_err(|e| bad(col, Type::Text, Column::Refused(s.clone(), e)))
        })
        .transpose()
}

pub fn pledge(row: &Row) -> rusqlite::Result<Pledge> {
    let target = opt_quantity(row, 8)?.map(|quantity| -> rusqlite::Result<_> {
        Ok(Target {
            quantity,
            unit: opt_text(row, 9)?,
            text: opt_text(row, 10)?,
        })
    });
    Ok(Pledge {
        id: row.get(0)?,
        letter: row.get(1)?,
        parent: row.get(2)?,
        title: text(row, 3)?,
        owner: text(row, 4)?,
        deadline: opt_date(row, 5)?,
        deadline_text: opt_text(row, 6)?,
        status: opt_status(row, 7)?.ok_or_else(|| bad("status", Type::Null, Column::NoStatus))?,
        target: target.transpose()?,
        quote: opt_text(row, 11)?,
        created_at: text(row, 12)?,
        updated_at: text(row, 13)?,
        progress: opt_quantity(row, 14)?,
        last_note_on: opt_date(row, 15)?,
        original_deadline: opt_date(row, 16)?,
        deadline_moves: row.get(17)?,
        cleared_deadline: opt_date(row, 18)?,
    })
}

pub fn note(row: &Row) -> rusqlite::Result<Note> {
    Ok(Note {
        id: row.get("id")?,
        pledge: row.get("pledge_id")?,
        on: date(row, "happened_on")?,
        written_at: text(row, "written_at")?,
        author: text(row, "author")?,
        body: text(row, "body")?,
        body_hex: match row.get_ref("body")? {
            ValueRef::Text(b) if std::str::from_utf8(b).is_err() => Some(hex(b)),
            _ => None,
        },
        progress: opt_quantity(row, "progress")?,
        status: opt_status(row, "status")?,
        reported_by: opt_text(row, "reported_by")?,
        evidence: opt_text(row, "evidence")?,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn change(row: &Row) -> rusqlite::Result<Change> {
    Ok(Change {
        id: row.get("id")?,
        pledge: row.get("pledge_id")?,
        field: text(row, "field")?,
        old: opt_text(row, "old_value")?,
        new: opt_text(row, "new_value")?,
        changed_at: text(row, "changed_at")?,
        changed_by: text(row, "changed_by")?,
        reason: opt_text(row, "reason")?,
    })
}

pub fn confirmation(row: &Row) -> rusqlite::Result<crate::model::Confirmation> {
    Ok(crate::model::Confirmation {
        id: row.get("id")?,
        pledge: row.get("pledge_id")?,
        deadline: opt_date(row, "deadline")?
            .ok_or_else(|| rusqlite::Error::InvalidColumnType(2, "deadline".into(), Type::Null))?,
        confirmed_at: text(row, "confirmed_at")?,
        confirmed_by: text(row, "confirmed_by")?,
        reason: text(row, "reason")?,
    })
}

pub fn collected(row: &Row) -> rusqlite::Result<crate::store::Collected> {
    Ok(crate::store::Collected {
        id: row.get("id")?,
        body_id: row.get("body_id")?,
        body_name: text(row, "body_name")?,
        as_of: date(row, "as_of")?,
        pledge: row.get("pledge_id")?,
        note: row.get("note_id")?,
        answer: text(row, "answer")?,
        file: text(row, "file")?,
        collected_at: text(row, "collected_at")?,
        collected_by: text(row, "collected_by")?,
    })
}

pub fn letter(row: &Row) -> rusqlite::Result<Letter> {
    Ok(Letter {
        id: row.get("id")?,
        issuer: text(row, "issuer")?,
        addressee: text(row, "addressee")?,
        title: text(row, "title")?,
        issued_on: date(row, "issued_on")?,
        reference: opt_text(row, "reference")?,
        body: text(row, "body")?,
        sha256: text(row, "sha256")?,
        added_at: text(row, "added_at")?,
        meta: LetterMeta {
            member: opt_text(row, "member")?,
            kind: parsed(row, "kind")?,
            category: parsed(row, "category")?,
            contact: opt_text(row, "contact")?,
            phone: opt_text(row, "phone")?,
        },
        // The schema allows only the combinations an origin is made of.
        origin: opt_text(row, "origin")?.and_then(|kind| {
            Origin::from_columns(
                &kind,
                row.get("origin_pages").ok()?,
                row.get("ocr_confidence").ok()?,
            )
        }),
    })
}

/// A keyword column the schema checks, read as its type.
fn parsed<T>(row: &Row, col: &str) -> rusqlite::Result<Option<T>>
where
    T: std::str::FromStr<Err = crate::problem::Problem>,
{
    opt_text(row, col)?
        .map(|s| {
            s.parse()
                .map_err(|e| bad(col, Type::Text, Column::Refused(s.clone(), e)))
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pledge_columns_are_where_the_mapper_reads_them() -> crate::error::Result<()> {
        let store = crate::store::Store::open_in_memory(crate::store::Seed::Empty)?;
        let stmt = store
            .conn
            .prepare(&format!("SELECT {PLEDGE_COLUMNS} FROM pledge p"))?;
        assert_eq!(stmt.column_names().collect::<Vec<_>>(), PLEDGE_NAMES);
        let lean = pledge_columns_without_quote();
        let stmt = store
            .conn
            .prepare(&format!("SELECT {lean} FROM pledge p"))?;
        assert_eq!(stmt.column_names().collect::<Vec<_>>(), PLEDGE_NAMES);
        assert!(!lean.contains("p.quote"), "{lean}");
        Ok(())
    }
}
