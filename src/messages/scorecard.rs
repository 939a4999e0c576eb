//! The scorecard's words: kept, partly kept, broken, in progress, not started, per letter.

use chrono::NaiveDate;
use pledge_core::score::Score;

use super::report::prose_date;

pub fn title(as_of: NaiveDate) -> String {
    crate::t!("scorecard-title", date = prose_date(as_of))
}

pub fn page_title(as_of: NaiveDate) -> String {
    crate::t!("scorecard-page-title", date = prose_date(as_of))
}

/// A score as a column heading and a chart's series.
pub fn score(s: Score) -> &'static str {
    match s {
        Score::Kept => crate::ts!("scorecard-kept"),
        Score::Partly => crate::ts!("scorecard-partly"),
        Score::Broken => crate::ts!("scorecard-broken"),
        Score::InProgress => crate::ts!("scorecard-in-progress"),
        Score::NotStarted => crate::ts!("scorecard-not-started"),
    }
}

pub fn letter_column() -> &'static str {
    crate::ts!("scorecard-letter")
}

pub fn total_column() -> &'static str {
    crate::ts!("scorecard-total")
}

/// The row of pledges entered by hand, from no letter.
pub fn no_letter() -> &'static str {
    crate::ts!("scorecard-no-letter")
}

pub fn overall() -> &'static str {
    crate::ts!("scorecard-overall")
}

fn numbered(n: usize, heading: &str) -> String {
    crate::t!(
        "period-numbered",
        n = n,
        numeral = super::report::numeral(n),
        heading = heading
    )
}

pub fn by_letter_heading(letters: usize) -> String {
    numbered(1, &crate::t!("scorecard-by-letter", count = letters))
}

pub fn broken_heading(count: usize) -> String {
    numbered(2, &crate::t!("scorecard-broken-heading", count = count))
}

/// The broken list's columns: id, title, owner, why.
pub fn broken_headings() -> [&'static str; 4] {
    [
        crate::ts!("report-id"),
        crate::ts!("report-title-column"),
        crate::ts!("report-count-owner"),
        crate::ts!("scorecard-why-broken"),
    ]
}

/// Why a pledge counts as broken: dropped, or late by this many days.
pub fn why_broken(days_overdue: Option<i64>) -> String {
    match days_overdue {
        Some(days) => crate::t!("scorecard-late", days = days),
        None => crate::ts!("scorecard-dropped").to_string(),
    }
}

/// The rule, said under the tables.
pub fn rule(broken_after: i64) -> String {
    crate::t!("scorecard-rule", days = broken_after)
}

/// The scope: which letter, which member, which bodies.
pub fn scope_letter(id: i64) -> String {
    crate::t!("scorecard-scope-letter", id = id)
}

pub fn scope_member(name: &str) -> String {
    crate::t!("scorecard-scope-member", name = name)
}

pub fn chart_title(as_of: NaiveDate) -> String {
    crate::t!("scorecard-chart-title", date = prose_date(as_of))
}

pub fn csv_letter_id() -> &'static str {
    crate::ts!("scorecard-csv-letter-id")
}
