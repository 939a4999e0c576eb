//! The review of a letter's drafts: its panes, the chosen draft's fields, questions and what
//! each change says.

use crate::model::Quantity;
use crate::tui::screen::review::decision::Decision;
use crate::tui::screen::review::not_done::NotDone;

/// A draft's mark in the list of drafts.
pub fn mark(d: Decision) -> &'static str {
    match d {
        Decision::Open => "[ ]",
        Decision::Accepted => "[✓]",
        Decision::Rejected => "[✗]",
    }
}

pub fn decision(d: Decision) -> &'static str {
    match d {
        Decision::Open => "undecided",
        Decision::Accepted => "accepted",
        Decision::Rejected => "rejected",
    }
}

pub fn opened(found: usize) -> String {
    format!("{found} pledge(s) found: a accepts, x rejects, Ctrl-S saves the accepted ones")
}

pub fn not_done(why: &NotDone) -> String {
    match why {
        NotDone::NoDrafts => {
            "no drafts: Tab to the letter, choose a sentence and press n to add one".into()
        }
        NotDone::NoSplitPoint => "this quote has no comma or full stop to split at".into(),
        NotDone::NoNext => "no next draft to merge with".into(),
        NotDone::NotInLetter => "Tab to the letter first, then choose the sentence with ↑/↓".into(),
        NotDone::NoSentence => String::new(),
        NotDone::TooMany(why) => crate::messages::letter::no_draft_added(why),
    }
}

pub fn accepted_rest(n: usize) -> String {
    format!("accepted {n} undecided draft(s)")
}

/// `at` counts from 0; people count drafts from 1.
pub fn merged(at: usize) -> String {
    format!("drafts {} and {} merged", at + 1, at + 2)
}

pub fn split(at: usize) -> String {
    format!("draft {} split in two", at + 1)
}

pub fn added(at: usize) -> String {
    format!("draft {} added from the letter and accepted", at + 1)
}

pub fn draft_changed(at: usize) -> String {
    format!("draft {} changed and accepted", at + 1)
}

pub fn leave_question() -> &'static str {
    "Leave the review? The letter and its pledges are not saved."
}

pub fn save_question(accepted: usize, open: usize) -> String {
    if accepted == 0 {
        "No draft is accepted. Save the letter alone, with no pledges?".to_string()
    } else {
        format!(
            "{open} draft(s) not decided will be left out. Save the letter with {accepted} pledge(s)?"
        )
    }
}

/// A draft's targets as one field: the ledger keeps one wording a pledge.
pub fn targets_joined(worded: &[&str]) -> String {
    worded.join("；")
}

/// A target as worded when the form gave no wording: "20个".
pub fn target_worded(q: Quantity, unit: &str) -> String {
    format!("{q}{unit}")
}

pub fn letter_title(
    issuer: Option<&str>,
    issued_on: Option<chrono::NaiveDate>,
    read_as: &str,
) -> String {
    format!(
        " Letter · {} · {} · read as {read_as} ",
        issuer.unwrap_or("(unsigned)"),
        issued_on.map_or("(undated)".to_string(), crate::date::format),
    )
}

pub fn drafts_title(accepted: usize, rejected: usize, open: usize) -> String {
    format!(" Drafts · {accepted} accepted · {rejected} rejected · {open} undecided ")
}

pub fn nothing_found() -> &'static str {
    "No pledges found. Tab to the letter, choose a sentence with ↑/↓ and press n."
}

/// The chosen draft's field labels, in the order shown.
pub fn draft_labels() -> [&'static str; 6] {
    ["Draft", "Title", "Owner", "Deadline", "Targets", "Quote"]
}

/// "2 · accepted": which draft, and what was decided of it.
pub fn draft_number(at: usize, d: Decision) -> String {
    format!("{} · {}", at + 1, decision(d))
}

/// "30 所 (建成30所)": each target with its wording; "none" without.
pub fn draft_targets(targets: &[pledge_core::letter::extract::DraftTarget]) -> String {
    if targets.is_empty() {
        return super::page::none().to_string();
    }
    targets
        .iter()
        .map(|t| format!("{} {} ({})", t.quantity, t.unit, t.text))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn split_title() -> &'static str {
    "Split the draft in two"
}

/// The split popup's two halves are numbered.
pub fn halves() -> [&'static str; 2] {
    ["1 ", "2 "]
}

pub fn split_keys() -> &'static str {
    "←/→ move the cut   Enter split   Esc cancel"
}
