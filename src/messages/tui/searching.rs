//! What the screen says while a search's list is being read.

/// Beside the search as typed, until its list arrives.
pub fn searching() -> &'static str {
    crate::ts!("tui-searching-label")
}
