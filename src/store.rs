//! The ledger file: opening, creating, and every SQL statement the program runs.
//!
//! Nothing outside this module touches rusqlite; callers get model types back.

mod migrate;
mod notes;
mod open;
mod pledges;
mod report;
mod rows;
mod transfer;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

pub use migrate::LATEST_VERSION;
pub use notes::NewNote;
pub use open::APPLICATION_ID;
pub use pledges::{Edit, Filter, NewPledge, Sort, Summary};
pub use report::OpenPledge;
pub use transfer::{Export, sha256_bytes, sha256_hex};

/// How long a writer waits for another process's write before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open ledger.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

/// What a new ledger starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seed {
    /// The built-in letter and its pledges.
    Builtin,
    Empty,
}

impl Store {
    /// Opens an existing ledger; refuses (unchanged) anything that is not one.
    pub fn open(path: &Path) -> Result<Store> {
        open::inspect(path)?;
        let conn = open::connect(path)?;
        Store::init(conn, Some(path.to_path_buf()))
    }

    /// Creates a new ledger at `path` atomically: the file appears whole or not at all.
    pub fn create(path: &Path, seed: Seed, replace_empty: bool) -> Result<Store> {
        open::create(path, seed, replace_empty)?;
        Store::open(path)
    }

    /// A ledger that lives in memory, built by the same path as a file (tests, previews).
    pub fn open_in_memory(seed: Seed) -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store::init(conn, None)?;
        store.seed(seed)?;
        Ok(store)
    }

    /// Per-connection settings, then the schema upgrades.
    fn init(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        migrate::upgrade(&mut conn, path.as_deref())?;
        Ok(Store { conn, path })
    }

    fn seed(&mut self, seed: Seed) -> Result<()> {
        match seed {
            Seed::Empty => Ok(()),
            Seed::Builtin => {
                let data = crate::builtin::load()?;
                self.write("built-in pledges", |tx| transfer::insert_builtin(tx, &data))
            }
        }
    }

    /// The file this ledger lives in (none for an in-memory one).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: all of it is saved, or none.
    ///
    /// `what` names the thing being saved, for the message when the ledger is busy.
    fn write<T>(&mut self, what: &str, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        let fail = |e: Error| {
            let e = e.saving(what);
            match &path {
                Some(p) => e.in_ledger(p),
                None => e,
            }
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| fail(e.into()))?;
        let value = f(&tx).map_err(fail)?;
        crate::hooks::pause(&format!("commit {what}"));
        tx.commit().map_err(|e| fail(e.into()))?;
        Ok(value)
    }
}

/// The current time as stored in `*_at` columns.
fn now_stamp() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
