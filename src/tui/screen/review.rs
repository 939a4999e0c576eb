//! The review of an imported letter: its drafts, what was decided of each, and the letter's
//! text laid out beside them.

use std::ops::Range;

use crate::letter::extract::{Draft, sentence_ranges};
use crate::letter::import::Import;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Open,
    Accepted,
    Rejected,
}

impl Decision {
    pub fn mark(self) -> &'static str {
        match self {
            Decision::Open => "[ ]",
            Decision::Accepted => "[✓]",
            Decision::Rejected => "[✗]",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewDraft {
    pub draft: Draft,
    pub decision: Decision,
}

/// Which side the arrow keys move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Drafts,
    Letter,
}

/// One screen line of the letter: its characters as shown, each with the byte of the
/// paragraph's character it came from (`paragraph` is `None` for the gap between paragraphs).
pub struct LetterRow {
    pub paragraph: Option<usize>,
    pub chars: Vec<(char, usize)>,
}

/// The letter's text wrapped at one width, made again only when the width or a quote changes;
/// the marks (decisions, the chosen draft, the cursor) are painted on the rows on screen when
/// drawn, so moving through the drafts does not lay the letter out again.
#[derive(Default)]
pub struct LetterLayout {
    pub width: u16,
    pub rows: Vec<LetterRow>,
    /// For each sentence of [`Review::sentences`], the line it starts on.
    pub sentence_lines: Vec<usize>,
    /// For each draft, the line its quote starts on, when the quote is found in the letter.
    pub draft_lines: Vec<Option<usize>>,
}

/// Where each draft's quote stands in the letter, kept until a quote changes: finding every
/// quote again on each key would cost a long letter's whole text per draft.
#[derive(Default)]
pub struct QuoteSpots {
    pub quotes: Vec<String>,
    /// Per draft: (paragraph, byte range) of each stretch of its quote.
    pub spots: Vec<Vec<(usize, Range<usize>)>>,
}

pub struct Review {
    pub import: Import,
    pub spots: QuoteSpots,
    pub drafts: Vec<ReviewDraft>,
    pub selected: usize,
    pub pane: Pane,
    /// Every sentence of the letter: its paragraph and byte range there.
    pub sentences: Vec<(usize, Range<usize>)>,
    /// The sentence under the letter's cursor.
    pub cursor: usize,
    /// First line of the letter on screen.
    pub scroll: usize,
    pub layout: LetterLayout,
}

impl Review {
    pub fn new(mut import: Import) -> Review {
        // The review holds the drafts from here on; the import keeps the letter.
        let drafts = std::mem::take(&mut import.drafts)
            .into_iter()
            .map(|draft| ReviewDraft {
                draft,
                decision: Decision::Open,
            })
            .collect();
        let sentences = import
            .paragraphs
            .iter()
            .enumerate()
            .flat_map(|(i, p)| sentence_ranges(p).into_iter().map(move |r| (i, r)))
            .collect();
        Review {
            import,
            spots: QuoteSpots::default(),
            drafts,
            selected: 0,
            pane: Pane::Drafts,
            sentences,
            cursor: 0,
            scroll: 0,
            layout: LetterLayout::default(),
        }
    }

    pub fn selected_draft(&self) -> Option<&ReviewDraft> {
        self.drafts.get(self.selected)
    }

    pub fn sentence(&self, n: usize) -> Option<&str> {
        let (p, range) = self.sentences.get(n)?;
        self.import.paragraphs.get(*p)?.get(range.clone())
    }

    pub fn count(&self, decision: Decision) -> usize {
        self.drafts
            .iter()
            .filter(|d| d.decision == decision)
            .count()
    }

    pub fn accepted(&self) -> Vec<&Draft> {
        self.drafts
            .iter()
            .filter(|d| d.decision == Decision::Accepted)
            .map(|d| &d.draft)
            .collect()
    }
}

/// Choosing where to cut a draft's quote in two.
pub struct SplitPick {
    pub draft: usize,
    /// Byte offsets in the quote where it may be cut.
    pub points: Vec<usize>,
    pub at: usize,
}
