//! The note editor and the edit/add form. The terminal cursor sits where the next character
//! goes, so an input method's candidate window follows it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::messages::tui::editor as words;
use crate::text::{fit, inert_line, truncate, width};
use crate::tui::input::TextInput;
use crate::tui::layout::pad_labels;
use crate::tui::screen::{FieldKind, NoteDraft, NoteField, PledgeForm};

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
    let hint = if focused { words::choice_hint() } else { "" };
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
    let label_w = width(label) + 1;
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
            let w = width(c.encode_utf8(&mut [0; 4]));
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
    let heading = words::note_heading(d.pledge, &inert_line(&d.title));
    frame.render_widget(
        Paragraph::new(truncate(&heading, usize::from(area.width)).into_owned())
            .style(Style::new().add_modifier(Modifier::BOLD)),
        title,
    );
    let focused = d.focus == NoteField::Body;
    let frame_block = Block::bordered()
        .title(words::body_title())
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
    let labels = pad_labels([
        words::on_label(),
        words::progress_label(),
        words::new_status_label(),
    ]);
    let label = |i: usize| labels.get(i).map_or("", String::as_str);
    let (on_label, progress_label, status_label) = (label(0), label(1), label(2));
    let at = one_line(
        frame,
        on,
        on_label,
        &d.on,
        d.focus == NoteField::On,
        words::on_hint(),
    );
    if d.focus == NoteField::On {
        cursor = at;
    }
    let of = words::progress_hint(d.target.as_deref());
    let at = one_line(
        frame,
        progress,
        progress_label,
        &d.progress,
        d.focus == NoteField::Progress,
        &of,
    );
    if d.focus == NoteField::Progress {
        cursor = at;
    }
    let status_text = words::new_status(d.status);
    let status_line = choice_line(status_label, status_text, d.focus == NoteField::Status);
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
    let heading = words::form_heading(form.mode);
    let labels: Vec<&str> = form.fields.iter().map(|f| words::label(f.kind)).collect();
    let labels = pad_labels(labels);
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
        let label = labels.get(i).map_or("", String::as_str);
        let focused = i == form.focus;
        if f.kind == FieldKind::Status {
            let line = choice_line(label, f.input.text(), focused);
            frame.render_widget(Paragraph::new(line), row);
        } else {
            let at = one_line(frame, row, label, &f.input, focused, words::hint(f.kind));
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
