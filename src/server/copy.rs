//! `pledge copy` between a ledger file and a server ledger: every table of
//! [`COPIED_TABLES`] row by row in one transaction, ids kept, into a ledger that holds
//! nothing yet; all or nothing. Into a server, its tables are locked against other writers
//! meanwhile; out of one, the rows are read in one snapshot.

use std::io::Write;

use postgres::types::ToSql;

use super::Server;
use crate::error::server::Refusal;
use crate::error::{Error, Result};
use crate::ledger::{COPIED_TABLES, Datum, column_list, quoted};
use crate::store::Store;

mod text;
use text::REAL;

/// What a copy moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Copied {
    pub letters: u64,
    pub pledges: u64,
    pub notes: u64,
    pub history: u64,
}

/// The tables whose `id` is drawn from a sequence: set past the copied ids after.
const NUMBERED: [&str; 7] = [
    "letter",
    "pledge",
    "note",
    "history",
    "body",
    "confirmation",
    "collected",
];

impl Server {
    /// Copies the whole of `store` into this ledger, which must hold nothing yet.
    pub fn copy_from(&mut self, store: &Store) -> Result<Copied> {
        let address = self.address.shown().to_string();
        let mut tx = self.client.get_mut().transaction()?;
        let all = COPIED_TABLES.join(", ");
        tx.batch_execute(&format!("LOCK TABLE {all} IN EXCLUSIVE MODE"))?;
        tx.batch_execute("SET CONSTRAINTS ALL DEFERRED")?;
        let row = tx.query_one(
            "SELECT (SELECT count(*) FROM letter), (SELECT count(*) FROM pledge),
                    (SELECT count(*) FROM note) + (SELECT count(*) FROM history)
                    + (SELECT count(*) FROM body) + (SELECT count(*) FROM collected)
                    + (SELECT count(*) FROM confirmation)",
            &[],
        )?;
        let (letters, pledges, rest): (i64, i64, i64) = (row.get(0), row.get(1), row.get(2));
        if letters + pledges + rest > 0 {
            return Err(Error::Server(Refusal::CopyNotEmpty {
                address,
                letters,
                pledges,
                other: rest,
            }));
        }
        tx.execute("DELETE FROM ledger_identity", &[])?;
        let mut copied = Copied::default();
        for table in COPIED_TABLES {
            let columns = store.table_columns(table)?;
            let pg_types = server_types(&mut tx, table, &columns)?;
            let sql = format!(
                "COPY {} ({}) FROM STDIN",
                quoted(table),
                column_list(&columns)
            );
            let mut writer = tx.copy_in(&sql)?;
            let mut n = 0u64;
            let mut line = String::new();
            store.each_table_row(table, &mut |row| {
                line.clear();
                for (i, value) in row.iter().enumerate() {
                    if i > 0 {
                        line.push('\t');
                    }
                    let pg_type = pg_types.get(i).map_or("", String::as_str);
                    if text::field(&mut line, value, pg_type).is_err() {
                        let id = match row.first() {
                            Some(Datum::Integer(i)) => i.to_string(),
                            _ => String::new(),
                        };
                        return Err(Error::Server(Refusal::CopyNotText {
                            table: table.to_string(),
                            id,
                            column: columns.get(i).cloned().unwrap_or_default(),
                        }));
                    }
                }
                line.push('\n');
                writer
                    .write_all(line.as_bytes())
                    .map_err(|e| Error::Server(Refusal::Failed { why: e.to_string() }))?;
                n += 1;
                Ok(())
            })?;
            writer.finish()?;
            match table {
                "letter" => copied.letters = n,
                "pledge" => copied.pledges = n,
                "note" => copied.notes = n,
                "history" => copied.history = n,
                _ => {}
            }
        }
        for table in NUMBERED {
            tx.batch_execute(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} \
                 HAVING max(id) IS NOT NULL"
            ))?;
        }
        tx.commit()?;
        // The planner's statistics of what came in, rather than of empty tables until
        // autovacuum comes by (a list would sort every pledge meanwhile).
        self.client.get_mut().batch_execute("ANALYZE")?;
        Ok(copied)
    }
}

/// The server's type of each of the file's `columns` of `table`, in their order, when the
/// server's table has exactly those columns.
fn server_types(
    tx: &mut postgres::Transaction<'_>,
    table: &str,
    columns: &[String],
) -> Result<Vec<String>> {
    let types: Vec<(String, String)> = tx
        .query(
            "SELECT column_name::text, data_type::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = $1
             ORDER BY ordinal_position",
            &[&table],
        )?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let mut file_names = columns.to_vec();
    let mut server_names: Vec<String> = types.iter().map(|(n, _)| n.clone()).collect();
    file_names.sort();
    server_names.sort();
    if file_names != server_names {
        return Err(Error::Server(Refusal::CopyColumns {
            table: table.to_string(),
            file: file_names.join(", "),
            server: server_names.join(", "),
        }));
    }
    Ok(columns
        .iter()
        .map(|c| {
            types
                .iter()
                .find(|(n, _)| n == c)
                .map_or_else(String::new, |(_, t)| t.clone())
        })
        .collect())
}

/// Column `i` of a server row as a plain value, by the column's type.
fn datum(row: &postgres::Row, i: usize, pg_type: &str) -> Result<Datum> {
    Ok(match pg_type {
        "bigint" => row
            .try_get::<_, Option<i64>>(i)?
            .map_or(Datum::Null, Datum::Integer),
        "integer" => row
            .try_get::<_, Option<i32>>(i)?
            .map_or(Datum::Null, |n| Datum::Integer(i64::from(n))),
        REAL => row
            .try_get::<_, Option<f64>>(i)?
            .map_or(Datum::Null, Datum::Real),
        _ => row
            .try_get::<_, Option<String>>(i)?
            .map_or(Datum::Null, Datum::Text),
    })
}

impl Server {
    /// Copies the whole of this ledger, read in one snapshot, into `store`, which must be
    /// empty; the store checks the whole as it checks an import, and builds its indexes.
    pub fn copy_into(&self, store: &mut Store) -> Result<Copied> {
        use postgres::fallible_iterator::FallibleIterator;
        let columns: Vec<Vec<String>> = COPIED_TABLES
            .iter()
            .map(|t| store.table_columns(t))
            .collect::<Result<_>>()?;
        let mut client = self.client.borrow_mut();
        let mut tx = client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let counts = store.import_rows(|im| {
            for (table, columns) in COPIED_TABLES.iter().zip(&columns) {
                let pg_types = server_types(&mut tx, table, columns)?;
                let sql = format!(
                    "SELECT {} FROM {} ORDER BY 1",
                    column_list(columns),
                    quoted(table)
                );
                let none: [&(dyn ToSql + Sync); 0] = [];
                let mut rows = tx.query_raw(&sql, none)?;
                let mut values = Vec::with_capacity(columns.len());
                while let Some(row) = rows.next()? {
                    values.clear();
                    for (i, t) in pg_types.iter().enumerate() {
                        values.push(datum(&row, i, t)?);
                    }
                    im.table_row(table, columns, &values)?;
                }
            }
            Ok(())
        })?;
        tx.commit()?;
        Ok(Copied {
            letters: counts.letters,
            pledges: counts.pledges,
            notes: counts.notes,
            history: counts.history,
        })
    }
}
