//! The period report's keys: it scrolls like the overdue report, and goes a month back or on.

use crossterm::event::KeyCode;

use super::super::{Action, Hint, Keymap, Section, Typing};
use super::{ESC, PAGES, bind, code, key};

pub const PERIOD: Keymap = Keymap {
    section: Section::Period,
    moves: PAGES,
    typing: Typing::No,
    own: &[
        bind(&[key(' ')], Action::PageDown, Hint::PageDown, false),
        bind(
            &[key('['), code(KeyCode::Left)],
            Action::Left,
            Hint::PreviousMonth,
            true,
        ),
        bind(
            &[key(']'), code(KeyCode::Right)],
            Action::Right,
            Hint::NextMonth,
            true,
        ),
        bind(&[key('p')], Action::SaveReport, Hint::SaveToFile, true),
        bind(&[key('R')], Action::Refresh, Hint::Refresh, false),
        bind(ESC, Action::Back, Hint::Back, true),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, true),
    ],
};
