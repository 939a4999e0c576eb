//! What the bodies and letters screens hold: rows counted by the store's aggregate queries
//! (never every pledge), one letter's text with its pledges' quotes, and the filter menu's
//! owner field with its completions.

use crate::body::Standing;
use crate::model::Letter;
use crate::report::background::Background;
use crate::request::LetterRow;
use crate::tui::input::TextInput;
use crate::tui::layout::letter::{self, LetterLayout, QuoteSpots};

/// Rows of a table screen: which is chosen and the first on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rows {
    pub selected: usize,
    pub offset: usize,
}

impl Rows {
    /// Keeps the chosen row among the `cap` rows on screen, and both within `len` rows.
    pub fn keep_in_view(&mut self, len: usize, cap: usize) {
        let cap = cap.max(1);
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + cap {
            self.offset = self.selected + 1 - cap;
        }
        self.offset = self.offset.min(len.saturating_sub(cap));
    }
}

/// Every body with how its pledges stand, the most overdue first.
pub struct BodiesView {
    pub rows: Vec<Standing>,
    pub at: Rows,
    /// The read under way on a thread of its own, if any.
    pub reading: Option<Background<Vec<Standing>>>,
    /// Whether a read has arrived: until then the screen says it reads.
    pub shown: bool,
}

/// Every letter with its pledges counted.
pub struct LettersView {
    pub rows: Vec<LetterRow>,
    pub at: Rows,
}

impl LettersView {
    pub fn selected(&self) -> Option<&LetterRow> {
        self.rows.get(self.at.selected)
    }
}

/// A pledge of the letter, as its quote is marked and named.
pub struct Quoted {
    pub id: i64,
    pub title: String,
    pub quote: String,
}

/// One letter: its text as paragraphs, each pledge's quote found in it, and the quote chosen.
pub struct LetterView {
    pub row: LetterRow,
    pub letter: Letter,
    pub paragraphs: Vec<String>,
    /// The letter's pledges that have a quote, in id order (the letter's order).
    pub pledges: Vec<Quoted>,
    pub spots: QuoteSpots,
    pub layout: LetterLayout,
    /// The pledges whose quote is found, in the order their quotes stand in the letter.
    pub order: Vec<usize>,
    /// Which of `order` is chosen, once `n` or Tab is pressed.
    pub current: Option<usize>,
    pub scroll: usize,
}

impl LetterView {
    pub fn new(row: LetterRow, letter: Letter, pledges: Vec<Quoted>) -> LetterView {
        let paragraphs = crate::letter::normalize::paragraphs(&letter.body);
        let quotes = pledges.iter().map(|p| p.quote.as_str()).collect();
        let spots = letter::spots(&paragraphs, &QuoteSpots::default(), quotes);
        LetterView {
            row,
            letter,
            paragraphs,
            pledges,
            spots,
            layout: LetterLayout::default(),
            order: Vec::new(),
            current: None,
            scroll: 0,
        }
    }

    /// Lays the text out for a pane `width` wide (borders included), again only when the width
    /// changed, and orders the quotes found by where they stand.
    pub fn lay_out(&mut self, width: u16) {
        if self.layout.width == width && !self.layout.rows.is_empty() {
            return;
        }
        self.layout = LetterLayout::new(&self.paragraphs, &[], &self.spots, width);
        let mut found: Vec<(usize, usize)> = self
            .layout
            .draft_lines
            .iter()
            .enumerate()
            .filter_map(|(i, line)| line.map(|l| (l, i)))
            .collect();
        found.sort_unstable();
        self.order = found.into_iter().map(|(_, i)| i).collect();
    }

    /// The chosen pledge, when a quote is chosen.
    pub fn chosen(&self) -> Option<&Quoted> {
        let i = *self.order.get(self.current?)?;
        self.pledges.get(i)
    }

    /// Chooses the next (`forward`) or previous quote, wrapping; keeps it among the `page`
    /// lines of text on screen.
    pub fn step(&mut self, forward: bool, page: usize) {
        let n = self.order.len();
        if n == 0 {
            return;
        }
        let next = match (self.current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.current = Some(next);
        let line = self
            .order
            .get(next)
            .and_then(|&i| self.layout.draft_lines.get(i).copied().flatten());
        if let Some(line) = line
            && (line < self.scroll || line >= self.scroll + page)
        {
            self.scroll = line.saturating_sub(page / 3);
        }
        self.scroll = self.scroll.min(self.max_scroll(page));
    }

    pub fn max_scroll(&self, page: usize) -> usize {
        self.layout.rows.len().saturating_sub(page)
    }
}

/// The filter menu's rows, the owner's last: there keys type into it.
pub const FILTER_ROWS: usize = 3;
pub const OWNER_ROW: usize = FILTER_ROWS - 1;

/// The most completions kept for the owner field: enough to choose from, bounded whatever the
/// ledger holds.
pub const MAX_MATCHES: usize = 50;

/// The filter menu's owner field: typed, completed over every body's names.
pub struct OwnerField {
    pub input: TextInput,
    /// Every body's name and aliases, read when the menu opens.
    pub names: Vec<String>,
    /// Indexes into `names` of those the text matches, those it begins first.
    pub matches: Vec<usize>,
    /// The match chosen with Up/Down, if any.
    pub choice: Option<usize>,
}

impl OwnerField {
    pub fn new(text: &str, names: Vec<String>) -> OwnerField {
        let mut field = OwnerField {
            input: TextInput::single(text),
            names,
            matches: Vec::new(),
            choice: None,
        };
        field.rematch();
        field
    }

    /// The names the text matches: those it begins, then those it is in, each in name order;
    /// none while the field is blank.
    pub fn rematch(&mut self) {
        self.choice = None;
        let typed = self.input.text().trim().to_lowercase();
        self.matches.clear();
        if typed.is_empty() {
            return;
        }
        let mut hits: Vec<(bool, &str, usize)> = self
            .names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                let lower = n.to_lowercase();
                lower
                    .contains(&typed)
                    .then(|| (!lower.starts_with(&typed), n.as_str(), i))
            })
            .collect();
        hits.sort_unstable();
        self.matches = hits
            .into_iter()
            .take(MAX_MATCHES)
            .map(|(_, _, i)| i)
            .collect();
    }

    pub fn matched(&self, k: usize) -> Option<&str> {
        self.names.get(*self.matches.get(k)?).map(String::as_str)
    }

    /// The name Enter applies: the chosen match, else what is typed.
    pub fn wanted(&self) -> String {
        self.choice
            .and_then(|c| self.matched(c))
            .map_or_else(|| self.input.text().trim().to_string(), str::to_string)
    }

    /// Tab: the chosen match, else the first, written into the field.
    pub fn complete(&mut self) {
        let Some(name) = self.matched(self.choice.unwrap_or(0)).map(str::to_string) else {
            return;
        };
        self.input = TextInput::single(&name);
        self.rematch();
    }
}
