//! The overdue report's model: the sections a pledge falls into. Worded by the program's
//! messages; the keys are the report's machine names in CSV and JSON.

use serde::Serialize;

/// Which part of the report a pledge is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Overdue,
    DueSoon,
    NoDeadline,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Overdue, Section::DueSoon, Section::NoDeadline];

    pub fn index(self) -> usize {
        match self {
            Section::Overdue => 0,
            Section::DueSoon => 1,
            Section::NoDeadline => 2,
        }
    }

    /// The section's name in CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Section::Overdue => "overdue",
            Section::DueSoon => "due_soon",
            Section::NoDeadline => "no_deadline",
        }
    }
}
