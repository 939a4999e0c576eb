//! Why what the full-screen view refuses: the facts, worded by `messages::tui`.

use crate::problem::Problem;
use crate::request::Stale;

#[derive(Debug)]
pub enum Refusal {
    /// The pledge asked for is not in the ledger any more.
    Gone { id: i64 },
    /// A note was saved with no text.
    EmptyNote,
    /// The ledger file cannot be written: no editor opens.
    ReadOnly,
    /// Undo found what it would put back changed since, by someone else: nothing written.
    NotUndone {
        pledge: i64,
        /// The note undone, when the step was a note.
        after_note: Option<i64>,
        stale: Vec<Stale>,
    },
    /// Redo found the pledge written since the step was undone: nothing written.
    NotRedone { pledge: i64, stale: Vec<Stale> },
    /// The ledger holds a status for the pledge that is none of the six.
    StoredStatus { id: i64, problem: Problem },
}

impl Refusal {
    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        matches!(self, Refusal::EmptyNote)
    }
}
