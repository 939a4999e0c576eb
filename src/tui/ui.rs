//! Drawing: reads the `App`, never changes it.

mod bodies;
mod dashboard;
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
use ratatui::widgets::Paragraph;

use crate::ledger::Ledger;
use crate::messages::tui as words;
use crate::text::{inert_line, truncate};
use crate::tui::app::App;
use crate::tui::keys::{Action, Binding};
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::screen::Screen;

pub fn render<L: Ledger>(app: &App<L>, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area);
        return;
    }
    let [header, body, footer] = crate::tui::layout::frame(area);
    render_header(app, frame, header);
    // The topmost full screen, then the popups over it.
    let base = app.screens.iter().rposition(Screen::is_full).unwrap_or(0);
    match app.screens.get(base) {
        Some(Screen::Detail(view)) => detail::render(view, frame, body),
        Some(Screen::NoteEditor(draft)) => editor::render_note(draft, frame, body),
        Some(Screen::Form(form)) => editor::render_form(form, frame, body),
        Some(Screen::Help { scroll, search }) => {
            help::render(*scroll, search.as_ref(), frame, body)
        }
        Some(Screen::Review(r)) => review::render(r, frame, body),
        Some(Screen::Bodies(view)) if !view.shown => {
            let reading = Line::raw(crate::messages::tui::bodies_reading());
            frame.render_widget(Paragraph::new(reading), body);
        }
        Some(Screen::Bodies(view)) => bodies::render_bodies(view, frame, body),
        Some(Screen::Letters(view)) => bodies::render_letters(view, frame, body),
        Some(Screen::Letter(view)) => bodies::render_letter(view, frame, body),
        Some(Screen::Dashboard(view)) if !view.shown => {
            let reading = Line::raw(crate::messages::tui::dashboard_reading());
            frame.render_widget(Paragraph::new(reading), body);
        }
        Some(Screen::Dashboard(view)) => dashboard::render(view, app.today, frame, body),
        Some(Screen::Report(view)) if view.report.is_none() && view.first.is_none() => {
            let reading = Line::raw(crate::messages::tui::report_reading());
            frame.render_widget(Paragraph::new(reading), body);
        }
        // A first page says, on the row above it, that the rest is still being read: the row
        // that said so before, so it stays as the page is drawn below it.
        Some(Screen::Report(view)) if view.report.is_none() => {
            let [top, page] =
                Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(body);
            let reading = Line::raw(crate::messages::tui::report_reading());
            frame.render_widget(Paragraph::new(reading), top);
            text_page(&view.layout.lines, view.scroll, frame, page);
        }
        Some(Screen::Report(view)) => text_page(&view.layout.lines, view.scroll, frame, body),
        Some(Screen::Period(view)) if view.report.is_none() => {
            let reading = Line::raw(crate::messages::tui::report_reading());
            frame.render_widget(Paragraph::new(reading), body);
        }
        Some(Screen::Period(view)) => text_page(&view.lines, view.scroll, frame, body),
        _ => list::render(app, frame, body),
    }
    for screen in app.screens.iter().skip(base + 1) {
        popup::render(app, screen, frame, body);
    }
    // Where the selection is, as pagers and lazygit say it, while the list is what is seen.
    let on_list = matches!(app.screens.get(base), None | Some(Screen::List));
    let position =
        (on_list && !app.ids.is_empty()).then(|| words::position(app.selected + 1, app.ids.len()));
    render_footer(app, frame, footer, position.as_deref());
}

/// A report's lines from `scroll`, as many as fit: they are already inert and laid out.
fn text_page(lines: &[String], scroll: usize, frame: &mut Frame, body: Rect) {
    let max = lines.len().saturating_sub(usize::from(body.height));
    let shown: Vec<Line> = lines
        .iter()
        .skip(scroll.min(max))
        .take(usize::from(body.height))
        .map(|l| Line::raw(l.as_str()))
        .collect();
    frame.render_widget(Paragraph::new(shown), body);
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = words::too_small((area.width, area.height), (MIN_WIDTH, MIN_HEIGHT));
    let lines: Vec<Line> = crate::tui::layout::wrap_notice(&text, usize::from(area.width))
        .into_iter()
        .map(Line::raw)
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn render_header<L: Ledger>(app: &App<L>, frame: &mut Frame, area: Rect) {
    let s = &app.summary;
    let counts = words::counts(app.today, s.open, s.overdue, s.done);
    let filters = words::Filters {
        overdue: app.overdue_only,
        status: app.status_filter,
        owner: app.owner_filter.as_deref(),
        search: Some(app.search.text()).filter(|_| !app.search.is_blank()),
        letter: app.letter_filter,
    };
    let width = usize::from(area.width);
    let right = words::filter_and_sort(&filters, app.sort);
    // What gives way first when narrow: the ledger's folder, then its name, then the filter text.
    let full = inert_line(&app.ledger).into_owned();
    let name = full.rsplit('/').next().unwrap_or(&full).to_string();
    let w = crate::text::width;
    let label = [full.clone(), name, String::new()]
        .into_iter()
        .find(|l| w(l) + w(&counts) + w(&right) + 12 <= width)
        .unwrap_or_default();
    // Read-only is said before anyone types, and never the first thing to give way.
    let left = words::header(&label, app.read_only, &counts);
    let right_room = width.saturating_sub(w(&left));
    let line = Line::from(vec![
        Span::raw(truncate(&left, width).into_owned()),
        Span::raw(fit_right_text(&right, right_room)),
    ]);
    let style = Style::new().add_modifier(Modifier::REVERSED);
    frame.render_widget(Paragraph::new(line).style(style), area);
}

fn render_footer<L: Ledger>(app: &App<L>, frame: &mut Frame, area: Rect, position: Option<&str>) {
    let [message, keys] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let width = usize::from(area.width);
    if matches!(app.screen(), Screen::Search) {
        let prompt = words::search_prompt();
        let text = inert_line(app.search.text());
        let line = if app.searching() {
            format!("{prompt}{text}  {}", words::searching::searching())
        } else {
            format!("{prompt}{text}")
        };
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
    } else if app.searching() {
        let text = truncate(words::searching::searching(), width).into_owned();
        frame.render_widget(Paragraph::new(text), message);
    }
    let position = position.map(|p| format!(" {p} ")).unwrap_or_default();
    let room = width.saturating_sub(crate::text::width(&position));
    let mut spans = Vec::new();
    for (key, label) in footer_hints(app.keymap().hints(), room) {
        spans.push(Span::styled(key, Style::new().add_modifier(Modifier::BOLD)));
        spans.push(Span::raw(label));
    }
    let used: usize = spans.iter().map(|s| crate::text::width(&s.content)).sum();
    spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
    spans.push(Span::raw(position));
    frame.render_widget(Paragraph::new(Line::from(spans)), keys);
}

/// The footer's hints that fit in `room` columns, each as its key and its label: help always,
/// the others in the table's order (most important first) until one does not fit, so a hint
/// is shown whole or not at all.
fn footer_hints(
    hints: impl Iterator<Item = &'static Binding>,
    room: usize,
) -> Vec<(String, String)> {
    let written = |b: &Binding| {
        let key = format!(
            " {}",
            words::keys::keys(&crate::tui::keys::remap::keys_for(b))
        );
        let label = format!(" {} ", words::keys::hint(b.label));
        (key, label)
    };
    let cols = |(k, l): &(String, String)| crate::text::width(k) + crate::text::width(l);
    let all: Vec<(bool, (String, String))> = hints
        .map(|b| (b.action == Action::Help, written(b)))
        .collect();
    let mut used: usize = all
        .iter()
        .filter(|(help, _)| *help)
        .map(|(_, h)| cols(h))
        .sum();
    let mut full = false;
    let mut out = Vec::new();
    for (help, hint) in all {
        if !help {
            full = full || used + cols(&hint) > room;
            if full {
                continue;
            }
            used += cols(&hint);
        }
        out.push(hint);
    }
    out
}

/// `s` right-aligned in `cols` columns, cut with `…` when longer.
fn fit_right_text(s: &str, cols: usize) -> String {
    crate::text::fit_right(&truncate(s, cols), cols)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keys::LIST;

    fn footer(room: usize) -> String {
        let hints = footer_hints(LIST.hints(), room);
        hints.into_iter().map(|(k, l)| k + &l).collect()
    }

    #[test]
    fn the_footer_keeps_help_and_whole_hints_in_their_order() {
        let wide = footer(200);
        assert!(wide.ends_with(" ? help  q quit "), "{wide}");
        for room in [40, 60, 73, 80, 100] {
            let text = footer(room);
            assert!(crate::text::width(&text) <= room, "{room}: {text}");
            assert!(text.contains(" ? help "), "{room}: {text}");
            assert!(wide.starts_with(text.split(" ? help ").next().unwrap_or("")));
        }
        assert_eq!(
            footer(73),
            " Enter open  n note  e edit  s status  a add  / search  f filter  ? help "
        );
    }

    #[test]
    fn in_chinese_the_footer_is_measured_in_columns_and_keeps_help() {
        use crate::messages::lang::{Lang, with};
        let wide = with(Lang::Zh, || footer(200));
        assert!(wide.ends_with(" ? 帮助  q 退出 "), "{wide}");
        for room in [40, 60, 73, 80] {
            let text = with(Lang::Zh, || footer(room));
            assert!(crate::text::width(&text) <= room, "{room}: {text}");
            assert!(text.contains(" ? 帮助 "), "{room}: {text}");
        }
        // Chinese labels take two columns a character: fewer hints fit than their chars say.
        let text = with(Lang::Zh, || footer(60));
        assert!(
            text.chars().count() < 60 && !text.contains(" / 搜索 "),
            "{text}"
        );
    }
}
