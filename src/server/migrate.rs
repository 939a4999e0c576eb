//! The server schema's numbered steps, each in one transaction holding an advisory lock, so
//! that two clients starting at once cannot both upgrade; the version is read again under
//! the lock. A schema newer than the program is refused untouched.

use super::Address;
use crate::error::server::Refusal;
use crate::error::{Error, Result};

/// Step N brings the schema from version N-1 to N. Never edit a shipped step; add one.
const STEPS: &[&str] = &[
    include_str!("../../migrations/pg/0001-ledger.sql"),
    include_str!("../../migrations/pg/0002-confirmations-and-sheets.sql"),
    include_str!("../../migrations/pg/0003-deadlines-and-withdrawals.sql"),
    include_str!("../../migrations/pg/0004-search-and-changes.sql"),
    include_str!("../../migrations/pg/0005-write-keys.sql"),
    include_str!("../../migrations/pg/0006-deadline-order.sql"),
    include_str!("../../migrations/pg/0007-short-search.sql"),
];

pub const LATEST_VERSION: i64 = STEPS.len() as i64;

/// Held for the length of a schema transaction ("pledge" in ASCII): one key per database.
const LOCK: i64 = 0x706c_6564_6765;

const VERSION_TABLE: &str = "pledge_schema";

/// Makes the ledger in an empty UTF-8 database, then brings it to the latest step.
pub fn create(client: &mut postgres::Client, address: &Address) -> Result<()> {
    refuse_not_utf8(client, address)?;
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK])?;
    let tables = tables(&mut tx)?;
    if tables.iter().any(|t| t == VERSION_TABLE) {
        return Err(Error::Server(Refusal::AlreadyLedger {
            address: address.shown().to_string(),
        }));
    }
    if !tables.is_empty() {
        return Err(Error::Server(Refusal::Foreign {
            address: address.shown().to_string(),
            tables: tables.join(", "),
        }));
    }
    tx.batch_execute(
        "CREATE TABLE pledge_schema (one boolean PRIMARY KEY DEFAULT true CHECK (one), \
         version integer NOT NULL CHECK (version >= 0)); \
         INSERT INTO pledge_schema (version) VALUES (0);",
    )?;
    tx.commit()?;
    upgrade(client, address)
}

/// Brings the schema up to date, step by step; refuses a database with no ledger or a newer one.
pub fn upgrade(client: &mut postgres::Client, address: &Address) -> Result<()> {
    for (index, step) in STEPS.iter().enumerate() {
        let target = index as i64 + 1;
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK])?;
        let now = current(&mut tx, address)?;
        if now >= target {
            continue;
        }
        // A desk's role may read and write the ledger but not alter its tables: the owner
        // upgrades (the README's set-up).
        tx.batch_execute(step).map_err(|e| match e.code() {
            Some(c) if *c == postgres::error::SqlState::INSUFFICIENT_PRIVILEGE => {
                Error::Server(Refusal::UpgradeByOwner {
                    address: address.shown().to_string(),
                    found: now,
                    known: LATEST_VERSION,
                })
            }
            _ => e.into(),
        })?;
        tx.execute(
            "UPDATE pledge_schema SET version = $1",
            &[&i32::try_from(target).unwrap_or(i32::MAX)],
        )?;
        tx.commit()?;
    }
    let mut tx = client.transaction()?;
    current(&mut tx, address).map(|_| ())
}

/// The version the database records, when it holds a ledger.
pub fn version(client: &mut impl postgres::GenericClient) -> Result<Option<i64>> {
    let exists: bool = client
        .query_one("SELECT to_regclass('pledge_schema') IS NOT NULL", &[])?
        .get(0);
    if !exists {
        return Ok(None);
    }
    let v: i32 = client
        .query_one("SELECT version FROM pledge_schema", &[])?
        .get(0);
    Ok(Some(i64::from(v)))
}

fn current(tx: &mut postgres::Transaction<'_>, address: &Address) -> Result<i64> {
    let found = version(tx)?.ok_or_else(|| {
        Error::Server(Refusal::NotLedger {
            address: address.shown().to_string(),
        })
    })?;
    if found > LATEST_VERSION {
        return Err(Error::Server(Refusal::Newer {
            address: address.shown().to_string(),
            found,
            known: LATEST_VERSION,
        }));
    }
    Ok(found)
}

/// The tables of the schemas a person made (not the server's own catalogues).
fn tables(tx: &mut postgres::Transaction<'_>) -> Result<Vec<String>> {
    let rows = tx.query(
        "SELECT table_schema || '.' || table_name, table_name FROM information_schema.tables \
         WHERE table_schema NOT IN ('pg_catalog', 'information_schema') \
         AND table_schema NOT LIKE 'pg_toast%' ORDER BY 1",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| {
            let name: String = r.get(1);
            if name == VERSION_TABLE {
                name
            } else {
                r.get(0)
            }
        })
        .collect())
}

/// pg_trgm makes no trigrams of Chinese characters in a database that is not UTF-8.
fn refuse_not_utf8(client: &mut postgres::Client, address: &Address) -> Result<()> {
    let row = client.query_one(
        "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database \
         WHERE datname = current_database()",
        &[],
    )?;
    let (encoding, ctype): (String, String) = (row.get(0), row.get(1));
    let utf8 = |s: &str| {
        let s = s.to_ascii_lowercase().replace('-', "");
        s.ends_with("utf8")
    };
    if utf8(&encoding) && utf8(&ctype) {
        return Ok(());
    }
    Err(Error::Server(Refusal::NotUtf8 {
        address: address.shown().to_string(),
        encoding,
        ctype,
    }))
}
