//! The printable text report: every table aligned by display width, nothing wider than the page.

mod pieces;
mod table;

pub use pieces::{Next, Pieces};

use std::io::Write;

use super::pipeline::{self, Bound, Job};
use super::{Item, Report, Rows, Section, Summary, TextStyle};
use crate::error::Result;
use crate::messages::report as words;
use crate::table::{Align, Grid, Piece, Spec};
use crate::text::{first_line, inert_line, width, wrap};
use table::{GAP, widths};

const INDENT: &str = "  ";

/// A section's heading, numbered: also the Markdown and HTML reports'.
pub fn heading(s: Section, r: &Summary) -> String {
    words::section_heading(s, r.count(s), r.within_days, r.stale_days)
}

/// An item's last note: its day and first line, or that there is none.
pub fn last_note_text(i: &Item) -> String {
    match (&i.last_note_on, &i.last_note) {
        (Some(on), Some(body)) => {
            let text = format!("{} {}", crate::date::format(*on), first_line(body));
            let by = i
                .last_note_by
                .as_deref()
                .map(crate::messages::letters::reported_by);
            let evidence = i
                .last_note_evidence
                .as_deref()
                .map(crate::messages::letters::evidence);
            let marks: Vec<String> = by.into_iter().chain(evidence).collect();
            if marks.is_empty() {
                text
            } else {
                crate::messages::letters::title_marked(&text, &marks)
            }
        }
        _ => words::no_progress_recorded().to_string(),
    }
}

struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, s: &str, code: &str) -> String {
        if self.color && !s.trim().is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// What goes around a late day count, when colour is on.
    fn late(&self) -> Option<(&'static str, &'static str)> {
        self.color.then_some(("\x1b[31m", "\x1b[0m"))
    }
}

fn line(out: &mut String, s: &str) {
    out.push_str(s);
    out.push('\n');
}

fn paragraph(out: &mut String, label: &str, text: &str, page: usize) {
    let pad = width(label);
    for (n, text) in wrap(&inert_line(text), page.saturating_sub(pad).max(10))
        .into_iter()
        .enumerate()
    {
        if n == 0 {
            out.push_str(label);
        } else {
            out.extend(std::iter::repeat_n(' ', pad));
        }
        line(out, &text);
    }
}

/// The whole report as printable text, every line at most `style.width` display columns.
pub fn render(r: &Report, style: TextStyle) -> String {
    let bytes = super::render(r, super::Format::Text, super::Look { style, bom: false });
    String::from_utf8(bytes).unwrap_or_default()
}

/// The report's lines, for the report screen.
pub fn lines(r: &Report, style: TextStyle) -> Vec<String> {
    render(r, style).lines().map(str::to_string).collect()
}

/// Reports with fewer items are laid out on one thread: starting others would cost more.
const PARALLEL_FROM: usize = 4000;

/// Tables laid out but not yet written, at most: a few groups, and about this many items
/// (one group larger than that is held alone), so memory stays bounded at any ledger size.
const HELD: Bound = Bound {
    jobs: 8,
    weight: 20_000,
};

/// Writes the report as text, each owner's table laid out (on up to four threads for a long
/// report: the tables do not depend on one another) and written as its group is read.
pub fn write(
    r: &Summary,
    rows: &mut dyn Rows,
    style: TextStyle,
    out: &mut dyn Write,
) -> Result<()> {
    let threads = if r.total() < PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
    };
    write_on(r, rows, style, out, threads, HELD, &mut |_, _| {})
}

fn write_on(
    r: &Summary,
    rows: &mut dyn Rows,
    style: TextStyle,
    out: &mut dyn Write,
    threads: usize,
    bound: Bound,
    held: &mut dyn FnMut(usize, usize),
) -> Result<()> {
    let page = style.width.max(super::MIN_WIDTH);
    let p = Painter { color: style.color };
    let w = widths(r, page);
    let lay_out = |out: &mut String, (s, items): (Section, Vec<Item>)| {
        out.reserve(items.len() * 2 * (w.total() + 8));
        table::table(out, s, &items, &w, &p);
    };
    let feed = |give: &mut dyn FnMut(Job<(Section, Vec<Item>)>) -> Result<()>| {
        let mut text = String::new();
        head(&mut text, r, &p, page);
        for s in Section::ALL {
            line(&mut text, "");
            line(&mut text, &p.paint(&heading(s, r), "1"));
            if r.section(s).is_empty() {
                line(&mut text, &format!("{INDENT}{}", words::none_listed()));
            }
            let mut place = 0;
            rows.section(s, &mut |g| {
                line(&mut text, "");
                place += 1;
                let owner = words::owner_group(&inert_line(&g.owner), g.items.len(), place);
                for l in wrap(&owner, page) {
                    line(&mut text, &p.paint(&l, "1"));
                }
                give(Job {
                    text: std::mem::take(&mut text),
                    weight: g.items.len(),
                    work: Some((s, g.items)),
                })
            })?;
        }
        totals(&mut text, r, &p, page);
        give(Job {
            text,
            work: None,
            weight: 0,
        })
    };
    pipeline::run(threads, bound, &lay_out, feed, out, held)
}

/// The title and what the report is of.
fn head(out: &mut String, r: &Summary, p: &Painter, page: usize) {
    for title in words::text_title(r.as_of).lines() {
        line(out, &p.paint(title, "1"));
    }
    // Values start after the widest label and the gap after a label.
    let labels = [
        words::ledger_label(),
        words::letters_label(),
        words::scope_label(),
    ];
    let cols = labels.iter().map(|l| width(l)).max().unwrap_or(0) + width(words::label_gap());
    let label = |l: &str| format!("{l}{}", " ".repeat(cols.saturating_sub(width(l))));
    paragraph(out, &label(words::ledger_label()), &r.ledger, page);
    if r.letters.is_empty() {
        let none = if r.total() == 0 {
            words::no_letters_listed()
        } else {
            words::no_letters()
        };
        line(out, &format!("{}{none}", label(words::letters_label())));
    }
    for (n, l) in r.letters.iter().enumerate() {
        let head = if n == 0 {
            label(words::letters_label())
        } else {
            label("")
        };
        paragraph(out, &head, &crate::messages::store::letter_ref(l), page);
    }
    if let Some(scope) = &r.scope() {
        paragraph(out, &label(words::scope_label()), scope, page);
    }
}

/// The totals, the pledges left out, and the counts per owner.
fn totals(out: &mut String, r: &Summary, p: &Painter, page: usize) {
    line(out, "");
    line(out, &p.paint(words::text_totals_heading(), "1"));
    let totals = words::totals(
        r.count(Section::Overdue),
        r.count(Section::DueSoon),
        r.within_days,
        r.count(Section::NoDeadline),
    );
    paragraph(out, INDENT, &totals, page);
    if let Some(left_out) = r.left_out() {
        paragraph(out, INDENT, &left_out, page);
    }
    let owners = r.by_owner();
    if !owners.is_empty() {
        // The owner takes what the counts leave; each count is as wide as its heading, or
        // its largest count if that is wider.
        let heads = words::text_count_headings();
        let most = |n: usize| owners.iter().map(|(_, c)| c[n]).max().unwrap_or(0);
        let count = |n: usize| {
            let digits = most(n).to_string().len();
            Spec::fixed(width(heads[n + 1]).max(digits), Align::Right)
        };
        let grid = Grid {
            specs: vec![
                Spec::rest(Align::Left),
                count(0).after(GAP),
                count(1),
                count(2),
            ],
            indent: INDENT.len(),
            room: 0,
            floor: 10,
        };
        let w = grid.fit(page);
        w.push_line(out, &heads.map(Piece::from));
        for (owner, c) in &owners {
            let c = c.map(|n| n.to_string());
            w.push_line(
                out,
                &[
                    Piece::from(owner.as_str()),
                    Piece::from(c[0].as_str()),
                    Piece::from(c[1].as_str()),
                    Piece::from(c[2].as_str()),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests;
