//! Settings that make one bulk import cheaper, held only while it runs: the page cache is a
//! setting of the connection, put back after; FTS5's hash size lives in the search table's
//! config, which ends exactly as it began.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;

/// Page cache for the import, in KiB: fewer pages spilled to the WAL and read back while
/// indexes and search tables are built. SQLite's sorter takes as much again while an index
/// is built, and the rest of the import holds ~25 MB: 40 MB reached 93 MB at 1M pledges.
pub const CACHE_KIB: i64 = 24 << 10;

/// FTS5 writes its in-memory index out as a segment each time it passes `hashsize` (1 MB by
/// default), then merges segments as they pile up; a rebuild with a bigger hash writes far
/// fewer segments and merges less.
const FTS_HASH_BYTES: i64 = 16 << 20;

/// FTS5's own default, which a config table without a `hashsize` row means.
const FTS_DEFAULT_HASH_BYTES: i64 = 1 << 20;

/// Builds the search index `table` from its content table with a bigger hash.
/// `table` is one of the fixed names of the schema: identifiers cannot be bound.
pub fn rebuild_search(conn: &Connection, table: &str) -> Result<()> {
    with_big_hash(conn, table, || {
        Ok(conn.execute_batch(&format!(
            "INSERT INTO \"{table}\" (\"{table}\") VALUES ('rebuild')"
        ))?)
    })
}

/// Runs `fill`, which writes the whole search index `table` at once, with a bigger hash; the
/// table's config ends as it began.
pub fn with_big_hash(
    conn: &Connection,
    table: &str,
    fill: impl FnOnce() -> Result<()>,
) -> Result<()> {
    let before: Option<Value> = conn
        .query_row(
            &format!("SELECT v FROM \"{table}_config\" WHERE k = 'hashsize'"),
            [],
            |r| r.get(0),
        )
        .optional()?;
    let set = format!("INSERT INTO \"{table}\" (\"{table}\", rank) VALUES ('hashsize', ?1)");
    conn.execute(&set, [FTS_HASH_BYTES])?;
    fill()?;
    match before {
        Some(v) => {
            conn.execute(&set, [v])?;
        }
        None => {
            // The default first, so this connection's copy of the config matches the table.
            conn.execute(&set, [FTS_DEFAULT_HASH_BYTES])?;
            conn.execute(
                &format!("DELETE FROM \"{table}_config\" WHERE k = 'hashsize'"),
                [],
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::store::{Seed, Store};

    fn config(store: &Store, table: &str) -> Vec<(String, String)> {
        let sql = format!("SELECT k, CAST(v AS TEXT) FROM \"{table}_config\" ORDER BY k");
        let mut stmt = store.conn.prepare(&sql).unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    }

    #[test]
    fn an_import_leaves_the_settings_and_search_config_as_they_were() {
        let source = Store::open_in_memory(Seed::Builtin).unwrap();
        let data = source.export().unwrap();
        let mut copy = Store::open_in_memory(Seed::Empty).unwrap();
        // A ledger whose note index was given its own hash size keeps it.
        copy.conn
            .execute_batch("INSERT INTO note_fts (note_fts, rank) VALUES ('hashsize', 4096)")
            .unwrap();
        let tables = ["pledge_fts", "note_fts", "pledge_chars", "note_chars"];
        let before: Vec<_> = tables.iter().map(|t| config(&copy, t)).collect();
        let setting = |store: &Store, name: &str| -> i64 {
            store
                .conn
                .pragma_query_value(None, name, |r| r.get(0))
                .unwrap()
        };
        let cache = setting(&copy, "cache_size");
        copy.import(&data).unwrap();
        let after: Vec<_> = tables.iter().map(|t| config(&copy, t)).collect();
        assert_eq!(after, before);
        assert_eq!(setting(&copy, "foreign_keys"), 1);
        assert_eq!(setting(&copy, "cache_size"), cache);
        assert_eq!(copy.export().unwrap(), data);
    }
}
