//! Pace forecasts: how much of a numeric target an even pace would have delivered by today,
//! counted from the pledge's start to its deadline, and whether what is reported keeps up.
//! A reader sees "behind" long before the deadline passes, when there is still time to act.

use chrono::NaiveDate;

/// Where a pledge with a target and a deadline stands against an even pace.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pace {
    /// Reported progress is at or above what an even pace expects by now (按期).
    OnPace { expected: f64 },
    /// Reported progress is below it, by `shortfall` (滞后).
    Behind { expected: f64, shortfall: f64 },
}

impl Pace {
    /// What an even pace expects reported by now.
    pub fn expected(self) -> f64 {
        match self {
            Pace::OnPace { expected } | Pace::Behind { expected, .. } => expected,
        }
    }

    pub fn is_behind(self) -> bool {
        matches!(self, Pace::Behind { .. })
    }
}

/// The day a pledge's work starts: its letter's date, else the day it was entered in the
/// ledger (the date part of `created_at`), since a pledge added by hand promises from then.
/// `None` only when neither is a date.
pub fn start(letter_issued: Option<NaiveDate>, created_at: &str) -> Option<NaiveDate> {
    letter_issued.or_else(|| {
        created_at
            .get(..10)
            .and_then(|d| crate::date::parse(d).ok())
    })
}

/// The share of the time from `start` to `deadline` gone by on `today`, from 0 to 1: 1 on and
/// after the deadline whatever the start (past it the whole target is due), 0 on and before
/// the start. A start on or after the deadline leaves no span: nothing is due before the
/// deadline and everything from it.
pub fn elapsed(start: NaiveDate, deadline: NaiveDate, today: NaiveDate) -> f64 {
    if today >= deadline {
        return 1.0;
    }
    if today <= start {
        return 0.0;
    }
    // Here start < today < deadline, so the span is at least two days.
    let gone = crate::date::days_between(start, today) as f64;
    let span = crate::date::days_between(start, deadline) as f64;
    (gone / span).clamp(0.0, 1.0)
}

/// What an even pace expects reported by `today`; `None` for a target that is not a positive
/// finite number, which no pace can be kept towards.
pub fn expected(
    target: f64,
    start: NaiveDate,
    deadline: NaiveDate,
    today: NaiveDate,
) -> Option<f64> {
    (target.is_finite() && target > 0.0).then(|| target * elapsed(start, deadline, today))
}

/// On pace when `reported` (0 when nothing is) is at least what an even pace expects by
/// `today`, else behind with the shortfall; `None` when the target or the report is not a
/// number that can be compared (negative, infinite, not a number, a target of zero).
pub fn pace(
    target: f64,
    reported: f64,
    start: NaiveDate,
    deadline: NaiveDate,
    today: NaiveDate,
) -> Option<Pace> {
    if !(reported.is_finite() && reported >= 0.0) {
        return None;
    }
    let expected = expected(target, start, deadline, today)?;
    Some(if reported >= expected {
        Pace::OnPace { expected }
    } else {
        Pace::Behind {
            expected,
            shortfall: expected - reported,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::date::parse(s).unwrap_or(crate::date::FIRST)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn twenty_of_a_hundred_talents_eighteen_months_into_five_years_is_behind() {
        let (start, deadline, today) = (day("2025-05-19"), day("2030-05-19"), day("2026-11-28"));
        // 558 of 1826 days (2028 has a 29 February) have gone by.
        let got = pace(100.0, 20.0, start, deadline, today);
        let expected = 100.0 * 558.0 / 1826.0;
        match got {
            Some(Pace::Behind {
                expected: e,
                shortfall,
            }) => {
                assert!(close(e, expected), "{e}");
                assert!(close(shortfall, expected - 20.0), "{shortfall}");
            }
            other => panic!("{other:?}"),
        }
        // Thirty-one would keep up; thirty would not.
        assert!(matches!(
            pace(100.0, 31.0, start, deadline, today),
            Some(Pace::OnPace { .. })
        ));
        assert!(pace(100.0, 30.0, start, deadline, today).is_some_and(Pace::is_behind));
    }

    #[test]
    fn exactly_the_expected_amount_is_on_pace() {
        let (start, deadline) = (day("2026-01-01"), day("2026-01-11"));
        let today = day("2026-01-06");
        assert_eq!(
            pace(10.0, 5.0, start, deadline, today),
            Some(Pace::OnPace { expected: 5.0 })
        );
    }

    #[test]
    fn leap_days_are_days_of_the_span() {
        // A start on 29 February: 2024-02-29 to 2025-02-28 is 365 days; 2024-08-29 is 182
        // days in.
        let (start, deadline) = (day("2024-02-29"), day("2025-02-28"));
        assert!(close(
            elapsed(start, deadline, day("2024-08-29")),
            182.0 / 365.0
        ));
        // A deadline on 29 February: 2027-03-01 to 2028-02-29 is 365 days; on 2028-02-28
        // one day is left.
        let (start, deadline) = (day("2027-03-01"), day("2028-02-29"));
        assert!(close(
            elapsed(start, deadline, day("2028-02-28")),
            364.0 / 365.0
        ));
        assert_eq!(elapsed(start, deadline, day("2028-02-29")), 1.0);
        // Across a leap year the span is 366 days: the middle is 183 days in.
        let (start, deadline) = (day("2028-01-01"), day("2029-01-01"));
        assert!(close(elapsed(start, deadline, day("2028-07-02")), 0.5));
    }

    #[test]
    fn past_the_deadline_the_whole_target_is_expected() {
        let (start, deadline) = (day("2025-05-19"), day("2025-12-31"));
        for today in ["2025-12-31", "2026-11-28", "9999-12-31"] {
            assert_eq!(expected(30.0, start, deadline, day(today)), Some(30.0));
        }
        assert_eq!(
            pace(30.0, 0.0, start, deadline, day("2026-11-28")),
            Some(Pace::Behind {
                expected: 30.0,
                shortfall: 30.0
            })
        );
        assert_eq!(
            pace(30.0, 45.0, start, deadline, day("2026-11-28")),
            Some(Pace::OnPace { expected: 30.0 })
        );
    }

    #[test]
    fn before_the_start_nothing_is_expected_yet() {
        let (start, deadline) = (day("2027-01-01"), day("2028-01-01"));
        assert_eq!(
            expected(50.0, start, deadline, day("2026-06-01")),
            Some(0.0)
        );
        assert_eq!(expected(50.0, start, deadline, start), Some(0.0));
        assert_eq!(
            pace(50.0, 0.0, start, deadline, day("2026-06-01")),
            Some(Pace::OnPace { expected: 0.0 })
        );
    }

    #[test]
    fn a_start_on_or_after_the_deadline_owes_all_from_the_deadline_and_nothing_before() {
        let deadline = day("2026-06-30");
        for start in [deadline, day("2026-09-01")] {
            assert_eq!(elapsed(start, deadline, day("2026-06-29")), 0.0, "{start}");
            assert_eq!(elapsed(start, deadline, deadline), 1.0, "{start}");
            assert_eq!(elapsed(start, deadline, day("2026-07-15")), 1.0, "{start}");
            assert_eq!(elapsed(start, deadline, day("2026-10-01")), 1.0, "{start}");
        }
    }

    #[test]
    fn zero_negative_and_non_numbers_have_no_pace() {
        let (start, deadline, today) = (day("2026-01-01"), day("2027-01-01"), day("2026-07-01"));
        for target in [0.0, -5.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(expected(target, start, deadline, today), None, "{target}");
            assert_eq!(pace(target, 1.0, start, deadline, today), None, "{target}");
        }
        for reported in [-1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(
                pace(10.0, reported, start, deadline, today),
                None,
                "{reported}"
            );
        }
    }

    #[test]
    fn a_pledge_without_a_letter_starts_the_day_it_was_entered() {
        let letter = Some(day("2025-05-19"));
        assert_eq!(start(letter, "2026-12-02T12:53:21Z"), letter);
        assert_eq!(start(None, "2026-12-02T12:53:21Z"), Some(day("2026-12-02")));
        assert_eq!(start(None, "not a stamp"), None);
        assert_eq!(start(None, ""), None);
        // Entered by hand on 2026-01-01 with 12 due by 2026-12-31: by 2026-07-02 (182 of
        // 364 days) six are due.
        let begun = start(None, "2026-01-01T08:00:00Z").unwrap_or(crate::date::FIRST);
        let e = expected(12.0, begun, day("2026-12-31"), day("2026-07-02"));
        assert!(e.is_some_and(|e| close(e, 6.0)), "{e:?}");
    }
}
