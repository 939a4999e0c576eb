//! What the request sheets need of the ledger: its identity (the secret every sheet is
//! signed with), each body's open pledges with their latest note, and the rows collected.

use rusqlite::params;

use super::filter::{Dialect, open_condition};
use super::notes::{NOT_WITHDRAWN, insert_note};
use super::rows::{self, NOTE_COLUMNS, PLEDGE_COLUMNS, PLEDGE_NAMES};
use super::{Refusal, Saving, Store, now_stamp};
use crate::body::Role;
use crate::error::Result;
use crate::model::Note;
use crate::request::NewNote;
use crate::sheet::{Collected, Collection, SheetPledge};
use crate::sql::{Lite, Query, Sql};

impl Store {
    /// The ledger's own secret, made once by schema step 8: sheets are signed with it.
    pub fn ledger_secret(&self) -> Result<String> {
        ledger_secret(&mut Lite(&self.conn))
    }

    /// Every body with an open pledge, lead or co-owner, by name.
    pub fn bodies_with_open_pledges(&self) -> Result<Vec<i64>> {
        bodies_with_open_pledges(&mut Lite(&self.conn), Dialect::Lite)
    }

    /// A body's open pledges, those it leads first, then by id; each with its part and its
    /// latest note not withdrawn.
    pub fn open_pledges_of(&self, body: i64) -> Result<Vec<SheetPledge>> {
        open_pledges_of(&mut Lite(&self.conn), body)
    }

    /// A pledge's latest note that was not withdrawn.
    pub fn last_note(&self, pledge: i64) -> Result<Option<Note>> {
        last_note(&mut Lite(&self.conn), pledge)
    }

    /// The row of a body's sheet of `as_of` for `pledge`, if it was collected.
    pub fn collected(
        &self,
        body: i64,
        as_of: chrono::NaiveDate,
        pledge: i64,
    ) -> Result<Option<Collected>> {
        collected(&mut Lite(&self.conn), body, as_of, pledge)
    }

    /// Adds every collected row's note and records the row, all in one transaction: all are
    /// saved or none. Returns the notes' ids in order. A row another process collected
    /// meanwhile makes the whole collection fail, and nothing is saved.
    pub fn collect(&mut self, rows: &[Collection], who: &str) -> Result<Vec<i64>> {
        let (who, notes) = checked_collection(rows, who)?;
        self.write(Saving::Note, |tx| {
            collect(&mut Lite(tx), rows, &notes, &who)
        })
    }
}

/// The ledger's own secret. (`only` is quoted: PostgreSQL keeps the word.)
pub(crate) fn ledger_secret(sql: &mut impl Sql) -> Result<String> {
    sql.one(
        "SELECT secret FROM ledger_identity WHERE \"only\" = 1",
        &[],
        |r| r.get(0),
    )
}

/// Every body with an open pledge, lead or co-owner, by name (in the order of its bytes:
/// the collation rides on the column, as `DISTINCT` orders only by what it selects).
pub(crate) fn bodies_with_open_pledges(sql: &mut impl Sql, dialect: Dialect) -> Result<Vec<i64>> {
    let open = open_condition();
    let statement = format!(
        "SELECT DISTINCT b.id, {} AS name FROM body b
         JOIN pledge_body pb ON pb.body_id = b.id JOIN pledge p ON p.id = pb.pledge_id
         WHERE {open} ORDER BY 2, 1",
        dialect.bytewise("b.name")
    );
    sql.all(&statement, &[], |r| r.get(0))
}

/// A body's open pledges, those it leads first, then by id; each with its part and its
/// latest note not withdrawn.
pub(crate) fn open_pledges_of(sql: &mut impl Sql, body: i64) -> Result<Vec<SheetPledge>> {
    let open = open_condition();
    let statement = format!(
        "SELECT {PLEDGE_COLUMNS}, pb.role FROM pledge_body pb JOIN pledge p ON p.id = pb.pledge_id
         WHERE pb.body_id = ?1 AND {open}
         ORDER BY pb.role = 'co_owner', p.id"
    );
    let pledges: Vec<(crate::model::Pledge, Role)> = sql.all(&statement, &[&body], |r| {
        let role: String = r.get(PLEDGE_NAMES.len())?;
        Ok((
            rows::pledge(r)?,
            Role::parse(&role).unwrap_or(Role::CoOwner),
        ))
    })?;
    let mut out = Vec::with_capacity(pledges.len());
    for (pledge, role) in pledges {
        let last_note = last_note(sql, pledge.id)?;
        out.push(SheetPledge {
            pledge,
            role,
            last_note,
        });
    }
    Ok(out)
}

/// A pledge's latest note that was not withdrawn.
pub(crate) fn last_note(sql: &mut impl Sql, pledge: i64) -> Result<Option<Note>> {
    let statement = format!(
        "SELECT {NOTE_COLUMNS} FROM note n WHERE pledge_id = ?1 AND {NOT_WITHDRAWN}
         ORDER BY happened_on DESC, id DESC LIMIT 1"
    );
    sql.optional(&statement, &[&pledge], |r| rows::note(r))
}

/// The row of a body's sheet of `as_of` for `pledge`, if it was collected.
pub(crate) fn collected(
    sql: &mut impl Sql,
    body: i64,
    as_of: chrono::NaiveDate,
    pledge: i64,
) -> Result<Option<Collected>> {
    sql.optional(
        "SELECT note_id, answer, collected_at FROM collected
         WHERE body_id = ?1 AND as_of = ?2 AND pledge_id = ?3",
        params![body, crate::date::format(as_of), pledge],
        |r| {
            Ok(Collected {
                note: r.get(0)?,
                answer: r.get(1)?,
                collected_at: r.get(2)?,
            })
        },
    )
}

/// The collector's name and each row's note as it will be stored, or why one cannot be,
/// before the ledger is read.
pub(crate) fn checked_collection(rows: &[Collection], who: &str) -> Result<(String, Vec<NewNote>)> {
    let who = crate::request::required(crate::problem::Field::Author, who)?;
    let mut checked = Vec::with_capacity(rows.len());
    for row in rows {
        let note = row.note.checked().map_err(|invalid| Refusal::NotSaved {
            saving: Saving::Note,
            invalid,
        })?;
        checked.push(note);
    }
    Ok((who, checked))
}

/// Each row's note added and the row recorded, inside the write; the notes' ids in order.
pub(crate) fn collect(
    tx: &mut impl Sql,
    rows: &[Collection],
    notes: &[NewNote],
    who: &str,
) -> Result<Vec<i64>> {
    let now = now_stamp();
    let mut ids = Vec::with_capacity(rows.len());
    for (row, note) in rows.iter().zip(notes) {
        let id = insert_note(tx, note)?;
        tx.execute(
            "INSERT INTO collected (body_id, body_name, as_of, pledge_id, note_id, answer,
                                    file, collected_at, collected_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                row.body,
                row.body_name,
                crate::date::format(row.as_of),
                note.pledge,
                id,
                row.answer,
                row.file,
                now,
                who,
            ],
        )?;
        ids.push(id);
    }
    Ok(ids)
}
