//! Where the dashboard's parts go: two lines of counts, then the bodies' bars and the gauges,
//! side by side when wide and one above the other when not (the gauges then take no more
//! than they need, up to a third, and the bars the rest). The app pages by the same rows the
//! drawing fills.

use ratatui::layout::{Constraint, Layout, Rect};

/// Rows of a body's bars (overdue, open, done), and the blank row between two bodies.
pub const BARS_PER_BODY: u16 = 3;
pub const BODY_GAP: u16 = 1;

/// Lines above the panes: the title with the quiet pledges, and the notes sparkline.
pub const HEAD: u16 = 2;

/// At this width and wider the bars and the gauges stand side by side.
const SIDE_BY_SIDE: u16 = 100;

/// The dashboard's areas inside the screen's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub title: Rect,
    pub notes: Rect,
    /// The bodies' pane: its heading line, then the bars.
    pub bars: Rect,
    /// The gauges' pane: its heading line, then one gauge a line.
    pub gauges: Rect,
}

/// The areas inside the screen's body, for a dashboard of `gauges` gauges.
pub fn areas(body: Rect, gauges: usize) -> Areas {
    let [head, panes] =
        Layout::vertical([Constraint::Length(HEAD), Constraint::Fill(1)]).areas(body);
    let [title, notes] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(head);
    let [bars, gauges] = if body.width >= SIDE_BY_SIDE {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
            .spacing(1)
            .areas(panes)
    } else {
        let wanted = u16::try_from(gauges.max(1))
            .unwrap_or(u16::MAX)
            .saturating_add(1);
        let height = wanted.min(panes.height / 3).max(2.min(panes.height));
        // The bars keep the rows of the whole bodies that fit; the gauges get the rest.
        let rest = Rect {
            height: panes.height.saturating_sub(height),
            ..panes
        };
        let whole = u16::try_from(bodies_shown(rest)).unwrap_or(1);
        let bars = (1 + whole * (BARS_PER_BODY + BODY_GAP) - BODY_GAP).min(rest.height);
        Layout::vertical([Constraint::Length(bars), Constraint::Fill(1)]).areas(panes)
    };
    Areas {
        title,
        notes,
        bars,
        gauges,
    }
}

/// The dashboard's areas on a terminal of `size`, for `gauges` gauges.
pub fn areas_for(size: (u16, u16), gauges: usize) -> Areas {
    let [_, body, _] = super::frame(Rect::new(0, 0, size.0, size.1));
    areas(body, gauges)
}

/// Bodies whose bars fit under the pane's heading; at least one, so moving always moves.
pub fn bodies_shown(bars: Rect) -> usize {
    let rows = bars.height.saturating_sub(1) + BODY_GAP;
    usize::from(rows / (BARS_PER_BODY + BODY_GAP)).max(1)
}

/// Gauges that fit under the pane's heading, one a line; at least one.
pub fn gauges_shown(gauges: Rect) -> usize {
    usize::from(gauges.height.saturating_sub(1)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panes_stand_side_by_side_only_when_wide_and_hold_whole_bodies() {
        let narrow = areas_for((80, 24), 100);
        assert_eq!((narrow.title.y, narrow.notes.y, narrow.bars.y), (1, 2, 3));
        assert_eq!(narrow.bars.width, 80);
        let shown = |a: Areas| (bodies_shown(a.bars), gauges_shown(a.gauges));
        // Three whole bodies; the rows left over go to the gauges.
        assert_eq!(shown(narrow), (3, 6));
        // Two gauges need three lines; the bars take the rest.
        assert_eq!(shown(areas_for((80, 24), 2)), (4, 2));
        let wide = areas_for((120, 40), 2);
        assert_eq!(wide.bars.y, wide.gauges.y);
        assert!(wide.bars.right() < wide.gauges.x, "a column between them");
        assert_eq!(shown(wide), (8, 34));
        assert_eq!(shown(areas_for((40, 10), 100)), (1, 1));
        for size in [(40, 10), (80, 24), (99, 60)] {
            for gauges in [0, 1, 3, 1000] {
                let a = areas_for(size, gauges);
                let panes = size.1 - super::super::HEADER - super::super::FOOTER - HEAD;
                assert_eq!(a.bars.height + a.gauges.height, panes, "{size:?} {gauges}");
                // The heading and a gauge, or the line saying there are none.
                assert!(a.gauges.height >= 2, "{size:?} {gauges}");
            }
        }
    }
}
