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
    /// The external editor gave no text back: the draft is as it was.
    Editor(EditorFailure),
}

/// Why the external editor (Ctrl-E) gave no text back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorFailure {
    /// The command as it was set.
    pub command: String,
    /// Where it was set: `VISUAL`, `EDITOR`, or `None` for the default.
    pub var: Option<&'static str>,
    pub why: EditorWhy,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorWhy {
    /// Its quotes do not close, or it names no program.
    Unparsable,
    /// No such program.
    NotFound,
    /// It ran and failed: its exit code, `None` when a signal ended it.
    Exited(Option<i32>),
    /// The file it left is not UTF-8 text.
    NotText,
    /// The file it left is larger than a draft may be.
    TooLarge { limit: usize },
    /// The temporary file could not be written or read, or the program not started.
    Io(std::io::ErrorKind),
}

impl Refusal {
    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        matches!(self, Refusal::EmptyNote)
    }
}
