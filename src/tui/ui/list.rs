//! The list: only the rows on screen are built, so drawing costs the same at any ledger size.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ledger::Ledger;
use crate::messages::tui as words;
use crate::model::Pledge;
use crate::table::{Align, Fitted, Grid, Piece, Spec};
use crate::text::inert_line;
use crate::tui::app::App;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Mark,
    Id,
    Status,
    Title,
    Owner,
    Deadline,
    Due,
    Progress,
    LastNote,
}

/// Every column, in the order of [`grid`]'s specs.
const COLS: [Col; 9] = [
    Col::Mark,
    Col::Id,
    Col::Status,
    Col::Title,
    Col::Owner,
    Col::Deadline,
    Col::Due,
    Col::Progress,
    Col::LastNote,
];

/// The list's columns on the one layout engine the reports use: fixed columns, the owner a
/// share of what is left, the title the rest; a narrow window drops the least needed first.
fn grid(id_width: usize) -> Grid {
    Grid {
        specs: vec![
            Spec::fixed(1, Align::Left),
            Spec::fixed(id_width, Align::Right),
            Spec::fixed(7, Align::Left).dropped(2),
            Spec::rest(Align::Left),
            Spec::share(2, 5, 4, 24, Align::Left),
            Spec::fixed(10, Align::Left),
            Spec::fixed(12, Align::Right).dropped(3),
            Spec::fixed(10, Align::Right).dropped(1),
            Spec::fixed(10, Align::Left).dropped(0),
        ],
        indent: 0,
        room: 30,
        floor: 0,
    }
}

fn cell<L: Ledger>(col: Col, p: Option<&Pledge>, app: &App<L>) -> String {
    let Some(p) = p else {
        let [
            mark,
            id,
            status,
            title,
            owner,
            deadline,
            due,
            progress,
            last,
        ] = words::column_heads();
        let head = match col {
            Col::Mark => mark,
            Col::Id => id,
            Col::Status => status,
            Col::Title => title,
            Col::Owner => owner,
            Col::Deadline => deadline,
            Col::Due => due,
            Col::Progress => progress,
            Col::LastNote => last,
        };
        return head.to_string();
    };
    match col {
        Col::Mark => if p.is_overdue(app.today) { "!" } else { " " }.into(),
        Col::Id => p.id.to_string(),
        Col::Status => words::status_short(p.status).into(),
        Col::Title => {
            let indent = if p.parent.is_some() { "└ " } else { "" };
            format!("{indent}{}", inert_line(&p.title))
        }
        Col::Owner => inert_line(&p.owner).into_owned(),
        Col::Deadline => p.deadline.map(crate::date::format).unwrap_or_default(),
        Col::Due => crate::messages::values::due(p.due(app.today)),
        Col::Progress => inert_line(&p.progress_text()).into_owned(),
        Col::LastNote => p.last_note_on.map(crate::date::format).unwrap_or_default(),
    }
}

fn line<L: Ledger>(fitted: &Fitted, p: Option<&Pledge>, app: &App<L>) -> String {
    let cells: Vec<String> = COLS.iter().map(|c| cell(*c, p, app)).collect();
    fitted.line(&cells.iter().map(Piece::from).collect::<Vec<_>>())
}

pub fn render<L: Ledger>(app: &App<L>, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let id_width = app.summary.max_id.to_string().len().max(2);
    let cols = grid(id_width).fit(width);
    let mut lines = vec![Line::styled(
        line(&cols, None, app),
        Style::new().add_modifier(Modifier::BOLD),
    )];
    if app.ids.is_empty() {
        let filtered = app.filter() != crate::store::Filter::default();
        lines.push(Line::raw(words::empty_list(filtered)));
    }
    let cap = usize::from(area.height).saturating_sub(1);
    for (i, p) in app.window.iter().enumerate().take(cap) {
        let i = app.offset + i;
        let mut style = Style::new();
        if p.is_overdue(app.today) {
            style = style.fg(Color::Red);
        } else if !p.status.is_open() {
            style = style.add_modifier(Modifier::DIM);
        }
        if i == app.selected {
            style = style.add_modifier(Modifier::REVERSED);
        }
        lines.push(Line::styled(line(&cols, Some(p), app), style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fill_the_width_exactly_and_drop_extras_when_narrow() {
        let title = COLS.iter().position(|c| *c == Col::Title);
        let last = COLS.iter().position(|c| *c == Col::LastNote);
        for width in [40, 60, 80, 120, 300] {
            let fitted = grid(2).fit(width);
            assert!(fitted.total() <= width, "{width}: {}", fitted.total());
            assert!(title.and_then(|i| fitted.width(i)).is_some());
        }
        assert!(last.and_then(|i| grid(2).fit(80).width(i)).is_none());
        assert!(last.and_then(|i| grid(2).fit(120).width(i)).is_some());
    }
}
