//! The keys of the bodies and letters screens, a letter opened and the owner field.

use crossterm::event::KeyCode;

use super::super::{Action, Hint, Keymap, Section, Typing};
use super::{ENTER, ESC, PAGES, ROWS, TAB, bind, code, key};

/// The bodies screen: one row per body; Enter lists its pledges.
pub const BODIES: Keymap = Keymap {
    section: Section::Bodies,
    moves: ROWS,
    typing: Typing::No,
    own: &[
        bind(ENTER, Action::Open, Hint::ListBody, true),
        bind(ESC, Action::Back, Hint::Back, true),
        bind(&[key('R')], Action::Refresh, Hint::Refresh, false),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, true),
    ],
};

/// The letters screen: one row per letter; Enter opens it, `f` lists its pledges.
pub const LETTERS: Keymap = Keymap {
    section: Section::Letters,
    moves: ROWS,
    typing: Typing::No,
    own: &[
        bind(ENTER, Action::Open, Hint::OpenLetter, true),
        bind(&[key('f')], Action::FilterLetter, Hint::LetterPledges, true),
        bind(ESC, Action::Back, Hint::Back, true),
        bind(&[key('R')], Action::Refresh, Hint::Refresh, false),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, true),
    ],
};

/// One letter's text with its pledges' quotes marked; moving between quotes, as in help's search.
pub const LETTER_PAGE: Keymap = Keymap {
    section: Section::LetterPage,
    moves: PAGES,
    typing: Typing::No,
    own: &[
        bind(
            &[key('n'), code(KeyCode::Tab)],
            Action::NextMatch,
            Hint::NextQuote,
            true,
        ),
        bind(
            &[key('N'), code(KeyCode::BackTab)],
            Action::PrevMatch,
            Hint::PreviousQuote,
            false,
        ),
        bind(ENTER, Action::Open, Hint::OpenQuotedPledge, true),
        bind(&[key('f')], Action::FilterLetter, Hint::LetterPledges, true),
        bind(ESC, Action::Back, Hint::Back, true),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, true),
    ],
};

/// The filter menu's owner row: typed, with completion over bodies and their aliases.
pub const FILTER_OWNER: Keymap = Keymap {
    section: Section::OwnerFilter,
    moves: &[],
    typing: Typing::Search,
    own: &[
        bind(TAB, Action::Complete, Hint::Complete, true),
        bind(
            &[code(KeyCode::Down)],
            Action::Down,
            Hint::NextMatchChoice,
            true,
        ),
        bind(
            &[code(KeyCode::Up)],
            Action::Up,
            Hint::PreviousMatchOrRow,
            false,
        ),
        bind(ENTER, Action::Enter, Hint::ApplyOwner, true),
        bind(ESC, Action::Back, Hint::Done, true),
    ],
};
