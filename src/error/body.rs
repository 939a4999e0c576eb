//! Why a body command or a body named on the command line was refused: the facts, worded by
//! `messages::bodies`. Each is the user's mistake: nothing is written.

/// A body refused before anything is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No body has this name or alias; `field` is the option or argument that named it.
    Unknown {
        field: crate::problem::Field,
        name: String,
    },
    /// `body merge` was given the same body twice (`into` names it as the ledger does).
    MergeIntoItself { from: String, into: String },
    /// `body set --parent` would make the body part of itself: `parent` is the body, or
    /// below it (`body` as the ledger names it).
    ParentCycle { body: String, parent: String },
    /// `body set` with neither `--parent` nor `--contact`.
    NothingToSet,
    /// The name is already another body's name or alias.
    NameTaken {
        field: crate::problem::Field,
        name: String,
        body: String,
    },
}

impl Refusal {
    /// Every body refusal is a malformed request (exit 2).
    pub fn is_usage(&self) -> bool {
        true
    }
}
