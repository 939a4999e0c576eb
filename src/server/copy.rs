//! `pledge copy` between a ledger file and a server ledger: every table of
//! [`COPIED_TABLES`] row by row in one transaction, ids kept, into a ledger that holds
//! nothing yet; all or nothing. Into a server, its tables are locked against other writers
//! meanwhile; out of one, the rows are read in one snapshot.

use postgres::types::ToSql;

use super::Server;
use crate::error::server::Refusal;
use crate::error::{Error, Result};
use crate::ledger::{COPIED_TABLES, Datum};
use crate::store::Store;

/// What a copy moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Copied {
    pub letters: u64,
    pub pledges: u64,
    pub notes: u64,
    pub history: u64,
}

/// The tables whose `id` is drawn from a sequence: set past the copied ids after.
/// PostgreSQL's name of the type of a column held as a floating-point number.
const REAL: &str = "double precision";

const NUMBERED: [&str; 7] = [
    "letter",
    "pledge",
    "note",
    "history",
    "body",
    "confirmation",
    "collected",
];

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A column's value as the server column's type takes it.
fn param(
    value: &Datum,
    pg_type: &str,
    at: &dyn Fn() -> (String, String),
) -> Result<Box<dyn ToSql + Sync>> {
    let not_text = || {
        let (id, column) = at();
        Error::Server(Refusal::CopyNotText {
            table: String::new(),
            id,
            column,
        })
    };
    Ok(match (pg_type, value) {
        ("bigint", Datum::Integer(n)) => Box::new(*n),
        ("bigint", Datum::Null) => Box::new(None::<i64>),
        ("integer", Datum::Integer(n)) => Box::new(i32::try_from(*n).map_err(|_| not_text())?),
        ("integer", Datum::Null) => Box::new(None::<i32>),
        (REAL, Datum::Real(f)) => Box::new(*f),
        (REAL, Datum::Integer(n)) => Box::new(*n as f64),
        (REAL, Datum::Null) => Box::new(None::<f64>),
        ("text", Datum::Text(s)) if !s.contains('\0') => Box::new(s.clone()),
        ("text", Datum::Null) => Box::new(None::<String>),
        // A value of another kind than the column's: the schemas disagree about it.
        _ => return Err(not_text()),
    })
}

impl Server {
    /// Copies the whole of `store` into this ledger, which must hold nothing yet.
    pub fn copy_from(&mut self, store: &Store) -> Result<Copied> {
        let address = self.address.shown().to_string();
        let mut tx = self.client.transaction()?;
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
            }));
        }
        tx.execute("DELETE FROM ledger_identity", &[])?;
        let mut copied = Copied::default();
        for table in COPIED_TABLES {
            let columns = store.table_columns(table)?;
            let types = server_columns(&mut tx, table, &columns)?;
            let pg_types: Vec<&str> = columns
                .iter()
                .map(|c| {
                    types
                        .iter()
                        .find(|(n, _)| n == c)
                        .map_or("", |(_, t)| t.as_str())
                })
                .collect();
            let names: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
            let marks: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
            let insert = tx.prepare(&format!(
                "INSERT INTO {} ({}) VALUES ({})",
                quoted(table),
                names.join(", "),
                marks.join(", ")
            ))?;
            let mut n = 0u64;
            store.each_table_row(table, &mut |row| {
                let id = row.first().map_or_else(String::new, |d| match d {
                    Datum::Integer(i) => i.to_string(),
                    _ => String::new(),
                });
                let mut params = Vec::with_capacity(row.len());
                for (i, value) in row.iter().enumerate() {
                    let column = columns.get(i).cloned().unwrap_or_default();
                    let at = || (id.clone(), column.clone());
                    let p = param(value, pg_types.get(i).copied().unwrap_or(""), &at)
                        .map_err(|e| in_table(e, table))?;
                    params.push(p);
                }
                let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
                tx.execute(&insert, &refs)?;
                n += 1;
                Ok(())
            })?;
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
        Ok(copied)
    }
}

fn in_table(e: Error, table: &str) -> Error {
    match e {
        Error::Server(Refusal::CopyNotText { id, column, .. }) => {
            Error::Server(Refusal::CopyNotText {
                table: table.to_string(),
                id,
                column,
            })
        }
        other => other,
    }
}

/// The server's columns of `table` with their types, when they are the file's `columns`.
fn server_columns(
    tx: &mut postgres::Transaction<'_>,
    table: &str,
    columns: &[String],
) -> Result<Vec<(String, String)>> {
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
    Ok(types)
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
    pub fn copy_into(&mut self, store: &mut Store) -> Result<Copied> {
        use postgres::fallible_iterator::FallibleIterator;
        let columns: Vec<Vec<String>> = COPIED_TABLES
            .iter()
            .map(|t| store.table_columns(t))
            .collect::<Result<_>>()?;
        let mut tx = self
            .client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let counts = store.import_rows(|im| {
            for (table, columns) in COPIED_TABLES.iter().zip(&columns) {
                let types = server_columns(&mut tx, table, columns)?;
                let pg_types: Vec<String> = columns
                    .iter()
                    .map(|c| {
                        types
                            .iter()
                            .find(|(n, _)| n == c)
                            .map_or_else(String::new, |(_, t)| t.clone())
                    })
                    .collect();
                let names: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
                let sql = format!(
                    "SELECT {} FROM {} ORDER BY 1",
                    names.join(", "),
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
