//! The printable text report: every table aligned by display width, nothing wider than the page.

use super::{Item, OwnerGroup, Report, Section, TextStyle};
use crate::text::{first_line, fit, fit_right, inert_line, truncate, width, wrap, wrap_first};

const GAP: &str = "  ";
const INDENT: &str = "  ";
/// Lines a wrapped cell may take before it is cut with `…`.
const MAX_CELL_LINES: usize = 3;

pub fn heading(s: Section, r: &Report) -> String {
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

fn widths(r: &Report, page: usize) -> Widths {
    let items: Vec<&Item> = r.items().map(|(_, i)| i).collect();
    let id = items
        .iter()
        .map(|i| i.id.to_string().len())
        .max()
        .unwrap_or(2)
        .max(2);
    let progress = items
        .iter()
        .map(|i| width(&i.progress_text))
        .max()
        .unwrap_or(0)
        .clamp(8, 12);
    let status = items
        .iter()
        .map(|i| i.status.as_str().len())
        .max()
        .unwrap_or(0)
        .max(6);
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
    pieces(r, style).concat()
}

/// The report's lines, for the report screen.
pub fn lines(r: &Report, style: TextStyle) -> Vec<String> {
    render(r, style).lines().map(str::to_string).collect()
}

/// Reports with fewer items are laid out on one thread: starting others would cost more.
const PARALLEL_FROM: usize = 4000;

/// Each owner's table in report order, laid out on up to four threads: a long report spends
/// a third of its time here, and the tables do not depend on one another.
fn tables(r: &Report, w: Widths, p: &Painter) -> Vec<String> {
    let total: usize = Section::ALL.into_iter().map(|s| r.count(s)).sum();
    let threads = if total < PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
    };
    tables_on(r, w, p, threads)
}

fn tables_on(r: &Report, w: Widths, p: &Painter, threads: usize) -> Vec<String> {
    let groups: Vec<(Section, &OwnerGroup)> = Section::ALL
        .into_iter()
        .flat_map(|s| r.section(s).iter().map(move |g| (s, g)))
        .collect();
    let one = |(s, g): &(Section, &OwnerGroup)| {
        let mut out = String::with_capacity(g.items.len() * 2 * (w.line() + 8));
        table(&mut out, *s, &g.items, w, p);
        out
    };
    let total: usize = groups.iter().map(|(_, g)| g.items.len()).sum();
    if threads < 2 {
        return groups.iter().map(one).collect();
    }
    // Consecutive runs of groups with about the same number of items each.
    let share = total.div_ceil(threads);
    let mut runs: Vec<&[(Section, &OwnerGroup)]> = Vec::new();
    let (mut start, mut count) = (0, 0);
    for (i, (_, g)) in groups.iter().enumerate() {
        count += g.items.len();
        if count >= share {
            runs.push(&groups[start..=i]);
            (start, count) = (i + 1, 0);
        }
    }
    runs.push(&groups[start..]);
    std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .into_iter()
            .map(|run| scope.spawn(move || run.iter().map(one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// The report as consecutive pieces of text, the owners' tables among them, so a long report
/// can be written out without first being copied into one string.
pub fn pieces(r: &Report, style: TextStyle) -> Vec<String> {
    let page = style.width.max(super::MIN_WIDTH);
    let p = Painter { color: style.color };
    let w = widths(r, page);
    let mut tables = tables(r, w, &p).into_iter();
    let mut pieces = Vec::new();
    let mut out = String::new();
    let out = &mut out;
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
        paragraph(out, label, &l.citation(), page);
    }
    if let Some(scope) = &r.scope {
        paragraph(out, "Scope:   ", scope, page);
    }
    for s in super::Section::ALL {
        line(out, "");
        line(out, &p.paint(&heading(s, r), "1"));
        let groups = r.section(s);
        if groups.is_empty() {
            line(out, &format!("{INDENT}None."));
        }
        for g in groups {
            line(out, "");
            let owner = format!("{} ({})", inert_line(&g.owner), g.items.len());
            for l in wrap(&owner, page) {
                line(out, &p.paint(&l, "1"));
            }
            pieces.push(std::mem::take(out));
            pieces.extend(tables.next());
        }
    }
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
    pieces.push(std::mem::take(out));
    pieces
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
            let w = widths(&r, page);
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

    #[test]
    fn tables_laid_out_on_several_threads_are_the_same_text_in_the_same_order() {
        let mut r = fixture();
        // Many owners of uneven size, so the runs of groups split unevenly.
        for s in [&mut r.overdue, &mut r.due_soon, &mut r.no_deadline] {
            let base = s.clone();
            for n in 0..30 {
                for g in &base {
                    let mut g = g.clone();
                    g.owner = format!("{}{n}", g.owner);
                    g.items = g.items.iter().cycle().take(1 + n * 7).cloned().collect();
                    s.push(g);
                }
            }
        }
        let w = widths(&r, 100);
        let p = Painter { color: true };
        let one = tables_on(&r, w, &p, 1);
        for threads in [2, 3, 4] {
            assert_eq!(tables_on(&r, w, &p, threads), one, "{threads} threads");
        }
        let style = TextStyle {
            width: 100,
            color: false,
        };
        assert!(Section::ALL.into_iter().map(|s| r.count(s)).sum::<usize>() >= PARALLEL_FROM);
        assert!(render(&r, style).contains(&format!("{}29 (", r.overdue[0].owner)));
    }
}
