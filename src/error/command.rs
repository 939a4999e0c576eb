//! Why what a command refuses: the facts, worded by `messages::cli` (and `messages::report`
//! for the report's own).

use pledge_core::report::Section;

#[derive(Debug)]
pub enum Refusal {
    /// `--db` or `PLEDGE_DB` was given empty.
    EmptyDb,
    /// No `--db`, and the platform has no data folder for the default ledger.
    NoDataFolder,
    /// A note on standard input longer than `read` bytes, where reading stopped.
    NoteInputTooLarge { read: usize },
    /// A note on standard input that is not UTF-8, first bad byte at `offset`.
    NoteInputNotUtf8 { offset: usize },
    /// `pledge set` with no field to change.
    NothingToChange,
    /// A letter's review needs a terminal, and neither `--dry-run` nor `--yes` was given.
    ReviewNeedsTerminal,
    /// The report's file was written but the report was not made (a bug).
    ReportNotMade,
    /// A value CSV cannot hold.
    CsvNotWritten { detail: String },
    /// A value JSON cannot hold.
    JsonNotWritten { detail: String },
    /// The pledges built into the program do not read (a bug).
    BuiltinDamaged { detail: String },
    /// The report's second read found another number of an owner's pledges than its first.
    ReportMiscounted {
        owner: String,
        section: Section,
        counted: usize,
        read: usize,
    },
    /// The threads laying out the report stopped before the last table (a bug).
    ReportLayoutStopped,
    /// The report screen was left while its report was read: the read was stopped.
    ReportReadingStopped,
    /// A Word report of more rows than it may hold.
    DocxTooLong { rows: usize, max: usize },
    /// A Word report asked for without `-o FILE`: it is not for a terminal or a pipe.
    DocxNeedsFile,
    /// A period report's `--to` before its `--from`.
    PeriodBackwards {
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    },
    /// A period report's `--to` after today.
    PeriodAhead {
        to: chrono::NaiveDate,
        today: chrono::NaiveDate,
    },
}

impl Refusal {
    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Refusal::EmptyDb
                | Refusal::NoteInputTooLarge { .. }
                | Refusal::NoteInputNotUtf8 { .. }
                | Refusal::NothingToChange
                | Refusal::ReviewNeedsTerminal
                | Refusal::DocxNeedsFile
                | Refusal::PeriodBackwards { .. }
                | Refusal::PeriodAhead { .. }
        )
    }
}
