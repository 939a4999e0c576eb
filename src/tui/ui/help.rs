//! Every key of every screen, from the same tables that handle them, as laid out at the width;
//! a search inside help is highlighted where it matches, by the bytes of each match.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::messages::tui::keys as words;
use crate::tui::layout::help::{HelpLine, found, lines, matching, max_scroll};
use crate::tui::screen::HelpSearch;

fn match_style(current: bool) -> Style {
    if current {
        Style::new().fg(Color::Black).bg(Color::Yellow)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

/// One help line, its matches of `query` highlighted.
fn line(l: HelpLine, query: &str, current: bool) -> Line<'static> {
    let base = if l.heading {
        Style::new().add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    };
    let mut spans = Vec::new();
    let mut at = 0;
    for m in found(&l.text, query) {
        if let (Some(before), Some(hit)) = (l.text.get(at..m.start), l.text.get(m.clone())) {
            spans.push(Span::styled(before.to_string(), base));
            spans.push(Span::styled(hit.to_string(), match_style(current)));
            at = m.end;
        }
    }
    spans.push(Span::styled(
        l.text.get(at..).unwrap_or("").to_string(),
        base,
    ));
    Line::from(spans)
}

pub fn render(scroll: usize, search: Option<&HelpSearch>, frame: &mut Frame, area: Rect) {
    let all = lines(area.width);
    let prompt = usize::from(search.is_some());
    let height = usize::from(area.height).saturating_sub(prompt);
    let from = scroll.min(max_scroll(&all, height));
    let query = search.map_or("", |s| s.query.text());
    let current = search.and_then(|s| s.current);
    let found_lines = matching(&all, query);
    let shown: Vec<Line> = all
        .into_iter()
        .enumerate()
        .skip(from)
        .take(height)
        .map(|(i, l)| line(l, query, Some(i) == current))
        .collect();
    frame.render_widget(Paragraph::new(shown), area);
    if let Some(s) = search {
        let at = current
            .and_then(|c| found_lines.iter().position(|&l| l == c))
            .map(|n| (n + 1, found_lines.len()));
        let text = words::help_search(s.query.text(), at);
        let y = area.bottom().saturating_sub(1);
        let row = Rect {
            y,
            height: 1,
            ..area
        };
        frame.render_widget(Paragraph::new(text), row);
        if s.typing {
            let col = 1 + s.query.wrap(usize::MAX / 2).cursor.1;
            let x = area.x
                + u16::try_from(col)
                    .unwrap_or(u16::MAX)
                    .min(area.width.saturating_sub(1));
            frame.set_cursor_position((x, y));
        }
    }
}
