//! The note editor and the edit/add form. The terminal cursor sits where the next character
//! goes, so an input method's candidate window follows it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::messages::tui::editor as words;
use crate::messages::values;
use crate::text::{fit, inert_line, truncate, width, wrap};
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

/// Lines an error takes under its field at most: the field's value stays the thing to read.
const ERROR_LINES: usize = 3;

fn error_style() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

/// An error wrapped under its field, indented to where the field's value starts.
fn error_lines(error: Option<&str>, indent: usize, width: u16) -> Vec<Line<'static>> {
    let Some(e) = error else {
        return Vec::new();
    };
    let room = usize::from(width).saturating_sub(indent).max(8);
    wrap(e, room)
        .into_iter()
        .take(ERROR_LINES)
        .map(|l| Line::styled(format!("{}{l}", " ".repeat(indent)), error_style()))
        .collect()
}

/// Draws lines from `y` down, inside `area`; returns the row after them.
fn draw_lines(frame: &mut Frame, area: Rect, y: u16, lines: Vec<Line<'static>>) -> u16 {
    let mut y = y;
    for line in lines {
        if y >= area.bottom() {
            break;
        }
        frame.render_widget(
            Paragraph::new(line),
            Rect {
                y,
                height: 1,
                ..area
            },
        );
        y += 1;
    }
    y
}

pub fn render_note(d: &NoteDraft, frame: &mut Frame, area: Rect) {
    let labels = pad_labels([
        words::on_label(),
        words::progress_label(),
        words::author_label(),
        words::new_status_label(),
    ]);
    let indent = labels.first().map_or(0, |l| width(l) + 1);
    let under = |field| error_lines(d.error(field), indent, area.width);
    let below_body = error_lines(d.error(NoteField::Body), 0, area.width);
    let rows: usize = below_body.len()
        + [
            NoteField::On,
            NoteField::Progress,
            NoteField::Author,
            NoteField::Status,
        ]
        .into_iter()
        .map(|f| 1 + under(f).len())
        .sum::<usize>();
    let [title, body, fields] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(to_u16(rows)),
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

    let label = |i: usize| labels.get(i).map_or("", String::as_str);
    let mut y = draw_lines(frame, fields, fields.y, below_body);
    let of = words::progress_hint(d.target.as_deref());
    let typed = [
        (NoteField::On, &d.on, words::on_hint()),
        (NoteField::Progress, &d.progress, of.as_str()),
        (NoteField::Author, &d.author, words::author_hint()),
    ];
    for (i, (field, input, hint)) in typed.into_iter().enumerate() {
        if y >= fields.bottom() {
            break;
        }
        let row = Rect {
            y,
            height: 1,
            ..fields
        };
        let at = one_line(frame, row, label(i), input, d.focus == field, hint);
        if d.focus == field {
            cursor = at;
        }
        y = draw_lines(frame, fields, y + 1, under(field));
    }
    if y < fields.bottom() {
        let status_text = words::new_status(d.status);
        let focused = d.focus == NoteField::Status;
        let status_line = choice_line(label(3), status_text, focused);
        frame.render_widget(
            Paragraph::new(status_line),
            Rect {
                y,
                height: 1,
                ..fields
            },
        );
        draw_lines(frame, fields, y + 1, under(NoteField::Status));
    }
    if d.focus != NoteField::Status {
        frame.set_cursor_position(cursor);
    }
}

pub fn render_form(form: &PledgeForm, frame: &mut Frame, area: Rect) {
    let heading = words::form_heading(form.mode);
    let labels: Vec<&str> = form.fields.iter().map(|f| words::label(f.kind)).collect();
    let labels = pad_labels(labels);
    let indent = labels.first().map_or(0, |l| width(l) + 1);
    frame.render_widget(
        Paragraph::new(heading).style(Style::new().add_modifier(Modifier::BOLD)),
        Rect { height: 1, ..area },
    );
    let mut cursor = None;
    let mut y = area.y + 2;
    for (i, f) in form.fields.iter().enumerate() {
        if y >= area.bottom() {
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
            // Held as its keyword, shown as its label in the language of the screen.
            let text = f.input.text();
            let shown = crate::messages::values::parse_status(text)
                .map_or_else(|_| text.to_string(), |s| values::status(s).to_string());
            let line = choice_line(label, &shown, focused);
            frame.render_widget(Paragraph::new(line), row);
        } else {
            let at = one_line(frame, row, label, &f.input, focused, words::hint(f.kind));
            if focused {
                cursor = Some(at);
            }
        }
        y = draw_lines(
            frame,
            area,
            y + 1,
            error_lines(f.error.as_deref(), indent, area.width),
        );
    }
    if let Some(c) = cursor {
        frame.set_cursor_position(c);
    }
}
