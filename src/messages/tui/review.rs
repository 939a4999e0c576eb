//! The review of a letter's drafts: its panes, the chosen draft's fields, questions and what
//! each change says.

use crate::model::Quantity;
use crate::tui::screen::review::decision::Decision;
use crate::tui::screen::review::not_done::NotDone;

/// A draft's mark in the list of drafts.
pub fn mark(d: Decision) -> &'static str {
    match d {
        Decision::Open => crate::ts!("tui-review-mark-open"),
        Decision::Accepted => crate::ts!("tui-review-mark-accepted"),
        Decision::Rejected => crate::ts!("tui-review-mark-rejected"),
    }
}

/// The mark of an undecided draft that scored below the acceptance threshold.
pub fn doubtful_mark() -> &'static str {
    crate::ts!("tui-review-mark-doubtful")
}

/// What the sort key did: drafts by score, or back in the letter's order.
pub fn sorted(by_score: bool) -> String {
    let order = if by_score { "score" } else { "letter" };
    crate::t!("tui-review-sorted", order = order)
}

pub fn decision(d: Decision) -> &'static str {
    match d {
        Decision::Open => crate::ts!("tui-review-undecided"),
        Decision::Accepted => crate::ts!("tui-review-accepted"),
        Decision::Rejected => crate::ts!("tui-review-rejected"),
    }
}

pub fn opened(found: usize) -> String {
    crate::t!("tui-review-opened", found = found)
}

pub fn not_done(why: &NotDone) -> String {
    match why {
        NotDone::NoDrafts => crate::t!("tui-review-no-drafts"),
        NotDone::NoSplitPoint => crate::t!("tui-review-no-split-point"),
        NotDone::NoNext => crate::t!("tui-review-no-next"),
        NotDone::NotInLetter => crate::t!("tui-review-not-in-letter"),
        NotDone::NoSentence => String::new(),
        NotDone::NotBody => crate::messages::tui::review_batch::add_line_question(),
        NotDone::TooMany(why) => crate::messages::letter::no_draft_added(why),
    }
}

pub fn accepted_rest(n: usize) -> String {
    crate::t!("tui-review-accepted-rest", n = n)
}

/// `at` counts from 0; people count drafts from 1.
pub fn merged(at: usize) -> String {
    crate::t!("tui-review-merged", first = (at + 1), second = (at + 2))
}

pub fn split(at: usize) -> String {
    crate::t!("tui-review-split", n = (at + 1))
}

pub fn added(at: usize) -> String {
    crate::t!("tui-review-added", n = (at + 1))
}

pub fn draft_changed(at: usize) -> String {
    crate::t!("tui-review-changed", n = (at + 1))
}

pub fn leave_question() -> &'static str {
    crate::ts!("tui-review-leave-question")
}

pub fn save_question(accepted: usize, open: usize) -> String {
    if accepted == 0 {
        crate::t!("tui-review-save-alone")
    } else {
        crate::t!("tui-review-save-question", open = open, accepted = accepted)
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
    let issuer = issuer.map_or_else(|| crate::t!("tui-review-unsigned"), str::to_string);
    let issued_on = issued_on.map_or_else(|| crate::t!("tui-review-undated"), crate::date::format);
    crate::t!(
        "tui-review-letter-title",
        issuer = issuer,
        issued_on = issued_on,
        read_as = read_as
    )
}

pub fn drafts_title(accepted: usize, rejected: usize, open: usize) -> String {
    crate::t!(
        "tui-review-drafts-title",
        accepted = accepted,
        rejected = rejected,
        open = open
    )
}

pub fn nothing_found() -> &'static str {
    crate::ts!("tui-review-nothing-found")
}

/// The chosen draft's field labels, in the order shown.
pub fn draft_labels() -> [&'static str; 7] {
    [
        crate::ts!("tui-review-label-draft"),
        crate::ts!("tui-review-label-title"),
        crate::ts!("tui-review-label-owner"),
        crate::ts!("tui-review-label-deadline"),
        crate::ts!("tui-review-label-targets"),
        crate::ts!("tui-review-label-quote"),
        crate::ts!("tui-review-label-why"),
    ]
}

/// "2 · accepted": which draft, and what was decided of it.
pub fn draft_number(at: usize, d: Decision) -> String {
    crate::t!(
        "tui-review-draft-number",
        n = (at + 1),
        decision = decision(d)
    )
}

/// "30 所 (建成30所)": each target with its wording; "none" without.
pub fn draft_targets(targets: &[pledge_core::letter::extract::DraftTarget]) -> String {
    if targets.is_empty() {
        return super::page::none().to_string();
    }
    targets
        .iter()
        .map(|t| {
            crate::t!(
                "tui-review-target",
                quantity = t.quantity.to_string(),
                unit = t.unit.as_str(),
                worded = t.text.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join(crate::ts!("tui-changes-separator"))
}

pub fn split_title() -> &'static str {
    crate::ts!("tui-review-split-title")
}

/// The split popup's two halves are numbered.
pub fn halves() -> [&'static str; 2] {
    ["1 ", "2 "]
}

pub fn split_keys() -> &'static str {
    crate::ts!("tui-review-split-keys")
}
