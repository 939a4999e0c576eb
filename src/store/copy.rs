//! A ledger's tables read as rows of plain values, for `pledge copy` to another kind of
//! ledger: only the tables of [`COPIED_TABLES`], each column by the name the schema gives it.

use rusqlite::types::ValueRef;

use super::Store;
use crate::error::Result;
use crate::ledger::{COPIED_TABLES, Datum, column_list};

/// `table`, when it is one of the copied tables (never text from outside).
fn known(table: &str) -> Option<&'static str> {
    COPIED_TABLES.iter().copied().find(|t| *t == table)
}

impl Store {
    /// The columns of a copied table, in the schema's order; none for another name.
    pub fn table_columns(&self, table: &str) -> Result<Vec<String>> {
        let Some(table) = known(table) else {
            return Ok(Vec::new());
        };
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
        let names = stmt.query_map([table], |r| r.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    }

    /// Every row of a copied table in rowid order, its values in the order of
    /// [`Store::table_columns`], handed to `each` as it is read.
    pub fn each_table_row(
        &self,
        table: &str,
        each: &mut dyn FnMut(&[Datum]) -> Result<()>,
    ) -> Result<()> {
        let columns = self.table_columns(table)?;
        let Some(table) = known(table).filter(|_| !columns.is_empty()) else {
            return Ok(());
        };
        // Names from the schema itself.
        let list = column_list(&columns);
        let sql = format!("SELECT {list} FROM \"{table}\" ORDER BY rowid");
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut values = Vec::with_capacity(columns.len());
        while let Some(row) = rows.next()? {
            values.clear();
            for i in 0..columns.len() {
                values.push(match row.get_ref(i)? {
                    ValueRef::Null => Datum::Null,
                    ValueRef::Integer(n) => Datum::Integer(n),
                    ValueRef::Real(f) => Datum::Real(f),
                    ValueRef::Text(t) => match std::str::from_utf8(t) {
                        Ok(s) => Datum::Text(s.to_string()),
                        Err(_) => Datum::Bytes(t.to_vec()),
                    },
                    ValueRef::Blob(b) => Datum::Bytes(b.to_vec()),
                });
            }
            each(&values)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Seed;

    #[test]
    fn every_copied_table_is_read_whole_and_no_other_name_is() {
        let store = Store::open_in_memory(Seed::Builtin).unwrap();
        let mut pledges = 0;
        store
            .each_table_row("pledge", &mut |row| {
                assert_eq!(row.len(), store.table_columns("pledge").unwrap().len());
                pledges += 1;
                Ok(())
            })
            .unwrap();
        assert_eq!(pledges, 20);
        for table in COPIED_TABLES {
            assert!(!store.table_columns(table).unwrap().is_empty(), "{table}");
        }
        assert!(store.table_columns("sqlite_schema").unwrap().is_empty());
        let mut any = false;
        store
            .each_table_row("pledge; DROP TABLE note", &mut |_| {
                any = true;
                Ok(())
            })
            .unwrap();
        assert!(!any);
    }
}
