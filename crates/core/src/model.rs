//! The ledger's types: what a pledge, a note, a letter and a change are. No SQL, no UI.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::problem::Problem;

mod letters;
pub use letters::{Category, LetterKind, LetterMeta, Origin};

/// Where a pledge stands. The first three are open: only open pledges can be overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pending,
    InProgress,
    Stalled,
    Done,
    Partial,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Pending,
        Status::InProgress,
        Status::Stalled,
        Status::Done,
        Status::Partial,
        Status::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::InProgress => "in_progress",
            Status::Stalled => "stalled",
            Status::Done => "done",
            Status::Partial => "partial",
            Status::Dropped => "dropped",
        }
    }

    pub fn is_open(self) -> bool {
        matches!(self, Status::Pending | Status::InProgress | Status::Stalled)
    }

    /// The open statuses, in their stored spelling: one source for every query that asks.
    pub fn open() -> impl Iterator<Item = Status> {
        Status::ALL.into_iter().filter(|s| s.is_open())
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = Problem;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().replace('-', "_");
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == wanted)
            .ok_or(Problem::UnknownStatus)
    }
}

/// A non-negative, finite quantity (a target, or progress towards it).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Deserialize)]
#[serde(try_from = "f64")]
pub struct Quantity(f64);

impl Quantity {
    pub const ZERO: Quantity = Quantity(0.0);

    pub fn new(value: f64) -> Result<Self, Problem> {
        if value.is_finite() && value >= 0.0 {
            Ok(Quantity(value))
        } else {
            Err(Problem::NotAQuantity)
        }
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Quantity {
    type Error = Problem;
    fn try_from(value: f64) -> Result<Self, Problem> {
        Quantity::new(value)
    }
}

impl FromStr for Quantity {
    type Err = Problem;
    fn from_str(s: &str) -> Result<Self, Problem> {
        s.trim()
            .parse::<f64>()
            .map_err(|_| Problem::NotANumber)
            .and_then(Quantity::new)
    }
}

/// Whole numbers print without a decimal point: "30", not "30.0".
impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.fract() == 0.0 && self.0.abs() < 1e15 {
            write!(f, "{}", self.0 as i64)
        } else {
            write!(f, "{}", self.0)
        }
    }
}

impl Serialize for Quantity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 1e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

/// A numeric target: how much, of what, and the phrase as the letter put it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub quantity: Quantity,
    pub unit: Option<String>,
    pub text: Option<String>,
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.quantity)?;
        if let Some(unit) = &self.unit {
            write!(f, " {unit}")?;
        }
        Ok(())
    }
}

/// The document pledges were quoted from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letter {
    pub id: i64,
    pub issuer: String,
    pub addressee: String,
    pub title: String,
    #[serde(with = "crate::date::strict")]
    pub issued_on: NaiveDate,
    pub reference: Option<String>,
    pub body: String,
    pub sha256: String,
    pub added_at: String,
    /// What the letter answers and claims, when it says (or someone set it).
    #[serde(default)]
    pub meta: LetterMeta,
    /// Where the text came from; `None` for a letter added before the ledger kept it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

/// A pledge as the list shows it: its own fields plus what its notes say.
///
/// `progress` and `last_note_on` are derived from the notes: written in JSON, ignored when read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pledge {
    pub id: i64,
    pub letter: Option<i64>,
    pub parent: Option<i64>,
    pub title: String,
    pub owner: String,
    #[serde(with = "crate::date::strict_opt", default)]
    pub deadline: Option<NaiveDate>,
    pub deadline_text: Option<String>,
    pub status: Status,
    pub target: Option<Target>,
    pub quote: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The progress of the latest note that reported one.
    #[serde(default)]
    pub progress: Option<Quantity>,
    /// The date of the latest note.
    #[serde(with = "crate::date::strict_opt", default)]
    pub last_note_on: Option<NaiveDate>,
    /// The first deadline it had; kept by the ledger whoever moves the current one.
    #[serde(with = "crate::date::strict_opt", default)]
    pub original_deadline: Option<NaiveDate>,
    /// How many times the deadline was moved from one day to another.
    #[serde(default)]
    pub deadline_moves: i64,
    /// A deadline cleared after it had passed, until the supervision office confirms it.
    #[serde(with = "crate::date::strict_opt", default)]
    pub cleared_deadline: Option<NaiveDate>,
}

impl Pledge {
    /// The day an open pledge counts as overdue from once it passes: its deadline, or else
    /// a deadline cleared while overdue that the supervision office has not confirmed. The
    /// store's SQL for "overdue" is the same rule over rows not yet read.
    pub fn overdue_from(&self) -> Option<NaiveDate> {
        self.deadline.or(self.cleared_deadline)
    }

    /// Days past the deadline as of `today`, for an open pledge whose deadline has passed.
    pub fn days_overdue(&self, today: NaiveDate) -> Option<i64> {
        let deadline = self.overdue_from()?;
        (self.status.is_open() && deadline < today)
            .then(|| crate::date::days_between(deadline, today))
    }

    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.days_overdue(today).is_some()
    }

    /// Where an open pledge stands against its deadline; `None` without one, or once closed.
    pub fn due(&self, today: NaiveDate) -> Option<Due> {
        if let Some(late) = self.days_overdue(today) {
            return Some(Due::Overdue(late));
        }
        let deadline = self.deadline?;
        if !self.status.is_open() {
            return None;
        }
        Some(match crate::date::days_between(today, deadline) {
            0 => Due::Today,
            d => Due::Left(d),
        })
    }

    /// "3/30 家", "3", "0/30 家" or "" — progress against target as the tables show it.
    pub fn progress_text(&self) -> String {
        match (&self.target, self.progress) {
            (Some(t), p) => {
                let done = p.map_or_else(|| "0".to_string(), |q| q.to_string());
                match &t.unit {
                    Some(u) => format!("{done}/{} {u}", t.quantity),
                    None => format!("{done}/{}", t.quantity),
                }
            }
            (None, Some(p)) => p.to_string(),
            (None, None) => String::new(),
        }
    }
}

/// Where an open pledge stands against its deadline, in whole days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Due {
    Overdue(i64),
    Today,
    Left(i64),
}

/// A dated progress report. Notes are never changed or removed once written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: i64,
    pub pledge: i64,
    /// The day the progress happened.
    #[serde(with = "crate::date::strict")]
    pub on: NaiveDate,
    pub written_at: String,
    pub author: String,
    /// The text; bytes that are not UTF-8 (written by another tool) show as U+FFFD.
    pub body: String,
    /// The exact bytes in hex, only when they are not UTF-8, so an export loses nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_hex: Option<String>,
    pub progress: Option<Quantity>,
    pub status: Option<Status>,
    /// The body that reported the progress (none in notes written before it was asked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<String>,
    /// What backs it: a URL, a document number, a file name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// The largest note accepted, in bytes of UTF-8: a long report fits, a mistaken paste of a
/// whole document does not.
pub const MAX_NOTE_BYTES: usize = 1 << 20;

/// How far past the limit a note is read or held before it is refused: enough to trim
/// trailing blanks and still say how long it was, never an unbounded read.
pub const NOTE_SLACK: usize = 64 << 10;

/// Refuses a note of `bytes` over [`MAX_NOTE_BYTES`], keeping how large it is.
pub fn check_note_size(bytes: usize) -> Result<(), Problem> {
    if bytes <= MAX_NOTE_BYTES {
        return Ok(());
    }
    Err(Problem::NoteTooLarge { bytes })
}

/// A note records progress that has happened: it cannot be dated after `today`.
pub fn check_note_date(on: NaiveDate, today: NaiveDate) -> Result<(), Problem> {
    if on > today {
        return Err(Problem::AfterToday { today });
    }
    Ok(())
}

/// One change to one field of a pledge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub id: i64,
    pub pledge: i64,
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
    pub changed_at: String,
    pub changed_by: String,
    pub reason: Option<String>,
}

/// The supervision office's confirmation that a deadline cleared while overdue may go: a
/// record, kept like history, with who and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Confirmation {
    pub id: i64,
    pub pledge: i64,
    /// The cleared deadline it confirms.
    #[serde(with = "crate::date::strict")]
    pub deadline: NaiveDate,
    pub confirmed_at: String,
    pub confirmed_by: String,
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_round_trips_and_names_the_accepted_values() {
        for st in Status::ALL {
            assert_eq!(st.as_str().parse::<Status>(), Ok(st));
        }
        assert_eq!("in-progress".parse::<Status>(), Ok(Status::InProgress));
        assert_eq!("finished".parse::<Status>(), Err(Problem::UnknownStatus));
        assert!(Status::Stalled.is_open() && !Status::Partial.is_open());
        let open: Vec<_> = Status::open().collect();
        assert_eq!(open, [Status::Pending, Status::InProgress, Status::Stalled]);
    }

    #[test]
    fn a_note_may_be_dated_today_but_not_after() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        assert_eq!(check_note_date(today, today), Ok(()));
        let tomorrow = today.succ_opt().unwrap_or_default();
        assert_eq!(
            check_note_date(tomorrow, today),
            Err(Problem::AfterToday { today })
        );
    }

    #[test]
    fn quantities_refuse_negative_and_print_whole_numbers_plainly() {
        assert!("-1".parse::<Quantity>().is_err());
        assert!("abc".parse::<Quantity>().is_err());
        assert!("NaN".parse::<Quantity>().is_err());
        assert_eq!(
            "30".parse::<Quantity>().map(|q| q.to_string()),
            Ok("30".into())
        );
        assert_eq!(
            "1.26".parse::<Quantity>().map(|q| q.to_string()),
            Ok("1.26".into())
        );
        let json = Quantity::new(766.0)
            .ok()
            .and_then(|q| serde_json::to_string(&q).ok());
        assert_eq!(json.as_deref(), Some("766"));
    }
}
