//! The list: only the rows on screen are built, so drawing costs the same at any ledger size.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ledger::Ledger;
use crate::messages::tui as words;
use crate::messages::values;
use crate::model::{Due, Pledge, Status};
use crate::table::{Align, Fitted, Grid, Piece, Spec, Width};
use crate::text::inert_line;
use crate::tui::app::App;
use chrono::NaiveDate;

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

/// A progress cell wider than this is cut: a long unit must not squeeze the title out.
const PROGRESS_MAX: usize = 16;

/// The list's columns on the one layout engine the reports use: each value column as wide as
/// its longest value (every status; the due and progress texts of the rows on screen), the
/// owner a share of what is left, the title the rest; a narrow window drops the least needed
/// first.
fn grid(id_width: usize, rows: &[Pledge], today: NaiveDate) -> Grid {
    let heads = words::column_heads();
    let head = |col: Col| {
        let at = COLS.iter().position(|c| *c == col);
        at.and_then(|i| heads.get(i).copied()).unwrap_or_default()
    };
    let statuses = Status::ALL.map(values::status);
    let status = statuses.into_iter().chain([head(Col::Status)]);
    let dues = rows.iter().map(|p| values::due(p.due(today)));
    // Up to 999 days the column keeps one width as rows scroll by; longer ones widen it.
    let usual = values::due(Some(Due::Overdue(999)));
    let due = dues.chain([head(Col::Due).to_string(), usual]);
    let progress = rows
        .iter()
        .map(|p| inert_line(&p.progress_text()).into_owned());
    let progress = Spec::widest(
        progress.chain([head(Col::Progress).to_string()]),
        Align::Right,
    );
    let progress = match progress.width {
        Width::Fixed(w) if w > PROGRESS_MAX => Spec::fixed(PROGRESS_MAX, Align::Right),
        _ => progress,
    };
    Grid {
        specs: vec![
            Spec::fixed(1, Align::Left),
            Spec::fixed(id_width, Align::Right),
            Spec::widest(status, Align::Left).dropped(2),
            Spec::rest(Align::Left),
            Spec::share(2, 5, 4, 24, Align::Left),
            Spec::fixed(10, Align::Left),
            Spec::widest(due, Align::Right).dropped(3),
            progress.dropped(1),
            Spec::fixed(10, Align::Left).dropped(0),
        ],
        indent: 0,
        // Enough for a title and an owner, and the progress still shown at 80 columns.
        room: 28,
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
        Col::Status => values::status(p.status).into(),
        Col::Title => {
            let mark = match p.parent {
                Some(_) if app.nested.contains(&p.id) => words::nested_mark().to_string(),
                Some(parent) => words::apart_mark(parent),
                None => String::new(),
            };
            format!("{mark}{}", inert_line(&p.title))
        }
        Col::Owner => inert_line(&p.owner).into_owned(),
        Col::Deadline => p.deadline.map(crate::date::format).unwrap_or_default(),
        Col::Due => values::due(p.due(app.today)),
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
    // As wide as the longest id, or its head (编号 is 4 columns).
    let id_head = crate::text::width(words::column_heads()[1]);
    let id_width = app.summary.max_id.to_string().len().max(2).max(id_head);
    let cols = grid(id_width, &app.window, app.today).fit(width);
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

    fn today() -> NaiveDate {
        crate::date::parse("2026-11-28").unwrap_or_default()
    }

    #[test]
    fn columns_fill_the_width_exactly_and_drop_extras_when_narrow() {
        let title = COLS.iter().position(|c| *c == Col::Title);
        let last = COLS.iter().position(|c| *c == Col::LastNote);
        let grid = |width| grid(2, &[], today()).fit(width);
        for width in [40, 60, 80, 120, 300] {
            let fitted = grid(width);
            assert!(fitted.total() <= width, "{width}: {}", fitted.total());
            assert!(title.and_then(|i| fitted.width(i)).is_some());
        }
        assert!(last.and_then(|i| grid(80).width(i)).is_none());
        assert!(last.and_then(|i| grid(120).width(i)).is_some());
    }

    #[test]
    fn status_due_and_progress_columns_hold_their_longest_value() {
        let at = |col: Col| COLS.iter().position(|c| *c == col).unwrap_or(usize::MAX);
        let late = Pledge {
            id: 1,
            letter: None,
            parent: None,
            title: String::new(),
            owner: String::new(),
            deadline: crate::date::parse("2020-01-01").ok(),
            deadline_text: None,
            status: Status::InProgress,
            target: None,
            quote: None,
            created_at: String::new(),
            updated_at: String::new(),
            progress: None,
            last_note_on: None,
            original_deadline: None,
            deadline_moves: 0,
            cleared_deadline: None,
        };
        let due = values::due(late.due(today()));
        assert_eq!(due, "2523d overdue");
        for width in [120, 200] {
            let fitted = grid(2, std::slice::from_ref(&late), today()).fit(width);
            assert_eq!(fitted.width(at(Col::Status)), Some(11), "in_progress");
            assert_eq!(fitted.width(at(Col::Due)), Some(13), "{width}");
        }
        let empty = grid(2, &[], today()).fit(120);
        assert_eq!(empty.width(at(Col::Due)), Some(12), "999d overdue");
        let progress = at(Col::Progress);
        assert!(grid(2, &[], today()).fit(80).width(progress).is_some());
    }
}
