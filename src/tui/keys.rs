//! Keys as data: one table per screen maps keys to actions, and the footer, the help screen and
//! the handler are all read from it, so what the footer promises is what the keys do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Everything a person can ask of the TUI. `App::apply` is the only code that acts on these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Open,
    Back,
    Quit,
    ForceQuit,
    Suspend,
    NewNote,
    Edit,
    Add,
    AddChild,
    QuickStatus,
    Search,
    Filter,
    Sort,
    Help,
    Undo,
    Refresh,
    NextChild,
    ClearFilters,
    Toggle,
    Save,
    Yes,
    No,
    // Text editing.
    Insert(char),
    Paste(String),
    Enter,
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    NextField,
    PrevField,
    Report,
    SaveReport,
    // Reviewing a letter's drafts.
    Accept,
    Reject,
    AcceptAll,
    Split,
    Merge,
    SwitchPane,
    Resize(u16, u16),
}

/// Which key table applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    List,
    Detail,
    NoteEditor,
    Form,
    StatusPick,
    Search,
    FilterMenu,
    Help,
    Confirm,
    Report,
    SavePrompt,
    Review,
    SplitPick,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

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

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub label: &'static str,
    /// Shown in the footer (all bindings are shown in help).
    pub footer: bool,
}

const fn bind(keys: &'static [Key], action: Action, label: &'static str, footer: bool) -> Binding {
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
const PAGE_DOWN: &[Key] = &[code(KeyCode::PageDown)];
const PAGE_UP: &[Key] = &[code(KeyCode::PageUp)];
const ESC: &[Key] = &[code(KeyCode::Esc)];
const ENTER: &[Key] = &[code(KeyCode::Enter)];

/// Keys that work on every screen, before the screen's own table.
pub const GLOBAL: &[Binding] = &[
    bind(&[ctrl('c')], Action::ForceQuit, "quit now", false),
    bind(&[ctrl('z')], Action::Suspend, "suspend", false),
];

/// The six movement keys, labelled for what they move: down, up, first, last, and a page each
/// way.
const fn moves(labels: [&'static str; 4]) -> [Binding; 6] {
    let [down, up, top, bottom] = labels;
    [
        bind(DOWN, Action::Down, down, false),
        bind(UP, Action::Up, up, false),
        bind(TOP, Action::Top, top, false),
        bind(BOTTOM, Action::Bottom, bottom, false),
        bind(PAGE_DOWN, Action::PageDown, "page down", false),
        bind(PAGE_UP, Action::PageUp, "page up", false),
    ]
}

/// Moving through rows: the list, and the drafts of a letter under review.
const ROWS: &[Binding] = &moves(["down", "up", "first", "last"]);

/// Scrolling a page of text: a pledge, the report.
const PAGES: &[Binding] = &moves(["scroll down", "scroll up", "top", "end"]);

pub const LIST: &[Binding] = &[
    bind(ENTER, Action::Open, "open", true),
    bind(&[key('n')], Action::NewNote, "note", true),
    bind(&[key('e')], Action::Edit, "edit", true),
    bind(&[key('s')], Action::QuickStatus, "status", true),
    bind(&[key('a')], Action::Add, "add", true),
    bind(&[key('A')], Action::AddChild, "add sub-item", false),
    bind(&[key('/')], Action::Search, "search", true),
    bind(&[key('f')], Action::Filter, "filter", true),
    bind(&[key('o')], Action::Sort, "sort", true),
    bind(&[key('r')], Action::Report, "report", true),
    bind(&[key('u')], Action::Undo, "undo", false),
    bind(&[key('R')], Action::Refresh, "refresh", false),
    bind(ESC, Action::ClearFilters, "clear filters", false),
    bind(&[key('?')], Action::Help, "help", true),
    bind(&[key('q')], Action::Quit, "quit", true),
];

pub const DETAIL: &[Binding] = &[
    bind(
        &[code(KeyCode::Tab)],
        Action::NextChild,
        "next sub-item",
        false,
    ),
    bind(ENTER, Action::Open, "open sub-item", false),
    bind(&[key('n')], Action::NewNote, "note", true),
    bind(&[key('e')], Action::Edit, "edit", true),
    bind(&[key('s')], Action::QuickStatus, "status", true),
    bind(&[key('A')], Action::AddChild, "add sub-item", false),
    bind(&[key('u')], Action::Undo, "undo", false),
    bind(&[key('R')], Action::Refresh, "refresh", false),
    bind(ESC, Action::Back, "back", true),
    bind(&[key('?')], Action::Help, "help", true),
    bind(&[key('q')], Action::Quit, "quit", true),
];

/// Editing keys shared by every text field; typed characters insert themselves.
const TEXT: &[Binding] = &[
    bind(
        &[code(KeyCode::Backspace)],
        Action::Backspace,
        "delete left",
        false,
    ),
    bind(
        &[code(KeyCode::Delete)],
        Action::Delete,
        "delete right",
        false,
    ),
    bind(&[code(KeyCode::Left)], Action::Left, "cursor left", false),
    bind(
        &[code(KeyCode::Right)],
        Action::Right,
        "cursor right",
        false,
    ),
    bind(&[code(KeyCode::Up)], Action::Up, "line up", false),
    bind(&[code(KeyCode::Down)], Action::Down, "line down", false),
    bind(
        &[code(KeyCode::Home), ctrl('a')],
        Action::Home,
        "line start",
        false,
    ),
    bind(
        &[code(KeyCode::End), ctrl('e')],
        Action::End,
        "line end",
        false,
    ),
];

pub const NOTE_EDITOR: &[Binding] = &[
    bind(&[ctrl('s')], Action::Save, "save", true),
    bind(ENTER, Action::Enter, "new line", true),
    bind(&[code(KeyCode::Tab)], Action::NextField, "next field", true),
    bind(
        &[code(KeyCode::BackTab)],
        Action::PrevField,
        "previous field",
        false,
    ),
    bind(ESC, Action::Back, "cancel", true),
    bind(&[code(KeyCode::F(1))], Action::Help, "help", true),
];

pub const FORM: &[Binding] = &[
    bind(&[ctrl('s')], Action::Save, "save", true),
    bind(&[code(KeyCode::Tab)], Action::NextField, "next field", true),
    bind(ENTER, Action::Enter, "next field", false),
    bind(
        &[code(KeyCode::BackTab)],
        Action::PrevField,
        "previous field",
        false,
    ),
    bind(ESC, Action::Back, "cancel", true),
    bind(&[code(KeyCode::F(1))], Action::Help, "help", true),
];

pub const SEARCH: &[Binding] = &[
    bind(ENTER, Action::Enter, "keep filter", true),
    bind(ESC, Action::Back, "clear", true),
];

pub const STATUS_PICK: &[Binding] = &[
    bind(DOWN, Action::Down, "down", false),
    bind(UP, Action::Up, "up", false),
    bind(ENTER, Action::Enter, "set status", true),
    bind(ESC, Action::Back, "cancel", true),
];

pub const FILTER_MENU: &[Binding] = &[
    bind(DOWN, Action::Down, "down", false),
    bind(UP, Action::Up, "up", false),
    bind(
        &[
            key(' '),
            code(KeyCode::Enter),
            code(KeyCode::Right),
            key('l'),
        ],
        Action::Toggle,
        "change",
        true,
    ),
    bind(
        &[code(KeyCode::Left), key('h')],
        Action::Left,
        "change back",
        false,
    ),
    bind(&[key('c')], Action::ClearFilters, "clear all", true),
    bind(&[code(KeyCode::Esc), key('f')], Action::Back, "done", true),
];

pub const REPORT: &[Binding] = &[
    bind(&[key(' ')], Action::PageDown, "page down", false),
    bind(&[key('p')], Action::SaveReport, "save to a file", true),
    bind(ESC, Action::Back, "back", true),
    bind(&[key('?')], Action::Help, "help", true),
    bind(&[key('q')], Action::Quit, "quit", true),
];

pub const SAVE_PROMPT: &[Binding] = &[
    bind(
        &[
            code(KeyCode::Right),
            code(KeyCode::Down),
            key('l'),
            key('j'),
            code(KeyCode::Tab),
        ],
        Action::Right,
        "next format",
        true,
    ),
    bind(
        &[code(KeyCode::Left), code(KeyCode::Up), key('h'), key('k')],
        Action::Left,
        "previous format",
        false,
    ),
    bind(ENTER, Action::Enter, "save", true),
    bind(ESC, Action::Back, "cancel", true),
];

/// Rows move through the drafts (or the letter's sentences); pages scroll the letter.
pub const REVIEW: &[Binding] = &[
    bind(&[key('a')], Action::Accept, "accept", true),
    bind(&[key('x')], Action::Reject, "reject", true),
    bind(&[key(' ')], Action::Toggle, "accept/reject", false),
    bind(&[key('A')], Action::AcceptAll, "accept the rest", false),
    bind(
        &[key('e'), code(KeyCode::Enter)],
        Action::Edit,
        "edit",
        true,
    ),
    // Saving comes before the rarer commands: a narrow footer is cut from the right.
    bind(&[ctrl('s')], Action::Save, "save", true),
    bind(&[key('s')], Action::Split, "split", true),
    bind(&[key('m')], Action::Merge, "merge with next", true),
    bind(&[code(KeyCode::Tab)], Action::SwitchPane, "letter", true),
    bind(&[key('n')], Action::Add, "add sentence", true),
    bind(ESC, Action::Back, "leave", false),
    bind(&[key('?')], Action::Help, "help", true),
    bind(&[key('q')], Action::Quit, "quit", false),
];

pub const SPLIT_PICK: &[Binding] = &[
    bind(
        &[
            code(KeyCode::Right),
            key('l'),
            code(KeyCode::Down),
            key('j'),
        ],
        Action::Right,
        "later",
        true,
    ),
    bind(
        &[code(KeyCode::Left), key('h'), code(KeyCode::Up), key('k')],
        Action::Left,
        "earlier",
        true,
    ),
    bind(ENTER, Action::Enter, "split here", true),
    bind(ESC, Action::Back, "cancel", true),
];

pub const HELP: &[Binding] = &[
    bind(DOWN, Action::Down, "scroll down", false),
    bind(UP, Action::Up, "scroll up", false),
    bind(
        &[code(KeyCode::Esc), key('q'), key('?'), code(KeyCode::F(1))],
        Action::Back,
        "close",
        true,
    ),
];

pub const CONFIRM: &[Binding] = &[
    bind(&[key('y')], Action::Yes, "yes", true),
    bind(&[key('n'), code(KeyCode::Esc)], Action::No, "no", true),
];

/// The movement keys a screen shares with others, if any, and its own.
fn tables(mode: Mode) -> (&'static [Binding], &'static [Binding]) {
    match mode {
        Mode::List => (ROWS, LIST),
        Mode::Detail => (PAGES, DETAIL),
        Mode::NoteEditor => (&[], NOTE_EDITOR),
        Mode::Form => (&[], FORM),
        Mode::StatusPick => (&[], STATUS_PICK),
        Mode::Search => (&[], SEARCH),
        Mode::FilterMenu => (&[], FILTER_MENU),
        Mode::Help => (&[], HELP),
        Mode::Confirm => (&[], CONFIRM),
        Mode::Report => (PAGES, REPORT),
        Mode::SavePrompt => (&[], SAVE_PROMPT),
        Mode::Review => (ROWS, REVIEW),
        Mode::SplitPick => (&[], SPLIT_PICK),
    }
}

/// Every binding of a screen, its movement keys first.
pub fn table(mode: Mode) -> impl Iterator<Item = &'static Binding> + Clone {
    let (moves, own) = tables(mode);
    moves.iter().chain(own)
}

fn takes_text(mode: Mode) -> bool {
    matches!(mode, Mode::NoteEditor | Mode::Form | Mode::Search)
}

fn matches(k: &Key, event: &KeyEvent) -> bool {
    // Shift is part of the character itself ('G', '?'), so it is ignored for characters.
    let mods = match event.code {
        KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    k.code == event.code && k.mods == mods
}

/// The action of the first binding that names the key.
fn bound<'a>(bindings: impl IntoIterator<Item = &'a Binding>, event: &KeyEvent) -> Option<Action> {
    bindings
        .into_iter()
        .find(|b| b.keys.iter().any(|k| matches(k, event)))
        .map(|b| b.action.clone())
}

/// The action a key asks for on a screen: pure, so it can be table-tested.
pub fn action_for(mode: Mode, event: KeyEvent) -> Option<Action> {
    if let Some(action) = bound(GLOBAL, &event).or_else(|| bound(table(mode), &event)) {
        return Some(action);
    }
    if takes_text(mode) {
        if let Some(action) = bound(TEXT, &event) {
            return Some(action);
        }
        if let KeyCode::Char(c) = event.code {
            let plain = event.modifiers - KeyModifiers::SHIFT;
            if plain.is_empty() {
                return Some(Action::Insert(c));
            }
        }
    }
    None
}

/// How a key is written in the footer and help.
pub fn key_name(k: &Key) -> String {
    let base = match k.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if k.mods.contains(KeyModifiers::CONTROL) {
        let upper = base.to_uppercase();
        format!("Ctrl-{upper}")
    } else {
        base
    }
}

pub fn keys_name(b: &Binding) -> String {
    b.keys.iter().map(key_name).collect::<Vec<_>>().join("/")
}

/// The footer's hints for a screen: (keys, label), from the same table that handles them.
pub fn hints(mode: Mode) -> Vec<(String, &'static str)> {
    table(mode)
        .filter(|b| b.footer)
        .map(|b| (keys_name(b), b.label))
        .collect()
}

/// Every screen's keys, for the help screen.
pub fn help_sections() -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    let all = |t: &mut dyn Iterator<Item = &'static Binding>| {
        t.map(|b| (keys_name(b), b.label)).collect::<Vec<_>>()
    };
    let screen = |mode: Mode| all(&mut table(mode));
    let with_text = |mode: Mode| all(&mut table(mode).chain(TEXT));
    vec![
        ("Everywhere", all(&mut GLOBAL.iter())),
        ("List", screen(Mode::List)),
        ("Pledge", screen(Mode::Detail)),
        ("Note editor", with_text(Mode::NoteEditor)),
        ("Edit / add form", with_text(Mode::Form)),
        ("Search", screen(Mode::Search)),
        ("Status", screen(Mode::StatusPick)),
        ("Filters", screen(Mode::FilterMenu)),
        ("Report", screen(Mode::Report)),
        ("Saving a report", screen(Mode::SavePrompt)),
        ("Reviewing a letter", screen(Mode::Review)),
        ("Splitting a draft", screen(Mode::SplitPick)),
        ("Help", screen(Mode::Help)),
        ("Questions", screen(Mode::Confirm)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODES: [Mode; 13] = [
        Mode::Review,
        Mode::SplitPick,
        Mode::Report,
        Mode::SavePrompt,
        Mode::List,
        Mode::Detail,
        Mode::NoteEditor,
        Mode::Form,
        Mode::StatusPick,
        Mode::Search,
        Mode::FilterMenu,
        Mode::Help,
        Mode::Confirm,
    ];

    fn press(c: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(c, m)
    }

    #[test]
    fn list_keys_map_to_actions() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(Mode::List, press(KeyCode::Char('j'), none)),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(Mode::List, press(KeyCode::Down, none)),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(Mode::List, press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for(Mode::List, press(KeyCode::Char('?'), KeyModifiers::SHIFT)),
            Some(Action::Help)
        );
        assert_eq!(
            action_for(Mode::List, press(KeyCode::Char('x'), none)),
            None
        );
        assert_eq!(
            action_for(Mode::Detail, press(KeyCode::Esc, none)),
            Some(Action::Back)
        );
    }

    #[test]
    fn text_screens_take_typed_characters_but_keep_their_commands() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(Mode::NoteEditor, press(KeyCode::Char('进'), none)),
            Some(Action::Insert('进'))
        );
        assert_eq!(
            action_for(Mode::NoteEditor, press(KeyCode::Char('q'), none)),
            Some(Action::Insert('q'))
        );
        assert_eq!(
            action_for(
                Mode::NoteEditor,
                press(KeyCode::Char('s'), KeyModifiers::CONTROL)
            ),
            Some(Action::Save)
        );
        assert_eq!(
            action_for(Mode::NoteEditor, press(KeyCode::Enter, none)),
            Some(Action::Enter)
        );
        assert_eq!(
            action_for(Mode::Search, press(KeyCode::Char('j'), none)),
            Some(Action::Insert('j'))
        );
        assert_eq!(
            action_for(Mode::Form, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::ForceQuit)
        );
        assert_eq!(
            action_for(Mode::Form, press(KeyCode::Char('x'), KeyModifiers::ALT)),
            None
        );
    }

    #[test]
    fn every_hint_and_help_line_names_keys_that_do_what_it_says() {
        for mode in MODES {
            for b in table(mode) {
                for k in b.keys {
                    let event = press(k.code, k.mods);
                    assert_eq!(
                        action_for(mode, event),
                        Some(b.action.clone()),
                        "{mode:?} {}",
                        key_name(k)
                    );
                }
            }
            let hints = hints(mode);
            assert!(!hints.is_empty(), "{mode:?} has no footer");
            for (keys, label) in hints {
                let binding = table(mode).find(|b| b.label == label && keys_name(b) == keys);
                assert!(
                    binding.is_some(),
                    "{mode:?}: hint {keys} {label} has no binding"
                );
            }
        }
        let help: usize = help_sections().iter().map(|(_, rows)| rows.len()).sum();
        let tables: usize =
            MODES.iter().map(|m| table(*m).count()).sum::<usize>() + GLOBAL.len() + 2 * TEXT.len();
        assert_eq!(help, tables, "help lists every binding");
    }
}
