//! The note editor and the edit/add form. The terminal cursor sits where the next character
//! goes, so an input method's candidate window follows it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::text::{fit, inert_line, truncate};
use crate::tui::input::TextInput;
use crate::tui::screen::{FieldKind, FormMode, NoteDraft, NoteField, PledgeForm};

fn focus_style(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    }
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// A field chosen with ←/→ rather than typed: "Label < value >".
fn choice_line(label: &str, value: &str, focused: bool) -> Line<'static> {
    let hint = if focused { "  ←/→ to change" } else { "" };
    Line::from(vec![
        Span::styled(format!("{label} "), focus_style(focused)),
        Span::raw(format!("< {} >", inert_line(value))),
        Span::styled(hint, Style::new().add_modifier(Modifier::DIM)),
    ])
}

/// Draws a one-line input after a label; returns where its cursor is.
fn one_line(
    frame: &mut Frame,
    area: Rect,
    label: &str,
    input: &TextInput,
    focused: bool,
    hint: &str,
) -> (u16, u16) {
    let label_w = crate::text::width(label) + 1;
    let room = usize::from(area.width).saturating_sub(label_w + 1).max(1);
    let wrapped = input.wrap(usize::MAX / 2);
    let text = wrapped.lines.first().cloned().unwrap_or_default();
    let col = wrapped.cursor.1;
    // Scroll sideways so the cursor stays inside the field.
    let skip = col.saturating_sub(room.saturating_sub(1));
    let shown: String = {
        let mut used = 0;
        let mut out = String::new();
        for c in text.chars() {
            let w = crate::text::width(c.encode_utf8(&mut [0; 4]));
            if used >= skip {
                out.push(c);
            }
            used += w;
        }
        out
    };
    let mut spans = vec![
        Span::styled(format!("{label} "), focus_style(focused)),
        Span::styled(
            fit(&shown, room),
            Style::new().add_modifier(Modifier::UNDERLINED),
        ),
    ];
    if focused && !hint.is_empty() {
        spans.push(Span::styled(
            format!("  {hint}"),
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    (
        area.x + to_u16(label_w + col - skip).min(area.width.saturating_sub(1)),
        area.y,
    )
}

pub fn render_note(d: &NoteDraft, frame: &mut Frame, area: Rect) {
    let [title, body, fields, error] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(3),
        Constraint::Length(2),
    ])
    .areas(area);
    let heading = format!("New note on #{} {}", d.pledge, inert_line(&d.title));
    frame.render_widget(
        Paragraph::new(truncate(&heading, usize::from(area.width)).into_owned())
            .style(Style::new().add_modifier(Modifier::BOLD)),
        title,
    );
    let focused = d.focus == NoteField::Body;
    let frame_block = Block::bordered()
        .title(" What was reported ")
        .border_style(focus_style(focused));
    let inner = frame_block.inner(body);
    frame.render_widget(frame_block, body);
    let wrapped = d.body.wrap(usize::from(inner.width.saturating_sub(1)));
    let height = usize::from(inner.height).max(1);
    let top = wrapped.cursor.0.saturating_sub(height - 1);
    let shown: Vec<Line> = wrapped
        .lines
        .iter()
        .skip(top)
        .take(height)
        .map(|l| Line::raw(l.clone()))
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
    let mut cursor = (
        inner.x + to_u16(wrapped.cursor.1),
        inner.y + to_u16(wrapped.cursor.0 - top),
    );

    let [on, progress, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(fields);
    let at = one_line(
        frame,
        on,
        "Happened on",
        &d.on,
        d.focus == NoteField::On,
        "YYYY-MM-DD",
    );
    if d.focus == NoteField::On {
        cursor = at;
    }
    let of = d
        .target
        .as_deref()
        .map(|t| format!("now {t}; empty keeps it"))
        .unwrap_or_else(|| "a number, or empty".into());
    let at = one_line(
        frame,
        progress,
        "Progress   ",
        &d.progress,
        d.focus == NoteField::Progress,
        &of,
    );
    if d.focus == NoteField::Progress {
        cursor = at;
    }
    let status_text = d
        .status
        .map_or("keep as it is".to_string(), |s| s.to_string());
    let status_line = choice_line("New status ", &status_text, d.focus == NoteField::Status);
    frame.render_widget(Paragraph::new(status_line), status);
    if let Some(e) = &d.error {
        let style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
        frame.render_widget(
            Paragraph::new(inert_line(e).into_owned())
                .style(style)
                .wrap(Wrap { trim: true }),
            error,
        );
    }
    if d.focus != NoteField::Status {
        frame.set_cursor_position(cursor);
    }
}

pub fn render_form(form: &PledgeForm, frame: &mut Frame, area: Rect) {
    let heading = match form.mode {
        FormMode::Edit(id) => format!("Edit pledge #{id}"),
        FormMode::Add { parent: Some(p) } => format!("New sub-item of pledge #{p}"),
        FormMode::Add { parent: None } => "New pledge".to_string(),
        FormMode::Draft(at) => format!("Draft {} of the letter (saved with the letter)", at + 1),
    };
    let label_w = form
        .fields
        .iter()
        .map(|f| crate::text::width(f.kind.label()))
        .max()
        .unwrap_or(0);
    frame.render_widget(
        Paragraph::new(heading).style(Style::new().add_modifier(Modifier::BOLD)),
        Rect { height: 1, ..area },
    );
    let mut cursor = None;
    for (i, f) in form.fields.iter().enumerate() {
        let y = area.y + 2 + to_u16(i);
        if y >= area.bottom().saturating_sub(2) {
            break;
        }
        let row = Rect {
            y,
            height: 1,
            ..area
        };
        let label = format!("{:<label_w$}", f.kind.label());
        let focused = i == form.focus;
        if f.kind == FieldKind::Status {
            let line = choice_line(&label, f.input.text(), focused);
            frame.render_widget(Paragraph::new(line), row);
        } else {
            let at = one_line(frame, row, &label, &f.input, focused, f.kind.hint());
            if focused {
                cursor = Some(at);
            }
        }
    }
    if let Some(e) = &form.error {
        let y = area.bottom().saturating_sub(2);
        let style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
        frame.render_widget(
            Paragraph::new(inert_line(e).into_owned())
                .style(style)
                .wrap(Wrap { trim: true }),
            Rect {
                y,
                height: 2,
                ..area
            },
        );
    }
    if let Some(c) = cursor {
        frame.set_cursor_position(c);
    }
}
