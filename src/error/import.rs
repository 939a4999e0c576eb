//! Why an import is refused: the facts (the row, the field, the value, the line), worded by
//! `messages::import`. Nothing was imported in any of them.

use std::path::PathBuf;

use crate::problem::Problem;

/// One row of an export: its section (`pledges`), its place in it and its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub section: &'static str,
    pub index: u64,
    pub id: i64,
}

/// Where in the file a refusal was found: the file as shown, and the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub path: PathBuf,
    pub line: u64,
}

/// A refusal of an import.
#[derive(Debug)]
pub enum ImportRefusal {
    /// `format` is not the one `pledge export` writes.
    NotAnExport {
        format: String,
    },
    NewerExport {
        version: i64,
        known: i64,
    },
    /// A schema version below 1.
    SchemaVersion {
        version: i64,
        known: i64,
    },
    LedgerNotEmpty {
        pledges: i64,
        letters: i64,
    },
    /// Ids start at 1.
    BadId {
        row: Row,
    },
    /// `field` is the export's key (`created_at`).
    BadStamp {
        row: Row,
        field: &'static str,
        value: String,
    },
    WrongSha {
        row: Row,
        given: String,
        expected: String,
    },
    OwnParent {
        row: Row,
    },
    /// A note's text too large, given as `body_hex` when `hex`, else as `body`.
    NoteTooLarge {
        row: Row,
        hex: bool,
        problem: Problem,
    },
    NotHex {
        row: Row,
    },
    /// `body` and `body_hex` hold two different texts.
    TwoTexts {
        row: Row,
    },
    DuplicateId {
        row: Row,
    },
    /// `detail` is SQLite's naming of the constraint.
    DuplicateLetter {
        row: Row,
        detail: String,
    },
    BrokenRule {
        row: Row,
        detail: String,
    },
    /// A row names a row the import does not hold; `table` and `column` are the schema's.
    MissingReference {
        table: String,
        rowid: i64,
        column: String,
        other: i64,
    },
    /// Parents that go round, from the first id back to it.
    Cycle {
        ids: Vec<i64>,
    },
    /// Bodies whose parents go round, from the first id back to it.
    BodyCycle {
        ids: Vec<i64>,
    },
    /// `kind` is how the files module names what is there (a directory, a pipe...).
    NotAFile {
        path: PathBuf,
        kind: super::file::Kind,
    },
    Utf16 {
        path: PathBuf,
    },
    NotUtf8 {
        path: PathBuf,
        line: u64,
        byte: u64,
    },
    Nul {
        path: PathBuf,
        line: u64,
        byte: u64,
    },
    StringTooLong {
        path: PathBuf,
        line: u64,
        max_mb: u64,
    },
    CutMidCharacter {
        path: PathBuf,
        line: u64,
    },
    /// What the JSON parser refused, in its own words; `row` is the row it was reading.
    Malformed {
        path: PathBuf,
        line: u64,
        column: u64,
        row: Option<(&'static str, u64)>,
        words: String,
    },
    /// A refusal of the file's content, with where it was found (the line, when known).
    NothingImported {
        at: Option<Line>,
        refusal: Box<ImportRefusal>,
    },
}

impl ImportRefusal {
    /// A malformed file (exit 2) rather than one that cannot be imported here (exit 1).
    pub fn is_usage(&self) -> bool {
        match self {
            ImportRefusal::NotAnExport { .. }
            | ImportRefusal::NewerExport { .. }
            | ImportRefusal::LedgerNotEmpty { .. } => false,
            ImportRefusal::NothingImported { refusal, .. } => refusal.is_usage(),
            _ => true,
        }
    }
}
