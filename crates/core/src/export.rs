//! The file `pledge export` writes and `pledge import` reads.

/// Marks a JSON file as a pledge export.
pub const FORMAT: &str = "pledge-ledger";
