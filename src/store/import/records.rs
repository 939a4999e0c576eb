//! The import of what the request sheets left: the ledger's identity (the secret its sheets
//! are signed with) and the sheet rows collected, so that sheets sent before an export are
//! taken back by the imported ledger, and a sheet collected before is not added again.

use rusqlite::types::Value;
use rusqlite::{Transaction, params};

use super::rows::{check_id, check_stamp, refused_row};
use super::{ImportRefusal, ImportRow, Importer};
use crate::error::{Error, Result};
use crate::ledger::{Datum, column_list, quoted};
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
        tx.execute_batch(&format!("DROP TRIGGER {}", quoted(name)))?;
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

impl Importer<'_> {
    /// A row of a copied table as another kind of ledger holds it (`pledge copy` from a
    /// server), by column name; checked at the end with the rest, as an import's rows are.
    /// `table` is one of [`crate::ledger::COPIED_TABLES`] and `columns` its columns here.
    pub fn table_row(&mut self, table: &str, columns: &[String], row: &[Datum]) -> Result<()> {
        let Some(table) = crate::ledger::COPIED_TABLES
            .iter()
            .copied()
            .find(|t| *t == table)
        else {
            return Ok(());
        };
        let value = |name: &str| {
            columns
                .iter()
                .position(|c| c == name)
                .and_then(|i| row.get(i))
        };
        let text = |name: &str| match value(name) {
            Some(Datum::Text(s)) => s.clone(),
            _ => String::new(),
        };
        if table == "ledger_identity" {
            return self.identity(&Identity {
                secret: text("secret"),
                made_at: text("made_at"),
            });
        }
        let id = match value("id") {
            Some(Datum::Integer(n)) => Some(*n),
            _ => None,
        };
        // Named as an export names its rows (`pledges[3] (id 5)`), counted per kind.
        let (section, index) = match table {
            "letter" => ("letters", &mut self.counts.letters),
            "pledge" => ("pledges", &mut self.counts.pledges),
            "note" => ("notes", &mut self.counts.notes),
            "history" => ("history", &mut self.counts.history),
            "collected" => ("collected", &mut self.collected),
            "confirmation" => ("confirmations", &mut self.confirmations),
            "body" => ("bodies", &mut self.bodies),
            "body_alias" => ("aliases", &mut self.aliases),
            _ => ("links", &mut self.links),
        };
        let at = ImportRow {
            section,
            index: *index,
            id: id.unwrap_or(1),
        };
        if id.is_some() {
            check_id(at)?;
        }
        let marks: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO \"{table}\" ({}) VALUES ({})",
            column_list(columns),
            marks.join(", ")
        );
        let values = row.iter().map(|d| match d {
            Datum::Null => Value::Null,
            Datum::Integer(n) => Value::Integer(*n),
            Datum::Real(f) => Value::Real(*f),
            Datum::Text(s) => Value::Text(s.clone()),
            Datum::Bytes(b) => Value::Blob(b.clone()),
        });
        self.tx
            .prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(values))
            .map_err(|e| refused(e.into(), at))?;
        *index += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::ledger::Datum;
    use crate::store::{Seed, Store};

    #[test]
    fn a_copied_row_refused_is_named_as_an_exports_row_is() {
        let mut store = Store::open_in_memory(Seed::Empty).expect("store");
        let columns = store.table_columns("body_alias").expect("columns");
        let refused = store
            .import_rows(|im| {
                for alias in ["省科技厅", "省科技厅"] {
                    let row: Vec<Datum> = columns
                        .iter()
                        .map(|c| match c.as_str() {
                            "alias" => Datum::Text(alias.into()),
                            _ => Datum::Integer(1),
                        })
                        .collect();
                    im.table_row("body_alias", &columns, &row)?;
                }
                Ok(())
            })
            .expect_err("the second alias is the first again");
        let said =
            crate::messages::lang::with(crate::messages::lang::Lang::En, || refused.to_string());
        assert!(said.contains("aliases[1]"), "{said}");
    }
}
