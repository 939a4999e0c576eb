//! One pledge's page laid out at a width: lines of text with a tone for each part, made when
//! the pledge is read, a sub-item is chosen or the width changes. The drawing gives the tones
//! their colours; the app scrolls by the number of lines.

use chrono::NaiveDate;

use crate::messages::tui::page as words;
use crate::model::{Change, Letter, Note, Pledge};
use crate::text::{fit, inert_line, width as cols, wrap};

/// How a piece of the page stands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Strong,
    /// Past its deadline.
    Late,
    /// The highlighted sub-item.
    Chosen,
}

/// One screen line: its pieces, and a tone for the whole line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLine {
    pub tone: Tone,
    pub pieces: Vec<(String, Tone)>,
}

impl PageLine {
    fn new(text: impl Into<String>, tone: Tone) -> PageLine {
        PageLine {
            tone,
            pieces: vec![(text.into(), Tone::Plain)],
        }
    }

    fn blank() -> PageLine {
        PageLine::new("", Tone::Plain)
    }

    /// The line's text, as it reads on screen.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|(t, _)| t.as_str()).collect()
    }
}

/// What the page shows: a pledge and everything read around it.
pub struct Page<'a> {
    pub pledge: &'a Pledge,
    pub letter: Option<&'a Letter>,
    pub parent: Option<&'a Pledge>,
    pub children: &'a [Pledge],
    /// The highlighted sub-item.
    pub child: Option<usize>,
    pub notes: &'a [Note],
    pub history: &'a [Change],
}

/// Columns a label takes on its first line; a label wider than this takes its own width.
const LABEL: usize = 10;

/// "label     value", the value wrapped under itself; the label padded by display width.
pub fn field(label: &str, value: &str, width: usize, tone: Tone) -> Vec<PageLine> {
    let label_w = LABEL.max(cols(label) + 1);
    let room = width.saturating_sub(label_w).max(8);
    wrap(value, room)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let lead = if i == 0 {
                fit(label, label_w)
            } else {
                " ".repeat(label_w)
            };
            PageLine {
                tone: Tone::Plain,
                pieces: vec![(lead, Tone::Strong), (part, tone)],
            }
        })
        .collect()
}

fn block(out: &mut Vec<PageLine>, text: &str, indent: usize, width: usize) {
    let pad = " ".repeat(indent);
    for part in wrap(text, width.saturating_sub(indent).max(8)) {
        out.push(PageLine::new(format!("{pad}{part}"), Tone::Plain));
    }
}

/// An ASCII bar: box-drawing and shade characters change width in some CJK terminals.
fn bar(done: f64, of: f64) -> String {
    if of <= 0.0 {
        return String::new();
    }
    let share = (done / of).clamp(0.0, 1.0);
    let filled = (share * 10.0).round() as usize;
    format!(
        "  [{}{}] {:.0}%",
        "#".repeat(filled),
        ".".repeat(10 - filled),
        share * 100.0
    )
}

/// The page as lines wrapped to `width`; the same lines decide how far it scrolls.
pub fn lines(page: &Page<'_>, today: NaiveDate, width: u16) -> Vec<PageLine> {
    let width = usize::from(width).max(20);
    let p = page.pledge;
    let mut out = Vec::new();
    for part in wrap(&words::heading(p.id, &p.title), width) {
        out.push(PageLine::new(part, Tone::Strong));
    }
    let overdue = p.is_overdue(today);
    let tone = if overdue { Tone::Late } else { Tone::Plain };
    let status = words::status(p.status, p.due(today), overdue);
    out.extend(field(words::status_label(), &status, width, tone));
    out.extend(field(words::owner_label(), &p.owner, width, Tone::Plain));
    let deadline = words::deadline(p.deadline, p.deadline_text.as_deref());
    out.extend(field(
        words::deadline_label(),
        &deadline,
        width,
        Tone::Plain,
    ));
    if let Some(t) = &p.target {
        let target = words::target(t);
        out.extend(field(words::target_label(), &target, width, Tone::Plain));
    }
    let progress = match (&p.target, p.progress) {
        (Some(t), done) => {
            let done = done.map_or(0.0, |q| q.get());
            format!("{}{}", p.progress_text(), bar(done, t.quantity.get()))
        }
        (None, Some(q)) => q.to_string(),
        (None, None) => words::no_progress().to_string(),
    };
    out.extend(field(
        words::progress_label(),
        &progress,
        width,
        Tone::Plain,
    ));
    if let Some(parent) = page.parent {
        let part_of = words::heading(parent.id, &parent.title);
        out.extend(field(words::part_of_label(), &part_of, width, Tone::Plain));
    }
    out.extend(field(
        words::updated_label(),
        &crate::messages::cli::stamp(&p.updated_at),
        width,
        Tone::Plain,
    ));

    if let Some(q) = &p.quote {
        out.push(PageLine::blank());
        out.push(PageLine::new(words::quote_heading(), Tone::Strong));
        block(&mut out, q, 2, width);
        if let Some(l) = page.letter {
            block(&mut out, &words::cited(l), 2, width);
        }
    }
    if !page.children.is_empty() {
        out.push(PageLine::blank());
        out.push(PageLine::new(
            words::sub_items(page.children.len()),
            Tone::Strong,
        ));
        for (i, c) in page.children.iter().enumerate() {
            let chosen = page.child == Some(i);
            let text = words::sub_item(chosen, c.id, &inert_line(&c.title), c.status);
            let tone = if chosen { Tone::Chosen } else { Tone::Plain };
            for part in wrap(&text, width) {
                out.push(PageLine::new(part, tone));
            }
        }
    }
    out.push(PageLine::blank());
    out.push(PageLine::new(words::notes(page.notes.len()), Tone::Strong));
    if page.notes.is_empty() {
        out.push(PageLine::new(words::no_notes(), Tone::Plain));
    }
    let withdrawn = crate::request::withdrawn(page.history);
    for n in page.notes {
        let head = words::note_head(n, withdrawn.contains(&n.id));
        out.push(PageLine::new(head, Tone::Strong));
        block(&mut out, &n.body, 4, width);
    }
    out.push(PageLine::blank());
    out.push(PageLine::new(words::history_heading(), Tone::Strong));
    for c in page.history {
        block(&mut out, &words::change(c), 2, width);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chinese_label_is_padded_by_the_columns_it_takes() {
        for label in ["状态", "Status", "负责单位单位"] {
            let lines = field(label, "进行中 — 12d left", 40, Tone::Plain);
            let lead = &lines[0].pieces[0].0;
            assert_eq!(cols(lead), LABEL.max(cols(label) + 1), "{label}: {lead:?}");
        }
        // A value wrapped under a Chinese label starts in the same column on every line.
        let lines = field("截止日期", &"长".repeat(30), 30, Tone::Plain);
        assert!(lines.len() > 1);
        let starts: Vec<usize> = lines.iter().map(|l| cols(&l.pieces[0].0)).collect();
        assert!(starts.iter().all(|&s| s == starts[0]), "{starts:?}");
        assert!(lines.iter().all(|l| cols(&l.text()) <= 30));
    }
}
