//! The scorecard's rule: how a pledge stands for a member or a journalist asking whether the
//! promises were kept — kept (done), partly kept (partial), broken (dropped, or overdue by more
//! than a grace of days), in progress, not started.

use serde::Serialize;

use crate::model::Status;

/// An overdue pledge counts as broken once it is late by more than this many days, unless
/// asked otherwise: a quarter's grace, as a 督办 office chases a late pledge before calling it
/// broken.
pub const BROKEN_AFTER_DAYS: u16 = 90;

/// How a pledge stands on the scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Score {
    Kept,
    Partly,
    Broken,
    InProgress,
    NotStarted,
}

impl Score {
    pub const ALL: [Score; 5] = [
        Score::Kept,
        Score::Partly,
        Score::Broken,
        Score::InProgress,
        Score::NotStarted,
    ];

    pub fn index(self) -> usize {
        match self {
            Score::Kept => 0,
            Score::Partly => 1,
            Score::Broken => 2,
            Score::InProgress => 3,
            Score::NotStarted => 4,
        }
    }

    /// The name in CSV headings and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Score::Kept => "kept",
            Score::Partly => "partly_kept",
            Score::Broken => "broken",
            Score::InProgress => "in_progress",
            Score::NotStarted => "not_started",
        }
    }

    /// A pledge's score from its status and, when open and past its deadline, how many days
    /// it is late: broken once that is more than `broken_after`.
    pub fn of(status: Status, days_overdue: Option<i64>, broken_after: i64) -> Score {
        match status {
            Status::Done => Score::Kept,
            Status::Partial => Score::Partly,
            Status::Dropped => Score::Broken,
            _ if days_overdue.is_some_and(|d| d > broken_after) => Score::Broken,
            Status::Pending => Score::NotStarted,
            Status::InProgress | Status::Stalled => Score::InProgress,
        }
    }
}

/// How many pledges have each score, in [`Score::ALL`]'s order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally(pub [usize; 5]);

impl Tally {
    pub fn add(&mut self, s: Score) {
        self.0[s.index()] += 1;
    }

    pub fn get(&self, s: Score) -> usize {
        self.0[s.index()]
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    /// Another tally's counts added to these.
    pub fn absorb(&mut self, other: &Tally) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_pledges_score_by_their_status() {
        assert_eq!(Score::of(Status::Done, None, 90), Score::Kept);
        assert_eq!(Score::of(Status::Partial, None, 90), Score::Partly);
        assert_eq!(Score::of(Status::Dropped, None, 90), Score::Broken);
    }

    #[test]
    fn an_open_pledge_is_broken_only_once_late_by_more_than_the_grace() {
        assert_eq!(Score::of(Status::Pending, Some(90), 90), Score::NotStarted);
        assert_eq!(Score::of(Status::Pending, Some(91), 90), Score::Broken);
        assert_eq!(Score::of(Status::Stalled, Some(5), 90), Score::InProgress);
        assert_eq!(Score::of(Status::InProgress, Some(1), 0), Score::Broken);
        assert_eq!(Score::of(Status::InProgress, None, 0), Score::InProgress);
    }

    #[test]
    fn a_tally_counts_and_adds_up() {
        let mut t = Tally::default();
        for s in [Score::Kept, Score::Kept, Score::Broken] {
            t.add(s);
        }
        let mut all = Tally::default();
        all.absorb(&t);
        all.absorb(&t);
        assert_eq!((all.get(Score::Kept), all.get(Score::Broken)), (4, 2));
        assert_eq!(all.total(), 6);
        let keys: Vec<&str> = Score::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(
            keys,
            [
                "kept",
                "partly_kept",
                "broken",
                "in_progress",
                "not_started"
            ]
        );
    }
}
