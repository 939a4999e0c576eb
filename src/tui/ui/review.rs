//! The review screen: the letter on one side with each draft's quote marked, the drafts on the
//! other with the chosen one's fields below them.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::messages::tui::review as words;
use crate::text::{fit, fit_right, inert_line, truncate, width, wrap, wrap_first};
use crate::tui::layout::letter::LetterRow;
use crate::tui::layout::review_panes;
use crate::tui::screen::review::{Decision, Pane, Review, ReviewDraft};

fn quote_style(decision: Decision, selected: bool) -> Style {
    if selected {
        return Style::new().fg(Color::Black).bg(Color::Yellow);
    }
    match decision {
        Decision::Open => Style::new()
            .fg(Color::Yellow)
            .add_modifier(Modifier::UNDERLINED),
        Decision::Accepted => Style::new().fg(Color::Green),
        Decision::Rejected => Style::new()
            .fg(Color::DarkGray)
            .add_modifier(Modifier::CROSSED_OUT),
    }
}

/// What OCR read with low confidence: red and underlined, whatever quote it stands in.
pub(super) fn doubtful_style() -> Style {
    Style::new()
        .fg(Color::Red)
        .add_modifier(Modifier::UNDERLINED)
}

/// The letter's rows from `first`, `count` of them, with every quote on them marked by its
/// draft's decision, the chosen draft over the others, and the cursor's sentence over all.
fn painted(review: &Review, first: usize, count: usize) -> Vec<Line<'static>> {
    let rows = review.layout.rows.iter().skip(first).take(count);
    let on_screen: Vec<usize> = rows.clone().filter_map(|r| r.paragraph).collect();
    let (Some(&lo), Some(&hi)) = (on_screen.first(), on_screen.last()) else {
        return rows.map(|_| Line::raw("")).collect();
    };
    let mut marks: Vec<(usize, Range<usize>, Style)> = Vec::new();
    let mut mark = |found: &[(usize, Range<usize>)], style: Style| {
        for (p, r) in found.iter().filter(|(p, _)| (lo..=hi).contains(p)) {
            marks.push((*p, r.clone(), style));
        }
    };
    for (k, (d, found)) in review.drafts.iter().zip(&review.spots.spots).enumerate() {
        if k != review.selected {
            mark(found, quote_style(d.decision, false));
        }
    }
    if let Some(found) = review.spots.spots.get(review.selected) {
        mark(found, quote_style(Decision::Open, true));
    }
    // Over the quotes, under the cursor: what OCR was unsure of, to check against the paper.
    mark(&review.doubtful, doubtful_style());
    if review.pane == Pane::Letter
        && let Some((p, r)) = review.sentences.get(review.cursor)
    {
        mark(
            &[(*p, r.clone())],
            Style::new().add_modifier(Modifier::REVERSED),
        );
    }
    rows.map(|row| paint_row(row, &marks)).collect()
}

/// One row of a letter, each character styled by every mark over it, later marks on top.
pub(super) fn paint_row(row: &LetterRow, marks: &[(usize, Range<usize>, Style)]) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = Style::new();
    for &(c, byte) in &row.chars {
        let style = marks
            .iter()
            .filter(|(p, r, _)| Some(*p) == row.paragraph && r.contains(&byte))
            .fold(Style::new(), |style, (_, _, s)| style.patch(*s));
        if style != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    Line::from(spans)
}

fn pane_block(title: String, focused: bool) -> Block<'static> {
    let style = if focused {
        Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    };
    Block::bordered().border_style(style).title(title)
}

pub fn render(review: &Review, frame: &mut Frame, body: Rect) {
    let (letter, drafts) = review_panes(body);
    render_letter(review, frame, letter);
    render_drafts(review, frame, drafts);
}

fn render_letter(review: &Review, frame: &mut Frame, area: Rect) {
    let m = &review.import.meta;
    let issuer = m.issuer.as_deref().map(inert_line);
    let origin = crate::messages::ocr::origin(review.import.origin, &review.import.read_as);
    let mut title = words::letter_title(issuer.as_deref(), m.issued_on, &origin);
    // One letter of several: where it stands and how to stop, ahead of what it is.
    if let Some((at, of)) = review.batch {
        title = format!(
            " {} · {}",
            crate::messages::tui::review_batch::place(at, of),
            title.trim_start()
        );
    }
    let inner = usize::from(area.height.saturating_sub(2));
    let cols = usize::from(area.width.saturating_sub(2));
    let title = truncate(&title, cols).into_owned();
    let lines = painted(review, review.scroll, inner);
    let mut block = pane_block(title, review.pane == Pane::Letter);
    if matches!(review.import.origin, crate::model::Origin::Ocr { .. }) {
        let legend = truncate(&crate::messages::ocr::legend(), cols).into_owned();
        block = block.title_bottom(Line::styled(legend, doubtful_style()));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn render_drafts(review: &Review, frame: &mut Frame, area: Rect) {
    let title = words::drafts_title(
        review.count(Decision::Accepted),
        review.count(Decision::Rejected),
        review.count(Decision::Open),
    );
    let cols = usize::from(area.width.saturating_sub(2));
    let title = truncate(&title, cols).into_owned();
    let block = pane_block(title, review.pane == Pane::Drafts);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if review.drafts.is_empty() {
        let lines: Vec<Line> = wrap(words::nothing_found(), cols)
            .into_iter()
            .map(Line::raw)
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let height = usize::from(inner.height);
    let list_rows = review.drafts.len().min((height / 2).max(3)).min(height);
    let [list, details] = Layout::vertical([
        Constraint::Length(u16::try_from(list_rows).unwrap_or(u16::MAX)),
        Constraint::Fill(1),
    ])
    .areas(inner);
    let first = review
        .selected
        .saturating_sub(list_rows.saturating_sub(1))
        .min(review.drafts.len().saturating_sub(list_rows));
    let number_w = review.drafts.len().to_string().len();
    let owner_w = (cols / 4).clamp(4, 16);
    let rows: Vec<Line> = review
        .drafts
        .iter()
        .enumerate()
        .skip(first)
        .take(list_rows)
        .map(|(k, d)| {
            let number = fit_right(&(k + 1).to_string(), number_w);
            let mark = if d.doubtful() {
                words::doubtful_mark()
            } else {
                words::mark(d.decision)
            };
            let lead = format!("{mark} {number} ");
            let title_w = cols.saturating_sub(width(&lead) + owner_w + 1);
            let text = format!(
                "{lead}{} {}",
                fit(&inert_line(&d.draft.title), title_w),
                fit(&inert_line(&d.draft.owner), owner_w)
            );
            let mut style = match d.decision {
                Decision::Accepted => Style::new().fg(Color::Green),
                Decision::Rejected => Style::new()
                    .fg(Color::DarkGray)
                    .add_modifier(Modifier::CROSSED_OUT),
                Decision::Open if d.doubtful() => Style::new().add_modifier(Modifier::DIM),
                Decision::Open => Style::new(),
            };
            if k == review.selected {
                style = style.add_modifier(Modifier::REVERSED);
            }
            Line::styled(text, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), list);
    if let Some(d) = review.selected_draft() {
        let lines = detail_lines(review.selected, d, cols, usize::from(details.height));
        frame.render_widget(Paragraph::new(lines), details);
    }
}

/// The chosen draft's fields, each label in bold and its value wrapped beside it.
/// Only the `rows` that fit are made: a quote may be a whole page of the letter.
fn detail_lines(at: usize, d: &ReviewDraft, cols: usize, rows: usize) -> Vec<Line<'static>> {
    let draft = &d.draft;
    let deadline = draft.deadline.map_or_else(
        || crate::messages::tui::page::none().to_string(),
        |on| crate::messages::tui::page::deadline(Some(on), draft.deadline_text.as_deref()),
    );
    let values = [
        words::draft_number(at, d.decision),
        draft.title.clone(),
        draft.owner.clone(),
        deadline,
        words::draft_targets(&draft.targets),
        draft.quote.clone(),
        crate::messages::extract::why(draft),
    ];
    // Padded by display width: at least nine columns, wider for wider labels.
    let labels = words::draft_labels();
    let label_w = labels
        .iter()
        .map(|l| width(l) + 1)
        .max()
        .unwrap_or(0)
        .max(9);
    let mut lines = vec![Line::raw("")];
    for (label, value) in labels.into_iter().zip(values) {
        let room = rows.saturating_sub(lines.len());
        // What fits is at most `room` lines of `cols` characters: the rest is never read.
        let shown: String = value.chars().take(room.max(1) * cols.max(1)).collect();
        for (n, part) in wrap_first(
            &inert_line(&shown),
            cols.saturating_sub(label_w).max(4),
            room,
        )
        .into_iter()
        .enumerate()
        {
            let lead = if n == 0 {
                Span::styled(
                    fit(label, label_w),
                    Style::new().add_modifier(Modifier::BOLD),
                )
            } else {
                Span::raw(" ".repeat(label_w))
            };
            lines.push(Line::from(vec![lead, Span::raw(part)]));
        }
    }
    lines
}
