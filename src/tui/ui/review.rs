//! The review screen: the letter on one side with each draft's quote marked, the drafts on the
//! other with the chosen one's fields below them.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::letter::extract::sentence_ranges;
use crate::text::{fit, inert_line, truncate, width, wrap, wrap_first};
use crate::tui::screen::review::{Decision, LetterLayout, LetterRow, Pane, QuoteSpots, Review};

/// At this width and wider the letter and the drafts stand side by side; narrower, one above
/// the other.
const SIDE_BY_SIDE: u16 = 100;

/// The letter's pane and the drafts' pane inside the screen's body.
pub fn split(body: Rect) -> (Rect, Rect) {
    let [letter, drafts] = if body.width >= SIDE_BY_SIDE {
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body)
    } else {
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(body)
    };
    (letter, drafts)
}

/// The panes for a terminal of `size`, as `render` will draw them.
pub fn panes(size: (u16, u16)) -> (Rect, Rect) {
    let (w, h) = size;
    let body = Rect {
        x: 0,
        y: super::HEADER,
        width: w,
        height: h.saturating_sub(super::HEADER + super::FOOTER),
    };
    split(body)
}

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

/// Where `part` first stands in the letter at or after `from` (paragraph, byte), else anywhere.
fn find_part(
    paragraphs: &[String],
    part: &str,
    from: (usize, usize),
) -> Option<(usize, Range<usize>)> {
    let (p0, b0) = from;
    let at = |i: usize, p: &str, skip: usize| {
        let rest = p.get(skip..)?;
        let found = rest.find(part);
        #[cfg(test)]
        tests::SEARCHED.with(|n| n.set(n.get() + found.map_or(rest.len(), |at| at + part.len())));
        found.map(|at| (i, skip + at..skip + at + part.len()))
    };
    let after = paragraphs.iter().enumerate().skip(p0);
    let before = paragraphs.iter().enumerate().take(p0 + 1);
    after
        .map(|(i, p)| (i, p, if i == p0 { b0 } else { 0 }))
        .chain(before.map(|(i, p)| (i, p, 0)))
        .find_map(|(i, p, skip)| at(i, p, skip))
}

/// Where a quote stands in the letter: the whole quote in one paragraph, else each of its
/// sentences wherever found (a quote merged from two places, or edited). The search starts at
/// `from`, where the draft before it was found: drafts come in the letter's order, so a whole
/// letter's quotes are found in one pass over it, not one pass each.
fn find(paragraphs: &[String], quote: &str, from: (usize, usize)) -> Vec<(usize, Range<usize>)> {
    let quote = quote.trim();
    if quote.is_empty() {
        return Vec::new();
    }
    if let Some(hit) = find_part(paragraphs, quote, from) {
        return vec![hit];
    }
    let mut from = from;
    sentence_ranges(quote)
        .into_iter()
        .filter_map(|r| {
            let hit = find_part(paragraphs, quote[r].trim(), from)?;
            from = (hit.0, hit.1.end);
            Some(hit)
        })
        .collect()
}

/// Each quote's place in the letter: kept for the quotes that have not changed, searched for
/// the others from where the draft before was found.
fn spots(paragraphs: &[String], old: &QuoteSpots, quotes: Vec<&str>) -> QuoteSpots {
    let known: std::collections::HashMap<&str, &Vec<(usize, Range<usize>)>> = old
        .quotes
        .iter()
        .map(String::as_str)
        .zip(&old.spots)
        .collect();
    let mut from = (0, 0);
    let spots = quotes
        .iter()
        .map(|q| {
            let found = known
                .get(q)
                .map_or_else(|| find(paragraphs, q, from), |f| (*f).clone());
            if let Some((p, r)) = found.first() {
                // Past the first character, so a quote given twice is found twice.
                let next = paragraphs
                    .get(*p)
                    .and_then(|t| t.get(r.start..))
                    .and_then(|t| t.chars().next())
                    .map_or(1, char::len_utf8);
                from = (*p, r.start + next);
            }
            found
        })
        .collect();
    QuoteSpots {
        spots,
        quotes: quotes.into_iter().map(str::to_string).collect(),
    }
}

/// Lays the letter out for a pane `pane_width` wide (borders included): only when the width or
/// a draft's quote has changed since it was last laid out.
pub fn lay_out(review: &mut Review, pane_width: u16) {
    let quotes: Vec<&str> = review
        .drafts
        .iter()
        .map(|d| d.draft.quote.as_str())
        .collect();
    let moved = review.spots.quotes != quotes;
    if moved {
        review.spots = spots(&review.import.paragraphs, &review.spots, quotes);
    }
    if !moved && review.layout.width == pane_width && !review.layout.rows.is_empty() {
        return;
    }
    let cols = usize::from(pane_width.saturating_sub(2)).max(4);
    let paragraphs = &review.import.paragraphs;
    let mut layout = LetterLayout {
        width: pane_width,
        ..LetterLayout::default()
    };
    // Where each paragraph's byte offsets land: (byte, row), in byte order.
    let mut starts: Vec<Vec<(usize, usize)>> = vec![Vec::new(); paragraphs.len()];
    for (i, p) in paragraphs.iter().enumerate() {
        if i > 0 {
            layout.rows.push(LetterRow {
                paragraph: None,
                chars: Vec::new(),
            });
        }
        // Visible characters with the byte of the letter's character each came from.
        let mut shown: Vec<(char, usize)> = Vec::new();
        for (b, c) in p.char_indices() {
            let mut buf = [0; 4];
            shown.extend(inert_line(c.encode_utf8(&mut buf)).chars().map(|v| (v, b)));
        }
        let text: String = shown.iter().map(|(c, _)| *c).collect();
        let mut at = 0;
        for line in wrap(&text, cols) {
            let mut chars = Vec::new();
            for c in line.chars() {
                // Wrapping only drops blanks at the break: skip them to stay in step.
                while shown.get(at).is_some_and(|(v, _)| *v != c) {
                    at += 1;
                }
                let Some(&(_, byte)) = shown.get(at) else {
                    break;
                };
                starts[i].push((byte, layout.rows.len()));
                chars.push((c, byte));
                at += 1;
            }
            layout.rows.push(LetterRow {
                paragraph: Some(i),
                chars,
            });
        }
    }
    let line_of = |p: usize, byte: usize| -> usize {
        let s = &starts[p];
        match s.get(s.partition_point(|&(b, _)| b < byte)) {
            Some(&(_, line)) => line,
            None => s.last().map_or(0, |&(_, l)| l),
        }
    };
    layout.sentence_lines = review
        .sentences
        .iter()
        .map(|(p, r)| line_of(*p, r.start))
        .collect();
    layout.draft_lines = review
        .spots
        .spots
        .iter()
        .map(|found| found.first().map(|(p, r)| line_of(*p, r.start)))
        .collect();
    review.layout = layout;
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
    if review.pane == Pane::Letter
        && let Some((p, r)) = review.sentences.get(review.cursor)
    {
        mark(
            &[(*p, r.clone())],
            Style::new().add_modifier(Modifier::REVERSED),
        );
    }
    rows.map(|row| {
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
    })
    .collect()
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
    let (letter, drafts) = split(body);
    render_letter(review, frame, letter);
    render_drafts(review, frame, drafts);
}

fn render_letter(review: &Review, frame: &mut Frame, area: Rect) {
    let m = &review.import.meta;
    let title = format!(
        " Letter · {} · {} · read as {} ",
        inert_line(m.issuer.as_deref().unwrap_or("(unsigned)")),
        m.issued_on
            .map_or("(undated)".to_string(), crate::date::format),
        review.import.read_as
    );
    let inner = usize::from(area.height.saturating_sub(2));
    let title = truncate(&title, usize::from(area.width.saturating_sub(2))).into_owned();
    let lines = painted(review, review.scroll, inner);
    frame.render_widget(
        Paragraph::new(lines).block(pane_block(title, review.pane == Pane::Letter)),
        area,
    );
}

fn render_drafts(review: &Review, frame: &mut Frame, area: Rect) {
    let title = format!(
        " Drafts · {} accepted · {} rejected · {} undecided ",
        review.count(Decision::Accepted),
        review.count(Decision::Rejected),
        review.count(Decision::Open)
    );
    let cols = usize::from(area.width.saturating_sub(2));
    let title = truncate(&title, cols).into_owned();
    let block = pane_block(title, review.pane == Pane::Drafts);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if review.drafts.is_empty() {
        let text = "No pledges found. Tab to the letter, choose a sentence with ↑/↓ and press n.";
        let lines: Vec<Line> = wrap(text, cols).into_iter().map(Line::raw).collect();
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
            let lead = format!("{} {:>number_w$} ", d.decision.mark(), k + 1);
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
fn detail_lines(
    at: usize,
    d: &crate::tui::screen::review::ReviewDraft,
    cols: usize,
    rows: usize,
) -> Vec<Line<'static>> {
    let draft = &d.draft;
    let deadline = match (draft.deadline, &draft.deadline_text) {
        (Some(date), Some(text)) => format!("{} (\"{}\")", crate::date::format(date), text),
        (Some(date), None) => crate::date::format(date),
        (None, _) => "none".to_string(),
    };
    let targets = if draft.targets.is_empty() {
        "none".to_string()
    } else {
        draft
            .targets
            .iter()
            .map(|t| format!("{} {} ({})", t.quantity, t.unit, t.text))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let decision = match d.decision {
        Decision::Open => "undecided",
        Decision::Accepted => "accepted",
        Decision::Rejected => "rejected",
    };
    let fields = [
        ("Draft", format!("{} · {decision}", at + 1)),
        ("Title", draft.title.clone()),
        ("Owner", draft.owner.clone()),
        ("Deadline", deadline),
        ("Targets", targets),
        ("Quote", draft.quote.clone()),
    ];
    let label_w = 9;
    let mut lines = vec![Line::raw("")];
    for (label, value) in fields {
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
                    format!("{label:<label_w$}"),
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

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    thread_local! {
        /// Bytes of the letter handed to the quote search, to count its work.
        pub static SEARCHED: Cell<usize> = const { Cell::new(0) };
    }

    #[test]
    fn finding_every_quote_reads_the_letter_about_once_not_once_per_quote() {
        let paragraphs: Vec<String> = (0..2000)
            .map(|i| format!("第{i}段：县交通局将于2026年底前完成第{i}座危桥改造。"))
            .collect();
        let quotes: Vec<String> = (0..2000)
            .map(|i| format!("县交通局将于2026年底前完成第{i}座危桥改造。"))
            .collect();
        let letter: usize = paragraphs.iter().map(String::len).sum();
        SEARCHED.with(|n| n.set(0));
        let found = spots(
            &paragraphs,
            &QuoteSpots::default(),
            quotes.iter().map(String::as_str).collect(),
        );
        let searched = SEARCHED.with(Cell::get);
        assert!(
            searched <= 2 * letter,
            "searched {searched} bytes of a {letter}-byte letter"
        );
        for (i, spot) in found.spots.iter().enumerate() {
            let (p, r) = &spot[0];
            assert_eq!((*p, &paragraphs[*p][r.clone()]), (i, quotes[i].as_str()));
        }
        // Quotes given again are not searched for again; a changed one is found where it is.
        let mut changed = quotes.clone();
        changed[1500] = "第7段".into();
        SEARCHED.with(|n| n.set(0));
        let again = spots(
            &paragraphs,
            &found,
            changed.iter().map(String::as_str).collect(),
        );
        assert!(SEARCHED.with(Cell::get) <= letter);
        assert_eq!(again.spots[1500], vec![(7, 0..7)]);
        assert_eq!(again.spots[1499], found.spots[1499]);
    }
}
