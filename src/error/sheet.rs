//! Why a request sheet could not be written, or a returned one (or a row of it) not taken:
//! the facts, each with where it is (file, sheet, row, column), worded by `messages::sheets`.

use std::path::PathBuf;

use crate::problem::Invalid;
use crate::sheet::Column;

/// Where in the returned files a trouble is: as precise as it is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub file: PathBuf,
    pub sheet: Option<String>,
    /// 0-based; shown from 1, as a spreadsheet numbers its rows.
    pub row: Option<u32>,
    /// 0-based; shown as its A1 letter.
    pub column: Option<u32>,
}

impl Place {
    pub fn file(file: &std::path::Path) -> Place {
        Place {
            file: file.to_path_buf(),
            sheet: None,
            row: None,
            column: None,
        }
    }

    pub fn sheet(&self, name: &str) -> Place {
        Place {
            sheet: Some(name.to_string()),
            ..self.clone()
        }
    }

    pub fn cell(&self, row: u32, column: Column) -> Place {
        self.at(row, u32::from(column.index()))
    }

    pub fn at(&self, row: u32, column: u32) -> Place {
        Place {
            row: Some(row),
            column: Some(column),
            ..self.clone()
        }
    }
}

/// What is wrong at a place.
#[derive(Debug)]
pub enum Trouble {
    // A file.
    /// Not .xlsx or .csv (the extension it has, if any).
    UnknownKind {
        extension: Option<String>,
    },
    Directory,
    NotAFile,
    Empty,
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    /// Unpacks to more than `limit` bytes of sheet data (a small file can hide gigabytes).
    Inflates {
        limit: u64,
    },
    Io(std::io::Error),
    /// The spreadsheet library could not read it (its own words, in English).
    Unreadable {
        detail: String,
    },
    /// No sheet in the file was made by `pledge request`.
    NotARequest,
    // A sheet.
    TooManyRows {
        limit: usize,
    },
    /// Made by another ledger.
    OtherLedger {
        fingerprint: String,
    },
    /// Its mark was edited: it is not the one this ledger wrote.
    MarkAltered,
    /// The mark is not in its column: columns were moved, added or taken out.
    ColumnsMoved {
        found: u32,
    },
    /// The body the sheet was made for is no longer in the ledger (merged away).
    BodyGone {
        body: i64,
    },
    // A row.
    /// A row with an answer but no mark: not a row the sheet was made with.
    RowWithoutMark,
    /// The row's mark does not match: changed by hand, or copied from another sheet.
    RowMarkAltered,
    /// The id shown is not the pledge the row's mark names.
    IdDiffers {
        shown: String,
        marked: i64,
    },
    /// The same pledge's row twice (first at the 0-based row given).
    Twice {
        pledge: i64,
        first: u32,
    },
    /// The same pledge answered differently in another file or sheet of this collection.
    Conflicts {
        pledge: i64,
        other: Box<Place>,
    },
    NoSuchPledge {
        pledge: i64,
    },
    /// A cell refused by the rule of its field.
    Cell(Invalid),
}

/// A trouble where it is.
#[derive(Debug)]
pub struct Found {
    pub place: Place,
    pub trouble: Trouble,
}

/// A request or collection refused as a whole.
#[derive(Debug)]
pub enum Refusal {
    /// `-o` names something that is not a folder.
    NotAFolder { path: PathBuf },
    /// A body `--owner` picked has no open pledge: nothing to ask it.
    NothingToAsk { body: String },
    /// No body has an open pledge.
    NoOpenPledges,
    /// The sheet could not be made (the writer's own words): a bug.
    NotWritten { detail: String },
    /// Rows or files were refused (each said before) and `--skip-bad` was not given.
    Bad { count: usize },
    /// More files than one collection reads.
    TooManyFiles { given: usize, limit: usize },
    /// Asking needs a terminal; neither `--yes` nor `--dry-run` was given.
    NeedsAnswer,
}

impl Refusal {
    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Refusal::NotAFolder { .. } | Refusal::NeedsAnswer | Refusal::TooManyFiles { .. }
        )
    }
}
