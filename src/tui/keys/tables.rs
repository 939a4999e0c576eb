//! Every screen's keys: a table of data, one `Keymap` per kind of screen.

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Action, Binding, Hint, Key, Keymap, Section, Typing};

mod bodies;
mod dashboard;
mod period;
pub use bodies::{BODIES, FILTER_OWNER, LETTER_PAGE, LETTERS};
pub use dashboard::{DASHBOARD_BODIES, DASHBOARD_GAUGES};
pub use period::PERIOD;

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn bind(keys: &'static [Key], action: Action, label: Hint, footer: bool) -> Binding {
    Binding {
        keys,
        action,
        label,
        footer,
    }
}

const UP: &[Key] = &[key('k'), code(KeyCode::Up)];
const DOWN: &[Key] = &[key('j'), code(KeyCode::Down)];
const TOP: &[Key] = &[key('g'), code(KeyCode::Home)];
const BOTTOM: &[Key] = &[key('G'), code(KeyCode::End)];
const PAGE_DOWN: &[Key] = &[code(KeyCode::PageDown), ctrl('f')];
const PAGE_UP: &[Key] = &[code(KeyCode::PageUp), ctrl('b')];
const HALF_DOWN: &[Key] = &[ctrl('d')];
const HALF_UP: &[Key] = &[ctrl('u')];
const ESC: &[Key] = &[code(KeyCode::Esc)];
const ENTER: &[Key] = &[code(KeyCode::Enter)];
const TAB: &[Key] = &[code(KeyCode::Tab)];
const BACK_TAB: &[Key] = &[code(KeyCode::BackTab)];
const F1: &[Key] = &[code(KeyCode::F(1))];
const SAVE: &[Key] = &[ctrl('s')];
/// The draft in `$VISUAL`/`$EDITOR`, as git's and taskwarrior's long texts are written.
const EXTERNAL: &[Key] = &[ctrl('e')];

/// Keys that work on every screen, before the screen's own table.
pub const GLOBAL: &[Binding] = &[
    bind(&[ctrl('c')], Action::ForceQuit, Hint::QuitNow, false),
    bind(&[ctrl('z')], Action::Suspend, Hint::Suspend, false),
];

/// The eight movement keys, labelled for what they move: down, up, first, last, and a page
/// and half a page each way (PgDn/Ctrl-F, Ctrl-D, as less and vim page).
const fn moves(labels: [Hint; 4]) -> [Binding; 8] {
    let [down, up, top, bottom] = labels;
    [
        bind(DOWN, Action::Down, down, false),
        bind(UP, Action::Up, up, false),
        bind(TOP, Action::Top, top, false),
        bind(BOTTOM, Action::Bottom, bottom, false),
        bind(PAGE_DOWN, Action::PageDown, Hint::PageDown, false),
        bind(PAGE_UP, Action::PageUp, Hint::PageUp, false),
        bind(HALF_DOWN, Action::HalfPageDown, Hint::HalfPageDown, false),
        bind(HALF_UP, Action::HalfPageUp, Hint::HalfPageUp, false),
    ]
}

/// Moving through rows: the list, and the drafts of a letter under review.
const ROWS: &[Binding] = &moves([Hint::Down, Hint::Up, Hint::First, Hint::Last]);

/// Scrolling a page of text: a pledge, the report.
const PAGES: &[Binding] = &moves([Hint::ScrollDown, Hint::ScrollUp, Hint::Top, Hint::End]);

/// Editing keys shared by every text field; typed characters insert themselves.
pub const TEXT: &[Binding] = &[
    bind(
        &[code(KeyCode::Backspace)],
        Action::Backspace,
        Hint::DeleteLeft,
        false,
    ),
    bind(
        &[code(KeyCode::Delete)],
        Action::Delete,
        Hint::DeleteRight,
        false,
    ),
    bind(
        &[code(KeyCode::Left)],
        Action::Left,
        Hint::CursorLeft,
        false,
    ),
    bind(
        &[code(KeyCode::Right)],
        Action::Right,
        Hint::CursorRight,
        false,
    ),
    bind(&[code(KeyCode::Up)], Action::Up, Hint::LineUp, false),
    bind(&[code(KeyCode::Down)], Action::Down, Hint::LineDown, false),
    bind(
        &[code(KeyCode::Home), ctrl('a')],
        Action::Home,
        Hint::LineStart,
        false,
    ),
    bind(&[code(KeyCode::End)], Action::End, Hint::LineEnd, false),
];

pub const LIST: Keymap = Keymap {
    section: Section::List,
    moves: ROWS,
    typing: Typing::No,
    own: &[
        bind(ENTER, Action::Open, Hint::Open, true),
        bind(&[key('n')], Action::NewNote, Hint::Note, true),
        bind(&[key('e')], Action::Edit, Hint::Edit, true),
        bind(&[key('s')], Action::QuickStatus, Hint::Status, true),
        bind(&[key('a')], Action::Add, Hint::Add, true),
        bind(&[key('A')], Action::AddChild, Hint::AddSubItem, false),
        bind(&[key('/')], Action::Search, Hint::Search, true),
        bind(&[key('f')], Action::Filter, Hint::Filter, true),
        bind(&[key('o')], Action::Sort, Hint::Sort, true),
        bind(&[key('r')], Action::Report, Hint::Report, true),
        bind(&[key('u')], Action::Undo, Hint::Undo, false),
        bind(&[ctrl('r')], Action::Redo, Hint::Redo, false),
        bind(&[key('R')], Action::Refresh, Hint::Refresh, false),
        bind(ESC, Action::ClearFilters, Hint::ClearFilters, false),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, true),
        bind(&[key('y')], Action::CopyQuote, Hint::CopyQuote, false),
        bind(&[key('Y')], Action::CopyId, Hint::CopyId, false),
        bind(&[key('b')], Action::Bodies, Hint::Bodies, false),
        bind(&[key('L')], Action::Letters, Hint::Letters, false),
        bind(&[key('d')], Action::Dashboard, Hint::Dashboard, false),
        bind(&[key('m')], Action::Period, Hint::Period, false),
    ],
};

pub const DETAIL: Keymap = Keymap {
    section: Section::Pledge,
    moves: PAGES,
    typing: Typing::No,
    own: &[
        bind(TAB, Action::NextChild, Hint::NextSubItem, false),
        bind(ENTER, Action::Open, Hint::OpenSubItem, false),
        bind(&[key('n')], Action::NewNote, Hint::Note, true),
        bind(&[key('e')], Action::Edit, Hint::Edit, true),
        bind(&[key('s')], Action::QuickStatus, Hint::Status, true),
        bind(&[key('A')], Action::AddChild, Hint::AddSubItem, false),
        bind(&[key('u')], Action::Undo, Hint::Undo, false),
        bind(&[ctrl('r')], Action::Redo, Hint::Redo, false),
        bind(&[key('R')], Action::Refresh, Hint::Refresh, false),
        bind(ESC, Action::Back, Hint::Back, true),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, true),
        bind(&[key('y')], Action::CopyQuote, Hint::CopyQuote, false),
        bind(&[key('Y')], Action::CopyId, Hint::CopyId, false),
    ],
};

pub const NOTE_EDITOR: Keymap = Keymap {
    section: Section::NoteEditor,
    moves: &[],
    own: &[
        bind(SAVE, Action::Save, Hint::Save, true),
        bind(ENTER, Action::Enter, Hint::NewLine, true),
        bind(TAB, Action::NextField, Hint::NextField, true),
        bind(BACK_TAB, Action::PrevField, Hint::PreviousField, false),
        bind(ESC, Action::Back, Hint::Cancel, true),
        bind(F1, Action::Help, Hint::Help, true),
        bind(
            EXTERNAL,
            Action::ExternalEditor,
            Hint::ExternalEditor,
            false,
        ),
    ],
    typing: Typing::Fields,
};

pub const FORM: Keymap = Keymap {
    section: Section::Form,
    moves: &[],
    own: &[
        bind(SAVE, Action::Save, Hint::Save, true),
        bind(TAB, Action::NextField, Hint::NextField, true),
        bind(ENTER, Action::Enter, Hint::NextField, false),
        bind(BACK_TAB, Action::PrevField, Hint::PreviousField, false),
        bind(ESC, Action::Back, Hint::Cancel, true),
        bind(F1, Action::Help, Hint::Help, true),
        bind(
            EXTERNAL,
            Action::ExternalEditor,
            Hint::ExternalEditor,
            false,
        ),
    ],
    typing: Typing::Fields,
};

pub const SEARCH: Keymap = Keymap {
    section: Section::Search,
    moves: &[],
    own: &[
        bind(ENTER, Action::Enter, Hint::KeepFilter, true),
        bind(ESC, Action::Back, Hint::Clear, true),
        // Ctrl-E is the external editor in the forms; in the search line it keeps emacs's end.
        bind(&[ctrl('e')], Action::End, Hint::LineEnd, false),
    ],
    typing: Typing::Search,
};

pub const STATUS_PICK: Keymap = Keymap {
    section: Section::Status,
    moves: &[],
    typing: Typing::No,
    own: &[
        bind(DOWN, Action::Down, Hint::Down, false),
        bind(UP, Action::Up, Hint::Up, false),
        bind(ENTER, Action::Enter, Hint::SetStatus, true),
        bind(ESC, Action::Back, Hint::Cancel, true),
    ],
};

pub const FILTER_MENU: Keymap = Keymap {
    section: Section::Filters,
    moves: &[],
    typing: Typing::No,
    own: &[
        bind(DOWN, Action::Down, Hint::Down, false),
        bind(UP, Action::Up, Hint::Up, false),
        bind(
            &[
                key(' '),
                code(KeyCode::Enter),
                code(KeyCode::Right),
                key('l'),
            ],
            Action::Toggle,
            Hint::Change,
            true,
        ),
        bind(
            &[code(KeyCode::Left), key('h')],
            Action::Left,
            Hint::ChangeBack,
            false,
        ),
        bind(&[key('c')], Action::ClearFilters, Hint::ClearAll, true),
        bind(
            &[code(KeyCode::Esc), key('f')],
            Action::Back,
            Hint::Done,
            true,
        ),
    ],
};

pub const REPORT: Keymap = Keymap {
    section: Section::Report,
    moves: PAGES,
    typing: Typing::No,
    own: &[
        bind(&[key(' ')], Action::PageDown, Hint::PageDown, false),
        bind(&[key('p')], Action::SaveReport, Hint::SaveToFile, true),
        bind(ESC, Action::Back, Hint::Back, true),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, true),
    ],
};

pub const SAVE_PROMPT: Keymap = Keymap {
    section: Section::SavingReport,
    moves: &[],
    typing: Typing::No,
    own: &[
        bind(
            &[
                code(KeyCode::Right),
                code(KeyCode::Down),
                key('l'),
                key('j'),
                code(KeyCode::Tab),
            ],
            Action::Right,
            Hint::NextFormat,
            true,
        ),
        bind(
            &[code(KeyCode::Left), code(KeyCode::Up), key('h'), key('k')],
            Action::Left,
            Hint::PreviousFormat,
            false,
        ),
        bind(ENTER, Action::Enter, Hint::Save, true),
        bind(ESC, Action::Back, Hint::Cancel, true),
    ],
};

/// Rows move through the drafts (or the letter's sentences); pages scroll the letter.
pub const REVIEW: Keymap = Keymap {
    section: Section::Review,
    moves: ROWS,
    typing: Typing::No,
    own: &[
        bind(&[key('a')], Action::Accept, Hint::Accept, true),
        bind(&[key('x')], Action::Reject, Hint::Reject, true),
        bind(&[key(' ')], Action::Toggle, Hint::AcceptOrReject, false),
        bind(&[key('A')], Action::AcceptAll, Hint::AcceptRest, false),
        bind(
            &[key('e'), code(KeyCode::Enter)],
            Action::Edit,
            Hint::Edit,
            true,
        ),
        // Saving comes before the rarer commands: a narrow footer is cut from the right.
        bind(SAVE, Action::Save, Hint::Save, true),
        bind(&[key('s')], Action::Split, Hint::Split, true),
        bind(&[key('m')], Action::Merge, Hint::MergeWithNext, true),
        bind(TAB, Action::SwitchPane, Hint::Letter, true),
        bind(&[key('n')], Action::Add, Hint::AddSentence, true),
        bind(&[key('o')], Action::Sort, Hint::SortByScore, false),
        bind(ESC, Action::Back, Hint::Leave, false),
        bind(&[key('Q')], Action::StopBatch, Hint::StopBatch, false),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, false),
    ],
};

/// The review with its letter's side focused: rows move through the letter's sentences, and
/// the keys are those that act on the sentence chosen there (the drafts' keys wait for Tab).
pub const REVIEW_LETTER: Keymap = Keymap {
    section: Section::ReviewLetter,
    moves: ROWS,
    typing: Typing::No,
    own: &[
        bind(&[key('n')], Action::Add, Hint::AddSentence, true),
        bind(TAB, Action::SwitchPane, Hint::Drafts, true),
        bind(SAVE, Action::Save, Hint::Save, true),
        bind(ESC, Action::Back, Hint::Leave, false),
        bind(&[key('Q')], Action::StopBatch, Hint::StopBatch, false),
        bind(&[key('?')], Action::Help, Hint::Help, true),
        bind(&[key('q')], Action::Quit, Hint::Quit, false),
    ],
};

pub const SPLIT_PICK: Keymap = Keymap {
    section: Section::Splitting,
    moves: &[],
    typing: Typing::No,
    own: &[
        bind(
            &[
                code(KeyCode::Right),
                key('l'),
                code(KeyCode::Down),
                key('j'),
            ],
            Action::Right,
            Hint::Later,
            true,
        ),
        bind(
            &[code(KeyCode::Left), key('h'), code(KeyCode::Up), key('k')],
            Action::Left,
            Hint::Earlier,
            true,
        ),
        bind(ENTER, Action::Enter, Hint::SplitHere, true),
        bind(ESC, Action::Back, Hint::Cancel, true),
    ],
};

pub const HELP: Keymap = Keymap {
    section: Section::Help,
    moves: PAGES,
    typing: Typing::No,
    own: &[
        bind(
            &[code(KeyCode::Esc), key('q'), key('?'), code(KeyCode::F(1))],
            Action::Back,
            Hint::Close,
            true,
        ),
        bind(&[key('/')], Action::Search, Hint::SearchHelp, true),
        bind(&[key('n')], Action::NextMatch, Hint::NextMatch, false),
        bind(&[key('N')], Action::PrevMatch, Hint::PreviousMatch, false),
    ],
};

/// Typing a search into help: characters go to the search, as lazygit's `/` does.
pub const HELP_SEARCH: Keymap = Keymap {
    section: Section::HelpSearch,
    moves: &[],
    typing: Typing::Search,
    own: &[
        bind(ENTER, Action::Enter, Hint::KeepSearch, true),
        bind(ESC, Action::Back, Hint::LeaveSearch, true),
    ],
};

pub const CONFIRM: Keymap = Keymap {
    section: Section::Questions,
    moves: &[],
    typing: Typing::No,
    own: &[
        bind(&[key('y')], Action::Yes, Hint::Yes, true),
        bind(&[key('n'), code(KeyCode::Esc)], Action::No, Hint::No, true),
    ],
};

/// Every screen's keys, in the order the help screen lists them.
pub const ALL: [&Keymap; 22] = [
    &LIST,
    &DETAIL,
    &NOTE_EDITOR,
    &FORM,
    &SEARCH,
    &STATUS_PICK,
    &FILTER_MENU,
    &FILTER_OWNER,
    &BODIES,
    &LETTERS,
    &LETTER_PAGE,
    &DASHBOARD_BODIES,
    &DASHBOARD_GAUGES,
    &REPORT,
    &PERIOD,
    &SAVE_PROMPT,
    &REVIEW,
    &REVIEW_LETTER,
    &SPLIT_PICK,
    &HELP,
    &HELP_SEARCH,
    &CONFIRM,
];
