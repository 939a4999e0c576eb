//! Keys as data: one table per kind of screen maps keys to actions, and the footer, the help
//! screen and the handler are all read from it, so what the footer promises is what the keys do.
//! A screen names its table (`Screen::keymap`); nothing here mirrors the screens.

pub mod hint;
pub mod mouse;
pub mod remap;
mod tables;

pub use hint::{Hint, Key, Section};
pub use tables::*;

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
    HalfPageUp,
    HalfPageDown,
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
    /// `Q` in the review of one letter of several: stop the whole batch (asks first).
    StopBatch,
    Resize(u16, u16),
    Redo,
    // Searching help.
    NextMatch,
    PrevMatch,
    /// Nothing happened for a while: re-read what is on screen if another process wrote.
    Tick,
    /// The list a search asked for, read off the drawing path, has arrived.
    Listed(crate::ledger::Answer),
    /// A report screen waits for its report, read off the drawing path: take it if it came.
    Reported,
    /// A left click at a cell (column, row) of the terminal.
    Click(u16, u16),
    /// A second click on the same cell soon after the first.
    DoubleClick(u16, u16),
    /// Ctrl-E: edit the draft's text in `$VISUAL` / `$EDITOR`.
    ExternalEditor,
    /// What the external editor left in its file, or why it did not.
    Edited(Result<String, crate::error::screen::EditorFailure>),
    /// `y`: the selected pledge's quote to the clipboard.
    CopyQuote,
    /// `Y`: the selected pledge's id to the clipboard.
    CopyId,
    /// `b`: the bodies screen, each body's pledges counted.
    Bodies,
    /// `L`: the letters screen.
    Letters,
    /// The list shows only the chosen letter's pledges.
    FilterLetter,
    /// Tab in a field with completion: the chosen (else first) match.
    Complete,
    /// `d`: the dashboard, bodies' bars, quiet pledges, notes per month and pace gauges.
    Dashboard,
    /// `m`: the period report (月度督办通报) of this month, a month at a time.
    Period,
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub label: Hint,
    /// Shown in the footer (all bindings are shown in help).
    pub footer: bool,
}

/// How a screen takes typed characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typing {
    /// Characters are commands.
    No,
    /// Characters are typed into fields, one key at a time; help lists the editing keys.
    Fields,
    /// The search field: characters that arrive together are one edit.
    Search,
}

/// One kind of screen's keys: the movement keys it shares with others, and its own.
pub struct Keymap {
    pub section: Section,
    pub moves: &'static [Binding],
    pub own: &'static [Binding],
    pub typing: Typing,
}

impl Keymap {
    /// Every binding of the screen, its movement keys first.
    pub fn table(&'static self) -> impl Iterator<Item = &'static Binding> + Clone {
        self.moves.iter().chain(self.own)
    }

    /// The footer's hints, from the same table that handles the keys.
    pub fn hints(&'static self) -> impl Iterator<Item = &'static Binding> {
        self.table().filter(|b| b.footer)
    }

    /// What the help screen lists: the table, and the editing keys where text is typed.
    pub fn help(&'static self) -> Vec<&'static Binding> {
        let text: &[Binding] = if self.typing == Typing::Fields {
            TEXT
        } else {
            &[]
        };
        self.table().chain(text).collect()
    }
}

fn matches(k: &Key, event: &KeyEvent) -> bool {
    // Shift is part of the character itself ('G', '?'), so it is ignored for characters;
    // and of Shift-Tab, which terminals send as BackTab with Shift.
    let mods = match event.code {
        KeyCode::Char(_) | KeyCode::BackTab => event.modifiers - KeyModifiers::SHIFT,
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
pub fn action_for(map: &'static Keymap, event: KeyEvent) -> Option<Action> {
    if let Some(action) = bound(GLOBAL, &event).or_else(|| bound(map.table(), &event)) {
        return Some(action);
    }
    if map.typing != Typing::No {
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

/// Every screen's keys for the help screen, the keys that work everywhere first.
pub fn help_sections() -> Vec<(Section, Vec<&'static Binding>)> {
    std::iter::once((Section::Everywhere, GLOBAL.iter().collect()))
        .chain(ALL.iter().map(|m| (m.section, m.help())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(c, m)
    }

    #[test]
    fn list_keys_map_to_actions() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(&LIST, press(KeyCode::Char('j'), none)),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(&LIST, press(KeyCode::Down, none)),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(&LIST, press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for(&LIST, press(KeyCode::Char('?'), KeyModifiers::SHIFT)),
            Some(Action::Help)
        );
        assert_eq!(action_for(&LIST, press(KeyCode::Char('x'), none)), None);
        assert_eq!(
            action_for(&DETAIL, press(KeyCode::Esc, none)),
            Some(Action::Back)
        );
    }

    #[test]
    fn text_screens_take_typed_characters_but_keep_their_commands() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(&NOTE_EDITOR, press(KeyCode::Char('进'), none)),
            Some(Action::Insert('进'))
        );
        assert_eq!(
            action_for(&NOTE_EDITOR, press(KeyCode::Char('q'), none)),
            Some(Action::Insert('q'))
        );
        assert_eq!(
            action_for(
                &NOTE_EDITOR,
                press(KeyCode::Char('s'), KeyModifiers::CONTROL)
            ),
            Some(Action::Save)
        );
        assert_eq!(
            action_for(&NOTE_EDITOR, press(KeyCode::Enter, none)),
            Some(Action::Enter)
        );
        assert_eq!(
            action_for(&SEARCH, press(KeyCode::Char('j'), none)),
            Some(Action::Insert('j'))
        );
        assert_eq!(
            action_for(&FORM, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::ForceQuit)
        );
        assert_eq!(
            action_for(&FORM, press(KeyCode::Char('x'), KeyModifiers::ALT)),
            None
        );
    }

    #[test]
    fn bodies_letters_and_the_owner_field_have_their_keys() {
        let none = KeyModifiers::NONE;
        let shift = KeyModifiers::SHIFT;
        let on = |map, code, mods| action_for(map, press(code, mods));
        assert_eq!(on(&LIST, KeyCode::Char('b'), none), Some(Action::Bodies));
        assert_eq!(on(&LIST, KeyCode::Char('L'), shift), Some(Action::Letters));
        assert_eq!(on(&BODIES, KeyCode::Enter, none), Some(Action::Open));
        assert_eq!(
            on(&LETTERS, KeyCode::Char('f'), none),
            Some(Action::FilterLetter)
        );
        assert_eq!(
            on(&LETTER_PAGE, KeyCode::Tab, none),
            Some(Action::NextMatch)
        );
        assert_eq!(
            on(&LETTER_PAGE, KeyCode::Char('N'), shift),
            Some(Action::PrevMatch)
        );
        // As crossterm reads `ESC [ Z`, and as the tables write it.
        assert_eq!(
            on(&LETTER_PAGE, KeyCode::BackTab, shift),
            Some(Action::PrevMatch)
        );
        assert_eq!(on(&FORM, KeyCode::BackTab, shift), Some(Action::PrevField));
        assert_eq!(
            on(&LETTER_PAGE, KeyCode::BackTab, none),
            Some(Action::PrevMatch)
        );
        // In the owner field letters are typed, even those that are commands in the menu.
        assert_eq!(
            on(&FILTER_OWNER, KeyCode::Char('f'), none),
            Some(Action::Insert('f'))
        );
        assert_eq!(
            on(&FILTER_OWNER, KeyCode::Char('科'), none),
            Some(Action::Insert('科'))
        );
        assert_eq!(
            on(&FILTER_OWNER, KeyCode::Tab, none),
            Some(Action::Complete)
        );
        assert_eq!(
            on(&FILTER_OWNER, KeyCode::Backspace, none),
            Some(Action::Backspace)
        );
    }

    #[test]
    fn the_dashboard_opens_with_d_and_each_pane_has_its_keys() {
        let none = KeyModifiers::NONE;
        let on = |map, code| action_for(map, press(code, none));
        assert_eq!(on(&LIST, KeyCode::Char('d')), Some(Action::Dashboard));
        for map in [&DASHBOARD_BODIES, &DASHBOARD_GAUGES] {
            assert_eq!(on(map, KeyCode::Tab), Some(Action::SwitchPane));
            assert_eq!(on(map, KeyCode::Enter), Some(Action::Open));
            assert_eq!(on(map, KeyCode::Char('j')), Some(Action::Down));
            assert_eq!(on(map, KeyCode::PageDown), Some(Action::PageDown));
            assert_eq!(on(map, KeyCode::Esc), Some(Action::Back));
            assert_eq!(on(map, KeyCode::Char('d')), None);
        }
        // The footer says what Enter does in each pane.
        let enter = |map: &'static Keymap| {
            map.hints()
                .find(|b| b.action == Action::Open)
                .map(|b| b.label)
        };
        assert_eq!(enter(&DASHBOARD_BODIES), Some(Hint::ListBody));
        assert_eq!(enter(&DASHBOARD_GAUGES), Some(Hint::Open));
        assert_eq!(remap::action_named("dashboard"), Some(Action::Dashboard));
    }

    #[test]
    fn every_hint_and_help_line_names_keys_that_do_what_it_says() {
        for map in ALL {
            let name = map.section;
            for b in map.table() {
                for k in b.keys {
                    assert_eq!(
                        action_for(map, press(k.code, k.mods)),
                        Some(b.action.clone()),
                        "{name:?} {k:?}"
                    );
                }
            }
            assert!(map.hints().next().is_some(), "{name:?} has no footer");
        }
        let help: usize = help_sections().iter().map(|(_, rows)| rows.len()).sum();
        let tables: usize =
            ALL.iter().map(|m| m.table().count()).sum::<usize>() + GLOBAL.len() + 2 * TEXT.len();
        assert_eq!(help, tables, "help lists every binding");
        for (section, _) in help_sections() {
            let again = help_sections()
                .iter()
                .filter(|(s, _)| *s == section)
                .count();
            assert_eq!(again, 1, "{section:?} is one section of help");
        }
    }
}
