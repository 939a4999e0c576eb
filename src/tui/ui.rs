//! Drawing: reads the `App`, never changes it.

pub mod detail;
mod editor;
mod help;
mod list;
mod popup;
pub mod review;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::text::{inert_line, truncate};
use crate::tui::app::App;
use crate::tui::keys::{Mode, hints};
use crate::tui::screen::Screen;

/// Below this size the screen shows a notice instead of a garbled layout.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

const HEADER: u16 = 1;
const FOOTER: u16 = 2;

/// Lines between the header and the footer.
pub fn body_height(height: u16) -> usize {
    usize::from(height.saturating_sub(HEADER + FOOTER))
}

/// List rows that fit under the column headings.
pub fn list_capacity(height: u16) -> usize {
    body_height(height).saturating_sub(1)
}

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area);
        return;
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(HEADER),
        Constraint::Fill(1),
        Constraint::Length(FOOTER),
    ])
    .areas(area);
    render_header(app, frame, header);
    // The topmost full screen, then the popups over it.
    let base = app
        .screens
        .iter()
        .rposition(|s| !s.is_popup() && !matches!(s, Screen::Search));
    match base.and_then(|i| app.screens.get(i)) {
        Some(Screen::Detail(view)) => detail::render(view, frame, body),
        Some(Screen::NoteEditor(draft)) => editor::render_note(draft, frame, body),
        Some(Screen::Form(form)) => editor::render_form(form, frame, body),
        Some(Screen::Help { scroll }) => help::render(*scroll, frame, body),
        Some(Screen::Review(r)) => review::render(r, frame, body),
        Some(Screen::Report(view)) => {
            let lines = app.report_lines(view);
            let max = lines.len().saturating_sub(usize::from(body.height));
            let shown: Vec<Line> = lines
                .iter()
                .skip(view.scroll.min(max))
                .take(usize::from(body.height))
                .map(|l| Line::raw(l.as_str()))
                .collect();
            frame.render_widget(Paragraph::new(shown), body);
        }
        _ => list::render(app, frame, body),
    }
    let popups = base.map_or(0, |i| i + 1);
    for screen in app.screens.iter().skip(popups) {
        popup::render(app, screen, frame, body);
    }
    render_footer(app, frame, footer);
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = format!(
        "Window too small: {}×{}. pledge needs at least {MIN_WIDTH}×{MIN_HEIGHT}; enlarge it to go on.",
        area.width, area.height
    );
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

fn render_header(app: &App, frame: &mut Frame, area: Rect) {
    let s = &app.summary;
    let counts = format!(
        " · as of {} · {} open · {} overdue · {} done",
        crate::date::format(app.today),
        s.open,
        s.overdue,
        s.done
    );
    let mut filters = Vec::new();
    if app.overdue_only {
        filters.push("overdue".to_string());
    }
    if let Some(st) = app.status_filter {
        filters.push(format!("status={st}"));
    }
    if let Some(o) = &app.owner_filter {
        filters.push(format!("owner={}", inert_line(o)));
    }
    if !app.search.is_blank() {
        filters.push(format!("search=\"{}\"", inert_line(app.search.text())));
    }
    let filter = if filters.is_empty() {
        "all".to_string()
    } else {
        filters.join(", ")
    };
    let width = usize::from(area.width);
    let right = format!("filter: {filter} · sort: {} ", app.sort.name());
    // What gives way first when narrow: the ledger's folder, then its name, then the filter text.
    let full = inert_line(&app.ledger).into_owned();
    let name = full.rsplit('/').next().unwrap_or(&full).to_string();
    let w = crate::text::width;
    let label = [full.clone(), name, String::new()]
        .into_iter()
        .find(|l| w(l) + w(&counts) + w(&right) + 12 <= width)
        .unwrap_or_default();
    let mut left = if label.is_empty() {
        " pledge".to_string()
    } else {
        format!(" pledge · {label}")
    };
    // Said before anyone types, and never the first thing to give way.
    if app.read_only {
        left = format!(" pledge · READ-ONLY{}", &left[" pledge".len()..]);
    }
    let left = format!("{left}{counts}  ");
    let right_room = width.saturating_sub(w(&left));
    let line = Line::from(vec![
        Span::raw(truncate(&left, width).into_owned()),
        Span::raw(fit_right_text(&right, right_room)),
    ]);
    let style = Style::new().add_modifier(Modifier::REVERSED);
    frame.render_widget(Paragraph::new(line).style(style), area);
}

fn render_footer(app: &App, frame: &mut Frame, area: Rect) {
    let [message, keys] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let width = usize::from(area.width);
    if app.mode() == Mode::Search {
        let prompt = "Search: ";
        let text = inert_line(app.search.text());
        let line = format!("{prompt}{text}");
        frame.render_widget(Paragraph::new(truncate(&line, width).into_owned()), message);
        let col = crate::text::width(prompt) + app.search.wrap(usize::MAX / 2).cursor.1;
        let x = message.x
            + u16::try_from(col)
                .unwrap_or(u16::MAX)
                .min(area.width.saturating_sub(1));
        frame.set_cursor_position((x, message.y));
    } else if let Some(m) = &app.message {
        let style = if m.error {
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        let text = truncate(&inert_line(&m.text), width).into_owned();
        frame.render_widget(Paragraph::new(text).style(style), message);
    }
    let mut spans = Vec::new();
    for (keys, label) in hints(app.mode()) {
        spans.push(Span::styled(
            format!(" {keys}"),
            Style::new().add_modifier(Modifier::BOLD),
        ));
        spans.push(Span::raw(format!(" {label} ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), keys);
}

/// `s` right-aligned in `cols` columns, cut with `…` when longer.
fn fit_right_text(s: &str, cols: usize) -> String {
    crate::text::fit_right(&truncate(s, cols), cols)
}

/// The status as a short word for narrow columns.
pub fn status_word(s: crate::model::Status) -> &'static str {
    match s {
        crate::model::Status::InProgress => "in prog",
        other => other.as_str(),
    }
}
