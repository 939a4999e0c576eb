//! Which form a pledge form is and which fields it has: facts the form and its words share.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormMode {
    Edit(i64),
    Add {
        parent: Option<i64>,
    },
    /// A draft of the letter under review, by its place in the review.
    Draft(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Title,
    Owner,
    Deadline,
    DeadlineText,
    Target,
    Unit,
    TargetText,
    Status,
    Quote,
    Reason,
}

impl FieldKind {
    /// The stored field it shows, as history names it; `None` for what is not a pledge's field.
    pub fn stored(self) -> Option<&'static str> {
        Some(match self {
            FieldKind::Title => "title",
            FieldKind::Owner => "owner",
            FieldKind::Deadline => "deadline",
            FieldKind::DeadlineText => "deadline_text",
            FieldKind::Target => "target_quantity",
            FieldKind::Unit => "target_unit",
            FieldKind::TargetText => "target_text",
            FieldKind::Status => "status",
            FieldKind::Quote | FieldKind::Reason => return None,
        })
    }
}
