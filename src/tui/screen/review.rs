//! The review of an imported letter: its drafts, what was decided of each, and the letter's
//! text laid out beside them.

pub mod decision;
mod drafts;
pub mod not_done;

pub use decision::Decision;
pub use not_done::NotDone;

use std::ops::Range;

use crate::letter::extract::{Draft, sentence_ranges};
use crate::letter::import::Import;
use crate::tui::layout::letter::{self, LetterLayout, QuoteSpots};
use crate::tui::layout::{inside, letter_pane};

/// The least score at which a draft starts accepted: it stands in a next-steps part and says
/// what will be done. Below it a draft starts undecided and is marked as doubtful.
pub const ACCEPT: i32 = 6;

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewDraft {
    pub draft: Draft,
    pub decision: Decision,
}

impl ReviewDraft {
    /// A draft as the importer found it: accepted when its score is high enough.
    pub fn found(draft: Draft) -> ReviewDraft {
        let decision = if draft.score >= ACCEPT {
            Decision::Accepted
        } else {
            Decision::Open
        };
        ReviewDraft { draft, decision }
    }

    /// Whether the draft is still open and scored below [`ACCEPT`]: it needs a closer look.
    pub fn doubtful(&self) -> bool {
        self.decision == Decision::Open && self.draft.score < ACCEPT
    }
}

/// In which order the drafts are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    #[default]
    Letter,
    Score,
}

/// Which side the arrow keys move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Drafts,
    Letter,
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
    pub order: Order,
    /// Which letter of a batch this is (from 1) and how many the batch holds.
    pub batch: Option<(usize, usize)>,
    /// What OCR was unsure of: (paragraph, byte range), marked for checking against the paper.
    pub doubtful: Vec<(usize, Range<usize>)>,
}

impl Review {
    pub fn new(mut import: Import) -> Review {
        // The review holds the drafts from here on; the import keeps the letter.
        let drafts = std::mem::take(&mut import.drafts)
            .into_iter()
            .map(ReviewDraft::found)
            .collect();
        let sentences = import
            .paragraphs
            .iter()
            .enumerate()
            .flat_map(|(i, p)| sentence_ranges(p).into_iter().map(move |r| (i, r)))
            .collect();
        let doubtful =
            pledge_core::letter::layout::doubtful_spots(&import.paragraphs, &import.doubtful);
        Review {
            import,
            doubtful,
            spots: QuoteSpots::default(),
            drafts,
            selected: 0,
            pane: Pane::Drafts,
            sentences,
            cursor: 0,
            scroll: 0,
            layout: LetterLayout::default(),
            order: Order::Letter,
            batch: None,
        }
    }

    /// Lines of the letter on screen for a terminal of `size`: a page of scrolling.
    pub fn page(size: (u16, u16)) -> usize {
        inside(letter_pane(size))
    }

    /// Lays the letter out at its pane's width (again only when the width or a quote changed)
    /// and keeps what is chosen on screen.
    pub fn lay_out(&mut self, size: (u16, u16)) {
        let width = letter_pane(size).width;
        let quotes: Vec<&str> = self.drafts.iter().map(|d| d.draft.quote.as_str()).collect();
        let moved = self.spots.quotes != quotes;
        if moved {
            self.spots = letter::spots(&self.import.paragraphs, &self.spots, quotes);
        }
        if moved || self.layout.width != width || self.layout.rows.is_empty() {
            self.layout =
                LetterLayout::new(&self.import.paragraphs, &self.sentences, &self.spots, width);
        }
        let page = Review::page(size);
        let line = match self.pane {
            Pane::Drafts => self
                .layout
                .draft_lines
                .get(self.selected)
                .copied()
                .flatten(),
            Pane::Letter => self.layout.sentence_lines.get(self.cursor).copied(),
        };
        if let Some(line) = line
            && (line < self.scroll || line >= self.scroll + page)
        {
            self.scroll = line.saturating_sub(page / 3);
        }
        let max = self.layout.rows.len().saturating_sub(page);
        self.scroll = self.scroll.min(max);
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
