//! The import of what the request sheets left: the ledger's identity (the secret its sheets
//! are signed with) and the sheet rows collected, so that sheets sent before an export are
//! taken back by the imported ledger, and a sheet collected before is not added again.

use rusqlite::{Transaction, params};

use super::rows::{check_id, check_stamp, refused_row};
use super::{ImportRefusal, ImportRow, Importer};
use crate::error::{Error, Result};
use crate::store::{Collected, Identity};

/// A constraint the row broke, as a broken rule: a second row for one body, day and pledge
/// is not a second letter.
fn refused(e: Error, row: ImportRow) -> Error {
    match refused_row(e, row) {
        Error::Import(ImportRefusal::DuplicateLetter { row, detail }) => {
            Error::Import(ImportRefusal::BrokenRule { row, detail })
        }
        other => other,
    }
}

/// Puts the export's identity in place of the one the empty ledger was made with. The
/// triggers that keep an identity unchanged are set aside for this one statement pair and
/// put back as they were, in the import's transaction.
fn replace_identity(tx: &Transaction, id: &Identity) -> Result<()> {
    let mut stmt = tx.prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'ledger_identity'",
    )?;
    let triggers: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    drop(stmt);
    for (name, _) in &triggers {
        // Names read from the schema itself, never from the file.
        tx.execute_batch(&format!("DROP TRIGGER \"{}\"", name.replace('"', "\"\"")))?;
    }
    tx.execute("DELETE FROM ledger_identity", [])?;
    let inserted = tx.execute(
        "INSERT INTO ledger_identity (only, secret, made_at) VALUES (1, ?1, ?2)",
        params![id.secret, id.made_at],
    );
    for (_, sql) in &triggers {
        tx.execute_batch(sql)?;
    }
    inserted?;
    Ok(())
}

impl Importer<'_> {
    pub fn identity(&mut self, id: &Identity) -> Result<()> {
        let row = ImportRow {
            section: "identity",
            index: 0,
            id: 1,
        };
        check_stamp(row, "made_at", &id.made_at)?;
        replace_identity(self.tx, id).map_err(|e| refused(e, row))
    }

    pub fn collected(&mut self, c: &Collected) -> Result<()> {
        let row = ImportRow {
            section: "collected",
            index: self.collected,
            id: c.id,
        };
        check_id(row)?;
        check_stamp(row, "collected_at", &c.collected_at)?;
        self.tx
            .prepare_cached(
                "INSERT INTO collected (id, body_id, body_name, as_of, pledge_id, note_id, answer,
                                        file, collected_at, collected_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                c.id,
                c.body_id,
                c.body_name,
                crate::date::format(c.as_of),
                c.pledge,
                c.note,
                c.answer,
                c.file,
                c.collected_at,
                c.collected_by,
            ])
            .map_err(|e| refused(e.into(), row))?;
        self.collected += 1;
        Ok(())
    }
}
