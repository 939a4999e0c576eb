//! The period report screen (月度督办通报): one period's report, held whole as the CLI holds it
//! (it lists the period's events, not the ledger), and its text at the screen's width; read
//! on a thread of its own when the ledger is a file (it passes over every note: seconds at a
//! million pledges), the screen saying so meanwhile.

use chrono::{Datelike, Months, NaiveDate};

use crate::report::period::{Period, Report};

pub struct PeriodView {
    /// The period shown, or being read.
    pub period: Period,
    /// `None` while it is read.
    pub report: Option<Report>,
    pub reading: Option<crate::report::background::Background<Report>>,
    /// The ledger changed while the report was read: read it again when it arrives (a
    /// read restarted at every change would never finish under a steady writer).
    pub stale: bool,
    /// The report as `pledge report period --format text` writes it at the screen's width.
    pub lines: Vec<String>,
    pub scroll: usize,
}

/// The earliest month a ledger's dates can hold.
pub fn first_month() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The month that starts on `first`, up to today: `None` for a month not begun, or before
/// the ledger's first.
pub fn month(first: NaiveDate, today: NaiveDate) -> Option<Period> {
    let first = first.with_day(1)?;
    if first > today || first < first_month() {
        return None;
    }
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    Some(Period {
        from: first,
        to: last.min(today),
    })
}

/// The month before the one `p` starts in.
pub fn previous(p: Period, today: NaiveDate) -> Option<Period> {
    month(
        p.from.with_day(1)?.checked_sub_months(Months::new(1))?,
        today,
    )
}

/// The month after the one `p` starts in, if it has begun.
pub fn next(p: Period, today: NaiveDate) -> Option<Period> {
    month(
        p.from.with_day(1)?.checked_add_months(Months::new(1))?,
        today,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::date::parse(s).unwrap_or(NaiveDate::MIN)
    }

    fn span(p: Option<Period>) -> Option<(String, String)> {
        p.map(|p| (crate::date::format(p.from), crate::date::format(p.to)))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn months_run_from_the_first_to_the_last_day_and_stop_at_today() {
        let today = day("2026-11-28");
        let this = month(today, today);
        assert_eq!(span(this), pair("2026-11-01", "2026-11-28"));
        let Some(this) = this else { return };
        let october = previous(this, today);
        assert_eq!(span(october), pair("2026-10-01", "2026-10-31"));
        assert_eq!(span(next(this, today)), None, "December has not begun");
        let Some(october) = october else { return };
        assert_eq!(span(next(october, today)), span(Some(this)));
        // Leap years and the turn of the year.
        let march = month(day("2024-03-15"), today);
        let feb = march.and_then(|m| previous(m, today));
        assert_eq!(span(feb), pair("2024-02-01", "2024-02-29"));
        let jan = month(day("2025-01-09"), today).and_then(|m| previous(m, today));
        assert_eq!(span(jan), pair("2024-12-01", "2024-12-31"));
        assert_eq!(
            span(month(first_month(), today).and_then(|m| previous(m, today))),
            None
        );
    }
}
