//! The overdue report's model: what it is asked for, the sections a pledge falls into, each
//! item and owner group, and what its columns are sized by. Worded by the program's messages;
//! the section keys are the report's machine names in CSV and JSON.

use chrono::NaiveDate;
use serde::Serialize;

use crate::body::Role;
use crate::model::{Quantity, Status, Target};
use crate::request::Filter;

/// "Due soon" means due within this many days, unless asked otherwise.
pub const WITHIN_DAYS: u16 = 30;

/// An undated pledge with no note for longer than this many days is listed, unless asked
/// otherwise.
pub const STALE_DAYS: u16 = 90;

/// What to report on.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub as_of: NaiveDate,
    /// Only owners containing one of these (none: every owner).
    pub owners: Vec<String>,
    /// "Due soon" means due within this many days.
    pub within_days: i64,
    /// An undated pledge is stale when its last note is older than this.
    pub stale_days: i64,
    /// The TUI's list filter, when the report follows it.
    pub filter: Filter,
}

impl Options {
    pub fn new(as_of: NaiveDate) -> Options {
        Options {
            as_of,
            owners: Vec::new(),
            within_days: i64::from(WITHIN_DAYS),
            stale_days: i64::from(STALE_DAYS),
            filter: Filter::default(),
        }
    }
}

/// One pledge as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub id: i64,
    pub title: String,
    /// The body whose section holds the item (the owner text for a pledge with no body).
    pub owner: String,
    /// The body's part in the pledge: said only of a co-owner, whose section marks it.
    #[serde(skip_serializing_if = "Role::is_lead")]
    pub role: Role,
    #[serde(with = "crate::date::strict_opt")]
    pub deadline: Option<NaiveDate>,
    pub deadline_text: Option<String>,
    pub status: Status,
    pub target: Option<Target>,
    pub progress: Option<Quantity>,
    /// Overdue items: days past the deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_overdue: Option<i64>,
    /// Due-soon items: days until the deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_left: Option<i64>,
    /// Undated items: days since the last note, or since the letter (or the pledge's entry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_since: Option<i64>,
    #[serde(with = "crate::date::strict_opt")]
    pub last_note_on: Option<NaiveDate>,
    pub last_note: Option<String>,
    #[serde(skip)]
    pub progress_text: String,
    /// How often the deadline moved and what it was first, when it moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved: Option<Moved>,
    /// A deadline cleared while overdue and not yet confirmed: the item stays overdue.
    #[serde(
        with = "crate::date::strict_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub cleared_deadline: Option<NaiveDate>,
    /// The latest note's reporting body, when not the owner, and its evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_note_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_note_evidence: Option<String>,
}

/// A deadline that moved: how many times, and the one first set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Moved {
    pub times: i64,
    #[serde(with = "crate::date::strict")]
    pub originally: NaiveDate,
}

impl Item {
    /// The day count the section is about.
    pub fn days(&self) -> Option<i64> {
        self.days_overdue.or(self.days_left).or(self.days_since)
    }
}

/// One owner's pledges in one section, in report order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OwnerGroup {
    pub owner: String,
    pub items: Vec<Item>,
}

/// One owner's place in a section, known before any of its rows is read.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupHead {
    pub owner: String,
    pub count: usize,
    /// The group's most urgent item: its sort key and id, which order the owners.
    pub first: (i64, i64),
}

/// What the text report sizes its columns by, over every item of the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Columns {
    /// The longest id, in digits.
    pub id: usize,
    /// The longest status name.
    pub status: usize,
    /// The widest progress text, in display columns.
    pub progress: usize,
}

/// Which part of the report a pledge is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Overdue,
    DueSoon,
    NoDeadline,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Overdue, Section::DueSoon, Section::NoDeadline];

    pub fn index(self) -> usize {
        match self {
            Section::Overdue => 0,
            Section::DueSoon => 1,
            Section::NoDeadline => 2,
        }
    }

    /// The section's name in CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Section::Overdue => "overdue",
            Section::DueSoon => "due_soon",
            Section::NoDeadline => "no_deadline",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_keep_their_order_and_machine_names() {
        let keys: Vec<&str> = Section::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys, ["overdue", "due_soon", "no_deadline"]);
        let places: Vec<usize> = Section::ALL.iter().map(|s| s.index()).collect();
        assert_eq!(places, [0, 1, 2]);
    }

    #[test]
    fn a_report_asks_for_thirty_and_ninety_days_unless_told() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let o = Options::new(day);
        assert_eq!((o.within_days, o.stale_days), (30, 90));
        assert!(o.owners.is_empty() && o.filter == Filter::default());
    }
}
