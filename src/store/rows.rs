//! One row-mapper per type, reading columns by position: looking names up for every row of a
//! long export was an eighth of its time. Tests check each list against its names.

use crate::sql::Cells;
use chrono::NaiveDate;
use rusqlite::types::{Type, ValueRef};

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

pub const CONFIRMATION_COLUMNS: &str =
    "id, pledge_id, deadline, confirmed_at, confirmed_by, reason";

pub const COLLECTED_COLUMNS: &str = "id, body_id, body_name, as_of, pledge_id, note_id, answer, \
    file, collected_at, collected_by";

pub const LETTER_COLUMNS: &str = "id, issuer, addressee, title, issued_on, reference, body, sha256, added_at, member, kind, category, contact, phone, origin, origin_pages, ocr_confidence";

pub use crate::error::ledger::{BadValue, Column};

fn bad(idx: impl std::fmt::Debug, ty: Type, what: Column) -> rusqlite::Error {
    let column = format!("{idx:?}");
    rusqlite::Error::FromSqlConversionFailure(0, ty, Box::new(BadValue { column, what }))
}

/// Text as stored; bytes that are not UTF-8 (written by another tool) become U+FFFD.
fn text(row: &impl Cells, col: usize) -> rusqlite::Result<String> {
    Ok(opt_text(row, col)?.unwrap_or_default())
}

pub fn opt_text(row: &impl Cells, col: usize) -> rusqlite::Result<Option<String>> {
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

pub fn opt_date(row: &impl Cells, col: usize) -> rusqlite::Result<Option<NaiveDate>> {
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

fn date(row: &impl Cells, col: usize) -> rusqlite::Result<NaiveDate> {
    opt_date(row, col)?.ok_or_else(|| bad(col, Type::Null, Column::NoDate))
}

fn opt_quantity(row: &impl Cells, col: usize) -> rusqlite::Result<Option<Quantity>> {
    row.get::<Option<f64>>(col)?
        .map(|v| {
            Quantity::new(v).map_err(|e| bad(col, Type::Real, Column::Refused(v.to_string(), e)))
        })
        .transpose()
}

fn opt_status(row: &impl Cells, col: usize) -> rusqlite::Result<Option<Status>> {
    opt_text(row, col)?
        .map(|s| {
            s.parse()
                .map_err(|e| bad(col, Type::Text, Column::Refused(s.clone(), e)))
        })
        .transpose()
}

pub fn pledge(row: &impl Cells) -> rusqlite::Result<Pledge> {
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

pub fn note(row: &impl Cells) -> rusqlite::Result<Note> {
    Ok(Note {
        id: row.get(0)?,
        pledge: row.get(1)?,
        on: date(row, 2)?,
        written_at: text(row, 3)?,
        author: text(row, 4)?,
        body: text(row, 5)?,
        body_hex: match row.get_ref(5)? {
            ValueRef::Text(b) | ValueRef::Blob(b) if std::str::from_utf8(b).is_err() => {
                Some(hex(b))
            }
            _ => None,
        },
        progress: opt_quantity(row, 6)?,
        status: opt_status(row, 7)?,
        reported_by: opt_text(row, 8)?,
        evidence: opt_text(row, 9)?,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn change(row: &impl Cells) -> rusqlite::Result<Change> {
    Ok(Change {
        id: row.get(0)?,
        pledge: row.get(1)?,
        field: text(row, 2)?,
        old: opt_text(row, 3)?,
        new: opt_text(row, 4)?,
        changed_at: text(row, 5)?,
        changed_by: text(row, 6)?,
        reason: opt_text(row, 7)?,
    })
}

pub fn confirmation(row: &impl Cells) -> rusqlite::Result<crate::model::Confirmation> {
    Ok(crate::model::Confirmation {
        id: row.get(0)?,
        pledge: row.get(1)?,
        deadline: opt_date(row, 2)?
            .ok_or_else(|| rusqlite::Error::InvalidColumnType(2, "deadline".into(), Type::Null))?,
        confirmed_at: text(row, 3)?,
        confirmed_by: text(row, 4)?,
        reason: text(row, 5)?,
    })
}

pub fn collected(row: &impl Cells) -> rusqlite::Result<crate::store::Collected> {
    Ok(crate::store::Collected {
        id: row.get(0)?,
        body_id: row.get(1)?,
        body_name: text(row, 2)?,
        as_of: date(row, 3)?,
        pledge: row.get(4)?,
        note: row.get(5)?,
        answer: text(row, 6)?,
        file: text(row, 7)?,
        collected_at: text(row, 8)?,
        collected_by: text(row, 9)?,
    })
}

pub fn letter(row: &impl Cells) -> rusqlite::Result<Letter> {
    Ok(Letter {
        id: row.get(0)?,
        issuer: text(row, 1)?,
        addressee: text(row, 2)?,
        title: text(row, 3)?,
        issued_on: date(row, 4)?,
        reference: opt_text(row, 5)?,
        body: text(row, 6)?,
        sha256: text(row, 7)?,
        added_at: text(row, 8)?,
        meta: LetterMeta {
            member: opt_text(row, 9)?,
            kind: parsed(row, 10)?,
            category: parsed(row, 11)?,
            contact: opt_text(row, 12)?,
            phone: opt_text(row, 13)?,
        },
        // The schema allows only the combinations an origin is made of.
        origin: opt_text(row, 14)?
            .and_then(|kind| Origin::from_columns(&kind, row.get(15).ok()?, row.get(16).ok()?)),
    })
}

/// A keyword column the schema checks, read as its type.
fn parsed<T>(row: &impl Cells, col: usize) -> rusqlite::Result<Option<T>>
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

    /// Each mapper reads by position: its statement's columns are the names it means.
    #[test]
    fn every_mappers_columns_are_where_it_reads_them() -> crate::error::Result<()> {
        let store = crate::store::Store::open_in_memory(crate::store::Seed::Empty)?;
        for (table, columns, names) in [
            ("note", NOTE_COLUMNS, &NOTE_NAMES[..]),
            ("history", CHANGE_COLUMNS, &CHANGE_NAMES[..]),
            ("letter", LETTER_COLUMNS, &LETTER_NAMES[..]),
            (
                "confirmation",
                CONFIRMATION_COLUMNS,
                &CONFIRMATION_NAMES[..],
            ),
            ("collected", COLLECTED_COLUMNS, &COLLECTED_NAMES[..]),
        ] {
            let stmt = store
                .conn
                .prepare(&format!("SELECT {columns} FROM {table}"))?;
            assert_eq!(stmt.column_names().collect::<Vec<_>>(), names, "{table}");
        }
        Ok(())
    }

    const NOTE_NAMES: [&str; 10] = [
        "id",
        "pledge_id",
        "happened_on",
        "written_at",
        "author",
        "body",
        "progress",
        "status",
        "reported_by",
        "evidence",
    ];
    const CHANGE_NAMES: [&str; 8] = [
        "id",
        "pledge_id",
        "field",
        "old_value",
        "new_value",
        "changed_at",
        "changed_by",
        "reason",
    ];
    const LETTER_NAMES: [&str; 17] = [
        "id",
        "issuer",
        "addressee",
        "title",
        "issued_on",
        "reference",
        "body",
        "sha256",
        "added_at",
        "member",
        "kind",
        "category",
        "contact",
        "phone",
        "origin",
        "origin_pages",
        "ocr_confidence",
    ];
    const CONFIRMATION_NAMES: [&str; 6] = [
        "id",
        "pledge_id",
        "deadline",
        "confirmed_at",
        "confirmed_by",
        "reason",
    ];
    const COLLECTED_NAMES: [&str; 10] = [
        "id",
        "body_id",
        "body_name",
        "as_of",
        "pledge_id",
        "note_id",
        "answer",
        "file",
        "collected_at",
        "collected_by",
    ];
}
