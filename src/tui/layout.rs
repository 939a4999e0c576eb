//! Where things go on a terminal of a given size, and text laid out at a width. Below both the
//! app (which scrolls and pages by it) and the drawing (which draws what it made), so neither
//! asks the other.

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
}
