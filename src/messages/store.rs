//! What the ledger says about itself: opening, upgrading, damage, busy, backups, restore.

/// Words a refusal of this face.
pub fn refusal(r: &crate::store::Refusal) -> String {
    match *r {}
}
