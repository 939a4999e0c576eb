//! Plain-text tables aligned by display width, so Chinese columns line up: columns sized by
//! their widest cell ([`Widths`]), or laid out to a page before any row ([`Grid`]).

use crate::text::{self, fit, fit_right, inert_line};

mod grid;
pub use grid::{Fitted, Grid, Piece, Spec, Width};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub align: Align,
    /// Narrowest this column may be cut to when the table must fit a width; `None` never cuts.
    pub shrink_to: Option<usize>,
}

impl Column {
    pub const fn left(header: &'static str) -> Column {
        Column {
            header,
            align: Align::Left,
            shrink_to: None,
        }
    }

    pub const fn right(header: &'static str) -> Column {
        Column {
            header,
            align: Align::Right,
            shrink_to: None,
        }
    }

    pub const fn flexible(header: &'static str, shrink_to: usize) -> Column {
        Column {
            header,
            align: Align::Left,
            shrink_to: Some(shrink_to),
        }
    }
}

const GAP: &str = "  ";

/// A cell made inert, with its display width measured once.
struct Cell {
    text: String,
    width: usize,
}

impl Cell {
    fn new(s: String) -> Cell {
        // Most cells need no change: keep their text rather than copy it.
        let text = match inert_line(&s) {
            std::borrow::Cow::Borrowed(_) => s,
            std::borrow::Cow::Owned(changed) => changed,
        };
        let width = text::width(&text);
        Cell { text, width }
    }

    /// Appends the cell in exactly `cols` columns: cut with `…` if wider, padded if narrower.
    fn push(&self, out: &mut String, cols: usize, align: Align) {
        if self.width > cols {
            out.push_str(&match align {
                Align::Left => fit(&self.text, cols),
                Align::Right => fit_right(&self.text, cols),
            });
            return;
        }
        let pad = std::iter::repeat_n(' ', cols - self.width);
        match align {
            Align::Left => {
                out.push_str(&self.text);
                out.extend(pad);
            }
            Align::Right => {
                out.extend(pad);
                out.push_str(&self.text);
            }
        }
    }
}

/// Column widths measured one row at a time, so a table of any length is laid out without
/// holding its rows: measure every row, then [`Widths::fit`], then write lines.
#[derive(Debug, Clone)]
pub struct Widths(Vec<usize>);

impl Widths {
    /// The headers' widths, before any row.
    pub fn new(columns: &[Column]) -> Widths {
        Widths(columns.iter().map(|c| text::width(c.header)).collect())
    }

    /// Widens the columns to fit this row's cells, as they will be printed (made inert).
    pub fn measure(&mut self, row: &[String]) {
        for (w, cell) in self.0.iter_mut().zip(row) {
            *w = (*w).max(text::width(&inert_line(cell)));
        }
    }

    /// Each column's widest cell, then flexible columns cut (widest first) until the table
    /// fits `max_width`.
    pub fn fit(self, columns: &[Column], max_width: Option<usize>) -> Layout<'_> {
        let mut widths = self.0;
        if let Some(max) = max_width {
            let total =
                |w: &[usize]| w.iter().sum::<usize>() + GAP.len() * w.len().saturating_sub(1);
            while total(&widths) > max {
                let widest = columns
                    .iter()
                    .enumerate()
                    .filter_map(|(i, c)| c.shrink_to.filter(|&min| widths[i] > min).map(|_| i))
                    .max_by_key(|&i| widths[i]);
                match widest {
                    Some(i) => widths[i] -= 1,
                    None => break,
                }
            }
        }
        Layout { columns, widths }
    }
}

/// Fixed column widths: turns one row at a time into one line.
pub struct Layout<'a> {
    columns: &'a [Column],
    widths: Vec<usize>,
}

impl Layout<'_> {
    /// The header line, ending in a line break.
    pub fn header(&self) -> String {
        let header: Vec<String> = self.columns.iter().map(|c| c.header.to_string()).collect();
        self.line(header)
    }

    /// One row as a line ending in a line break, trailing spaces trimmed; a cell wider than
    /// its column is cut with `…`.
    pub fn line(&self, row: Vec<String>) -> String {
        let mut out = String::with_capacity(self.widths.iter().sum::<usize>() * 2 + 16);
        for (n, ((c, &w), cell)) in self.columns.iter().zip(&self.widths).zip(row).enumerate() {
            if n > 0 {
                out.push_str(GAP);
            }
            Cell::new(cell).push(&mut out, w, c.align);
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table as text: a header, then one line per row, each ending in a line break;
    /// trailing spaces trimmed.
    fn render(columns: &[Column], rows: Vec<Vec<String>>, max_width: Option<usize>) -> String {
        let mut widths = Widths::new(columns);
        for row in &rows {
            widths.measure(row);
        }
        let layout = widths.fit(columns, max_width);
        let mut out = layout.header();
        for row in rows {
            out.push_str(&layout.line(row));
        }
        out
    }

    #[test]
    fn chinese_cells_share_column_boundaries() {
        let cols = [
            Column::right("ID"),
            Column::flexible("TITLE", 6),
            Column::left("OWNER"),
        ];
        let rows = vec![
            vec![
                "1".into(),
                "建设氧化镓功率器件省重点实验室".into(),
                "吉林省科学技术厅".into(),
            ],
            vec!["20".into(), "ab".into(), "省科研院".into()],
        ];
        let text = render(&cols, rows, Some(40));
        let lines: Vec<&str> = text.lines().collect();
        let owner_col: Vec<usize> = lines
            .iter()
            .map(|l| {
                let owner = ["OWNER", "吉林", "省科研院"]
                    .iter()
                    .find_map(|o| l.find(o))
                    .unwrap_or(0);
                text::width(&l[..owner])
            })
            .collect();
        assert!(owner_col.windows(2).all(|w| w[0] == w[1]), "{lines:#?}");
        assert!(lines.iter().all(|l| text::width(l) <= 40), "{lines:#?}");
        assert!(lines[1].contains('…'));
    }
}
