//! What a reply letter says of itself beyond who wrote to whom: 建议 or 提案, the 办复类别 it
//! claims, the member it answers and whom to ask.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::problem::Problem;

/// Whether a letter answers a deputy's 建议 (people's congress) or a member's 提案 (CPPCC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    Suggestion,
    Proposal,
}

impl LetterKind {
    pub const ALL: [LetterKind; 2] = [LetterKind::Suggestion, LetterKind::Proposal];

    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::Suggestion => "suggestion",
            LetterKind::Proposal => "proposal",
        }
    }

    /// The word a letter prints: 建议 or 提案.
    pub fn word(self) -> &'static str {
        match self {
            LetterKind::Suggestion => "建议",
            LetterKind::Proposal => "提案",
        }
    }
}

impl FromStr for LetterKind {
    type Err = Problem;
    fn from_str(s: &str) -> Result<Self, Problem> {
        let s = s.trim();
        LetterKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s || k.word() == s)
            .ok_or(Problem::UnknownKind)
    }
}

/// The 办复类别 a letter claims: A solved or mostly solved, B being solved or planned, C cannot
/// be solved now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    A,
    B,
    C,
}

impl Category {
    pub const ALL: [Category; 3] = [Category::A, Category::B, Category::C];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::A => "A",
            Category::B => "B",
            Category::C => "C",
        }
    }
}

impl FromStr for Category {
    type Err = Problem;
    fn from_str(s: &str) -> Result<Self, Problem> {
        let s = s.trim().trim_end_matches('类');
        Category::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s))
            .ok_or(Problem::UnknownCategory)
    }
}

/// A letter's metadata beyond who wrote to whom: the member or deputy, 建议 or 提案, the
/// category claimed, and whom to ask.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterMeta {
    #[serde(default)]
    pub member: Option<String>,
    #[serde(default)]
    pub kind: Option<LetterKind>,
    #[serde(default)]
    pub category: Option<Category>,
    #[serde(default)]
    pub contact: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}
