//! Small boxes drawn over a screen: the status picker, the filter menu and questions.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::ledger::Ledger;
use crate::messages::tui::{self as words, review as review_words};
use crate::messages::values;
use crate::model::Status;
use crate::text::inert_line;
use crate::tui::app::App;
use crate::tui::screen::Screen;
use crate::tui::screen::bodies::{OWNER_ROW, OwnerField};

/// Matches shown under the owner field; Up/Down move among more.
const SHOWN_MATCHES: usize = 6;

/// The owner row as typed, cut from the left when long, and the cursor's column in it.
fn owner_line(owner: &OwnerField, cols: usize) -> (Line<'static>, usize) {
    let prompt = format!(
        "{}{}",
        words::choice("", true),
        words::bodies::owner_prompt()
    );
    let room = cols.saturating_sub(crate::text::width(&prompt) + 1).max(1);
    let text = inert_line(owner.input.text()).into_owned();
    let at = owner.input.wrap(usize::MAX / 2).cursor.1;
    // Keep the cursor in view: drop whole characters from the left until it fits.
    let mut shown = text.as_str();
    let mut col = at;
    while col > room {
        let Some(c) = shown.chars().next() else { break };
        col -= crate::text::width(c.encode_utf8(&mut [0; 4]));
        shown = &shown[c.len_utf8()..];
    }
    let shown = crate::text::truncate(shown, room).into_owned();
    let style = Style::new().add_modifier(Modifier::REVERSED);
    let line = Line::styled(format!("{prompt}{shown}"), style);
    (line, crate::text::width(&prompt) + col)
}

/// The names the owner text matches, a window of them around the one chosen.
fn match_lines(owner: &OwnerField, cols: usize) -> Vec<Line<'static>> {
    if owner.matches.is_empty() {
        let none = if owner.input.is_blank() {
            String::new()
        } else {
            format!("    {}", words::bodies::no_match())
        };
        return vec![Line::raw(crate::text::truncate(&none, cols).into_owned())];
    }
    let chosen = owner.choice.unwrap_or(0);
    let first = chosen.saturating_sub(SHOWN_MATCHES - 1);
    (first..owner.matches.len())
        .take(SHOWN_MATCHES)
        .filter_map(|k| {
            let name = inert_line(owner.matched(k)?).into_owned();
            let text = crate::text::truncate(&format!("    {name}"), cols).into_owned();
            let style = if owner.choice == Some(k) {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new().add_modifier(Modifier::DIM)
            };
            Some(Line::styled(text, style))
        })
        .collect()
}

/// Draws the box and returns where it stands.
fn boxed(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    width: u16,
) -> Rect {
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let rect = area.centered(
        Constraint::Length(width.min(area.width)),
        Constraint::Length(height.min(area.height)),
    );
    // One more column each side: a wide (Chinese) character cut by the border would otherwise
    // leave half a glyph that the terminal draws over the border.
    let x = rect.x.saturating_sub(1);
    let right = (rect.right() + 1).min(area.right());
    frame.render_widget(
        Clear,
        Rect {
            x,
            width: right - x,
            ..rect
        },
    );
    let block = Block::bordered().title(format!(" {title} "));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        rect,
    );
    rect
}

fn choice_line(text: String, chosen: bool) -> Line<'static> {
    let style = if chosen {
        Style::new().add_modifier(Modifier::REVERSED)
    } else {
        Style::new()
    };
    Line::styled(words::choice(&text, chosen), style)
}

pub fn render<L: Ledger>(app: &App<L>, screen: &Screen, frame: &mut Frame, area: Rect) {
    match screen {
        Screen::StatusPick { id, selected, .. } => {
            let lines = Status::ALL
                .iter()
                .enumerate()
                .map(|(i, s)| choice_line(values::status(*s).to_string(), i == *selected))
                .collect();
            boxed(frame, area, &words::status_title(*id), lines, 30);
        }
        Screen::FilterMenu { selected, owner } => {
            let rows = words::filter_rows(&words::Filters {
                overdue: app.overdue_only,
                status: app.status_filter,
                owner: app.owner_filter.as_deref(),
                search: None,
                letter: None,
            });
            let typing = *selected == OWNER_ROW;
            let mut lines: Vec<Line<'static>> = rows
                .into_iter()
                .enumerate()
                .take(if typing { OWNER_ROW } else { usize::MAX })
                .map(|(i, r)| choice_line(r, i == *selected))
                .collect();
            let width: u16 = 50;
            let cols = usize::from(width - 2);
            let mut cursor = None;
            if typing {
                let (line, col) = owner_line(owner, cols);
                cursor = Some(col);
                lines.push(line);
                lines.extend(match_lines(owner, cols));
            }
            let rect = boxed(frame, area, words::filters_title(), lines, width);
            if let Some(col) = cursor {
                let x = rect.x + 1 + u16::try_from(col).unwrap_or(u16::MAX);
                let y = rect.y + 1 + u16::try_from(OWNER_ROW).unwrap_or(0);
                if x < rect.right().saturating_sub(1) && y < rect.bottom().saturating_sub(1) {
                    frame.set_cursor_position((x, y));
                }
            }
        }
        Screen::SavePrompt { choice } => {
            let mut lines: Vec<Line<'static>> = crate::report::Format::ALL
                .iter()
                .enumerate()
                .map(|(i, f)| choice_line(f.name().to_string(), i == *choice))
                .collect();
            lines.push(Line::raw(""));
            lines.push(Line::raw(words::saved_where()));
            boxed(frame, area, words::save_as_title(), lines, 34);
        }
        Screen::SplitPick(pick) => {
            let quote = app
                .screens
                .iter()
                .rev()
                .find_map(|s| match s {
                    Screen::Review(r) => r.drafts.get(pick.draft),
                    _ => None,
                })
                .map_or("", |d| d.draft.quote.as_str());
            let cut = pick.points.get(pick.at).copied().unwrap_or(0);
            let (head, tail) = (
                quote.get(..cut).unwrap_or(""),
                quote.get(cut..).unwrap_or(""),
            );
            let width = area.width.saturating_sub(4).min(70);
            let cols = usize::from(width.saturating_sub(2)).max(4);
            let mut lines: Vec<Line<'static>> = Vec::new();
            let [first, second] = review_words::halves();
            for (label, part, style) in [
                (first, head, Style::new()),
                (second, tail, Style::new().add_modifier(Modifier::BOLD)),
            ] {
                for (n, l) in crate::text::wrap(&inert_line(part.trim()), cols - 2)
                    .into_iter()
                    .enumerate()
                {
                    let lead = if n == 0 {
                        label.to_string()
                    } else {
                        " ".repeat(crate::text::width(label))
                    };
                    lines.push(Line::styled(format!("{lead}{l}"), style));
                }
            }
            lines.push(Line::raw(""));
            lines.push(Line::raw(review_words::split_keys()));
            boxed(frame, area, review_words::split_title(), lines, width);
        }
        Screen::Confirm { question, .. } => {
            // Wrapped here, so the box is as tall as the question and the answers stay in it.
            let width: u16 = 50;
            let mut lines: Vec<Line<'static>> =
                crate::text::wrap(&inert_line(question), usize::from(width - 2))
                    .into_iter()
                    .map(Line::raw)
                    .collect();
            lines.push(Line::raw(""));
            lines.push(Line::raw(words::confirm_keys()));
            boxed(frame, area, words::confirm_title(), lines, width);
        }
        _ => {}
    }
}
