//! `/` inside help, as lazygit has it: typing jumps to the first line that matches, Enter keeps
//! the search for `n`/`N` (next and previous, round the end), Esc leaves it.

use super::App;
use crate::ledger::Ledger;
use crate::tui::input::TextInput;
use crate::tui::keys::Action;
use crate::tui::layout::{body_height, help};
use crate::tui::screen::{HelpSearch, Screen};

/// The first of `lines` at or after `from`, else the first of all.
fn first_from(lines: &[usize], from: usize) -> Option<usize> {
    lines
        .iter()
        .find(|&&l| l >= from)
        .or(lines.first())
        .copied()
}

/// The match `step` away from `current`, going round the end.
fn step(lines: &[usize], current: Option<usize>, forward: bool) -> Option<usize> {
    let at = current.unwrap_or(0);
    if forward {
        lines.iter().find(|&&l| l > at).or(lines.first()).copied()
    } else {
        lines
            .iter()
            .rev()
            .find(|&&l| l < at)
            .or(lines.last())
            .copied()
    }
}

impl<L: Ledger> App<L> {
    /// Acts on a key about searching help; false for the keys help itself takes.
    pub(super) fn apply_help_search(&mut self, action: &Action) -> bool {
        let (width, height) = self.size;
        let Some(Screen::Help { scroll, search }) = self.screens.last_mut() else {
            return false;
        };
        let all = help::lines(width);
        let max = help::max_scroll(&all, body_height(height).max(1));
        let Some(s) = search else {
            if *action == Action::Search {
                *search = Some(HelpSearch {
                    query: TextInput::single(""),
                    typing: true,
                    from: *scroll,
                    current: None,
                });
                return true;
            }
            return false;
        };
        match action {
            Action::Back => *search = None,
            Action::Enter if s.query.text().is_empty() => *search = None,
            Action::Enter => s.typing = false,
            Action::Search => {
                s.typing = true;
                s.from = *scroll;
            }
            Action::NextMatch | Action::PrevMatch if !s.typing => {
                let lines = help::matching(&all, s.query.text());
                s.current = step(&lines, s.current, *action == Action::NextMatch);
            }
            edit if s.typing => {
                if !s.query.edit(edit) {
                    return true;
                }
                let lines = help::matching(&all, s.query.text());
                s.current = first_from(&lines, s.from);
            }
            _ => return false,
        }
        if let Some(Some(line)) = search.as_ref().map(|s| s.current) {
            *scroll = line.min(max);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::tests::{app, run, typed};

    fn help(app: &App<crate::store::Store>) -> (usize, Option<&HelpSearch>) {
        match app.screens.last() {
            Some(Screen::Help { scroll, search }) => (*scroll, search.as_ref()),
            _ => panic!("help closed"),
        }
    }

    #[test]
    fn slash_in_help_jumps_to_matches_n_and_shift_n_move_and_esc_leaves() {
        let mut app = app();
        run(&mut app, [Action::Help, Action::Search]);
        assert!(
            matches!(
                crate::tui::keys::action_for(
                    app.keymap(),
                    crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char('n'))
                ),
                Some(Action::Insert('n'))
            ),
            "while typing, n is a letter of the search"
        );
        typed(&mut app, "REDO");
        let all = help::lines(app.size.0);
        let found = help::matching(&all, "redo");
        assert!(found.len() >= 2, "{found:?}");
        let (scroll, search) = help(&app);
        assert_eq!(search.and_then(|s| s.current), found.first().copied());
        assert!(
            all[scroll].text.to_lowercase().contains("redo"),
            "jumped to it"
        );
        run(&mut app, [Action::Enter, Action::NextMatch]);
        assert_eq!(help(&app).1.and_then(|s| s.current), found.get(1).copied());
        run(&mut app, [Action::PrevMatch, Action::PrevMatch]);
        assert_eq!(help(&app).1.and_then(|s| s.current), found.last().copied());
        run(&mut app, [Action::Back]);
        assert!(help(&app).1.is_none(), "Esc leaves the search, help stays");
        run(&mut app, [Action::Back]);
        assert!(matches!(app.screen(), Screen::List));
    }

    #[test]
    fn matches_are_found_from_where_the_search_began_and_go_round_the_end() {
        let lines = [3, 10, 42];
        assert_eq!(first_from(&lines, 11), Some(42));
        assert_eq!(first_from(&lines, 50), Some(3));
        assert_eq!(first_from(&[], 0), None);
        assert_eq!(step(&lines, Some(10), true), Some(42));
        assert_eq!(step(&lines, Some(42), true), Some(3));
        assert_eq!(step(&lines, Some(3), false), Some(42));
        assert_eq!(step(&lines, Some(42), false), Some(10));
    }
}
