//! The dashboard's keys, one table per pane: the moving keys move through the pane in focus,
//! Tab goes to the other, and Enter does what that pane's rows are for.

use super::super::{Action, Hint, Keymap, Section, Typing};
use super::{ENTER, ESC, ROWS, TAB, bind, key};

/// The bodies' bars: Enter lists the chosen body's pledges, as on the bodies screen.
pub const DASHBOARD_BODIES: Keymap = Keymap {
    section: Section::DashboardBodies,
    moves: ROWS,
    typing: Typing::No,
    own: &[
        bind(ENTER, Action::Open, Hint::ListBody, true),
        bind(TAB, Action::SwitchPane, Hint::ToGauges, true),
        bind(ESC, Action::Back, Hint::Back, true),
        bind(&[key('R')], Action::Refresh, Hint::Refresh, false),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, true),
    ],
};

/// The pace gauges: Enter opens the chosen pledge.
pub const DASHBOARD_GAUGES: Keymap = Keymap {
    section: Section::DashboardGauges,
    moves: ROWS,
    typing: Typing::No,
    own: &[
        bind(ENTER, Action::Open, Hint::Open, true),
        bind(TAB, Action::SwitchPane, Hint::ToBodies, true),
        bind(ESC, Action::Back, Hint::Back, true),
        bind(&[key('R')], Action::Refresh, Hint::Refresh, false),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, true),
    ],
};
