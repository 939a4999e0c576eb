//! What the report says beside an item's title when its deadline moved, or was cleared while
//! overdue and awaits the supervision office's confirmation.

use std::borrow::Cow;

use crate::messages::letters as words;
use crate::report::Item;

/// The item's title, with its marks when it has any.
pub fn title(i: &Item) -> Cow<'_, str> {
    let mut marks = Vec::new();
    if let Some(d) = i.cleared_deadline.filter(|_| i.deadline.is_none()) {
        marks.push(words::cleared(d));
    }
    if let Some(m) = i.moved {
        marks.push(words::moved(m.times, m.originally));
    }
    if marks.is_empty() {
        return Cow::Borrowed(&i.title);
    }
    Cow::Owned(words::title_marked(&i.title, &marks))
}
