//! What a ledger answers beyond the model's own types: counts for a header, and the rows of
//! the overdue report.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::Pledge;

/// Counts for a header line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub total: i64,
    pub open: i64,
    pub overdue: i64,
    pub done: i64,
    /// The largest id, so an id column can be sized without reading every row.
    pub max_id: i64,
}

/// What the report says of a letter: no body, which can be long.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterRef {
    pub issuer: String,
    pub addressee: String,
    pub title: String,
    #[serde(with = "crate::date::strict")]
    pub issued_on: NaiveDate,
    /// Claimed versus kept: it claims A类 while some of its pledges are overdue or dropped.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub claim_not_kept: bool,
}

/// An open pledge and the latest note written about it on or before the as-of day (a
/// withdrawn note does not count).
#[derive(Debug, Clone, PartialEq)]
pub struct OpenPledge {
    pub pledge: Pledge,
    pub last_note: Option<(NaiveDate, String)>,
    /// The latest note's reporting body and evidence, when it names them.
    pub last_note_by: Option<String>,
    pub last_note_evidence: Option<String>,
    /// The body whose section of the report this row is in (none: a pledge with no link,
    /// shown under its owner text) and its part in the pledge. A pledge comes once per
    /// body linked to it.
    pub body: Option<String>,
    pub role: crate::body::Role,
    /// The pledge's first row: the one its section's count of pledges takes.
    pub first: bool,
}
