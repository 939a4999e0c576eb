//! One owner's table of the text report, laid out through the core's [`Grid`]: every table of
//! a report shares its column widths, so all rows line up down the page.

use super::{INDENT, Painter, last_note_text};
use crate::messages::report as words;
use crate::report::{Item, Section, Summary};
use crate::table::{Align, Fitted, Grid, Piece, Spec};
use crate::text::{inert_line, truncate, width, wrap_first};

/// Blank display columns between two columns.
pub(super) const GAP: usize = 2;
/// Lines a wrapped cell may take before it is cut with `…`.
const MAX_CELL_LINES: usize = 3;
/// The title and the last note together never get less than this.
const FLEX_FLOOR: usize = 20;

/// The columns that wrap, by position.
const TITLE: usize = 1;
const NOTE: usize = 6;

/// The report's columns: id, title, deadline, days, status, progress, last note; the fixed ones
/// as wide as the report's widest cell needs, the last note 2/5 of what they leave and the
/// title the rest.
fn grid(r: &Summary) -> Grid {
    // A fixed column is as wide as its widest heading in any section, and at least as the
    // English report has always made it.
    let heads = Section::ALL.map(words::text_headings);
    let head = |n: usize| heads.iter().map(|h| width(h[n])).max().unwrap_or(0);
    let statuses = r.statuses.iter().map(|s| width(words::status(*s)));
    let id = r.columns.id.max(2).max(head(0));
    let progress = r.columns.progress.clamp(8, 12).max(head(5));
    let status = statuses.max().unwrap_or(0).max(6).max(head(4));
    let (deadline, days) = (10.max(head(2)), 5.max(head(3)));
    let spec = |s: Spec| s.after(GAP);
    Grid {
        specs: vec![
            Spec::fixed(id, Align::Right),
            spec(Spec::rest(Align::Left)),
            spec(Spec::fixed(deadline, Align::Left)),
            spec(Spec::fixed(days, Align::Right)),
            spec(Spec::fixed(status, Align::Left)),
            spec(Spec::fixed(progress, Align::Right)),
            spec(Spec::share(2, 5, 0, usize::MAX, Align::Left)),
        ],
        indent: INDENT.len(),
        room: 0,
        floor: FLEX_FLOOR,
    }
}

/// Column widths shared by every table of the report on a page `page` columns wide.
pub(super) fn widths(r: &Summary, page: usize) -> Fitted {
    grid(r).fit(page)
}

/// A cell wrapped to its column, at most a few lines, the last cut with `…` if need be.
fn wrapped(text: &str, cols: usize) -> Vec<String> {
    let mut lines = wrap_first(&inert_line(text), cols, MAX_CELL_LINES + 1);
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

/// Appends one owner's table: its heading row, then each item over as many lines as its
/// title or last note wraps to.
pub(super) fn table(out: &mut String, s: Section, items: &[Item], w: &Fitted, p: &Painter) {
    heading_row(out, s, w, p);
    item_rows(out, s, items, w, p);
}

/// A table's heading row.
pub(super) fn heading_row(out: &mut String, s: Section, w: &Fitted, p: &Painter) {
    let heads: Vec<Piece> = words::text_headings(s).map(Piece::from).to_vec();
    let mut head = String::new();
    w.push_line(&mut head, &heads);
    head.pop();
    out.push_str(&p.paint(&head, "1"));
    out.push('\n');
}

/// A table's rows for `items`: each over as many lines as its title or last note wraps to.
pub(super) fn item_rows(out: &mut String, s: Section, items: &[Item], w: &Fitted, p: &Painter) {
    let (title_w, note_w) = (w.width(TITLE).unwrap_or(0), w.width(NOTE).unwrap_or(0));
    let late = s == Section::Overdue && p.color;
    for i in items {
        let title = wrapped(
            &crate::messages::bodies::marked_title(&super::super::marks::title(i), i.role),
            title_w,
        );
        let note = wrapped(&last_note_text(i), note_w);
        let id = i.id.to_string();
        let deadline = i.deadline.map(crate::date::format).unwrap_or_default();
        let days = i.days().map(|d| d.to_string()).unwrap_or_default();
        let progress = inert_line(&i.progress_text);
        for n in 0..title.len().max(note.len()) {
            let first = n == 0;
            let days = first_only(first, &days);
            let days = match p.late() {
                Some((open, close)) if late && !days.is_empty() => Piece::around(days, open, close),
                _ => Piece::from(days),
            };
            let cells = [
                Piece::from(first_only(first, &id)),
                Piece::from(title.get(n).map_or("", String::as_str)),
                Piece::from(first_only(first, &deadline)),
                days,
                Piece::from(first_only(first, words::status(i.status))),
                Piece::from(first_only(first, &progress)),
                Piece::from(note.get(n).map_or("", String::as_str)),
            ];
            w.push_line(out, &cells);
        }
    }
}

/// `s` on an item's first line, blank on the lines its wrapped cells add.
fn first_only(first: bool, s: &str) -> &str {
    if first { s } else { "" }
}
