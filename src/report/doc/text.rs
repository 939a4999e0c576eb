//! A [`Doc`] as printable text: every table of a part on one set of columns, aligned by
//! display width, nothing wider than the page.

use std::io::Write;

use super::{Cell, Doc, Part};
use crate::error::Result;
use crate::report::output;
use crate::table::{Align, Fitted, Grid, Piece, Spec};
use crate::text::{inert_line, truncate, width, wrap, wrap_first};

const INDENT: &str = "  ";
const GAP: usize = 2;
/// Lines a wrapped cell may take before it is cut with `…`.
const MAX_CELL_LINES: usize = 3;

/// Writes the document as text `page` display columns wide (at least the report minimum).
pub fn write(d: &Doc, page: usize, out: &mut dyn Write) -> Result<()> {
    let page = page.max(crate::report::MIN_WIDTH);
    let mut t = String::new();
    for line in d.title.lines() {
        push(&mut t, line);
    }
    let cols = d.meta.iter().map(|(l, _)| width(l)).max().unwrap_or(0)
        + width(crate::messages::report::label_gap());
    for (label, value) in &d.meta {
        let head = format!("{label}{}", " ".repeat(cols.saturating_sub(width(label))));
        for (n, l) in wrap(&inert_line(value), page.saturating_sub(cols).max(10))
            .into_iter()
            .enumerate()
        {
            let lead = if n == 0 {
                head.clone()
            } else {
                " ".repeat(cols)
            };
            push(&mut t, &format!("{lead}{l}"));
        }
    }
    for part in &d.parts {
        push(&mut t, "");
        push(&mut t, &inert_line(&part.heading));
        if part.is_empty() {
            push(&mut t, &format!("{INDENT}{}", part.none));
            continue;
        }
        let fitted = grid(part).fit(page);
        for g in &part.groups {
            if let Some(h) = &g.heading {
                push(&mut t, "");
                for l in wrap(&inert_line(h), page) {
                    push(&mut t, &l);
                }
            }
            let heads: Vec<Piece> = part
                .columns
                .iter()
                .map(|c| Piece::from(c.head.as_str()))
                .collect();
            fitted.push_line(&mut t, &heads);
            for row in g.rows.iter().chain(&g.total) {
                table_row(&mut t, part, &fitted, row);
            }
        }
        out.write_all(t.as_bytes()).map_err(output)?;
        t.clear();
    }
    if !d.footer.is_empty() {
        push(&mut t, "");
    }
    for f in &d.footer {
        for l in wrap(&inert_line(f), page.saturating_sub(INDENT.len())) {
            push(&mut t, &format!("{INDENT}{l}"));
        }
    }
    out.write_all(t.as_bytes()).map_err(output)
}

fn push(out: &mut String, line: &str) {
    out.push_str(line);
    out.push('\n');
}

/// The part's columns: short ones as wide as their widest cell or heading, text ones sharing
/// what is left.
fn grid(part: &Part) -> Grid {
    let specs = part
        .columns
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let cells = part
                .groups
                .iter()
                .flat_map(|g| g.rows.iter().chain(&g.total))
                .filter_map(|r| r.get(n));
            let widest = || {
                cells
                    .map(|s| width(&inert_line(s)))
                    .chain([width(&c.head)])
                    .max()
                    .unwrap_or(0)
            };
            let spec = match c.kind {
                Cell::Number => Spec::fixed(widest(), Align::Right),
                Cell::Short => Spec::fixed(widest(), Align::Left),
                Cell::Text => Spec::rest(Align::Left),
            };
            if n == 0 {
                spec.after(0)
            } else {
                spec.after(GAP)
            }
        })
        .collect();
    Grid {
        specs,
        indent: INDENT.len(),
        room: 0,
        floor: 20,
    }
}

/// One row over as many lines as its text cells wrap to.
fn table_row(out: &mut String, part: &Part, w: &Fitted, row: &[String]) {
    let cells: Vec<Vec<String>> = part
        .columns
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let text = inert_line(row.get(n).map_or("", String::as_str)).into_owned();
            match c.kind {
                Cell::Text => wrapped(&text, w.width(n).unwrap_or(0)),
                _ => vec![text],
            }
        })
        .collect();
    let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    for l in 0..lines {
        let pieces: Vec<Piece> = cells
            .iter()
            .map(|c| Piece::from(c.get(l).map_or("", String::as_str)))
            .collect();
        w.push_line(out, &pieces);
    }
}

/// A cell wrapped to its column, at most a few lines, the last cut with `…` if need be.
fn wrapped(text: &str, cols: usize) -> Vec<String> {
    let mut lines = wrap_first(text, cols.max(1), MAX_CELL_LINES + 1);
    if lines.len() > MAX_CELL_LINES {
        lines.truncate(MAX_CELL_LINES);
        if let Some(last) = lines.last_mut() {
            *last = truncate(&format!("{last}…"), cols).into_owned();
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    lines
}
