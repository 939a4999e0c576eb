//! A report as a Word document (.docx), written by hand: a DOCX is a small zip of XML parts,
//! and the Word crates would bring a second zip and quick-xml beside ours. Laid out as
//! GB/T 9704 sets official papers: A4, its margins, the title in 方正小标宋简体, headings in
//! 黑体, text in 仿宋_GB2312, the page number centred in the footer between dashes.
//!
//! The document is held whole while it is zipped, so a report of more than [`MAX_ROWS`] rows
//! is refused before anything is written.

mod body;
mod overdue;
mod parts;

use std::io::Write;

use super::doc::Doc;
use super::output;
use crate::error::Result;

pub use overdue::write as write_overdue;

/// The most table rows a Word report holds (some hundreds of A4 pages).
pub const MAX_ROWS: usize = 20_000;

/// Writes `d` as a .docx, or refuses it when it has more than [`MAX_ROWS`] rows.
pub fn write(d: &Doc, out: &mut dyn Write) -> Result<()> {
    let rows: usize = d
        .parts
        .iter()
        .flat_map(|p| &p.groups)
        .map(|g| g.rows.len() + usize::from(g.total.is_some()))
        .sum();
    if rows > MAX_ROWS {
        return Err(crate::error::Error::Command(
            crate::error::command::Refusal::DocxTooLong {
                rows,
                max: MAX_ROWS,
            },
        ));
    }
    let bytes = parts::package(&body::document(d))?;
    out.write_all(&bytes).map_err(output)
}

/// Text as XML character data: escaped, and every character XML 1.0 cannot hold (most C0
/// controls, U+FFFE, U+FFFF) made visible or replaced, so the part always parses.
pub(super) fn xml(s: &str) -> String {
    let mut x = String::with_capacity(s.len());
    for c in crate::text::inert(s).chars() {
        match c {
            '&' => x.push_str("&amp;"),
            '<' => x.push_str("&lt;"),
            '>' => x.push_str("&gt;"),
            '"' => x.push_str("&quot;"),
            '\t' | '\n' => x.push(c),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => x.push('\u{FFFD}'),
            _ => x.push(c),
        }
    }
    x
}

#[cfg(test)]
mod tests {
    use crate::report::doc::{Cell, Column, Doc, Group, Part};

    fn doc(rows: usize) -> Doc {
        Doc {
            title: "T\nU".into(),
            page_title: "T".into(),
            meta: vec![],
            chart: None,
            parts: vec![Part {
                heading: "H".into(),
                columns: vec![Column::new("a", Cell::Number), Column::new("b", Cell::Text)],
                groups: vec![Group {
                    heading: None,
                    rows: vec![vec!["1".into(), "x".into()]; rows],
                    total: None,
                }],
                none: "-".into(),
            }],
            footer: vec![],
        }
    }

    #[test]
    fn a_report_past_the_bound_is_refused_with_nothing_written() {
        let mut out = Vec::new();
        assert!(super::write(&doc(super::MAX_ROWS), &mut out).is_ok());
        assert!(out.starts_with(b"PK\x03\x04"));
        let mut out = Vec::new();
        let refused = super::write(&doc(super::MAX_ROWS + 1), &mut out);
        assert!(
            matches!(
                refused,
                Err(crate::error::Error::Command(
                    crate::error::command::Refusal::DocxTooLong { rows, max: super::MAX_ROWS }
                )) if rows == super::MAX_ROWS + 1
            ),
            "{refused:?}"
        );
        assert!(out.is_empty());
    }

    #[test]
    fn text_never_breaks_the_xml() {
        let x = super::xml("a<b>&\"c\u{1}\u{7}\u{FFFE}\u{1b}[31m");
        assert!(
            !x.contains(['<', '>', '\u{1}', '\u{7}', '\u{1b}', '\u{FFFE}']),
            "{x:?}"
        );
        assert!(x.starts_with("a&lt;b&gt;&amp;&quot;c"), "{x:?}");
    }
}
