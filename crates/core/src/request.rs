//! What a caller asks of the ledger, whatever backend keeps it: a pledge or note to add, an
//! edit, a list's filter and order, a report's query; with the checks each must pass before
//! any backend writes it. Refusals are [`crate::problem::Invalid`] facts.

mod edit;
mod guard;
mod list;
mod note;
mod reply;
mod saving;

pub use edit::{Edit, NewPledge};
pub use guard::{Guarded, Seen, Stale, field_values};
pub use list::{BodyScope, Filter, Quotes, ReportQuery, Sort};
pub use note::{
    NOTE_WITHDRAWN, NewNote, REDONE, UNDONE, UNDONE_ADDED, Withdrawal, note_of_reason, set_by_note,
    withdrawn,
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
