//! Every key of every screen, from the same tables that handle them, as laid out at the width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::tui::layout::help::{lines, max_scroll};

pub fn render(scroll: usize, frame: &mut Frame, area: Rect) {
    let all = lines(area.width);
    let height = usize::from(area.height);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let from = scroll.min(max_scroll(&all, height));
    let shown: Vec<Line> = all
        .into_iter()
        .skip(from)
        .take(height)
        .map(|l| {
            if l.heading {
                Line::styled(l.text, bold)
            } else {
                Line::raw(l.text)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), area);
}
