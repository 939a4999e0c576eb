//! The overdue report's headings, labels and sentences, in every format.

use chrono::NaiveDate;

use crate::date::format as day;
use crate::model::Status;
use crate::request::Filter;
use pledge_core::report::Section;

/// The text report's title.
pub fn text_title(as_of: NaiveDate) -> String {
    format!("OVERDUE REPORT (督办通报) as of {}", day(as_of))
}

/// The Markdown and HTML report's title.
pub fn title(as_of: NaiveDate) -> String {
    format!("Overdue report (督办通报) as of {}", day(as_of))
}

/// The HTML page's short title, also printed at the top of each page.
pub fn page_title(as_of: &str) -> String {
    format!("Overdue report as of {as_of}")
}

/// The printed page's number, as CSS `content` (quoted text and counters).
pub fn page_number_css() -> &'static str {
    "\"Page \" counter(page) \" of \" counter(pages)"
}

pub fn ledger_label() -> &'static str {
    "Ledger:"
}

/// The label of the text report's list of letters.
pub fn letters_label() -> &'static str {
    "Letters:"
}

/// The label of one letter, in Markdown and HTML.
pub fn letter_label() -> &'static str {
    "Letter:"
}

pub fn scope_label() -> &'static str {
    "Scope:"
}

/// What the text report says when its pledges come from no letter.
pub fn no_letters() -> &'static str {
    "none (pledges entered by hand)"
}

/// What the text report says of letters when it lists no pledge.
pub fn no_letters_listed() -> &'static str {
    "none (no pledge listed)"
}

/// What a report covers when it does not cover everything: "owner contains 科技; overdue only".
pub fn scope(owners: &[String], filter: &Filter) -> Option<String> {
    let mut parts = Vec::new();
    if !owners.is_empty() {
        parts.push(format!("owner contains {}", owners.join(" or ")));
    }
    if let Some(o) = &filter.owner {
        parts.push(format!("owner contains {o}"));
    }
    if let Some(s) = filter.status {
        parts.push(format!("status {}", super::values::status(s)));
    }
    if filter.overdue_on.is_some() {
        parts.push("overdue only".into());
    }
    if let Some(s) = filter.search.as_deref().filter(|s| !s.is_empty()) {
        parts.push(format!("matching \"{s}\""));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// A section's heading, numbered: "1. OVERDUE: 3 pledges".
pub fn section_heading(s: Section, count: usize, within_days: i64, stale_days: i64) -> String {
    let pledges = if count == 1 { "pledge" } else { "pledges" };
    match s {
        Section::Overdue => format!("1. OVERDUE: {count} {pledges}"),
        Section::DueSoon => format!("2. DUE WITHIN {within_days} DAYS: {count} {pledges}"),
        Section::NoDeadline => {
            format!("3. NO DEADLINE AND NO PROGRESS IN {stale_days} DAYS: {count} {pledges}")
        }
    }
}

/// What a section with nothing in it says.
pub fn none_listed() -> &'static str {
    "None."
}

/// The text tables' headings: id, title, deadline, the section's days, status, progress,
/// last note.
pub fn text_headings(s: Section) -> [&'static str; 7] {
    let days = match s {
        Section::Overdue => "LATE",
        Section::DueSoon => "LEFT",
        Section::NoDeadline => "SINCE",
    };
    [
        "ID",
        "TITLE",
        "DEADLINE",
        days,
        "STATUS",
        "PROGRESS",
        "LAST NOTE",
    ]
}

/// The heading of the column that counts days in this section.
pub fn days_label(s: Section) -> &'static str {
    match s {
        Section::Overdue => "Days overdue",
        Section::DueSoon => "Days left",
        Section::NoDeadline => "Days since",
    }
}

/// The Markdown and HTML tables' headings, in the text tables' order.
pub fn headings(s: Section) -> [&'static str; 7] {
    [
        "ID",
        "Title",
        "Deadline",
        days_label(s),
        "Status",
        "Progress",
        "Last note",
    ]
}

/// A status in a report's cell.
pub fn status(s: Status) -> &'static str {
    super::values::status(s)
}

/// An item's last note cell when it has none; also `pledge show`'s.
pub fn no_progress_recorded() -> &'static str {
    "no progress recorded"
}

/// The text report's totals heading.
pub fn text_totals_heading() -> &'static str {
    "TOTALS"
}

/// The Markdown and HTML totals heading.
pub fn totals_heading() -> &'static str {
    "Totals"
}

/// The text report's totals in one sentence.
pub fn totals(overdue: usize, due_soon: usize, within_days: i64, undated: usize) -> String {
    format!(
        "{overdue} overdue, {due_soon} due within {within_days} days, {undated} without a \
         deadline or recent progress"
    )
}

/// The text report's per-owner counts' headings: owner, overdue, due soon, no deadline.
pub fn text_count_headings() -> [&'static str; 4] {
    ["OWNER", "OVERDUE", "DUE SOON", "NO DEADLINE"]
}

/// The Markdown and HTML per-owner counts' headings.
pub fn count_headings() -> [&'static str; 4] {
    ["Owner", "Overdue", "Due soon", "No deadline"]
}

/// The totals row's owner cell.
pub fn all_owners() -> &'static str {
    "All"
}

/// The footer's sentence on undated pledges left out for recent progress.
pub fn left_out(count: usize, stale_days: i64) -> String {
    format!(
        "{count} open pledge(s) without a deadline had progress in the last {stale_days} days and are not listed"
    )
}

/// The report's two reads of one snapshot disagree (a bug).
pub fn miscounted(owner: &str, s: Section, counted: usize, read: usize) -> String {
    format!(
        "the report counted {counted} pledge(s) of {owner} in {} but read {read}",
        s.key()
    )
}

pub fn layout_stopped() -> &'static str {
    "the report's layout stopped before it was done"
}

/// The report's temporary file holds a value it cannot have written (`what`: its kind).
pub fn spill_bad(what: &str) -> String {
    format!("the report's temporary file has a bad {what}")
}

/// The CSV report's first row: section, owner, id, title, deadline, its wording, the three
/// day counts, status, progress, target and unit, last note's day and text.
pub fn csv_headings() -> [&'static str; 15] {
    [
        "section",
        "owner",
        "id",
        "title",
        "deadline",
        "deadline_text",
        "days_overdue",
        "days_left",
        "days_since",
        "status",
        "progress",
        "target_quantity",
        "target_unit",
        "last_note_on",
        "last_note",
    ]
}
