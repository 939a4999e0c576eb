//! What a caller asks of the ledger, whatever backend keeps it: a pledge or note to add, an
//! edit, a list's filter and order, a report's query; with the checks each must pass before
//! any backend writes it. Refusals are [`crate::problem::Invalid`] facts.

mod edit;
mod guard;
mod letters;
mod list;
mod note;
mod reply;
mod saving;

pub use edit::{Edit, NewPledge, checked_reason, status_explained, status_needs_reason};
pub use guard::{Guarded, Seen, Stale, field_values};
pub use letters::{LetterEdit, LetterRow, claim_not_kept};
pub use list::{BodyScope, Filter, Quotes, ReportQuery, Sort};
pub use note::{
    NOTE_WITHDRAWN, NewNote, REDONE, UNDONE, UNDONE_ADDED, Withdrawal, note_of_reason, set_by_note,
    why_of_reason, withdrawn,
};
pub use reply::{LetterRef, OpenPledge, Summary};
pub use saving::{Saved, Saving};

use crate::problem::{Field, Invalid, Problem};

/// Text a field must hold: trimmed, and refused when nothing is left.
pub fn required(field: Field, value: &str) -> Result<String, Invalid> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Invalid::new(field, value, Problem::Empty));
    }
    Ok(trimmed.to_string())
}

/// Optional text: trimmed, and blank means none.
pub fn optional(value: &str) -> Option<String> {
    Some(value.trim().to_string()).filter(|t| !t.is_empty())
}
