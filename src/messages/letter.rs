//! The letter importer's words: what it found, what it refused, the review's verdicts.

/// Words a refusal of this face.
pub fn refusal(r: &crate::letter::Refusal) -> String {
    match *r {}
}
