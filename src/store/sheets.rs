//! What the request sheets need of the ledger: its identity (the secret every sheet is
//! signed with), each body's open pledges with their latest note, and the rows collected.

use rusqlite::{OptionalExtension, params};

use super::bodies::read_body;
use super::filter::open_condition;
use super::notes::{NOT_WITHDRAWN, insert_note};
use super::rows::{self, NOTE_COLUMNS, PLEDGE_COLUMNS, PLEDGE_NAMES};
use super::{Refusal, Saving, Store, now_stamp};
use crate::body::{Body, Role};
use crate::error::Result;
use crate::model::Note;
use crate::sheet::{Collected, Collection, SheetPledge};

impl Store {
    /// The ledger's own secret, made once by schema step 8: sheets are signed with it.
    pub fn ledger_secret(&self) -> Result<String> {
        Ok(self
            .conn
            .prepare_cached("SELECT secret FROM ledger_identity WHERE only = 1")?
            .query_row([], |r| r.get(0))?)
    }

    /// Every body with an open pledge, lead or co-owner, by name.
    pub fn bodies_with_open_pledges(&self) -> Result<Vec<i64>> {
        let open = open_condition();
        let sql = format!(
            "SELECT DISTINCT b.id, b.name FROM body b
             JOIN pledge_body pb ON pb.body_id = b.id JOIN pledge p ON p.id = pb.pledge_id
             WHERE {open} ORDER BY b.name, b.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let ids = stmt.query_map([], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// A body by id, if it is still in the ledger (a merge removes the one merged away).
    pub fn body_by_id(&self, id: i64) -> Result<Option<Body>> {
        let found: Option<i64> = self
            .conn
            .prepare_cached("SELECT id FROM body WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        found
            .map(|id| read_body(&mut crate::sql::Lite(&self.conn), id))
            .transpose()
    }

    /// A body's open pledges, those it leads first, then by id; each with its part and its
    /// latest note not withdrawn.
    pub fn open_pledges_of(&self, body: i64) -> Result<Vec<SheetPledge>> {
        let open = open_condition();
        let sql = format!(
            "SELECT {PLEDGE_COLUMNS}, pb.role FROM pledge_body pb JOIN pledge p ON p.id = pb.pledge_id
             WHERE pb.body_id = ?1 AND {open}
             ORDER BY pb.role = 'co_owner', p.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let pledges: Vec<(crate::model::Pledge, Role)> = stmt
            .query_map([body], |r| {
                let role: String = r.get(PLEDGE_NAMES.len())?;
                Ok((
                    rows::pledge(r)?,
                    Role::parse(&role).unwrap_or(Role::CoOwner),
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::with_capacity(pledges.len());
        for (pledge, role) in pledges {
            let last_note = self.last_note(pledge.id)?;
            out.push(SheetPledge {
                pledge,
                role,
                last_note,
            });
        }
        Ok(out)
    }

    /// A pledge's latest note that was not withdrawn.
    pub fn last_note(&self, pledge: i64) -> Result<Option<Note>> {
        let sql = format!(
            "SELECT {NOTE_COLUMNS} FROM note n WHERE pledge_id = ?1 AND {NOT_WITHDRAWN}
             ORDER BY happened_on DESC, id DESC LIMIT 1"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([pledge], |r| rows::note(r))
            .optional()?)
    }

    /// The row of a body's sheet of `as_of` for `pledge`, if it was collected.
    pub fn collected(
        &self,
        body: i64,
        as_of: chrono::NaiveDate,
        pledge: i64,
    ) -> Result<Option<Collected>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT note_id, answer, collected_at FROM collected
                 WHERE body_id = ?1 AND as_of = ?2 AND pledge_id = ?3",
            )?
            .query_row(params![body, crate::date::format(as_of), pledge], |r| {
                Ok(Collected {
                    note: r.get(0)?,
                    answer: r.get(1)?,
                    collected_at: r.get(2)?,
                })
            })
            .optional()?)
    }

    /// Adds every collected row's note and records the row, all in one transaction: all are
    /// saved or none. Returns the notes' ids in order. A row another process collected
    /// meanwhile makes the whole collection fail, and nothing is saved.
    pub fn collect(&mut self, rows: &[Collection], who: &str) -> Result<Vec<i64>> {
        let who = crate::request::required(crate::problem::Field::Author, who)?;
        let mut checked = Vec::with_capacity(rows.len());
        for row in rows {
            let note = row.note.checked().map_err(|invalid| Refusal::NotSaved {
                saving: Saving::Note,
                invalid,
            })?;
            checked.push(note);
        }
        self.write(Saving::Note, |tx| {
            let now = now_stamp();
            let mut ids = Vec::with_capacity(rows.len());
            for (row, note) in rows.iter().zip(&checked) {
                let id = insert_note(&mut crate::sql::Lite(tx), note)?;
                tx.prepare_cached(
                    "INSERT INTO collected (body_id, body_name, as_of, pledge_id, note_id, answer,
                                            file, collected_at, collected_by)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![
                    row.body,
                    row.body_name,
                    crate::date::format(row.as_of),
                    note.pledge,
                    id,
                    row.answer,
                    row.file,
                    now,
                    who,
                ])?;
                ids.push(id);
            }
            Ok(ids)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::NewNote;
    use crate::store::Seed;
    use chrono::NaiveDate;

    fn row(pledge: i64, id: i64, body: &str) -> Collection {
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        Collection {
            body: id,
            body_name: body.into(),
            as_of: day,
            note: NewNote {
                pledge,
                on: day,
                author: "王五".into(),
                body: "已完成选址".into(),
                progress: None,
                status: None,
                why: None,
                reported_by: Some(body.into()),
                evidence: Some("吉科办〔2026〕8号".into()),
            },
            answer: "a".repeat(64),
            file: "催办单.xlsx".into(),
        }
    }

    #[test]
    fn a_collection_adds_its_notes_and_records_them_all_or_nothing() -> Result<()> {
        let mut store = Store::open_in_memory(Seed::Builtin)?;
        assert!(store.bodies_with_open_pledges()?.len() > 1);
        let body = store.bodies_named(crate::problem::Field::Owner, "香港大学")?[0];
        let name = store.body_by_id(body)?.map(|b| b.name).unwrap_or_default();
        let open = store.open_pledges_of(body)?;
        assert!(!open.is_empty() && open.iter().all(|p| p.pledge.status.is_open()));
        let first = open[0].pledge.id;
        let ids = store.collect(&[row(first, body, &name)], "王五")?;
        assert_eq!(ids.len(), 1);
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let kept = store.collected(body, day, first)?;
        assert_eq!(kept.map(|c| c.note), Some(ids[0]));
        let note = store.last_note(first)?;
        assert_eq!(note.and_then(|n| n.reported_by), Some(name.clone()));
        // The same row again, beside a good one: refused, and the good one is not kept.
        let second = open[1].pledge.id;
        let again = store.collect(&[row(second, body, &name), row(first, body, &name)], "王五");
        assert!(again.is_err());
        assert_eq!(store.collected(body, day, second)?, None);
        assert!(store.notes(second)?.is_empty());
        assert_eq!(store.notes(first)?.len(), 1);
        assert_eq!(store.ledger_secret()?.len(), 32);
        Ok(())
    }
}
