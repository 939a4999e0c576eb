//! The dashboard drawn: the title with the quiet pledges, a sparkline of notes per month,
//! each body's overdue / open / done as horizontal bars (ratatui's BarChart), and a line
//! gauge per pledge with a target and a deadline, marked on pace or behind. Every label is
//! padded by display width, so Chinese names and categories line up.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, LineGauge, Paragraph, Sparkline};

use crate::messages::bodies as body_words;
use crate::messages::tui::dashboard as words;
use crate::text::{fit, fit_right, inert_line, truncate, width};
use crate::tui::layout::dashboard::{self as geometry, BODY_GAP};
use crate::tui::screen::dashboard::{DashboardView, Pane};

const OVERDUE: Color = Color::Red;
const OPEN: Color = Color::Yellow;
const DONE: Color = Color::Green;

/// The widest a body's name is drawn beside its bars: a third of the pane.
fn name_cols(pane: u16) -> usize {
    usize::from(pane / 3).max(4)
}

pub fn render(view: &DashboardView, today: chrono::NaiveDate, frame: &mut Frame, area: Rect) {
    let a = geometry::areas(area, view.overview.tracked);
    let o = &view.overview;
    let title = words::title(o.stale, o.stale_days);
    let style = if o.stale > 0 {
        Style::new().fg(OVERDUE).add_modifier(Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    };
    let cols = usize::from(area.width);
    frame.render_widget(
        Paragraph::new(Line::styled(truncate(&title, cols).into_owned(), style)),
        a.title,
    );
    render_notes(view, today, frame, a.notes);
    render_bars(view, frame, a.bars);
    render_gauges(view, today, frame, a.gauges);
}

/// "12 notes in the 12 months 2025-12 to 2026-11 ▁▃█…": the words, then one column a month.
fn render_notes(view: &DashboardView, today: chrono::NaiveDate, frame: &mut Frame, area: Rect) {
    let months = &view.overview.months;
    let total: u64 = months.iter().map(|m| m.notes).sum();
    let first = months
        .first()
        .and_then(|m| chrono::NaiveDate::from_ymd_opt(m.year, m.month, 1))
        .unwrap_or(today);
    let said = words::notes(total, months.len(), first, today);
    let spark = u16::try_from(months.len()).unwrap_or(0);
    let room = usize::from(area.width.saturating_sub(spark + 1));
    let said = truncate(&said, room).into_owned();
    let said_cols = u16::try_from(width(&said)).unwrap_or(0);
    let [text, _, line] = Layout::horizontal([
        Constraint::Length(said_cols),
        Constraint::Length(1),
        Constraint::Length(spark),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(said), text);
    let data: Vec<u64> = months.iter().map(|m| m.notes).collect();
    frame.render_widget(
        Sparkline::default()
            .data(&data)
            .style(Style::new().fg(Color::Cyan)),
        line,
    );
}

/// A pane's heading: marked and reversed while the keys move through the pane.
fn heading(text: &str, focused: bool, cols: usize) -> Line<'static> {
    let mark = if focused { "▸ " } else { "  " };
    let text = truncate(&format!("{mark}{text}"), cols).into_owned();
    let style = if focused {
        Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    };
    Line::styled(text, style)
}

fn split_heading(area: Rect) -> (Rect, Rect) {
    let [head, rest] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    (head, rest)
}

fn render_bars(view: &DashboardView, frame: &mut Frame, area: Rect) {
    let (head, chart) = split_heading(area);
    let focused = view.pane == Pane::Bodies;
    let cols = usize::from(area.width);
    let line = heading(&words::bodies_heading(view.bodies.len()), focused, cols);
    frame.render_widget(Paragraph::new(line), head);
    if view.bodies.is_empty() {
        let none = truncate(&body_words::none(), cols).into_owned();
        frame.render_widget(Paragraph::new(none), chart);
        return;
    }
    let categories = words::categories();
    let cat_cols = categories.iter().map(|c| width(c)).max().unwrap_or(0);
    let widest = view
        .bodies
        .iter()
        .map(|b| width(&inert_line(&b.name)))
        .max()
        .unwrap_or(0);
    let name_w = widest.min(name_cols(area.width));
    // The same scale whichever bodies are on screen, so a bar's length means one thing.
    let max = view
        .bodies
        .iter()
        .map(|b| b.open.max(b.done).max(b.overdue))
        .max()
        .unwrap_or(0)
        .max(1);
    let shown = geometry::bodies_shown(area);
    let groups: Vec<BarGroup> = view
        .bodies
        .iter()
        .enumerate()
        .skip(view.at.offset)
        .take(shown)
        .map(|(i, b)| {
            let chosen = i == view.at.selected;
            let name = fit(&inert_line(&b.name), name_w);
            let blank = " ".repeat(name_w);
            let counts = [b.overdue, b.open, b.done];
            let bars: Vec<Bar> = [OVERDUE, OPEN, DONE]
                .into_iter()
                .zip(categories)
                .zip(counts)
                .enumerate()
                .map(|(k, ((colour, category), n))| {
                    let who = if k == 0 { name.clone() } else { blank.clone() };
                    let who_style = if k == 0 && chosen && focused {
                        Style::new().add_modifier(Modifier::REVERSED)
                    } else if k == 0 && chosen {
                        Style::new().add_modifier(Modifier::BOLD)
                    } else {
                        Style::new()
                    };
                    let label = Line::from(vec![
                        Span::styled(who, who_style),
                        Span::raw(" "),
                        Span::styled(fit_right(category, cat_cols), Style::new().fg(colour)),
                    ]);
                    let value = u64::try_from(n).unwrap_or(0);
                    Bar::default()
                        .value(value)
                        .label(label)
                        .text_value(value.to_string())
                        .style(Style::new().fg(colour))
                        .value_style(Style::new().fg(Color::Black).bg(colour))
                })
                .collect();
            BarGroup::default().bars(&bars)
        })
        .collect();
    let chart_widget = BarChart::grouped(groups)
        .direction(Direction::Horizontal)
        .bar_width(1)
        .bar_gap(0)
        .group_gap(BODY_GAP)
        .max(u64::try_from(max).unwrap_or(1));
    frame.render_widget(chart_widget, chart);
}

/// One gauge a line: the pledge, its progress against target, the line filled by it, and its
/// pace; the columns are as wide as the widest on screen, in display columns.
fn render_gauges(view: &DashboardView, today: chrono::NaiveDate, frame: &mut Frame, area: Rect) {
    let (head, list) = split_heading(area);
    let focused = view.pane == Pane::Gauges;
    let cols = usize::from(area.width);
    let line = heading(&words::gauges_heading(view.overview.tracked), focused, cols);
    frame.render_widget(Paragraph::new(line), head);
    if view.overview.tracked == 0 {
        let none = truncate(words::no_gauges(), cols).into_owned();
        frame.render_widget(Paragraph::new(none), list);
        return;
    }
    let cap = geometry::gauges_shown(area);
    let rows: Vec<(String, String, String, f64, Option<bool>, bool)> = view
        .shown_gauges(cap)
        .map(|(t, chosen)| {
            let pace = t.pace(today);
            (
                words::gauge(t),
                words::progress(t),
                words::pace(pace),
                t.ratio(),
                pace.map(|p| p.is_behind()),
                chosen,
            )
        })
        .collect();
    let prog_w = rows.iter().map(|r| width(&r.1)).max().unwrap_or(0);
    let mark_w = rows.iter().map(|r| width(&r.2)).max().unwrap_or(0);
    // What is left after the progress and the mark goes to the title and the line, the line
    // a quarter of the pane (at least 6 columns), the title the rest.
    let rest = cols.saturating_sub(prog_w + mark_w + 3);
    let line_w = (cols / 4).clamp(6, 30).min(rest / 2);
    let title_w = rest.saturating_sub(line_w);
    for (y, (title, progress, mark, ratio, behind, chosen)) in rows.into_iter().enumerate() {
        let Ok(dy) = u16::try_from(y) else { break };
        let row = Rect {
            y: list.y + dy,
            height: 1,
            ..list
        };
        let gauge_cols = u16::try_from(title_w + 1 + prog_w + 1 + line_w).unwrap_or(0);
        let [gauge_area, _, mark_area] = Layout::horizontal([
            Constraint::Length(gauge_cols),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(row);
        let colour = match behind {
            Some(true) => OVERDUE,
            Some(false) => DONE,
            None => Color::Gray,
        };
        let title_style = if chosen && focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else if chosen {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        let label = Line::from(vec![
            Span::styled(fit(&title, title_w), title_style),
            Span::raw(" "),
            Span::raw(fit_right(&progress, prog_w)),
        ]);
        let gauge = LineGauge::default()
            .filled_symbol(ratatui::symbols::line::THICK_HORIZONTAL)
            .ratio(ratio)
            .label(label)
            .filled_style(Style::new().fg(colour))
            .unfilled_style(Style::new().fg(Color::DarkGray));
        frame.render_widget(gauge, gauge_area);
        let mark = Span::styled(
            fit(&mark, mark_w),
            Style::new().fg(colour).add_modifier(Modifier::BOLD),
        );
        frame.render_widget(Paragraph::new(Line::from(mark)), mark_area);
    }
}
