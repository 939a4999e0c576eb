//! Every key of every screen, from the same tables that handle them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::text::fit;
use crate::tui::keys::help_sections;

pub fn lines() -> Vec<Line<'static>> {
    let mut out = vec![Line::styled(
        "Keys (Esc closes)",
        Style::new().add_modifier(Modifier::BOLD),
    )];
    for (screen, rows) in help_sections() {
        out.push(Line::raw(""));
        out.push(Line::styled(
            screen,
            Style::new().add_modifier(Modifier::BOLD),
        ));
        for (keys, label) in rows {
            out.push(Line::raw(format!("  {}  {label}", fit(&keys, 22))));
        }
    }
    out
}

pub fn render(scroll: usize, frame: &mut Frame, area: Rect) {
    let all = lines();
    let max = all.len().saturating_sub(usize::from(area.height));
    let shown: Vec<Line> = all.into_iter().skip(scroll.min(max)).collect();
    frame.render_widget(Paragraph::new(shown), area);
}
