//! Every key of every screen, from the same tables that handle them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::messages::tui::keys as words;
use crate::text::fit;
use crate::tui::keys::help_sections;

pub fn lines() -> Vec<Line<'static>> {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut out = vec![Line::styled(words::help_title(), bold)];
    for (section, bindings) in help_sections() {
        out.push(Line::raw(""));
        out.push(Line::styled(words::section(section), bold));
        for b in bindings {
            let keys = words::keys(b.keys);
            out.push(Line::raw(format!(
                "  {}  {}",
                fit(&keys, 22),
                words::hint(b.label)
            )));
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
