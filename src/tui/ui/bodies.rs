//! The bodies and letters screens, and one letter with its pledges' quotes marked. Tables are
//! laid out by the column engine the list and the reports use, in display columns.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use crate::messages::tui::bodies as words;
use crate::messages::{bodies as body_words, letters as letter_words};
use crate::table::{Align, Grid, Piece, Spec};
use crate::text::{inert_line, truncate};
use crate::tui::layout::LETTER_HEAD;
use crate::tui::screen::bodies::{BodiesView, LetterView, LettersView, Rows};

/// A table screen: its title, its heading, then the rows on screen, the chosen one reversed.
fn table(
    frame: &mut Frame,
    area: Rect,
    title: String,
    head: String,
    rows: Vec<(String, Style)>,
    at: Rows,
    empty: &str,
) {
    let width = usize::from(area.width);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut lines = vec![
        Line::styled(truncate(&title, width).into_owned(), bold),
        Line::styled(head, bold),
    ];
    if rows.is_empty() {
        lines.push(Line::raw(truncate(empty, width).into_owned()));
    }
    let cap = usize::from(area.height).saturating_sub(2);
    for (i, (text, mut style)) in rows.into_iter().enumerate().skip(at.offset).take(cap) {
        if i == at.selected {
            style = style.add_modifier(Modifier::REVERSED);
        }
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// A count column as wide as its heading or its widest value.
fn count_col(head: &str, values: impl Iterator<Item = i64>) -> Spec {
    Spec::widest(
        values.map(|v| v.to_string()).chain([head.to_string()]),
        Align::Right,
    )
}

pub fn render_bodies(view: &BodiesView, frame: &mut Frame, area: Rect) {
    let [name, _aliases, open, overdue, done, dropped, on_time] = body_words::headings();
    let rows = &view.rows;
    let rates: Vec<String> = rows
        .iter()
        .map(|r| body_words::rate(r.on_time_rate()))
        .collect();
    let grid = Grid {
        specs: vec![
            Spec::rest(Align::Left),
            count_col(open, rows.iter().map(|r| r.open)),
            count_col(overdue, rows.iter().map(|r| r.overdue)),
            count_col(done, rows.iter().map(|r| r.done)).dropped(1),
            count_col(dropped, rows.iter().map(|r| r.dropped)).dropped(0),
            Spec::widest(rates.iter().chain([&on_time.to_string()]), Align::Right).dropped(2),
        ],
        indent: 1,
        room: 16,
        floor: 0,
    };
    let fitted = grid.fit(usize::from(area.width));
    let line = |cells: [String; 6]| fitted.line(&cells.iter().map(Piece::from).collect::<Vec<_>>());
    let head = line([name, open, overdue, done, dropped, on_time].map(str::to_string));
    let shown = rows
        .iter()
        .zip(rates)
        .map(|(r, rate)| {
            let cells = [
                inert_line(&r.name).into_owned(),
                r.open.to_string(),
                r.overdue.to_string(),
                r.done.to_string(),
                r.dropped.to_string(),
                rate,
            ];
            let style = if r.overdue > 0 {
                Style::new().fg(Color::Red)
            } else {
                Style::new()
            };
            (line(cells), style)
        })
        .collect();
    let title = words::bodies_title(rows.len());
    table(
        frame,
        area,
        title,
        head,
        shown,
        view.at,
        &body_words::none(),
    );
}

pub fn render_letters(view: &LettersView, frame: &mut Frame, area: Rect) {
    let h = letter_words::headings().map(str::to_uppercase);
    let [
        id,
        issuer,
        _member,
        title,
        date,
        _reference,
        _category,
        pledges,
        open,
        overdue,
        done,
    ] = &h;
    let flag = letter_words::flag_heading().to_uppercase();
    let rows = &view.rows;
    let not_kept = letter_words::not_kept();
    let grid = Grid {
        specs: vec![
            count_col(id, rows.iter().map(|r| r.id)),
            Spec::fixed(10, Align::Left).dropped(1),
            Spec::share(1, 3, 6, 24, Align::Left).dropped(3),
            Spec::rest(Align::Left),
            count_col(pledges, rows.iter().map(|r| r.pledges)).dropped(2),
            count_col(open, rows.iter().map(|r| r.open)),
            count_col(overdue, rows.iter().map(|r| r.overdue)),
            count_col(done, rows.iter().map(|r| r.done)).dropped(0),
            Spec::widest([flag.as_str(), not_kept], Align::Left),
        ],
        indent: 0,
        room: 16,
        floor: 0,
    };
    let fitted = grid.fit(usize::from(area.width));
    let line = |cells: [String; 9]| fitted.line(&cells.iter().map(Piece::from).collect::<Vec<_>>());
    let head =
        line([id, date, issuer, title, pledges, open, overdue, done, &flag].map(|s| s.to_string()));
    let flagged = rows.iter().filter(|r| r.claim_not_kept()).count();
    let shown = rows
        .iter()
        .map(|r| {
            let kept = r.claim_not_kept();
            let cells = [
                r.id.to_string(),
                crate::date::format(r.issued_on),
                inert_line(&r.issuer).into_owned(),
                inert_line(&r.title).into_owned(),
                r.pledges.to_string(),
                r.open.to_string(),
                r.overdue.to_string(),
                r.done.to_string(),
                if kept {
                    not_kept.to_string()
                } else {
                    String::new()
                },
            ];
            let style = if kept {
                Style::new().fg(Color::Red)
            } else {
                Style::new()
            };
            (line(cells), style)
        })
        .collect();
    let title = words::letters_title(rows.len(), flagged);
    table(
        frame,
        area,
        title,
        head,
        shown,
        view.at,
        letter_words::none(),
    );
}

pub fn render_letter(view: &LetterView, frame: &mut Frame, area: Rect) {
    let [head, text] =
        Layout::vertical([Constraint::Length(LETTER_HEAD), Constraint::Fill(1)]).areas(area);
    let width = usize::from(area.width);
    let (l, r) = (&view.letter, &view.row);
    let what = words::letter_head(
        l.id,
        &l.issuer,
        l.issued_on,
        l.reference.as_deref(),
        &l.title,
    );
    let counts = letter_words::counts(r.pledges, r.open, r.overdue, r.done, r.dropped);
    let mut lines = vec![
        Line::styled(
            truncate(&what, width).into_owned(),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Line::raw(truncate(&counts, width).into_owned()),
    ];
    let quote = match view.chosen() {
        Some(p) => words::quote_chosen(
            view.current.map_or(0, |c| c + 1),
            view.order.len(),
            p.id,
            &p.title,
        ),
        None => words::quotes_marked(view.order.len(), view.pledges.len()),
    };
    if r.claim_not_kept() {
        // Claimed versus kept comes before anything else the head says.
        let flag = letter_words::not_kept_line(r.overdue, r.dropped);
        lines[1] = Line::styled(
            truncate(&flag, width).into_owned(),
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        );
    }
    lines.push(Line::raw(truncate(&quote, width).into_owned()));
    frame.render_widget(Paragraph::new(lines), head);

    let inner = usize::from(text.height.saturating_sub(2));
    let title = truncate(&words::text_title(), width.saturating_sub(2)).into_owned();
    let block = Block::bordered().title(title);
    frame.render_widget(Paragraph::new(painted(view, inner)).block(block), text);
}

/// The letter's rows on screen, every quote underlined and the chosen one highlighted.
fn painted(view: &LetterView, count: usize) -> Vec<Line<'static>> {
    let rows = view.layout.rows.iter().skip(view.scroll).take(count);
    let chosen = view.current.and_then(|c| view.order.get(c)).copied();
    let mut marks: Vec<(usize, Range<usize>, Style)> = Vec::new();
    let quoted = Style::new()
        .fg(Color::Yellow)
        .add_modifier(Modifier::UNDERLINED);
    let lit = Style::new().fg(Color::Black).bg(Color::Yellow);
    for (i, found) in view.spots.spots.iter().enumerate() {
        let style = if Some(i) == chosen { lit } else { quoted };
        marks.extend(found.iter().map(|(p, r)| (*p, r.clone(), style)));
    }
    // The chosen quote over any other quote that shares its words.
    marks.sort_by_key(|(_, _, s)| *s == lit);
    rows.map(|row| super::review::paint_row(row, &marks))
        .collect()
}
