//! The period report's rules (月度督办通报): what happened to a pledge between two days — a
//! note, a completion, a deadline passed, a deadline moved later. Worded by the program's
//! messages; the kinds' keys are the report's machine names in CSV and JSON.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::Status;

/// The days a period report covers, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why a period cannot be reported on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unfit {
    /// It ends before it starts.
    Backwards,
    /// It ends after today: what falls overdue on a day not yet come is not known.
    Ahead { today: NaiveDate },
}

impl Period {
    /// The period from `from` to `to`, both included, as of `today`.
    pub fn new(from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Period, Unfit> {
        if to < from {
            return Err(Unfit::Backwards);
        }
        if to > today {
            return Err(Unfit::Ahead { today });
        }
        Ok(Period { from, to })
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    /// Whether a pledge fell overdue in the period: the first day it was overdue (the day
    /// after its deadline) lies in it, and it was not closed by its deadline. `closed_on` is
    /// the day it was last closed, for a pledge closed now; an open one has none.
    pub fn fell_overdue(&self, deadline: NaiveDate, closed_on: Option<NaiveDate>) -> bool {
        let Some(first_late) = deadline.succ_opt() else {
            return false;
        };
        self.contains(first_late) && closed_on.is_none_or(|c| c > deadline)
    }
}

/// Whether a change of deadline extended it: from one day to a later one (a deadline set
/// where there was none, or cleared, is not an extension).
pub fn extends(old: Option<NaiveDate>, new: Option<NaiveDate>) -> bool {
    matches!((old, new), (Some(o), Some(n)) if n > o)
}

/// Whether a status reached in the period counts as completing the pledge: done, or done in
/// part (部分完成).
pub fn completes(s: Status) -> bool {
    matches!(s, Status::Done | Status::Partial)
}

/// The day a change was made: the day of the note that made it when one did (the progress
/// happened then), else the UTC day of its stored time (`2026-11-05T02:00:00Z`).
pub fn change_day(changed_at: &str, note_on: Option<NaiveDate>) -> Option<NaiveDate> {
    note_on.or_else(|| {
        changed_at
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    })
}

/// What part of the period report an entry is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Progressed,
    Completed,
    FellOverdue,
    Extended,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Progressed,
        Kind::Completed,
        Kind::FellOverdue,
        Kind::Extended,
    ];

    pub fn index(self) -> usize {
        match self {
            Kind::Progressed => 0,
            Kind::Completed => 1,
            Kind::FellOverdue => 2,
            Kind::Extended => 3,
        }
    }

    /// The part's name in CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Progressed => "progressed",
            Kind::Completed => "completed",
            Kind::FellOverdue => "fell_overdue",
            Kind::Extended => "extended",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn november() -> Period {
        Period::new(day("2026-11-01"), day("2026-11-30"), day("2026-11-30")).unwrap_or(Period {
            from: NaiveDate::MIN,
            to: NaiveDate::MIN,
        })
    }

    #[test]
    fn a_period_runs_forwards_and_not_past_today() {
        let (a, b) = (day("2026-11-01"), day("2026-11-30"));
        assert_eq!(Period::new(b, a, b), Err(Unfit::Backwards));
        assert_eq!(
            Period::new(a, b, day("2026-11-28")),
            Err(Unfit::Ahead {
                today: day("2026-11-28")
            })
        );
        assert!(Period::new(a, a, a).is_ok(), "one day");
        assert!(november().contains(a) && november().contains(b));
        assert!(!november().contains(day("2026-12-01")));
    }

    #[test]
    fn a_pledge_falls_overdue_the_day_after_its_deadline_unless_closed_by_it() {
        let p = november();
        // Overdue from 11-01: its deadline was the last day of October.
        assert!(p.fell_overdue(day("2026-10-31"), None));
        assert!(!p.fell_overdue(day("2026-10-30"), None), "already overdue");
        assert!(p.fell_overdue(day("2026-11-29"), None));
        // Due on the period's last day: not late until December.
        assert!(!p.fell_overdue(day("2026-11-30"), None));
        // Closed on its deadline: never late; closed after it: it was.
        assert!(!p.fell_overdue(day("2026-11-10"), Some(day("2026-11-10"))));
        assert!(p.fell_overdue(day("2026-11-10"), Some(day("2026-11-12"))));
        assert!(!p.fell_overdue(NaiveDate::MAX, None));
    }

    #[test]
    fn only_a_later_day_extends_a_deadline() {
        let (a, b) = (Some(day("2026-06-30")), Some(day("2027-06-30")));
        assert!(extends(a, b));
        assert!(!extends(b, a) && !extends(a, a));
        assert!(!extends(None, b) && !extends(a, None));
        assert!(completes(Status::Done) && completes(Status::Partial));
        assert!(!completes(Status::Dropped) && !completes(Status::InProgress));
    }

    #[test]
    fn a_change_made_by_a_note_is_dated_by_the_note() {
        let stamp = "2026-12-02T12:57:54Z";
        assert_eq!(change_day(stamp, None), Some(day("2026-12-02")));
        assert_eq!(
            change_day(stamp, Some(day("2026-11-20"))),
            Some(day("2026-11-20"))
        );
        assert_eq!(change_day("garbled", None), None);
    }

    #[test]
    fn kinds_keep_their_order_and_machine_names() {
        let keys: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
        assert_eq!(
            keys,
            ["progressed", "completed", "fell_overdue", "extended"]
        );
        assert!(Kind::ALL.iter().enumerate().all(|(n, k)| k.index() == n));
    }
}
