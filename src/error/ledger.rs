//! Why the ledger refuses: an unknown id, a stale edit, a file that is not a ledger: the facts, worded by `messages::store`.

use std::path::PathBuf;

use super::Error;
use crate::problem::Invalid;
use crate::request::Saving;

/// A refusal of the ledger. Nothing was written in any of them.
#[derive(Debug)]
pub enum Refusal {
    /// A value a rule refused, in a write of `saving`.
    NotSaved {
        saving: Saving,
        invalid: Invalid,
    },
    NoSuchPledge {
        id: i64,
        /// The lowest and highest id in the ledger, when it has pledges.
        ids: Option<(i64, i64)>,
    },
    NoParent {
        id: i64,
    },
    NoLetter {
        id: i64,
    },
    NoSuchNote {
        pledge: i64,
        note: i64,
    },
    /// The pledge went away between reading it and writing to it.
    PledgeGone {
        pledge: i64,
        saving: Saving,
    },
    /// An edit that would leave a target's unit or wording without its number.
    TargetWithoutNumber {
        pledge: i64,
    },
    /// The file can be written but its folder cannot: SQLite has nowhere for its sidecars.
    ReadOnlyFolder {
        ledger: PathBuf,
        folder: PathBuf,
        wal: PathBuf,
        shm: PathBuf,
        saving: Saving,
    },
    /// Changes wait in a `-wal` that SQLite cannot read without a `-shm` it cannot make.
    WalUnreadable {
        ledger: PathBuf,
        wal: PathBuf,
        shm: PathBuf,
    },
    /// A read-only ledger in an unwritable folder, at a path SQLite cannot be given as a URI.
    ReadOnlyPathNotUtf8 {
        ledger: PathBuf,
    },
    /// `link` is how the files module describes the broken link.
    BrokenLink {
        path: PathBuf,
        link: super::file::Broken,
    },
    /// No file at `path`; `leftovers` are the sidecars an earlier ledger left there.
    NoLedger {
        path: PathBuf,
        leftovers: Vec<PathBuf>,
    },
    /// `kind` is how the files module names what is there (a directory, a pipe...).
    NotAFile {
        path: PathBuf,
        kind: super::file::Kind,
    },
    EmptyFile {
        path: PathBuf,
    },
    NotSqlite {
        path: PathBuf,
        bytes: u64,
    },
    OtherProgram {
        path: PathBuf,
        application_id: u32,
    },
    NewerSchema {
        ledger: Option<PathBuf>,
        version: i64,
        known: i64,
    },
    /// A `-journal` beside a ledger: pledge never makes one, SQLite would replay it.
    ForeignJournal {
        ledger: PathBuf,
        journal: PathBuf,
    },
    /// A `-wal` written for another file.
    ForeignWal {
        ledger: PathBuf,
        wal: PathBuf,
        shm: PathBuf,
        why: Foreign,
    },
    CreateOverLink {
        path: PathBuf,
        link: super::file::Broken,
    },
    /// An empty file where a ledger would go; `link` when the path is a symbolic link to it.
    CreateOverEmpty {
        path: PathBuf,
        link: bool,
    },
    /// Something is at the path: a ledger (`None`) or what opening it said.
    CreateOverExisting {
        path: PathBuf,
        found: Option<Box<Error>>,
    },
    CreateBesideLeftovers {
        path: PathBuf,
        leftovers: Vec<PathBuf>,
    },
    CreateWithoutFolder {
        path: PathBuf,
        folder: PathBuf,
    },
    /// The file system would not keep a new ledger in WAL mode (`mode` is what SQLite said).
    NoWalMode {
        path: PathBuf,
        mode: String,
    },
    WalNotFolded {
        path: PathBuf,
    },
    /// A file appeared at the path while the new one was being written.
    AppearedMeanwhile {
        path: PathBuf,
    },
    BackupWithoutFolder {
        backup: PathBuf,
        folder: PathBuf,
    },
    BackupBesideLeftovers {
        backup: PathBuf,
        leftovers: Vec<PathBuf>,
    },
    /// SQLite is given the copy's path as text, and this one is not UTF-8.
    BackupPathNotUtf8 {
        path: PathBuf,
    },
    RestorePathNotUtf8 {
        path: PathBuf,
    },
    BackupCheckFailed {
        damage: Damage,
    },
    BackupDiskFull {
        backup: PathBuf,
    },
    RestoreOverNonFile {
        path: PathBuf,
        kind: super::file::Kind,
    },
    /// `link` as the files module describes it, when it could say.
    RestoreOverLink {
        path: PathBuf,
        link: Option<super::file::Broken>,
    },
    RestoreItself {
        backup: PathBuf,
    },
    /// The backup is not one that can be restored, for the reason inside.
    RestoreUnusable {
        backup: PathBuf,
        why: Box<Error>,
    },
    RestoreWhileOpen {
        ledger: PathBuf,
        pid: i32,
    },
    RestoreDamaged {
        backup: PathBuf,
        damage: Damage,
    },
    /// A letter with the same text (SHA-256) is letter `id`.
    LetterAlreadyIn {
        id: i64,
    },
}

impl Refusal {
    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Refusal::NotSaved { .. } | Refusal::TargetWithoutNumber { .. }
        )
    }
}

/// How a ledger file is damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// What SQLite's integrity check found, its own lines (the first few).
    Check(Vec<String>),
    /// SQLite's own error on reading it.
    Sqlite(String),
    /// What reading the header before SQLite showed.
    Header(Header),
}

/// A fault of a ledger's first page or size, found before SQLite reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    /// The first page is not an SQLite header, though later pages look like SQLite's.
    NotSqlite,
    PageSize,
    Scribbled,
    /// The file ends in the middle of a page.
    CutMidPage,
    /// The file is shorter than its header says.
    CutShort,
}

/// Why a WAL does not belong to the ledger beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    NotWal,
    BadHeader,
    PageSize,
    OtherDatabase,
}

/// What is wrong with a stored value the row mappers cannot read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    NotADate,
    NoDate,
    NoStatus,
    /// Stored text that a rule refuses, as it was found.
    Refused(String, crate::problem::Problem),
}

/// A stored value a row cannot be read from: which column, and what is wrong. SQLite's error
/// carries it to the message that names the damage; `messages::store` words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadValue {
    pub column: String,
    pub what: Column,
}

impl std::error::Error for BadValue {}
