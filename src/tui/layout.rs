//! Where things go on a terminal of a given size, and text laid out at a width. Below both the
//! app (which scrolls and pages by it) and the drawing (which draws what it made), so neither
//! asks the other.

pub mod dashboard;
pub mod help;
pub mod letter;
pub mod page;

use ratatui::layout::{Constraint, Layout, Rect};

use crate::text::{fit, width};

/// Below this size the screen shows a notice instead of a garbled layout.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

pub const HEADER: u16 = 1;
pub const FOOTER: u16 = 2;

/// At this width and wider a letter and its drafts stand side by side; narrower, one above
/// the other.
const SIDE_BY_SIDE: u16 = 100;

/// The header, the body and the footer of a screen.
pub fn frame(area: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(HEADER),
        Constraint::Fill(1),
        Constraint::Length(FOOTER),
    ])
    .areas(area)
}

/// Lines between the header and the footer.
pub fn body_height(height: u16) -> usize {
    usize::from(height.saturating_sub(HEADER + FOOTER))
}

/// List rows that fit under the column headings.
pub fn list_capacity(height: u16) -> usize {
    body_height(height).saturating_sub(1)
}

/// Which of the list's rows on screen (0 the first) the terminal row `y` is, below the header
/// and the column headings; `None` above them or in the footer.
pub fn list_row_at(y: u16, height: u16) -> Option<usize> {
    let row = usize::from(y.checked_sub(HEADER + 1)?);
    (row < list_capacity(height)).then_some(row)
}

/// A letter's pane and its drafts' pane inside the screen's body.
pub fn review_panes(body: Rect) -> (Rect, Rect) {
    let [letter, drafts] = if body.width >= SIDE_BY_SIDE {
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body)
    } else {
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(body)
    };
    (letter, drafts)
}

/// The letter's pane for a terminal of `size`, as the review screen draws it.
pub fn letter_pane(size: (u16, u16)) -> Rect {
    let (width, height) = size;
    let [_, body, _] = frame(Rect::new(0, 0, width, height));
    review_panes(body).0
}

/// Lines above a letter's text on its screen: what it is, its counts, the quote chosen.
pub const LETTER_HEAD: u16 = 3;

/// The bordered pane a letter's text is drawn in, below its head, for a terminal of `size`.
pub fn letter_text(size: (u16, u16)) -> Rect {
    let (width, height) = size;
    let [_, body, _] = frame(Rect::new(0, 0, width, height));
    let [_, text] =
        Layout::vertical([Constraint::Length(LETTER_HEAD), Constraint::Fill(1)]).areas(body);
    text
}

/// Lines of text inside a bordered pane; at least one, so paging always moves.
pub fn inside(pane: Rect) -> usize {
    usize::from(pane.height.saturating_sub(2)).max(1)
}

/// Labels padded to the widest of them by display width, so the fields after them line up
/// in any language.
pub fn pad_labels<'a>(labels: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let labels: Vec<&str> = labels.into_iter().collect();
    let widest = labels.iter().map(|l| width(l)).max().unwrap_or(0);
    labels.into_iter().map(|l| fit(l, widest)).collect()
}

/// A notice wrapped at `cols` display columns: at spaces, as a paragraph wraps English, and
/// between any two wide (Chinese) characters, which need no space to break. Unlike ratatui's
/// wrapping (0.30), a wide character never starts in the last column with half of it past the
/// edge; a word longer than the line is cut by columns.
pub fn wrap_notice(s: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(2);
    // Each piece with whether a space came before it.
    let mut pieces: Vec<(bool, String)> = Vec::new();
    let mut space = false;
    for c in s.chars() {
        let wide = is_wide(c);
        match pieces.last_mut() {
            _ if c.is_whitespace() => {
                space = true;
                continue;
            }
            Some((_, word)) if !space && !wide && !word.chars().last().is_some_and(is_wide) => {
                word.push(c);
            }
            _ => pieces.push((space, c.to_string())),
        }
        space = false;
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for (spaced, piece) in pieces {
        let gap = usize::from(spaced && !line.is_empty());
        if width(&line) + gap + width(&piece) <= cols {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(&piece);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in piece.chars() {
            if width(&line) + width(c.encode_utf8(&mut [0; 4])) > cols && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn is_wide(c: char) -> bool {
    width(c.encode_utf8(&mut [0; 4])) > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_labels_are_padded_to_the_same_columns_as_latin_ones() {
        let padded = pad_labels(["截止日期", "Owner", "负责单位（牵头）"]);
        let widths: Vec<usize> = padded.iter().map(|l| width(l)).collect();
        assert_eq!(widths, [16, 16, 16], "{padded:?}");
        assert_eq!(padded[0].trim_end(), "截止日期");
    }

    #[test]
    fn the_letter_pane_stands_beside_the_drafts_only_when_wide() {
        let wide = letter_pane((120, 40));
        assert_eq!((wide.y, wide.width, wide.height), (HEADER, 66, 37));
        let narrow = letter_pane((80, 24));
        assert_eq!((narrow.width, inside(narrow)), (80, 7));
        assert_eq!(list_capacity(24), 20);
    }

    #[test]
    fn list_rows_start_under_the_header_and_the_column_headings() {
        assert_eq!(list_row_at(0, 24), None);
        assert_eq!(list_row_at(1, 24), None);
        assert_eq!(list_row_at(2, 24), Some(0));
        assert_eq!(list_row_at(21, 24), Some(19));
        assert_eq!(list_row_at(22, 24), None, "the footer");
    }

    #[test]
    fn a_notice_wraps_english_at_spaces_and_chinese_anywhere_within_the_width() {
        let english = "Window too small: 20×5. pledge needs at least 40×10; enlarge it to go on.";
        assert_eq!(
            wrap_notice(english, 20),
            [
                "Window too small:",
                "20×5. pledge needs",
                "at least 40×10;",
                "enlarge it to go on."
            ]
        );
        let chinese = "窗口太小：30×8。pledge 至少需要 40×10，请放大窗口后继续。";
        for cols in [5, 9, 30, 31] {
            let lines = wrap_notice(chinese, cols);
            assert!(lines.iter().all(|l| width(l) <= cols), "{cols}: {lines:?}");
            assert_eq!(lines.concat().replace(' ', ""), chinese.replace(' ', ""));
        }
        assert_eq!(wrap_notice(chinese, 30)[0], "窗口太小：30×8。pledge 至少需");
    }
}
