//! A report that is tables under headings — the period report and the scorecard — and how
//! it is written as text, Markdown and HTML (and Word). Each report makes one [`Doc`] from its
//! model, worded in the report's language; CSV and JSON are written from the models
//! themselves, as machine interfaces. Such a report is held whole: it lists what happened in
//! a period or counts letters, not every open pledge, and the HTML and Word pages need it all.

mod html;
mod markdown;
mod text;

pub use html::write as write_html;
pub use markdown::write as write_markdown;
pub use text::write as write_text;

use super::svg::Chart;

/// The whole report, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// The heading; each line after the first sits under it.
    pub title: String,
    /// The HTML page's short title, printed at the top of each page.
    pub page_title: String,
    /// Labelled lines under the title: the ledger, the period, the scope.
    pub meta: Vec<(String, String)>,
    /// Drawn in HTML under the title.
    pub chart: Option<Chart>,
    pub parts: Vec<Part>,
    /// Sentences after the last part.
    pub footer: Vec<String>,
}

/// A heading and its tables, all with the same columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub heading: String,
    pub columns: Vec<Column>,
    pub groups: Vec<Group>,
    /// What the part says when it has no row.
    pub none: String,
}

/// One table of a part, under its own heading when it has one (a body's).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub heading: Option<String>,
    pub rows: Vec<Vec<String>>,
    /// A last row set apart (the totals).
    pub total: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub head: String,
    pub kind: Cell,
}

/// How a column's cells are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// A number: right-aligned, as wide as its widest cell.
    Number,
    /// A short value (a day, a status): as wide as its widest cell.
    Short,
    /// Text that wraps in what the other columns leave.
    Text,
}

impl Column {
    pub fn new(head: &str, kind: Cell) -> Column {
        Column {
            head: head.to_string(),
            kind,
        }
    }
}

impl Part {
    /// Whether the part has no row at all.
    pub fn is_empty(&self) -> bool {
        self.groups
            .iter()
            .all(|g| g.rows.is_empty() && g.total.is_none())
    }
}
