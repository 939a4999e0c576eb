//! The list: only the rows on screen are built, so drawing costs the same at any ledger size.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::messages::tui as words;
use crate::model::Pledge;
use crate::text::{fit, fit_right, inert_line};
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

/// Fixed widths; title and owner share what is left.
fn fixed(col: Col, id_width: usize) -> usize {
    match col {
        Col::Mark => 1,
        Col::Id => id_width,
        Col::Status => 7,
        Col::Deadline | Col::LastNote => 10,
        Col::Due => 12,
        Col::Progress => 10,
        Col::Title | Col::Owner => 0,
    }
}

/// The columns that fit `width`, dropping the least needed first, with each one's width.
fn layout(width: usize, id_width: usize) -> Vec<(Col, usize)> {
    use Col::*;
    let mut cols = vec![
        Mark, Id, Status, Title, Owner, Deadline, Due, Progress, LastNote,
    ];
    for drop in [LastNote, Progress, Status, Due] {
        let fixed_sum: usize =
            cols.iter().map(|c| fixed(*c, id_width)).sum::<usize>() + cols.len() - 1;
        if width.saturating_sub(fixed_sum) >= 30 {
            break;
        }
        cols.retain(|c| *c != drop);
    }
    let fixed_sum: usize = cols.iter().map(|c| fixed(*c, id_width)).sum::<usize>() + cols.len() - 1;
    let flex = width.saturating_sub(fixed_sum);
    let owner = (flex * 2 / 5).clamp(4, 24);
    let title = flex.saturating_sub(owner);
    cols.into_iter()
        .map(|c| {
            let w = match c {
                Title => title,
                Owner => owner,
                other => fixed(other, id_width),
            };
            (c, w)
        })
        .collect()
}

fn cell(col: Col, p: Option<&Pledge>, app: &App) -> String {
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

fn line(cols: &[(Col, usize)], p: Option<&Pledge>, app: &App) -> String {
    cols.iter()
        .map(|(c, w)| {
            let text = cell(*c, p, app);
            match c {
                Col::Id | Col::Due | Col::Progress => fit_right(&text, *w),
                _ => fit(&text, *w),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let id_width = app.summary.max_id.to_string().len().max(2);
    let cols = layout(width, id_width);
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
        for width in [40, 60, 80, 120, 300] {
            let cols = layout(width, 2);
            let used: usize = cols.iter().map(|(_, w)| w).sum::<usize>() + cols.len() - 1;
            assert!(used <= width, "{width}: {used}");
            assert!(cols.iter().any(|(c, _)| *c == Col::Title));
        }
        assert!(!layout(80, 2).iter().any(|(c, _)| *c == Col::LastNote));
        assert!(layout(120, 2).iter().any(|(c, _)| *c == Col::LastNote));
    }
}
