//! Why a value was refused, as facts: which field, what was given, what rule it broke. The
//! program's messages module words them; nothing here is a sentence.

use chrono::NaiveDate;

/// A field of a pledge, a note or a command, as a refusal names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Owner,
    Deadline,
    DeadlineText,
    Status,
    Target,
    Unit,
    Progress,
    Quote,
    Parent,
    Letter,
    Note,
    On,
    Author,
    Reason,
    Id,
    Today,
    Search,
    Limit,
    /// A target's wording as the letter gave it.
    TargetText,
    /// The member or deputy a letter answers.
    Member,
    /// 建议 or 提案.
    Kind,
    /// The 办复类别 a letter claims.
    Category,
    Contact,
    Phone,
    /// The body that reported a note's progress.
    ReportedBy,
    /// What backs a note.
    Evidence,
    /// A letter's 文号.
    Reference,
    /// The body that leads a pledge (`--lead`).
    Lead,
    /// A body that works with the lead (`--co-owner`).
    CoOwner,
    /// A body named by a `body` command or `--owner`.
    Body,
    /// Another name of a body.
    Alias,
    /// The body another body is part of (`body set --parent`).
    BodyParent,
    /// Whom to reach at a body (`body set --contact`).
    BodyContact,
}

/// The rule a value broke; each names what would have been accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not written `YYYY-MM-DD`.
    DateShape,
    /// A year before 1900 (or after 9999).
    DateYear(u32),
    /// The shape is right but the calendar has no such day (2025-02-30).
    NoSuchDay,
    /// A note dated after the day it is written.
    AfterToday { today: NaiveDate },
    /// None of the six statuses.
    UnknownStatus,
    /// Not a number at all.
    NotANumber,
    /// A number below zero, or not finite.
    NotAQuantity,
    /// A note over [`crate::model::MAX_NOTE_BYTES`].
    NoteTooLarge { bytes: usize },
    /// Empty, or only blanks, where text is needed.
    Empty,
    /// Not a whole number of 1 or more.
    NotAnId,
    /// Longer than a one-line field holds.
    TooLong { max_bytes: usize },
    /// Describes a target (its unit, its wording) where no target number is given.
    WithoutTarget,
    /// Neither 建议 nor 提案.
    UnknownKind,
    /// None of A, B, C.
    UnknownCategory,
    /// A confirmation asked of a pledge with no deadline cleared while overdue.
    NothingToConfirm,
    /// No letter has this id.
    NoSuchLetter,
    /// A change that must be explained (history asks why) given without a reason.
    ReasonNeeded(Explained),
}

/// A change history asks the reason of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Explained {
    /// A deadline the pledge had moved to another day.
    Move,
    /// A deadline the pledge had cleared.
    Clear,
    /// An open pledge closed (done, partial, dropped).
    Close,
    /// A closed pledge opened again.
    Reopen,
}

impl Problem {
    /// A stable name for the rule, where only a short token fits (a parser's own error).
    pub fn key(&self) -> &'static str {
        match self {
            Problem::DateShape => "date-shape",
            Problem::DateYear(_) => "date-year",
            Problem::NoSuchDay => "no-such-day",
            Problem::AfterToday { .. } => "after-today",
            Problem::UnknownStatus => "unknown-status",
            Problem::NotANumber => "not-a-number",
            Problem::NotAQuantity => "not-a-quantity",
            Problem::NoteTooLarge { .. } => "note-too-large",
            Problem::Empty => "empty",
            Problem::NotAnId => "not-an-id",
            Problem::TooLong { .. } => "too-long",
            Problem::WithoutTarget => "without-target",
            Problem::UnknownKind => "unknown-kind",
            Problem::UnknownCategory => "unknown-category",
            Problem::NothingToConfirm => "nothing-to-confirm",
            Problem::NoSuchLetter => "no-such-letter",
            Problem::ReasonNeeded(_) => "reason-needed",
        }
    }
}

/// The rule's stable name: serde's `try_from` and `custom` need a `Display`, and a token is
/// the one wording that belongs to no language.
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// A value refused by a rule: the field, the value as given, and the rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub field: Field,
    pub value: String,
    pub problem: Problem,
}

impl Invalid {
    pub fn new(field: Field, value: impl Into<String>, problem: Problem) -> Invalid {
        Invalid {
            field,
            value: value.into(),
            problem,
        }
    }
}
