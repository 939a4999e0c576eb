//! Why a change to a review's drafts was not made: facts, worded by `messages::tui::review`.

/// Why a change to the drafts was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotDone {
    /// The letter has no drafts to act on.
    NoDrafts,
    /// The quote has no comma or full stop to cut at.
    NoSplitPoint,
    /// The last draft has no next one to merge with.
    NoNext,
    /// A sentence is chosen in the letter's pane, not the drafts'.
    NotInLetter,
    /// The letter has no sentence under the cursor.
    NoSentence,
    /// The sentence chosen is not of the letter's body (a heading, a signature, a date): the
    /// review asks before adding it.
    NotBody,
    /// One draft more than a letter may give: the letter's own refusal.
    TooMany(crate::letter::NotALetter),
}
