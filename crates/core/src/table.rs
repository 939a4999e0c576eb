//! Plain-text tables aligned by display width, so Chinese columns line up: columns sized by
//! their widest cell ([`Widths`]), or laid out to a page before any row ([`Grid`]).

use crate::text;

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

/// Blank display columns between two columns.
const GAP: usize = 2;

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
            *w = (*w).max(text::inert_line_width(cell));
        }
    }

    /// Widens the columns to cells of these widths (each as [`text::inert_line_width`]
    /// measures it): for a caller that knows a cell's width without writing the cell.
    pub fn widen(&mut self, widths: &[usize]) {
        for (w, &cell) in self.0.iter_mut().zip(widths) {
            *w = (*w).max(cell);
        }
    }

    /// Each column's widest cell, then flexible columns cut (widest first) until the table
    /// fits `max_width`.
    pub fn fit(self, columns: &[Column], max_width: Option<usize>) -> Layout<'_> {
        let mut widths = self.0;
        if let Some(max) = max_width {
            let total = |w: &[usize]| w.iter().sum::<usize>() + GAP * w.len().saturating_sub(1);
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
        // Fixed widths on a page wide enough for them: lines are written as any grid's.
        let specs = columns
            .iter()
            .zip(&widths)
            .map(|(c, &w)| Spec::fixed(w, c.align).after(GAP))
            .collect();
        Layout {
            columns,
            fitted: Grid::new(specs).fit(usize::MAX),
        }
    }
}

/// Fixed column widths: turns one row at a time into one line.
pub struct Layout<'a> {
    columns: &'a [Column],
    fitted: Fitted,
}

impl Layout<'_> {
    /// The header line, ending in a line break.
    pub fn header(&self) -> String {
        let header: Vec<Piece> = self.columns.iter().map(|c| Piece::from(c.header)).collect();
        let mut out = String::new();
        self.fitted.push_line(&mut out, &header);
        out
    }

    /// One row as a line ending in a line break, trailing spaces trimmed; a cell wider than
    /// its column is cut with `…`.
    pub fn line(&self, row: Vec<String>) -> String {
        let cells: Vec<Piece> = row.iter().map(Piece::from).collect();
        let mut out = String::with_capacity(self.fitted.total() * 2 + 16);
        self.fitted.push_line(&mut out, &cells);
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
