//! One statement text for both kinds of ledger: what the record-keeping code (`records`)
//! runs its SQL through, a ledger file (SQLite) or a server (PostgreSQL, `server::sql`).
//!
//! Statements are written once in the dialects' common ground with `?N` placeholders;
//! PostgreSQL's `$N` is made from them (sharing `$N` text is unsafe: SQLite numbers
//! `$2, $1` by order of appearance). Values cross as SQLite's own types (`ToSql`,
//! `ValueRef`): they are the five a ledger holds, and the file's native reads keep them
//! without a copy.

use std::ops::ControlFlow;

use rusqlite::types::{FromSql, ToSql, Value, ValueRef};

use crate::error::Result;

/// A connection, or a transaction on one, that runs the shared statements.
pub trait Sql {
    /// Runs a statement; how many rows it changed.
    fn execute(&mut self, sql: &str, params: &[&dyn ToSql]) -> Result<usize>;
    /// Hands each row of a query to `each`, as read, until it says to stop.
    fn each(
        &mut self,
        sql: &str,
        params: &[&dyn ToSql],
        each: &mut dyn FnMut(&Row<'_>) -> Result<ControlFlow<()>>,
    ) -> Result<()>;
}

/// What the shared code asks of a row: a cell by position, as SQLite's row gives it. Row
/// mappers take any `Cells`, so a file's long reads map rows in place.
pub trait Cells {
    fn get_ref(&self, i: usize) -> rusqlite::Result<ValueRef<'_>>;
    fn get<T: FromSql>(&self, i: usize) -> rusqlite::Result<T> {
        let cell = self.get_ref(i)?;
        T::column_result(cell).map_err(|e| match e {
            rusqlite::types::FromSqlError::InvalidType => {
                rusqlite::Error::InvalidColumnType(i, format!("{i}"), cell.data_type())
            }
            other => {
                rusqlite::Error::FromSqlConversionFailure(i, cell.data_type(), Box::new(other))
            }
        })
    }
}

impl Cells for rusqlite::Row<'_> {
    fn get_ref(&self, i: usize) -> rusqlite::Result<ValueRef<'_>> {
        rusqlite::Row::get_ref(self, i)
    }
}

/// A row read whole: its values in column order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Values(pub Vec<Value>);

impl Values {
    /// [`Cells::get`], without the trait in scope.
    pub fn get<T: FromSql>(&self, i: usize) -> rusqlite::Result<T> {
        Cells::get(self, i)
    }
}

impl Cells for Values {
    fn get_ref(&self, i: usize) -> rusqlite::Result<ValueRef<'_>> {
        self.0
            .get(i)
            .map(ValueRef::from)
            .ok_or(rusqlite::Error::InvalidColumnIndex(i))
    }
}

/// A cell by position, whatever holds the row: what [`Row`] reads through.
pub trait Cell {
    fn cell(&self, i: usize) -> rusqlite::Result<ValueRef<'_>>;
}

impl<C: Cells> Cell for C {
    fn cell(&self, i: usize) -> rusqlite::Result<ValueRef<'_>> {
        self.get_ref(i)
    }
}

/// A row of a shared query as its reader sees it: a file's row read in place (no copy), or
/// a server's row as values.
pub struct Row<'r>(pub &'r dyn Cell);

impl Row<'_> {
    /// [`Cells::get`], without the trait in scope.
    pub fn get<T: FromSql>(&self, i: usize) -> rusqlite::Result<T> {
        Cells::get(self, i)
    }
}

impl Cells for Row<'_> {
    fn get_ref(&self, i: usize) -> rusqlite::Result<ValueRef<'_>> {
        self.0.cell(i)
    }
}

/// The ways to read rows, for any [`Sql`].
pub trait Query: Sql {
    /// The first row's mapping, if there is a row.
    fn optional<T>(
        &mut self,
        sql: &str,
        params: &[&dyn ToSql],
        map: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        let mut map = Some(map);
        let mut found = None;
        // Stops at the first row: the rest are never read (nor sent, from a server).
        self.each(sql, params, &mut |row| {
            if let Some(map) = map.take() {
                found = Some(map(row)?);
            }
            Ok(ControlFlow::Break(()))
        })?;
        Ok(found)
    }

    /// The first row's mapping; a query that finds none is a fault of the statement.
    fn one<T>(
        &mut self,
        sql: &str,
        params: &[&dyn ToSql],
        map: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        self.optional(sql, params, map)?
            .ok_or_else(|| rusqlite::Error::QueryReturnedNoRows.into())
    }

    /// Every row's mapping, in order.
    fn all<T>(
        &mut self,
        sql: &str,
        params: &[&dyn ToSql],
        mut map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut all = Vec::new();
        self.each(sql, params, &mut |row| {
            all.push(map(row)?);
            Ok(ControlFlow::Continue(()))
        })?;
        Ok(all)
    }
}

impl<S: Sql + ?Sized> Query for S {}

/// A ledger file's connection (or a transaction on it) running the shared statements; each
/// is prepared once per connection (SQLite's statement cache).
pub struct Lite<'c>(pub &'c rusqlite::Connection);

impl Sql for Lite<'_> {
    fn execute(&mut self, sql: &str, params: &[&dyn ToSql]) -> Result<usize> {
        Ok(self.0.prepare_cached(sql)?.execute(params)?)
    }

    fn each(
        &mut self,
        sql: &str,
        params: &[&dyn ToSql],
        each: &mut dyn FnMut(&Row<'_>) -> Result<ControlFlow<()>>,
    ) -> Result<()> {
        let mut stmt = self.0.prepare_cached(sql)?;
        let mut rows = stmt.query(params)?;
        // Read in place: text another tool wrote that is not UTF-8 reaches the mappers as
        // its bytes, which they read as text all the same (a note's body keeps them).
        while let Some(row) = rows.next()? {
            if each(&Row(row))?.is_break() {
                break;
            }
        }
        Ok(())
    }
}

/// `?N` placeholders made PostgreSQL's `$N`, outside quoted text, quoted names and comments.
/// A bare `?` is no placeholder of ours and stays (no shared statement has one).
pub fn numbered_dollars(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == '\n' {
                        break;
                    }
                }
            }
            '?' if chars.peek().is_some_and(char::is_ascii_digit) => out.push('$'),
            _ => out.push(c),
        }
    }
    out
}

/// A statement with `:name` values made `?N` ones, numbered in the order names first appear,
/// and the values in that order: the filters name their values, and a shared statement binds
/// them by number. Quoted text, comments and `::` casts are left as they are; a name not among
/// `named` stays, for the database to refuse.
pub fn positional<'v>(
    sql: &str,
    named: &[(&str, &'v dyn rusqlite::ToSql)],
) -> (String, Vec<&'v dyn rusqlite::ToSql>) {
    let mut out = String::with_capacity(sql.len());
    let mut order: Vec<&str> = Vec::new();
    let mut rest = sql;
    while let Some(c) = rest.chars().next() {
        let len = match c {
            '\'' | '"' => rest[1..].find(c).map_or(rest.len(), |end| end + 2),
            '-' if rest[1..].starts_with('-') => rest.find('\n').map_or(rest.len(), |end| end + 1),
            ':' if rest[1..].starts_with(':') => 2,
            ':' => {
                let name_len = rest[1..]
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len() - 1);
                let name = &rest[..=name_len];
                match named.iter().position(|(n, _)| *n == name) {
                    Some(_) if name_len > 0 => {
                        let number = match order.iter().position(|n| *n == name) {
                            Some(at) => at + 1,
                            None => {
                                order.push(name);
                                order.len()
                            }
                        };
                        out.push_str(&format!("?{number}"));
                        rest = &rest[name.len()..];
                        continue;
                    }
                    _ => 1,
                }
            }
            c => c.len_utf8(),
        };
        out.push_str(&rest[..len]);
        rest = &rest[len..];
    }
    let values = order
        .iter()
        .filter_map(|name| named.iter().find(|(n, _)| n == name).map(|(_, v)| *v))
        .collect();
    (out, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_values_become_numbered_in_order_of_first_use() {
        let (a, b): (i64, &str) = (7, "x");
        let named: [(&str, &dyn rusqlite::ToSql); 2] = [(":owner", &b), (":letter", &a)];
        let (sql, values) = positional(
            "SELECT ':owner' -- :owner\n, a::text FROM t WHERE l = :letter AND o = :owner OR l > :letter AND :other",
            &named,
        );
        assert_eq!(
            sql,
            "SELECT ':owner' -- :owner\n, a::text FROM t WHERE l = ?1 AND o = ?2 OR l > ?1 AND :other"
        );
        let shown: Vec<_> = values.iter().map(|v| v.to_sql().ok()).collect();
        assert_eq!(
            shown,
            [Some(a.to_sql().unwrap()), Some(b.to_sql().unwrap())]
        );
        // A name that is the start of another is not it.
        let (sql, values) = positional("x = :ownerly", &named);
        assert_eq!((sql.as_str(), values.len()), ("x = :ownerly", 0));
    }

    #[test]
    fn numbered_placeholders_become_dollars_outside_text_names_and_comments() {
        assert_eq!(
            numbered_dollars("SELECT a FROM t WHERE b = ?2 AND c = ?1 OR d = ?12"),
            "SELECT a FROM t WHERE b = $2 AND c = $1 OR d = $12"
        );
        assert_eq!(
            numbered_dollars("SELECT '?1', \"?2\" -- ?3\n, ?4"),
            "SELECT '?1', \"?2\" -- ?3\n, $4"
        );
        // Doubled quotes inside text close and reopen it: what follows is still text.
        assert_eq!(numbered_dollars("'it''s ?1' || ?2"), "'it''s ?1' || $2");
        assert_eq!(numbered_dollars("a ? b"), "a ? b");
        // An unclosed quote keeps the rest as it is rather than guessing.
        assert_eq!(numbered_dollars("'?1"), "'?1");
    }

    #[test]
    fn a_file_runs_shared_statements_and_reads_rows_whole() -> Result<()> {
        let conn = rusqlite::Connection::open_in_memory()?;
        let mut sql = Lite(&conn);
        sql.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)", &[])?;
        let n = sql.execute(
            "INSERT INTO t (id, name) VALUES (?1, ?2), (?3, NULL)",
            rusqlite::params![1, "甲", 2],
        )?;
        assert_eq!(n, 2);
        let rows = sql.all("SELECT id, name FROM t ORDER BY id", &[], |r| {
            Ok((r.get::<i64>(0)?, r.get::<Option<String>>(1)?))
        })?;
        assert_eq!(rows, vec![(1, Some("甲".into())), (2, None)]);
        let none = sql.optional("SELECT id FROM t WHERE id = ?1", &[&9], |r| r.get::<i64>(0))?;
        assert_eq!(none, None);
        assert!(
            sql.one("SELECT id FROM t WHERE id = 9", &[], |r| r.get::<i64>(0))
                .is_err()
        );
        let wrong = sql.one("SELECT name FROM t WHERE id = 1", &[], |r| r.get::<i64>(0));
        assert!(wrong.is_err());
        // Text that is not UTF-8 (another tool's) is read, as its bytes.
        let odd = sql.one("SELECT CAST(x'e8bfff' AS TEXT)", &[], |r| {
            Ok(r.get_ref(0)?.as_bytes()?.to_vec())
        })?;
        assert_eq!(odd, vec![0xe8, 0xbf, 0xff]);
        // The first row answers `optional` and `one`: the rows after it are never read.
        use std::sync::atomic::{AtomicI64, Ordering};
        let read = std::sync::Arc::new(AtomicI64::new(0));
        let counted = read.clone();
        conn.create_scalar_function("read_row", 0, Default::default(), move |_| {
            Ok(counted.fetch_add(1, Ordering::SeqCst) + 1)
        })?;
        sql.execute("INSERT INTO t (id, name) VALUES (3, 'c'), (4, 'd')", &[])?;
        let first = sql.one("SELECT read_row() FROM t ORDER BY id", &[], |r| {
            r.get::<i64>(0)
        })?;
        assert_eq!((first, read.load(Ordering::SeqCst)), (1, 1));
        let all = sql.all("SELECT read_row() FROM t ORDER BY id", &[], |r| {
            r.get::<i64>(0)
        })?;
        assert_eq!(all, vec![2, 3, 4, 5]);
        Ok(())
    }
}
