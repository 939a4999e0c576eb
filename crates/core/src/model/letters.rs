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

/// Where a letter's text came from, as the review says it and the ledger keeps it: a file of
/// text (plain, HTML, Word), a PDF's text layer, or OCR of a scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case", deny_unknown_fields)]
pub enum Origin {
    Text,
    PdfText {
        pages: u32,
    },
    /// `confidence`: the mean of the characters read, a whole percent.
    Ocr {
        pages: u32,
        confidence: u8,
    },
}

impl Origin {
    /// The keyword the ledger's `origin` column keeps.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Text => "text",
            Origin::PdfText { .. } => "pdf_text",
            Origin::Ocr { .. } => "ocr",
        }
    }

    /// The origin of the ledger's columns, or `None` when they do not make one.
    pub fn from_columns(kind: &str, pages: Option<i64>, confidence: Option<i64>) -> Option<Origin> {
        let pages = pages.and_then(|p| u32::try_from(p).ok());
        let confidence = confidence
            .and_then(|c| u8::try_from(c).ok())
            .filter(|c| *c <= 100);
        match (kind, pages, confidence) {
            ("text", None, None) => Some(Origin::Text),
            ("pdf_text", Some(pages), None) => Some(Origin::PdfText { pages }),
            ("ocr", Some(pages), Some(confidence)) => Some(Origin::Ocr { pages, confidence }),
            _ => None,
        }
    }

    pub fn pages(self) -> Option<u32> {
        match self {
            Origin::Text => None,
            Origin::PdfText { pages } | Origin::Ocr { pages, .. } => Some(pages),
        }
    }

    pub fn confidence(self) -> Option<u8> {
        match self {
            Origin::Ocr { confidence, .. } => Some(confidence),
            _ => None,
        }
    }
}

#[cfg(test)]
mod origin_tests {
    use super::Origin;

    #[test]
    fn an_origin_goes_to_its_columns_and_back_and_a_mismatch_is_none() {
        for o in [
            Origin::Text,
            Origin::PdfText { pages: 3 },
            Origin::Ocr {
                pages: 2,
                confidence: 87,
            },
        ] {
            let back = Origin::from_columns(
                o.as_str(),
                o.pages().map(i64::from),
                o.confidence().map(i64::from),
            );
            assert_eq!(back, Some(o));
        }
        assert_eq!(Origin::from_columns("ocr", Some(2), None), None);
        assert_eq!(Origin::from_columns("pdf_text", Some(-1), None), None);
        assert_eq!(Origin::from_columns("ocr", Some(1), Some(101)), None);
    }
}
