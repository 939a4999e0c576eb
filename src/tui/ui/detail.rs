//! One pledge's page, drawn from the lines laid out when it was read (`layout::page`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::layout::page::{PageLine, Tone};
use crate::tui::screen::DetailView;

fn style(tone: Tone) -> Style {
    match tone {
        Tone::Plain => Style::new(),
        Tone::Strong => Style::new().add_modifier(Modifier::BOLD),
        Tone::Late => Style::new().fg(Color::Red),
        Tone::Chosen => Style::new().add_modifier(Modifier::REVERSED),
    }
}

fn line(l: &PageLine) -> Line<'static> {
    let spans: Vec<Span<'static>> = l
        .pieces
        .iter()
        .map(|(text, tone)| Span::styled(text.clone(), style(*tone)))
        .collect();
    Line::from(spans).style(style(l.tone))
}

pub fn render(view: &DetailView, frame: &mut Frame, area: Rect) {
    let height = usize::from(area.height);
    let max = view.lines.len().saturating_sub(height);
    let shown: Vec<Line> = view
        .lines
        .iter()
        .skip(view.scroll.min(max))
        .take(height)
        .map(line)
        .collect();
    frame.render_widget(Paragraph::new(shown), area);
}
