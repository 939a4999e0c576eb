//! The fields of `pledge show`'s page: facts the page and its words share.

/// A field of `pledge show`'s page, as its label names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Status,
    Owner,
    Deadline,
    Target,
    Progress,
    PartOf,
    SubItems,
    Created,
    Updated,
}
