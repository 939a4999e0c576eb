//! The overdue report's headings, labels and sentences, in every format. In Chinese the
//! report is a formal 督办通报: its title in the form 关于……的通报, the as-of day in prose,
//! sections numbered 一、二、三、 and owners （一）（二）.

use chrono::{Datelike, NaiveDate};

use crate::model::Status;
use crate::request::Filter;
use pledge_core::report::Section;

/// A day as prose writes it: 2026年11月28日 in Chinese, ISO in English.
pub fn prose_date(d: NaiveDate) -> String {
    crate::t!(
        "report-date",
        iso = crate::date::format(d),
        year = d.year().to_string(),
        month = d.month().to_string(),
        day = d.day().to_string()
    )
}

/// The text report's title; each line after the first sits under it.
pub fn text_title(as_of: NaiveDate) -> String {
    crate::t!("report-text-title", date = prose_date(as_of))
}

/// The Markdown and HTML report's title; each line after the first sits under the heading.
pub fn title(as_of: NaiveDate) -> String {
    crate::t!("report-title", date = prose_date(as_of))
}

/// The HTML page's short title, also printed at the top of each page.
pub fn page_title(as_of: NaiveDate) -> String {
    crate::t!("report-page-title", date = prose_date(as_of))
}

/// The HTML page's language, as `lang` names it: the browser picks Chinese glyphs by it.
pub fn html_lang() -> &'static str {
    crate::ts!("report-html-lang")
}

/// The printed page's number, as CSS `content` (quoted text and counters).
pub fn page_number_css() -> &'static str {
    crate::ts!("report-page-number")
}

/// What the Word report's footer prints before and after the page number.
pub fn docx_page_number() -> (&'static str, &'static str) {
    (
        crate::ts!("report-docx-page-before"),
        crate::ts!("report-docx-page-after"),
    )
}

pub fn ledger_label() -> &'static str {
    crate::ts!("report-ledger-label")
}

/// The label of the text report's list of letters.
pub fn letters_label() -> &'static str {
    crate::ts!("report-letters-label")
}

/// The label of one letter, in Markdown and HTML.
pub fn letter_label() -> &'static str {
    crate::ts!("report-letter-label")
}

pub fn scope_label() -> &'static str {
    crate::ts!("report-scope-label")
}

/// What stands between a label and its value: a space after "Ledger:", none after "台账：".
pub fn label_gap() -> &'static str {
    crate::ts!("report-label-gap")
}

/// What the text report says when its pledges come from no letter.
pub fn no_letters() -> &'static str {
    crate::ts!("report-no-letters")
}

/// What the text report says of letters when it lists no pledge.
pub fn no_letters_listed() -> &'static str {
    crate::ts!("report-no-letters-listed")
}

/// What a report covers when it does not cover everything: "owner contains 科技; overdue only".
pub fn scope(owners: &[String], filter: &Filter) -> Option<String> {
    let mut parts = Vec::new();
    if !owners.is_empty() {
        let owners = owners.join(crate::ts!("report-scope-or"));
        parts.push(crate::t!("report-scope-owner", owners = owners));
    }
    if let Some(o) = &filter.owner {
        parts.push(crate::t!("report-scope-owner", owners = o.as_str()));
    }
    if let Some(s) = filter.status {
        parts.push(crate::t!(
            "report-scope-status",
            status = super::values::status(s)
        ));
    }
    if filter.overdue_on.is_some() {
        parts.push(crate::t!("report-scope-overdue"));
    }
    if let Some(s) = filter.search.as_deref().filter(|s| !s.is_empty()) {
        parts.push(crate::t!("report-scope-matching", text = s));
    }
    (!parts.is_empty()).then(|| parts.join(crate::ts!("report-scope-separator")))
}

/// A section's heading without its number: "OVERDUE: 3 pledges".
fn section_title(s: Section, count: usize, within_days: i64, stale_days: i64) -> String {
    match s {
        Section::Overdue => crate::t!("report-section-overdue", count = count),
        Section::DueSoon => {
            crate::t!("report-section-due-soon", days = within_days, count = count)
        }
        Section::NoDeadline => {
            crate::t!(
                "report-section-no-deadline",
                days = stale_days,
                count = count
            )
        }
    }
}

/// A section's heading, numbered: "1. OVERDUE: 3 pledges", "一、逾期事项（3项）".
pub fn section_heading(s: Section, count: usize, within_days: i64, stale_days: i64) -> String {
    let heading = section_title(s, count, within_days, stale_days);
    let n = s.index() + 1;
    crate::t!("report-section-numbered", n = n, heading = heading)
}

/// A section's Markdown heading: unnumbered in English, numbered in Chinese.
pub fn markdown_heading(s: Section, count: usize, within_days: i64, stale_days: i64) -> String {
    let heading = section_title(s, count, within_days, stale_days);
    let n = s.index() + 1;
    crate::t!("report-section-markdown", n = n, heading = heading)
}

/// An owner's group heading, `place` its place in the section from 1: "吉林大学 (2)",
/// "（一）吉林大学（2项）". `owner` comes already made safe for the format.
pub fn owner_group(owner: &str, count: usize, place: usize) -> String {
    crate::t!(
        "report-owner-group",
        numeral = numeral(place),
        owner = owner,
        count = count
    )
}

/// A number in Chinese numerals, as headings number their parts: 一, 十二, 一百零五.
pub(crate) fn numeral(n: usize) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const SMALL: [&str; 4] = ["", "十", "百", "千"];
    const LARGE: [&str; 5] = ["", "万", "亿", "万亿", "亿亿"];
    let digits: Vec<usize> = n
        .to_string()
        .bytes()
        .map(|b| usize::from(b - b'0'))
        .collect();
    if n == 0 {
        return DIGITS[0].to_string();
    }
    let mut out = String::new();
    let mut gap = false;
    for (i, &d) in digits.iter().enumerate() {
        let power = digits.len() - 1 - i;
        let (small, large) = (power % 4, power / 4);
        if d == 0 {
            gap = !out.is_empty();
        } else {
            if gap {
                out.push(DIGITS[0]);
                gap = false;
            }
            // 十二, not 一十二, when the number opens with its tens.
            if !(d == 1 && small == 1 && out.is_empty()) {
                out.push(DIGITS[d]);
            }
            out.push_str(SMALL[small]);
        }
        // A group of four digits ends: named 万 or 亿 unless all four were zero.
        if small == 0 && large > 0 && digits[i.saturating_sub(3)..=i].iter().any(|d| *d > 0) {
            out.push_str(LARGE[large.min(LARGE.len() - 1)]);
        }
    }
    out
}

/// What a section with nothing in it says.
pub fn none_listed() -> &'static str {
    crate::ts!("report-none-listed")
}

/// The text tables' headings: id, title, deadline, the section's days, status, progress,
/// last note.
pub fn text_headings(s: Section) -> [&'static str; 7] {
    let days = match s {
        Section::Overdue => crate::ts!("report-text-late"),
        Section::DueSoon => crate::ts!("report-text-left"),
        Section::NoDeadline => crate::ts!("report-text-since"),
    };
    [
        crate::ts!("report-text-id"),
        crate::ts!("report-text-title-column"),
        crate::ts!("report-text-deadline"),
        days,
        crate::ts!("report-text-status"),
        crate::ts!("report-text-progress"),
        crate::ts!("report-text-last-note"),
    ]
}

/// The heading of the column that counts days in this section.
pub fn days_label(s: Section) -> &'static str {
    match s {
        Section::Overdue => crate::ts!("report-days-overdue"),
        Section::DueSoon => crate::ts!("report-days-left"),
        Section::NoDeadline => crate::ts!("report-days-since"),
    }
}

/// The Markdown and HTML tables' headings, in the text tables' order.
pub fn headings(s: Section) -> [&'static str; 7] {
    [
        crate::ts!("report-id"),
        crate::ts!("report-title-column"),
        crate::ts!("report-deadline"),
        days_label(s),
        crate::ts!("report-status"),
        crate::ts!("report-progress"),
        crate::ts!("report-last-note"),
    ]
}

/// A status in a report's cell.
pub fn status(s: Status) -> &'static str {
    super::values::status(s)
}

/// An item's last note cell when it has none; also `pledge show`'s.
pub fn no_progress_recorded() -> &'static str {
    crate::ts!("report-no-progress")
}

/// The text report's totals heading.
pub fn text_totals_heading() -> &'static str {
    crate::ts!("report-text-totals")
}

/// The Markdown and HTML totals heading.
pub fn totals_heading() -> &'static str {
    crate::ts!("report-totals-heading")
}

/// The text report's totals in one sentence.
pub fn totals(overdue: usize, due_soon: usize, within_days: i64, undated: usize) -> String {
    crate::t!(
        "report-totals",
        overdue = overdue,
        soon = due_soon,
        within = within_days,
        undated = undated
    )
}

/// The text report's per-owner counts' headings: owner, overdue, due soon, no deadline.
pub fn text_count_headings() -> [&'static str; 4] {
    [
        crate::ts!("report-text-count-owner"),
        crate::ts!("report-text-count-overdue"),
        crate::ts!("report-text-count-due-soon"),
        crate::ts!("report-text-count-no-deadline"),
    ]
}

/// The Markdown and HTML per-owner counts' headings.
pub fn count_headings() -> [&'static str; 4] {
    [
        crate::ts!("report-count-owner"),
        crate::ts!("report-count-overdue"),
        crate::ts!("report-count-due-soon"),
        crate::ts!("report-count-no-deadline"),
    ]
}

/// The totals row's owner cell.
pub fn all_owners() -> &'static str {
    crate::ts!("report-all-owners")
}

/// The footer's sentence on undated pledges left out for recent progress.
pub fn left_out(count: usize, stale_days: i64) -> String {
    crate::t!("report-left-out", count = count, days = stale_days)
}

/// A footer sentence ending its paragraph (English adds the full stop Chinese already has).
pub fn sentence(text: &str) -> String {
    crate::t!("report-sentence", text = text)
}

/// The report's two reads of one snapshot disagree (a bug).
pub fn miscounted(owner: &str, s: Section, counted: usize, read: usize) -> String {
    crate::t!(
        "report-miscounted",
        counted = counted,
        owner = owner,
        section = s.key(),
        read = read
    )
}

pub fn layout_stopped() -> &'static str {
    crate::ts!("report-layout-stopped")
}

/// The thread reading the report for the report screen ended without handing it over.
pub fn reading_stopped() -> &'static str {
    crate::ts!("report-reading-stopped")
}

/// The report's temporary file holds a value it cannot have written (`what`: its kind).
pub fn spill_bad(what: &str) -> String {
    crate::t!("report-spill-bad", what = what)
}

/// The CSV report's first row: section, owner, id, title, deadline, its wording, the three
/// day counts, status, progress, target and unit, last note's day and text.
pub fn csv_headings() -> [&'static str; 15] {
    [
        crate::ts!("report-csv-section"),
        crate::ts!("report-csv-owner"),
        crate::ts!("report-csv-id"),
        crate::ts!("report-csv-title"),
        crate::ts!("report-csv-deadline"),
        crate::ts!("report-csv-deadline-text"),
        crate::ts!("report-csv-days-overdue"),
        crate::ts!("report-csv-days-left"),
        crate::ts!("report-csv-days-since"),
        crate::ts!("report-csv-status"),
        crate::ts!("report-csv-progress"),
        crate::ts!("report-csv-target-quantity"),
        crate::ts!("report-csv-target-unit"),
        crate::ts!("report-csv-last-note-on"),
        crate::ts!("report-csv-last-note"),
    ]
}

/// A section in the CSV's first column: its machine name in English, its name in Chinese.
pub fn csv_section(s: Section) -> &'static str {
    match s {
        Section::Overdue => crate::ts!("report-csv-overdue"),
        Section::DueSoon => crate::ts!("report-csv-due-soon"),
        Section::NoDeadline => crate::ts!("report-csv-no-deadline"),
    }
}

#[cfg(test)]
mod tests;
