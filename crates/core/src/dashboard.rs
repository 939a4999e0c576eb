//! What the dashboard shows besides each body's standing: how many open pledges have gone
//! quiet, notes per month for a sparkline, and the pledges with a target and a deadline,
//! each measured against an even pace. Counted by the store; no wording here.

use chrono::{Datelike, NaiveDate};

use crate::model::{Quantity, Target};
use crate::pace::{self, Pace};

/// Months the notes sparkline covers, the current one last.
pub const MONTHS: usize = 12;

/// The ledger at a glance as of a day, apart from the bodies' standing and the gauges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overview {
    /// Open pledges whose last note (or, with none, their start) is more than `stale_days`
    /// days before the day asked about.
    pub stale: i64,
    pub stale_days: i64,
    /// Notes per month, oldest first, the month of the day asked about last.
    pub months: Vec<MonthCount>,
    /// Open pledges with a numeric target and a deadline: how many gauges there are.
    pub tracked: usize,
}

/// How many notes were dated in one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthCount {
    pub year: i32,
    pub month: u32,
    pub notes: u64,
}

/// The first day of each of the `n` months that end with `today`'s, oldest first.
pub fn month_starts(today: NaiveDate, n: usize) -> Vec<NaiveDate> {
    let mut out = Vec::with_capacity(n);
    let (mut y, mut m) = (today.year(), today.month());
    for _ in 0..n {
        match NaiveDate::from_ymd_opt(y, m, 1) {
            Some(d) if d >= crate::date::FIRST => out.push(d),
            _ => break,
        }
        (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    }
    out.reverse();
    out
}

/// An open pledge with a numeric target and a deadline, as its gauge shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Tracked {
    pub id: i64,
    pub title: String,
    pub owner: String,
    pub target: Target,
    /// The latest progress reported; none yet counts as nothing delivered.
    pub progress: Option<Quantity>,
    /// Its letter's date, else the day it was entered ([`pace::start`]).
    pub start: NaiveDate,
    pub deadline: NaiveDate,
}

impl Tracked {
    /// Reported progress, nothing when none is.
    pub fn reported(&self) -> f64 {
        self.progress.map_or(0.0, Quantity::get)
    }

    /// Against an even pace from its start to its deadline, as of `today`.
    pub fn pace(&self, today: NaiveDate) -> Option<Pace> {
        pace::pace(
            self.target.quantity.get(),
            self.reported(),
            self.start,
            self.deadline,
            today,
        )
    }

    /// How full its gauge is: progress over target, from 0 to 1 (a target of zero is full).
    pub fn ratio(&self) -> f64 {
        let target = self.target.quantity.get();
        if target <= 0.0 {
            return 1.0;
        }
        (self.reported() / target).clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::date::parse(s).unwrap_or(crate::date::FIRST)
    }

    #[test]
    fn twelve_months_end_with_the_current_one_across_a_new_year() {
        let starts = month_starts(day("2026-11-28"), MONTHS);
        assert_eq!(starts.len(), 12);
        assert_eq!(starts.first(), Some(&day("2025-12-01")));
        assert_eq!(starts.last(), Some(&day("2026-11-01")));
        let march = month_starts(day("2028-03-31"), 3);
        assert_eq!(
            march,
            [day("2028-01-01"), day("2028-02-01"), day("2028-03-01")]
        );
        // The ledger's dates begin in 1900: no month before it.
        assert_eq!(month_starts(day("1900-02-10"), MONTHS).len(), 2);
    }

    fn tracked(target: f64, progress: Option<f64>) -> Tracked {
        Tracked {
            id: 4,
            title: "5 年内培养 100 名以上高级人才".into(),
            owner: "香港大学".into(),
            target: Target {
                quantity: Quantity::new(target).unwrap_or(Quantity::ZERO),
                unit: Some("名".into()),
                text: None,
            },
            progress: progress.and_then(|p| Quantity::new(p).ok()),
            start: day("2025-05-19"),
            deadline: day("2030-05-19"),
        }
    }

    #[test]
    fn a_gauge_fills_by_progress_over_target_and_keeps_its_pace() {
        let t = tracked(100.0, Some(20.0));
        assert!((t.ratio() - 0.2).abs() < 1e-9);
        assert!(t.pace(day("2026-11-28")).is_some_and(Pace::is_behind));
        let none = tracked(100.0, None);
        assert_eq!(none.ratio(), 0.0);
        assert_eq!(
            none.pace(day("2025-05-01")),
            Some(Pace::OnPace { expected: 0.0 })
        );
        assert_eq!(tracked(100.0, Some(130.0)).ratio(), 1.0);
        let zero = tracked(0.0, None);
        assert_eq!((zero.ratio(), zero.pace(day("2026-11-28"))), (1.0, None));
    }
}
