//! One pledge: every field, the quote and its letter, sub-items, notes and history.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::text::{inert_line, wrap};
use crate::tui::screen::DetailView;

const LABEL: usize = 10;

fn heading(text: &str) -> Line<'static> {
    Line::styled(text.to_string(), Style::new().add_modifier(Modifier::BOLD))
}

/// "label     value", the value wrapped under itself.
fn field(out: &mut Vec<Line<'static>>, label: &str, value: &str, width: usize, style: Style) {
    let room = width.saturating_sub(LABEL).max(8);
    for (i, part) in wrap(value, room).into_iter().enumerate() {
        let label = if i == 0 {
            format!("{label:<LABEL$}")
        } else {
            " ".repeat(LABEL)
        };
        out.push(Line::from(vec![
            Span::styled(label, Style::new().add_modifier(Modifier::BOLD)),
            Span::styled(part, style),
        ]));
    }
}

fn block(out: &mut Vec<Line<'static>>, text: &str, indent: usize, width: usize) {
    let pad = " ".repeat(indent);
    for part in wrap(text, width.saturating_sub(indent).max(8)) {
        out.push(Line::raw(format!("{pad}{part}")));
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
pub fn lines(view: &DetailView, today: chrono::NaiveDate, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width).max(20);
    let p = &view.pledge;
    let mut out = Vec::new();
    for part in wrap(&format!("#{} {}", p.id, p.title), width) {
        out.push(heading(&part));
    }
    let due = crate::messages::values::due(p.due(today));
    let overdue = p.is_overdue(today);
    let status_style = if overdue {
        Style::new().fg(Color::Red)
    } else {
        Style::new()
    };
    let status = if due.is_empty() {
        p.status.to_string()
    } else {
        format!("{} — {due}", p.status)
    };
    field(
        &mut out,
        "Status",
        &format!("{status}{}", if overdue { " !" } else { "" }),
        width,
        status_style,
    );
    field(&mut out, "Owner", &p.owner, width, Style::new());
    let phrase = p
        .deadline_text
        .as_deref()
        .map(|t| format!(" (\"{t}\")"))
        .unwrap_or_default();
    let deadline = p
        .deadline
        .map_or_else(|| "none".to_string(), crate::date::format);
    field(
        &mut out,
        "Deadline",
        &format!("{deadline}{phrase}"),
        width,
        Style::new(),
    );
    if let Some(t) = &p.target {
        let words = t
            .text
            .as_deref()
            .map(|w| format!(" — {w}"))
            .unwrap_or_default();
        field(
            &mut out,
            "Target",
            &format!("{t}{words}"),
            width,
            Style::new(),
        );
    }
    let progress = match (&p.target, p.progress) {
        (Some(t), done) => {
            let done = done.map_or(0.0, |q| q.get());
            format!("{}{}", p.progress_text(), bar(done, t.quantity.get()))
        }
        (None, Some(q)) => q.to_string(),
        (None, None) => "none reported".to_string(),
    };
    field(&mut out, "Progress", &progress, width, Style::new());
    if let Some(parent) = &view.parent {
        field(
            &mut out,
            "Part of",
            &format!("#{} {}", parent.id, parent.title),
            width,
            Style::new(),
        );
    }
    field(&mut out, "Updated", &p.updated_at, width, Style::new());

    if let Some(q) = &p.quote {
        out.push(Line::raw(""));
        out.push(heading("Quote"));
        block(&mut out, q, 2, width);
        if let Some(l) = &view.letter {
            let cite = format!("— {}", crate::messages::values::letter(l));
            block(&mut out, &cite, 2, width);
        }
    }
    if !view.children.is_empty() {
        out.push(Line::raw(""));
        out.push(heading(&format!(
            "Sub-items ({}; Tab selects, Enter opens)",
            view.children.len()
        )));
        for (i, c) in view.children.iter().enumerate() {
            let chosen = view.child == Some(i);
            let text = format!(
                "{} #{} {} [{}]",
                if chosen { ">" } else { " " },
                c.id,
                inert_line(&c.title),
                c.status
            );
            let style = if chosen {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            for part in wrap(&text, width) {
                out.push(Line::styled(part, style));
            }
        }
    }
    out.push(Line::raw(""));
    out.push(heading(&format!(
        "Notes ({}, newest first)",
        view.notes.len()
    )));
    if view.notes.is_empty() {
        out.push(Line::raw("  no progress recorded"));
    }
    let withdrawn = crate::request::withdrawn(&view.history);
    for n in &view.notes {
        let mut head = format!("  {}  {}", crate::date::format(n.on), inert_line(&n.author));
        if withdrawn.contains(&n.id) {
            head.push_str(&format!("  {}", crate::messages::store::withdrawn_mark()));
        }
        if let Some(q) = n.progress {
            head.push_str(&format!("  progress {q}"));
        }
        if let Some(s) = n.status {
            head.push_str(&format!("  → {s}"));
        }
        head.push_str(&format!("  #{}", n.id));
        out.push(Line::styled(
            head,
            Style::new().add_modifier(Modifier::BOLD),
        ));
        block(&mut out, &n.body, 4, width);
    }
    out.push(Line::raw(""));
    out.push(heading("History"));
    for c in &view.history {
        let what = match c.field.as_str() {
            "created" => "created".to_string(),
            crate::store::NOTE_WITHDRAWN => crate::messages::store::withdrawal(c.old.as_deref()),
            f => format!(
                "{f}: {} → {}",
                c.old.as_deref().unwrap_or("(none)"),
                c.new.as_deref().unwrap_or("(none)")
            ),
        };
        let why = c
            .reason
            .as_deref()
            .map(|r| format!("  ({})", crate::messages::store::reason(r)))
            .unwrap_or_default();
        let when = c
            .changed_at
            .replace('T', " ")
            .trim_end_matches('Z')
            .to_string();
        block(
            &mut out,
            &format!("{when}  {}  {what}{why}", c.changed_by),
            2,
            width,
        );
    }
    out
}

/// Draws the lines laid out when the page was read (see `app::detail::lay_out`).
pub fn render(view: &DetailView, frame: &mut Frame, area: Rect) {
    let height = usize::from(area.height);
    let max = view.lines.len().saturating_sub(height);
    let shown: Vec<Line> = view
        .lines
        .iter()
        .skip(view.scroll.min(max))
        .take(height)
        .cloned()
        .collect();
    frame.render_widget(Paragraph::new(shown), area);
}
