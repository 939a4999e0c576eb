//! Which form a pledge form is and which fields it has: facts the form and its words share.

use crate::problem::Field;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormMode {
    Edit(i64),
    Add {
        parent: Option<i64>,
    },
    /// A draft of the letter under review, by its place in the review.
    Draft(usize),
    /// Why a status is set that closes a pledge or reopens one: the picker asks here.
    Status {
        id: i64,
        status: crate::model::Status,
        seen: crate::model::Status,
    },
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
    /// The field a refusal names when it is about this one.
    pub fn field(self) -> Field {
        match self {
            FieldKind::Title => Field::Title,
            FieldKind::Owner => Field::Owner,
            FieldKind::Deadline => Field::Deadline,
            FieldKind::DeadlineText => Field::DeadlineText,
            FieldKind::Target => Field::Target,
            FieldKind::Unit => Field::Unit,
            FieldKind::TargetText => Field::TargetText,
            FieldKind::Status => Field::Status,
            FieldKind::Quote => Field::Quote,
            FieldKind::Reason => Field::Reason,
        }
    }

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
