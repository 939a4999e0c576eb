//! The printable text report: every table aligned by display width, nothing wider than the page.

use std::io::Write;

use super::pipeline::{self, Bound, Job};
use super::{Item, Report, Rows, Section, Summary, TextStyle};
use crate::error::Result;
use crate::text::{first_line, fit, fit_right, inert_line, truncate, width, wrap, wrap_first};

const GAP: &str = "  ";
const INDENT: &str = "  ";
/// Lines a wrapped cell may take before it is cut with `…`.
const MAX_CELL_LINES: usize = 3;

pub fn heading(s: Section, r: &Summary) -> String {
    let n = r.count(s);
    let pledges = if n == 1 { "pledge" } else { "pledges" };
    match s {
        Section::Overdue => format!("1. OVERDUE: {n} {pledges}"),
        Section::DueSoon => format!("2. DUE WITHIN {} DAYS: {n} {pledges}", r.within_days),
        Section::NoDeadline => {
            format!(
                "3. NO DEADLINE AND NO PROGRESS IN {} DAYS: {n} {pledges}",
                r.stale_days
            )
        }
    }
}

fn days_header(s: Section) -> &'static str {
    match s {
        Section::Overdue => "LATE",
        Section::DueSoon => "LEFT",
        Section::NoDeadline => "SINCE",
    }
}

pub fn last_note_text(i: &Item) -> String {
    match (&i.last_note_on, &i.last_note) {
        (Some(on), Some(body)) => format!("{} {}", crate::date::format(*on), first_line(body)),
        _ => "no progress recorded".to_string(),
    }
}

/// Column widths shared by every table of the report, so all rows line up on the page.
#[derive(Debug, Clone, Copy)]
struct Widths {
    id: usize,
    title: usize,
    deadline: usize,
    days: usize,
    status: usize,
    progress: usize,
    note: usize,
}

fn widths(r: &Summary, page: usize) -> Widths {
    let id = r.columns.id.max(2);
    let progress = r.columns.progress.clamp(8, 12);
    let status = r.columns.status.max(6);
    let (deadline, days) = (10, 5);
    let fixed = INDENT.len() + id + deadline + days + status + progress + GAP.len() * 6;
    let flex = page.saturating_sub(fixed).max(20);
    let note = flex * 2 / 5;
    Widths {
        id,
        title: flex - note,
        deadline,
        days,
        status,
        progress,
        note,
    }
}

impl Widths {
    /// Display columns of a full table line.
    fn line(&self) -> usize {
        INDENT.len()
            + self.id
            + self.title
            + self.deadline
            + self.days
            + self.status
            + self.progress
            + self.note
            + GAP.len() * 6
    }
}

#[cfg(test)]
impl Widths {
    /// Display columns where each table column starts.
    fn starts(&self) -> Vec<usize> {
        let cols = [
            self.id,
            self.title,
            self.deadline,
            self.days,
            self.status,
            self.progress,
            self.note,
        ];
        let mut at = INDENT.len();
        cols.iter()
            .map(|w| {
                let start = at;
                at += w + GAP.len();
                start
            })
            .collect()
    }
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
}

/// Appends `s` cut and padded to `cols` display columns, on the left or the right.
fn push_fit(out: &mut String, s: &str, cols: usize, right: bool) {
    let cut = truncate(s, cols);
    let pad = cols.saturating_sub(width(&cut));
    if !right {
        out.push_str(&cut);
    }
    out.extend(std::iter::repeat_n(' ', pad));
    if right {
        out.push_str(&cut);
    }
}

/// Ends the line begun at byte `start`: trailing blanks dropped, then a line break.
fn end_line(out: &mut String, start: usize) {
    let kept = out[start..].trim_end().len();
    out.truncate(start + kept);
    out.push('\n');
}

fn line(out: &mut String, s: &str) {
    out.push_str(s);
    out.push('\n');
}

fn table(out: &mut String, s: Section, items: &[Item], w: Widths, p: &Painter) {
    let header = [
        fit_right("ID", w.id),
        fit("TITLE", w.title),
        fit("DEADLINE", w.deadline),
        fit_right(days_header(s), w.days),
        fit("STATUS", w.status),
        fit_right("PROGRESS", w.progress),
        "LAST NOTE".to_string(),
    ];
    line(out, &p.paint(&format!("{INDENT}{}", header.join(GAP)), "1"));
    let mut number = String::new();
    for i in items {
        let title = wrapped(&i.title, w.title);
        let note = wrapped(&last_note_text(i), w.note);
        for n in 0..title.len().max(note.len()) {
            let first = n == 0;
            let start = out.len();
            out.push_str(INDENT);
            number.clear();
            if first {
                number.push_str(&i.id.to_string());
            }
            push_fit(out, &number, w.id, true);
            out.push_str(GAP);
            push_fit(out, title.get(n).map_or("", String::as_str), w.title, false);
            out.push_str(GAP);
            let deadline = i.deadline.filter(|_| first).map(crate::date::format);
            push_fit(out, deadline.as_deref().unwrap_or(""), w.deadline, false);
            out.push_str(GAP);
            number.clear();
            if let Some(d) = i.days().filter(|_| first) {
                number.push_str(&d.to_string());
            }
            if s == Section::Overdue && p.color && !number.is_empty() {
                out.push_str(&p.paint(&fit_right(&number, w.days), "31"));
            } else {
                push_fit(out, &number, w.days, true);
            }
            out.push_str(GAP);
            push_fit(
                out,
                if first { i.status.as_str() } else { "" },
                w.status,
                false,
            );
            out.push_str(GAP);
            let progress = if first {
                inert_line(&i.progress_text)
            } else {
                "".into()
            };
            push_fit(out, &progress, w.progress, true);
            out.push_str(GAP);
            out.push_str(note.get(n).map_or("", String::as_str));
            end_line(out, start);
        }
    }
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
        out.reserve(items.len() * 2 * (w.line() + 8));
        table(out, s, &items, w, &p);
    };
    let feed = |give: &mut dyn FnMut(Job<(Section, Vec<Item>)>) -> Result<()>| {
        let mut text = String::new();
        head(&mut text, r, &p, page);
        for s in Section::ALL {
            line(&mut text, "");
            line(&mut text, &p.paint(&heading(s, r), "1"));
            if r.section(s).is_empty() {
                line(&mut text, &format!("{INDENT}None."));
            }
            rows.section(s, &mut |g| {
                line(&mut text, "");
                let owner = format!("{} ({})", inert_line(&g.owner), g.items.len());
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
    line(
        out,
        &p.paint(
            &format!(
                "OVERDUE REPORT (督办通报) as of {}",
                crate::date::format(r.as_of)
            ),
            "1",
        ),
    );
    paragraph(out, "Ledger:  ", &r.ledger, page);
    if r.letters.is_empty() {
        line(out, "Letters: none (pledges entered by hand)");
    }
    for (n, l) in r.letters.iter().enumerate() {
        let label = if n == 0 { "Letters: " } else { "         " };
        paragraph(out, label, &crate::messages::store::letter_ref(l), page);
    }
    if let Some(scope) = &r.scope {
        paragraph(out, "Scope:   ", scope, page);
    }
}

/// The totals, the pledges left out, and the counts per owner.
fn totals(out: &mut String, r: &Summary, p: &Painter, page: usize) {
    line(out, "");
    line(out, &p.paint("TOTALS", "1"));
    let totals = format!(
        "{} overdue, {} due within {} days, {} without a deadline or recent progress",
        r.count(Section::Overdue),
        r.count(Section::DueSoon),
        r.within_days,
        r.count(Section::NoDeadline)
    );
    paragraph(out, INDENT, &totals, page);
    if let Some(left_out) = r.left_out() {
        paragraph(out, INDENT, &left_out, page);
    }
    let owners = r.by_owner();
    if !owners.is_empty() {
        let counts = "OVERDUE DUE SOON NO DEADLINE";
        let owner_w = page
            .saturating_sub(INDENT.len() + GAP.len() + width(counts))
            .max(10);
        line(
            out,
            &format!("{INDENT}{}{GAP}{counts}", fit("OWNER", owner_w)),
        );
        for (owner, c) in &owners {
            let owner = fit(&inert_line(owner), owner_w);
            line(
                out,
                &format!("{INDENT}{owner}{GAP}{:>7} {:>8} {:>11}", c[0], c[1], c[2]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Seed, Store};

    fn fixture() -> Report {
        let mut store = Store::open_in_memory(Seed::Empty).expect("store");
        let data = serde_json::from_str(include_str!("../../tests/fixtures/report-ledger.json"))
            .expect("fixture");
        store.import(&data).expect("import");
        let as_of = crate::date::parse("2026-11-28").expect("date");
        super::super::build(&store, "~/ledger.db", &super::super::Options::new(as_of))
            .expect("report")
    }

    #[test]
    fn every_table_line_has_the_same_column_boundaries() {
        let r = fixture();
        for page in [80, 100, 120, 200] {
            let w = widths(&r.summary, page);
            let starts = w.starts();
            let lines = lines(
                &r,
                TextStyle {
                    width: page,
                    color: false,
                },
            );
            let mut in_table = false;
            let mut rows = 0;
            for line in &lines {
                assert!(width(line) <= page, "{page}: {line}");
                if line.starts_with("  ID") {
                    in_table = true;
                } else if line.is_empty() || !line.starts_with(INDENT) {
                    in_table = false;
                }
                if !in_table {
                    continue;
                }
                rows += 1;
                // Each column starts where the table says, after a two-space gap nothing runs into.
                let mut col = 0;
                let mut spaces = Vec::new();
                for c in line.chars() {
                    if c == ' ' {
                        spaces.push(col);
                    }
                    col += width(c.encode_utf8(&mut [0; 4]));
                }
                for start in starts.iter().skip(1).filter(|s| **s < col) {
                    assert!(
                        spaces.contains(&(start - 1)) && spaces.contains(&(start - 2)),
                        "{page}: column at {start} broken in {line:?}"
                    );
                }
            }
            assert!(rows >= 12, "{page}: {rows} table lines");
        }
    }

    #[test]
    fn colour_only_when_asked() {
        let r = fixture();
        let plain = render(
            &r,
            TextStyle {
                width: 100,
                color: false,
            },
        );
        let coloured = render(
            &r,
            TextStyle {
                width: 100,
                color: true,
            },
        );
        assert!(!plain.contains('\x1b'));
        assert!(coloured.contains("\x1b[31m"));
        // No colour code ever comes from a note: the escape in the fixture's note is inert.
        assert!(!coloured.contains("\x1b[2J"));
    }

    /// The fixture with many owners of uneven size, so that it is laid out on several threads
    /// and the groups weigh unevenly.
    fn long() -> Report {
        let mut r = fixture();
        for s in Section::ALL {
            let base = r.groups[s.index()].clone();
            let heads = r.summary.heads[s.index()].clone();
            for n in 0..30 {
                for (g, h) in base.iter().zip(&heads) {
                    let mut g = g.clone();
                    g.owner = format!("{}{n}", g.owner);
                    g.items = g.items.iter().cycle().take(1 + n * 7).cloned().collect();
                    let mut h = h.clone();
                    (h.owner, h.count) = (g.owner.clone(), g.items.len());
                    r.groups[s.index()].push(g);
                    r.summary.heads[s.index()].push(h);
                }
            }
        }
        r
    }

    #[test]
    fn tables_laid_out_on_several_threads_are_the_same_text_in_the_same_order() {
        let r = long();
        assert!(r.summary.total() >= PARALLEL_FROM);
        let style = TextStyle {
            width: 100,
            color: true,
        };
        let on = |threads, bound| {
            let mut out = Vec::new();
            let mut held = |_, _| {};
            write_on(
                &r.summary, &mut &r, style, &mut out, threads, bound, &mut held,
            )
            .expect("write");
            String::from_utf8(out).expect("utf-8")
        };
        let one = on(1, HELD);
        for threads in [2, 3, 4] {
            for bound in [
                HELD,
                Bound {
                    jobs: 2,
                    weight: 50,
                },
            ] {
                assert_eq!(on(threads, bound), one, "{threads} threads, {bound:?}");
            }
        }
        assert!(one.contains(&format!("{}29 (", r.groups[0][0].owner)));
    }

    #[test]
    fn a_long_report_holds_a_few_groups_at_most() {
        let r = long();
        let (mut jobs, mut weight) = (0, 0);
        let mut held = |j: usize, w: usize| {
            jobs = jobs.max(j);
            weight = weight.max(w);
        };
        let bound = Bound {
            jobs: 3,
            weight: 150,
        };
        let style = TextStyle {
            width: 100,
            color: false,
        };
        write_on(
            &r.summary,
            &mut &r,
            style,
            &mut std::io::sink(),
            2,
            bound,
            &mut held,
        )
        .expect("write");
        let largest = r.items().count().min(
            Section::ALL
                .into_iter()
                .flat_map(|s| r.groups(s).iter().map(|g| g.items.len()))
                .max()
                .unwrap_or(0),
        );
        assert!(jobs <= bound.jobs, "{jobs} groups held");
        assert!(weight <= bound.weight.max(largest), "{weight} items held");
        assert!(
            largest > bound.weight,
            "a group larger than the bound is tried"
        );
    }
}
