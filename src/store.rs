//! The ledger file: opening, creating, and every SQL statement the program runs. The
//! statements of a pledge's own records (`records`) are written in the ground SQLite and
//! PostgreSQL share and run through [`crate::sql::Sql`], so a server ledger runs them too.
//!
//! Nothing outside this module touches rusqlite, but for `sql`, whose values are SQLite's
//! types; callers get model types back.

pub use crate::error::ledger::Refusal;
pub use beside::remove_made_ledger;
pub use wal::Foreign;

mod backup;
mod beside;
mod bodies;
mod chars;
mod copy;
mod dashboard;
pub(crate) mod dump;
mod edits;
mod filter;
mod guard;
mod import;
mod ledger;
mod letters;
pub(crate) mod listing;
mod lists;
mod locks;
mod migrate;
mod notes;
mod open;
#[cfg(test)]
mod overdue_tests;
pub(crate) mod parts;
#[cfg(test)]
mod plans;
mod pledges;
pub(crate) mod records;
mod report;
mod report_pages;
mod report_tally;
mod restore;
mod rows;
mod sheets;
mod sidecar;
mod transfer;
mod wal;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

pub use crate::error::ledger::{Damage, Header};
pub use crate::request::{
    Edit, Filter, Guarded, LetterRef, NOTE_WITHDRAWN, NewNote, NewPledge, OpenPledge, Quotes,
    ReportQuery, Saved, Saving, Seen, Sort, Stale, Summary, Withdrawal,
};
pub use bodies::BodyChange;
pub use dashboard::MAX_PAGE as MAX_GAUGE_PAGE;
pub use import::{
    Counts, ImportLine, ImportRefusal, ImportRow, Importer, check_header as check_import_header,
    nothing_imported,
};
pub use letters::{LetterChange, no_such_letter};
pub use lists::Lists;
pub use migrate::LATEST_VERSION;
pub use open::APPLICATION_ID;
pub use report_pages::PageAt;
pub use report_tally::{GroupCount, Placed, ReportCounts, Window, place, silent_since};
pub use restore::{Aside, Restored};
pub use rows::{BadValue, Column};
pub use transfer::{Collected, EXPORT_FORMAT, EachRow, Export, Identity, sha256_bytes, sha256_hex};

/// How long a writer waits for another process's write before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open ledger.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    read_only: Option<open::ReadOnly>,
}

/// Files up to this size are checked page by page when opened (a few milliseconds); larger
/// ones when a damaged page is read, or by `pledge check`.
const QUICK_CHECK_BELOW: u64 = 4 << 20;

/// Runs an integrity pragma; anything but "ok" means the file is damaged.
fn check(conn: &Connection, pragma: &str) -> Result<()> {
    let mut stmt = conn.prepare(&format!("PRAGMA {pragma}"))?;
    let problems: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    match problems.first().map(String::as_str) {
        Some("ok") => Ok(()),
        _ => Err(Error::Damaged {
            ledger: None,
            damage: Damage::Check(problems.into_iter().take(3).collect()),
        }),
    }
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
        let size = open::inspect(path)?;
        crate::files::clean_leftovers(&crate::files::parent_dir(path), None, &[path]);
        let (conn, read_only) = open::connect(path)?;
        if size <= QUICK_CHECK_BELOW {
            check(&conn, "quick_check").map_err(|e| e.in_ledger(path))?;
        }
        Store::init(conn, Some(path.to_path_buf()), read_only)
    }

    /// Reads every page and checks every index (`PRAGMA integrity_check`).
    pub fn check(&self) -> Result<()> {
        check(&self.conn, "integrity_check")
    }

    /// The file could not be opened for writing: every write will be refused.
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Why `saving` cannot be saved in a ledger opened for reading only.
    pub fn read_only_error(&self, saving: Saving) -> Error {
        match (self.read_only, &self.path) {
            (Some(open::ReadOnly::Folder), Some(path)) => Error::Ledger(Refusal::ReadOnlyFolder {
                ledger: path.clone(),
                folder: crate::files::parent_dir(path),
                wal: beside::of(path, "-wal"),
                shm: beside::of(path, "-shm"),
                saving,
            }),
            (Some(open::ReadOnly::DiskFull), _) => Error::DiskFull { saving },
            _ => Error::ReadOnly {
                ledger: self.path.clone(),
                saving,
            },
        }
    }

    /// Creates a new ledger at `path` atomically: the file appears whole or not at all.
    pub fn create(path: &Path, seed: Seed, replace_empty: bool) -> Result<Store> {
        open::create(path, seed, replace_empty)?;
        Store::open(path)
    }

    /// A reader of lists on a thread of its own, over a read-only connection of its own: for a
    /// file opened for writing (an in-memory ledger has no other view of it, and a read-only
    /// file may need this connection's own way in). `None` when it cannot be started; lists are
    /// then read here.
    pub fn lister(&self) -> Option<lists::Lists> {
        let path = self.path.as_deref().filter(|_| self.read_only.is_none())?;
        lists::Lists::start(path).ok()
    }

    /// A read-only view of its own of this ledger file, for a thread of its own (the report
    /// screen reads its report there): for a file opened for writing, as [`Store::lister`].
    pub fn reader(&self) -> Option<Store> {
        let path = self.path.as_deref().filter(|_| self.read_only.is_none())?;
        lists::reader(path).ok()
    }

    /// A ledger that lives in memory, built by the same path as a file (tests, previews).
    pub fn open_in_memory(seed: Seed) -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store::init(conn, None, None)?;
        store.seed(seed)?;
        Ok(store)
    }

    /// Per-connection settings, then the schema upgrades (a read-only file is read as it is).
    fn init(
        mut conn: Connection,
        path: Option<PathBuf>,
        read_only: Option<open::ReadOnly>,
    ) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // 8 MB of pages rather than 2: an overdue list reads pledges in deadline order, all
        // over the file, and with the smaller cache re-read pages by the thousand.
        conn.pragma_update(None, "cache_size", -8192)?;
        if read_only.is_some() {
            migrate::refuse_newer(&conn, path.as_deref())?;
        } else {
            migrate::upgrade(&mut conn, path.as_deref())?;
        }
        Ok(Store {
            conn,
            path,
            read_only,
        })
    }

    fn seed(&mut self, seed: Seed) -> Result<()> {
        match seed {
            Seed::Empty => Ok(()),
            Seed::Builtin => {
                let data = crate::builtin::load()?;
                self.write(Saving::Builtin, |tx| {
                    transfer::insert_builtin(&mut crate::sql::Lite(tx), &data)
                })
            }
        }
    }

    /// The file this ledger lives in (none for an in-memory one).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// A number that changes when another connection commits to the file (SQLite's
    /// `PRAGMA data_version`): one cheap read tells an idle screen to re-read. This
    /// connection's own writes leave it as it was.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: all of it is saved, or none.
    ///
    /// `saving` names the thing being saved, for the message when the ledger is busy.
    fn write<T>(&mut self, saving: Saving, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        if self.read_only.is_some() {
            return Err(self.read_only_error(saving));
        }
        let path = self.path.clone();
        let fail = |e: Error| {
            let e = e.saving(saving);
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
        // Writes page 1 in every transaction, so that every WAL frame set carries the
        // header's change counter: how a WAL is told to belong to this file (store::wal).
        tx.pragma_update(None, "application_id", open::APPLICATION_ID)
            .map_err(|e| fail(e.into()))?;
        crate::hooks::pause("commit", hook_name(saving));
        tx.commit().map_err(|e| fail(e.into()))?;
        Ok(value)
    }
}

/// The name a test's pause point gives a write (`commit note`).
pub(crate) fn hook_name(saving: Saving) -> &'static str {
    match saving {
        Saving::Pledge => "pledge",
        Saving::Change => "change",
        Saving::Note => "note",
        Saving::Letter => "letter",
        Saving::Import => "import",
        Saving::Builtin => "builtin",
        Saving::Anything => "",
    }
}

/// The current time as stored in `*_at` columns.
fn now_stamp() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::NewNote;

    #[test]
    fn data_version_moves_for_another_connections_write_and_not_for_ones_own() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("l.db");
        let mut mine = Store::create(&path, Seed::Builtin, false).expect("create");
        let mut theirs = Store::open(&path).expect("open");
        let note = |pledge| {
            NewNote::new(
                pledge,
                chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
                "李",
                "进展",
            )
        };
        let before = mine.data_version().expect("version");
        mine.add_note(&note(1)).expect("my note");
        assert_eq!(mine.data_version().expect("version"), before);
        theirs.add_note(&note(1)).expect("their note");
        assert_ne!(mine.data_version().expect("version"), before);
    }
}
