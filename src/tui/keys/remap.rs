//! Key bindings from the config file (`[keys] quit = "Q"`), a layer over the key tables: a
//! key bound here asks for its action on every screen whose table has that action, before the
//! table's own keys; the tables' keys keep working. A plain character is a command only where
//! characters are commands: in a text field it is still typed.

use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, Binding, GLOBAL, Key, Keymap, Typing};

/// The actions a config file may bind, by the name it uses. Ctrl-C (quit at once) and the
/// text-editing keys are not among them: they must always work.
pub const ACTIONS: &[(&str, Action)] = &[
    ("up", Action::Up),
    ("down", Action::Down),
    ("top", Action::Top),
    ("bottom", Action::Bottom),
    ("page_up", Action::PageUp),
    ("page_down", Action::PageDown),
    ("half_page_up", Action::HalfPageUp),
    ("half_page_down", Action::HalfPageDown),
    ("open", Action::Open),
    ("back", Action::Back),
    ("quit", Action::Quit),
    ("suspend", Action::Suspend),
    ("note", Action::NewNote),
    ("edit", Action::Edit),
    ("add", Action::Add),
    ("add_sub_item", Action::AddChild),
    ("status", Action::QuickStatus),
    ("search", Action::Search),
    ("filter", Action::Filter),
    ("sort", Action::Sort),
    ("help", Action::Help),
    ("undo", Action::Undo),
    ("refresh", Action::Refresh),
    ("next_sub_item", Action::NextChild),
    ("clear_filters", Action::ClearFilters),
    ("toggle", Action::Toggle),
    ("save", Action::Save),
    ("yes", Action::Yes),
    ("no", Action::No),
    ("report", Action::Report),
    ("save_report", Action::SaveReport),
    ("accept", Action::Accept),
    ("reject", Action::Reject),
    ("accept_all", Action::AcceptAll),
    ("split", Action::Split),
    ("merge", Action::Merge),
    ("switch_pane", Action::SwitchPane),
    ("next_field", Action::NextField),
    ("previous_field", Action::PrevField),
    ("redo", Action::Redo),
    ("copy_quote", Action::CopyQuote),
    ("copy_id", Action::CopyId),
    ("external_editor", Action::ExternalEditor),
    ("bodies", Action::Bodies),
    ("letters", Action::Letters),
    ("filter_letter", Action::FilterLetter),
    ("complete", Action::Complete),
    ("dashboard", Action::Dashboard),
    ("period", Action::Period),
];

/// The action a config file names, if it may be bound.
pub fn action_named(name: &str) -> Option<Action> {
    ACTIONS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, a)| a.clone())
}

/// The longest key a config file may write (`ctrl-alt-backspace` and the like fit).
const MAX_KEY: usize = 32;

/// A key as a config file writes it: one character (`Q`, `进`), a name (`enter`, `esc`,
/// `tab`, `backtab`, `backspace`, `delete`, `up`, `down`, `left`, `right`, `home`, `end`,
/// `pageup`, `pagedown`, `space`, `f1`…`f12`), either after `ctrl-` and/or `alt-`.
pub fn parse_key(text: &str) -> Option<Key> {
    if text.len() > MAX_KEY {
        return None;
    }
    let mut mods = KeyModifiers::NONE;
    let mut rest = text;
    loop {
        let lower = rest.to_ascii_lowercase();
        if rest.chars().count() > 1 && (lower.starts_with("ctrl-") || lower.starts_with("ctrl+")) {
            mods |= KeyModifiers::CONTROL;
            rest = &rest[5..];
        } else if rest.chars().count() > 1
            && (lower.starts_with("alt-") || lower.starts_with("alt+"))
        {
            mods |= KeyModifiers::ALT;
            rest = &rest[4..];
        } else {
            break;
        }
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() && !c.is_whitespace() => {
            // Ctrl with a letter arrives as the small letter.
            KeyCode::Char(if mods.contains(KeyModifiers::CONTROL) {
                c.to_ascii_lowercase()
            } else {
                c
            })
        }
        _ => named(&rest.to_ascii_lowercase())?,
    };
    Some(Key { code, mods })
}

fn named(name: &str) -> Option<KeyCode> {
    Some(match name {
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "delete" => KeyCode::Delete,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" => KeyCode::PageUp,
        "pagedown" => KeyCode::PageDown,
        "space" => KeyCode::Char(' '),
        f => match f.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            Some(n @ 1..=12) => KeyCode::F(n),
            _ => return None,
        },
    })
}

/// The config file's bindings, in its order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remap {
    pub bindings: Vec<(Key, Action)>,
}

impl Remap {
    /// The action a key asks for on a screen: a binding of the config file for an action the
    /// screen has, else what the screen's table says.
    pub fn action_for(&self, map: &'static Keymap, event: KeyEvent) -> Option<Action> {
        let typed = |k: &Key| {
            map.typing != Typing::No
                && matches!(k.code, KeyCode::Char(_))
                && (k.mods - KeyModifiers::SHIFT).is_empty()
        };
        let offered = |a: &Action| GLOBAL.iter().chain(map.table()).any(|b| b.action == *a);
        self.bindings
            .iter()
            .find(|(k, a)| same(k, &event) && !typed(k) && offered(a))
            .map(|(_, a)| a.clone())
            .or_else(|| super::action_for(map, event))
    }
}

impl Remap {
    /// The keys the footer and help show for a binding: the config file's for its action
    /// first (they are what the person chose), then the table's own, which keep working.
    pub fn keys_for(&self, b: &Binding) -> Vec<Key> {
        let mut keys: Vec<Key> = self
            .bindings
            .iter()
            .filter(|(_, a)| *a == b.action)
            .map(|(k, _)| *k)
            .collect();
        keys.extend(
            b.keys
                .iter()
                .filter(|k| !keys.contains(k))
                .copied()
                .collect::<Vec<_>>(),
        );
        keys
    }
}

/// The keys to show for a binding with the installed bindings; see [`Remap::keys_for`].
pub fn keys_for(b: &Binding) -> Vec<Key> {
    match INSTALLED.get() {
        Some(remap) => remap.keys_for(b),
        None => b.keys.to_vec(),
    }
}

/// As the tables compare: Shift is part of a character ('Q'), so it is ignored for them.
fn same(k: &Key, event: &KeyEvent) -> bool {
    let mods = match event.code {
        KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    k.code == event.code && k.mods == mods
}

static INSTALLED: OnceLock<Remap> = OnceLock::new();

/// Sets the config file's bindings for the full-screen view, once, before it starts.
pub fn install(remap: Remap) {
    let _ = INSTALLED.set(remap);
}

/// [`super::action_for`] with the installed bindings over it.
pub fn action_for(map: &'static Keymap, event: KeyEvent) -> Option<Action> {
    match INSTALLED.get() {
        Some(remap) => remap.action_for(map, event),
        None => super::action_for(map, event),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keys::{LIST, NOTE_EDITOR};

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn keys_are_read_as_a_config_file_writes_them() {
        let key = |code, mods| Some(Key { code, mods });
        let none = KeyModifiers::NONE;
        assert_eq!(parse_key("Q"), key(KeyCode::Char('Q'), none));
        assert_eq!(parse_key("进"), key(KeyCode::Char('进'), none));
        assert_eq!(
            parse_key("ctrl-R"),
            key(KeyCode::Char('r'), KeyModifiers::CONTROL)
        );
        assert_eq!(
            parse_key("Ctrl+Alt-x"),
            key(
                KeyCode::Char('x'),
                KeyModifiers::CONTROL | KeyModifiers::ALT
            )
        );
        assert_eq!(parse_key("PageDown"), key(KeyCode::PageDown, none));
        assert_eq!(parse_key("f12"), key(KeyCode::F(12), none));
        assert_eq!(parse_key("-"), key(KeyCode::Char('-'), none));
        for bad in [
            "",
            "qq",
            "ctrl-",
            "f13",
            "hyper-q",
            " ",
            "\u{1b}",
            &"x".repeat(40),
        ] {
            assert_eq!(parse_key(bad), None, "{bad:?}");
        }
        assert_eq!(action_named("quit"), Some(Action::Quit));
        assert_eq!(action_named("force_quit"), None);
    }

    #[test]
    fn a_bound_key_asks_for_its_action_where_the_screen_has_it_and_the_table_still_works() {
        let remap = Remap {
            bindings: vec![
                (
                    parse_key("Q").unwrap_or_else(|| unreachable!()),
                    Action::Quit,
                ),
                (
                    parse_key("ctrl-n").unwrap_or_else(|| unreachable!()),
                    Action::NewNote,
                ),
            ],
        };
        let none = KeyModifiers::NONE;
        let shift = KeyModifiers::SHIFT;
        assert_eq!(
            remap.action_for(&LIST, press(KeyCode::Char('Q'), shift)),
            Some(Action::Quit)
        );
        assert_eq!(
            keys_for_q(),
            None,
            "without the layer Q does nothing on the list"
        );
        assert_eq!(
            remap.action_for(&LIST, press(KeyCode::Char('q'), none)),
            Some(Action::Quit)
        );
        assert_eq!(
            remap.action_for(&LIST, press(KeyCode::Char('n'), KeyModifiers::CONTROL)),
            Some(Action::NewNote)
        );
        // In a text field Q is typed; a Ctrl key for an action the editor lacks falls through.
        assert_eq!(
            remap.action_for(&NOTE_EDITOR, press(KeyCode::Char('Q'), shift)),
            Some(Action::Insert('Q'))
        );
        assert_eq!(
            remap.action_for(
                &NOTE_EDITOR,
                press(KeyCode::Char('n'), KeyModifiers::CONTROL)
            ),
            None
        );
    }

    #[test]
    fn the_footer_and_help_show_a_bound_key_first_and_the_tables_keys_after() {
        let q = parse_key("Q").unwrap_or_else(|| panic!("Q"));
        let remap = Remap {
            bindings: vec![(q, Action::Quit)],
        };
        let quit = GLOBAL
            .iter()
            .chain(LIST.table())
            .find(|b| b.action == Action::Quit)
            .unwrap_or_else(|| panic!("the list quits"));
        let shown = remap.keys_for(quit);
        assert_eq!(shown.first(), Some(&q));
        assert!(quit.keys.iter().all(|k| shown.contains(k)), "{shown:?}");
        assert_eq!(
            crate::messages::tui::keys::keys(&shown).split('/').next(),
            Some("Q")
        );
        // Other bindings show only their own keys.
        let mut all = GLOBAL.iter().chain(LIST.table());
        let help = all.find(|b| b.action == Action::Help);
        let help = help.unwrap_or_else(|| panic!("help"));
        assert_eq!(remap.keys_for(help), help.keys.to_vec());
        assert!(action_named("redo").is_some() && action_named("copy_id").is_some());
    }

    #[test]
    fn the_readme_lists_every_action_a_config_file_may_bind() {
        let readme = include_str!("../../../README.md");
        let keys = &readme[readme.find("- `[keys]`: the actions are").unwrap_or(0)..];
        for (name, _) in ACTIONS {
            assert!(keys.contains(&format!("`{name}`")), "README lacks {name}");
        }
    }

    fn keys_for_q() -> Option<Action> {
        super::super::action_for(&LIST, press(KeyCode::Char('Q'), KeyModifiers::SHIFT))
    }
}
