//! The file `pledge export` writes and `pledge import` reads.

/// Marks a JSON file as a pledge export.
pub const FORMAT: &str = "pledge-ledger";

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A ledger's identity: the secret its request sheets are signed with, and when it was made.
/// An export carries it, so the ledger imported from it takes back the sheets sent before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    pub secret: String,
    pub made_at: String,
}

/// A row of a returned sheet that was added as a note: kept so that the same sheet collected
/// again, before or after an export and import, adds nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Collected {
    pub id: i64,
    /// The sheet's body, by id and by the name it had then.
    pub body_id: i64,
    pub body_name: String,
    #[serde(with = "crate::date::strict")]
    pub as_of: NaiveDate,
    pub pledge: i64,
    pub note: i64,
    /// SHA-256 of what the row said.
    pub answer: String,
    pub file: String,
    pub collected_at: String,
    pub collected_by: String,
}
