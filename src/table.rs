//! Plain-text tables aligned by display width, so Chinese columns line up.

use crate::text::{self, fit, fit_right, inert_line};

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
    fn new(s: &str) -> Cell {
        let text = inert_line(s).into_owned();
        let width = text::width(&text);
        Cell { text, width }
    }

    /// The cell in exactly `cols` columns: cut with `…` if wider, padded if narrower.
    fn fit(&self, cols: usize, align: Align) -> String {
        if self.width > cols {
            return match align {
                Align::Left => fit(&self.text, cols),
                Align::Right => fit_right(&self.text, cols),
            };
        }
        let pad = " ".repeat(cols - self.width);
        match align {
            Align::Left => format!("{}{pad}", self.text),
            Align::Right => format!("{pad}{}", self.text),
        }
    }
}

/// Column widths: each column's widest cell, then flexible columns cut (widest first) until
/// the table fits `max_width`.
fn widths(columns: &[Column], rows: &[Vec<Cell>], max_width: Option<usize>) -> Vec<usize> {
    let mut widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|cell| cell.width)
                .chain([text::width(c.header)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let Some(max) = max_width else { return widths };
    let total = |w: &[usize]| w.iter().sum::<usize>() + GAP.len() * w.len().saturating_sub(1);
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
    widths
}

/// The table as lines: a header, then one line per row; trailing spaces trimmed.
pub fn render(columns: &[Column], rows: &[Vec<String>], max_width: Option<usize>) -> Vec<String> {
    let rows: Vec<Vec<Cell>> = rows
        .iter()
        .map(|r| r.iter().map(|c| Cell::new(c)).collect())
        .collect();
    let widths = widths(columns, &rows, max_width);
    let line = |cells: &[Cell]| -> String {
        let parts: Vec<String> = columns
            .iter()
            .zip(&widths)
            .zip(cells)
            .map(|((c, &w), cell)| cell.fit(w, c.align))
            .collect();
        parts.join(GAP).trim_end().to_string()
    };
    let header: Vec<Cell> = columns.iter().map(|c| Cell::new(c.header)).collect();
    let mut out = vec![line(&header)];
    out.extend(rows.iter().map(|r| line(r)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let lines = render(&cols, &rows, Some(40));
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
