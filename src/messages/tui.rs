//! The full-screen view's titles, column heads, hints, forms and popups.

/// Words a refusal of this face.
pub fn refusal(r: &crate::tui::Refusal) -> String {
    match *r {}
}
