//! The mouse as lazygit and gitui use it, mapped in this one place: the wheel is the screen's
//! own up and down keys, a left click is a click at a cell, and a second click on the same
//! row soon after is a double click. Which list row a cell is belongs to the app.

use std::time::{Duration, Instant};

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::{Action, Keymap};

/// Two clicks on one row this close together are a double click (as most desktops count).
pub const DOUBLE_CLICK: Duration = Duration::from_millis(400);

/// The last click, to tell a double click from two single ones.
#[derive(Debug, Default)]
pub struct Clicks {
    last: Option<(Instant, u16)>,
}

impl Clicks {
    /// A click on `row` at `now`: a double click when it follows one on the same row in time.
    pub fn press(&mut self, now: Instant, column: u16, row: u16) -> Action {
        let double = self
            .last
            .is_some_and(|(at, r)| r == row && now.saturating_duration_since(at) <= DOUBLE_CLICK);
        if double {
            // A third click starts again rather than opening twice.
            self.last = None;
            Action::DoubleClick(column, row)
        } else {
            self.last = Some((now, row));
            Action::Click(column, row)
        }
    }
}

/// The action a mouse event asks for on a screen; `None` for what the screen does not use.
pub fn action_for(
    map: &'static Keymap,
    event: MouseEvent,
    clicks: &mut Clicks,
    now: Instant,
) -> Option<Action> {
    // The wheel does what the screen's down and up keys do, where it has them: a note's lines
    // and a form's fields are moved by keys only.
    let bound = |action: Action| map.table().any(|b| b.action == action).then_some(action);
    match event.kind {
        MouseEventKind::ScrollDown => bound(Action::Down),
        MouseEventKind::ScrollUp => bound(Action::Up),
        MouseEventKind::Down(MouseButton::Left) => Some(clicks.press(now, event.column, event.row)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keys::{DETAIL, FORM, HELP, LIST, NOTE_EDITOR, REPORT};
    use crossterm::event::KeyModifiers;

    fn mouse(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
        MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }
    }

    #[test]
    fn the_wheel_scrolls_the_list_a_pledge_help_and_the_report_but_not_a_draft() {
        let mut clicks = Clicks::default();
        let now = Instant::now();
        for map in [&LIST, &DETAIL, &HELP, &REPORT] {
            let down = action_for(
                map,
                mouse(MouseEventKind::ScrollDown, 5, 5),
                &mut clicks,
                now,
            );
            let up = action_for(map, mouse(MouseEventKind::ScrollUp, 5, 5), &mut clicks, now);
            assert_eq!(
                (down, up),
                (Some(Action::Down), Some(Action::Up)),
                "{:?}",
                map.section
            );
        }
        for map in [&NOTE_EDITOR, &FORM] {
            let down = action_for(
                map,
                mouse(MouseEventKind::ScrollDown, 5, 5),
                &mut clicks,
                now,
            );
            assert_eq!(down, None, "{:?}", map.section);
        }
        let moved = mouse(MouseEventKind::Moved, 5, 5);
        assert_eq!(action_for(&LIST, moved, &mut clicks, now), None);
    }

    #[test]
    fn two_clicks_on_one_row_in_time_are_a_double_click_and_a_third_starts_again() {
        let mut clicks = Clicks::default();
        let t0 = Instant::now();
        let left = |row| mouse(MouseEventKind::Down(MouseButton::Left), 3, row);
        let at = |ms| t0 + Duration::from_millis(ms);
        assert_eq!(
            action_for(&LIST, left(4), &mut clicks, at(0)),
            Some(Action::Click(3, 4))
        );
        assert_eq!(
            action_for(&LIST, left(4), &mut clicks, at(300)),
            Some(Action::DoubleClick(3, 4))
        );
        assert_eq!(
            action_for(&LIST, left(4), &mut clicks, at(350)),
            Some(Action::Click(3, 4))
        );
        // Too slow, or on another row: single clicks.
        assert_eq!(
            action_for(&LIST, left(4), &mut clicks, at(900)),
            Some(Action::Click(3, 4))
        );
        assert_eq!(
            action_for(&LIST, left(5), &mut clicks, at(950)),
            Some(Action::Click(3, 5))
        );
        let right = mouse(MouseEventKind::Down(MouseButton::Right), 3, 5);
        assert_eq!(action_for(&LIST, right, &mut clicks, at(960)), None);
    }
}
