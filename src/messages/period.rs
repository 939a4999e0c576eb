//! The period report's words (月度督办通报): its title, parts, columns and cells, in every
//! format but JSON, and its refusals.

use chrono::NaiveDate;
use pledge_core::period::Kind;

use super::report::prose_date;
use crate::model::Status;

pub fn title(from: NaiveDate, to: NaiveDate) -> String {
    crate::t!("period-title", from = prose_date(from), to = prose_date(to))
}

pub fn page_title(from: NaiveDate, to: NaiveDate) -> String {
    crate::t!(
        "period-page-title",
        from = prose_date(from),
        to = prose_date(to)
    )
}

pub fn period_label() -> &'static str {
    crate::ts!("period-period-label")
}

pub fn period_value(from: NaiveDate, to: NaiveDate) -> String {
    crate::t!(
        "period-period-value",
        from = crate::date::format(from),
        to = crate::date::format(to)
    )
}

/// A part's heading, numbered from 1: "1. PROGRESSED: 3 pledges", "一、取得进展的事项（3项）".
pub fn heading(k: Kind, count: usize) -> String {
    let heading = match k {
        Kind::Progressed => crate::t!("period-progressed", count = count),
        Kind::Completed => crate::t!("period-completed", count = count),
        Kind::FellOverdue => crate::t!("period-fell-overdue", count = count),
        Kind::Extended => crate::t!("period-extended", count = count),
    };
    numbered(k.index() + 1, &heading)
}

/// The per-body counts' heading, numbered after the four parts.
pub fn by_body_heading() -> String {
    numbered(Kind::ALL.len() + 1, crate::ts!("period-by-body"))
}

fn numbered(n: usize, heading: &str) -> String {
    crate::t!(
        "period-numbered",
        n = n,
        numeral = super::report::numeral(n),
        heading = heading
    )
}

/// The columns of a part: id, title, the day, what happened, the status now.
pub fn headings(k: Kind) -> [&'static str; 5] {
    let (day, what) = match k {
        Kind::Progressed => (
            crate::ts!("period-col-last-note-on"),
            crate::ts!("period-col-notes"),
        ),
        Kind::Completed => (
            crate::ts!("period-col-completed-on"),
            crate::ts!("period-col-completion"),
        ),
        Kind::FellOverdue => (
            crate::ts!("period-col-deadline"),
            crate::ts!("period-col-late"),
        ),
        Kind::Extended => (
            crate::ts!("period-col-extended-on"),
            crate::ts!("period-col-extension"),
        ),
    };
    [
        crate::ts!("report-id"),
        crate::ts!("report-title-column"),
        day,
        what,
        crate::ts!("period-col-status-now"),
    ]
}

/// A progressed pledge's cell: its notes in the period and the latest one.
pub fn progressed(notes: usize, latest: &str) -> String {
    crate::t!("period-cell-progressed", notes = notes, latest = latest)
}

/// A completed pledge's cell: the status it reached, and why, when said.
pub fn completed(became: Status, why: Option<&str>) -> String {
    let status = super::values::status(became);
    match why {
        Some(why) => crate::t!("period-cell-completed-why", status = status, why = why),
        None => status.to_string(),
    }
}

/// A pledge that fell overdue: how late it was at the period's end.
pub fn late(days: i64) -> String {
    crate::t!("period-cell-late", days = days)
}

/// An extension: from which day to which, and why.
pub fn extended(from: NaiveDate, to: NaiveDate, why: Option<&str>) -> String {
    let (from, to) = (crate::date::format(from), crate::date::format(to));
    match why {
        Some(why) => crate::t!("period-cell-extended-why", from = from, to = to, why = why),
        None => crate::t!("period-cell-extended", from = from, to = to),
    }
}

/// The per-body counts' columns.
pub fn count_headings() -> [&'static str; 5] {
    [
        crate::ts!("report-count-owner"),
        crate::ts!("period-count-progressed"),
        crate::ts!("period-count-completed"),
        crate::ts!("period-count-fell-overdue"),
        crate::ts!("period-count-extended"),
    ]
}

/// The report's closing sentence: the totals.
pub fn totals(counts: [usize; 4]) -> String {
    crate::t!(
        "period-totals",
        progressed = counts[0],
        completed = counts[1],
        late = counts[2],
        extended = counts[3]
    )
}

/// What the chart of the bodies shows.
pub fn chart_title(to: NaiveDate) -> String {
    crate::t!("period-chart-title", to = prose_date(to))
}

/// The CSV's headings.
pub fn csv_headings() -> [&'static str; 8] {
    [
        crate::ts!("period-csv-kind"),
        crate::ts!("report-csv-owner"),
        crate::ts!("report-csv-id"),
        crate::ts!("report-csv-title"),
        crate::ts!("period-csv-on"),
        crate::ts!("period-csv-detail"),
        crate::ts!("report-csv-status"),
        crate::ts!("period-csv-role"),
    ]
}

/// A part in the CSV's first column: its machine name in English, its name in Chinese.
pub fn csv_kind(k: Kind) -> &'static str {
    match k {
        Kind::Progressed => crate::ts!("period-csv-progressed"),
        Kind::Completed => crate::ts!("period-csv-completed"),
        Kind::FellOverdue => crate::ts!("period-csv-fell-overdue"),
        Kind::Extended => crate::ts!("period-csv-extended"),
    }
}

/// `--to` before `--from`.
pub fn backwards(from: NaiveDate, to: NaiveDate) -> String {
    crate::t!(
        "period-backwards",
        from = crate::date::format(from),
        to = crate::date::format(to)
    )
}

/// `--to` after today.
pub fn ahead(to: NaiveDate, today: NaiveDate) -> String {
    crate::t!(
        "period-ahead",
        to = crate::date::format(to),
        today = crate::date::format(today)
    )
}
