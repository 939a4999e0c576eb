//! The list, its live search and its filter menu.

use super::App;
use crate::error::Error;
use crate::error::screen::Refusal;
use crate::ledger::Ledger;
use crate::messages::tui as words;
use crate::model::Status;
use crate::store::Sort;
use crate::tui::input::TextInput;
use crate::tui::keys::Action;
use crate::tui::screen::{FormMode, Screen};

use crate::tui::screen::bodies::{FILTER_ROWS, OWNER_ROW, OwnerField};

impl<L: Ledger> App<L> {
    /// Moves the list selection; reads only the rows that come on screen.
    pub(super) fn move_selection(&mut self, action: &Action) -> Result<(), Error> {
        let last = self.ids.len().saturating_sub(1);
        let page = crate::tui::layout::list_capacity(self.size.1).max(1);
        super::scroll(&mut self.selected, action, page, last);
        self.scroll_into_view()
    }

    /// The pledge the next command is about: the open one, else the list's selection.
    pub(super) fn current_id(&self) -> Option<i64> {
        self.screens
            .iter()
            .rev()
            .find_map(|s| match s {
                Screen::Detail(v) => Some(v.pledge.id),
                _ => None,
            })
            .or_else(|| self.ids.get(self.selected).copied())
    }

    pub(super) fn apply_list(&mut self, action: Action) -> Result<(), Error> {
        match action {
            Action::Up
            | Action::Down
            | Action::Top
            | Action::Bottom
            | Action::PageUp
            | Action::PageDown
            | Action::HalfPageUp
            | Action::HalfPageDown => self.move_selection(&action)?,
            Action::Open => {
                if let Some(id) = self.current_id() {
                    self.open_detail(id)?;
                }
            }
            Action::Add if self.read_only => return Err(Error::Screen(Refusal::ReadOnly)),
            Action::Add => self.open_form(FormMode::Add { parent: None })?,
            Action::Search => self.screens.push(Screen::Search),
            Action::Filter => {
                let names = self.body_names()?;
                let text = self.owner_filter.clone().unwrap_or_default();
                self.screens.push(Screen::FilterMenu {
                    selected: 0,
                    owner: Box::new(OwnerField::new(&text, names)),
                });
            }
            Action::Bodies => self.open_bodies()?,
            Action::Letters => self.open_letters()?,
            Action::Dashboard => self.open_dashboard()?,
            Action::Period => self.open_period()?,
            Action::Sort => {
                let at = Sort::ALL.iter().position(|s| *s == self.sort).unwrap_or(0);
                self.sort = Sort::ALL[(at + 1) % Sort::ALL.len()];
                self.reload_rows()?;
                self.say(words::sorted(self.sort));
            }
            Action::ClearFilters => self.clear_filters()?,
            Action::Help => self.open_help(),
            Action::Quit => self.ask_quit()?,
            Action::Report => self.open_report()?,
            other => self.apply_common(other)?,
        }
        Ok(())
    }

    /// Commands that work the same from the list and from an open pledge.
    pub(super) fn apply_common(&mut self, action: Action) -> Result<(), Error> {
        match action {
            Action::Undo => return self.undo_last(),
            Action::Redo => return self.redo_last(),
            Action::Refresh => {
                self.reload()?;
                self.say(words::reread());
                return Ok(());
            }
            _ => {}
        }
        let Some(id) = self.current_id() else {
            self.say(words::none_selected());
            return Ok(());
        };
        if self.read_only {
            return Err(Error::Screen(Refusal::ReadOnly));
        }
        match action {
            Action::NewNote => self.open_note(id)?,
            Action::Edit => self.open_form(FormMode::Edit(id))?,
            Action::AddChild => self.open_form(FormMode::Add { parent: Some(id) })?,
            Action::QuickStatus => self.open_status_pick(id)?,
            _ => {}
        }
        Ok(())
    }

    pub(super) fn clear_filters(&mut self) -> Result<(), Error> {
        self.owner_filter = None;
        self.body_scope = None;
        self.letter_filter = None;
        self.status_filter = None;
        self.overdue_only = false;
        self.search = TextInput::single("");
        self.reload_rows()
    }

    pub(super) fn apply_search(&mut self, action: Action) -> Result<(), Error> {
        match action {
            Action::Enter => {
                self.pop();
                return Ok(());
            }
            Action::Back => {
                self.pop();
                self.search = TextInput::single("");
            }
            Action::Up | Action::Down => return self.move_selection(&action),
            edit => {
                if !self.search.edit(&edit) {
                    return Ok(());
                }
            }
        }
        self.selected = 0;
        self.relist()
    }

    pub(super) fn apply_filter_menu(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::FilterMenu { selected, .. }) = self.screens.last_mut() else {
            return Ok(());
        };
        let row = *selected;
        if row == OWNER_ROW {
            return self.apply_owner_field(action);
        }
        let step: isize = match action {
            Action::Down => {
                *selected = (row + 1).min(FILTER_ROWS - 1);
                return Ok(());
            }
            Action::Up => {
                *selected = row.saturating_sub(1);
                return Ok(());
            }
            Action::Back => {
                self.pop();
                return Ok(());
            }
            Action::ClearFilters => return self.clear_filters(),
            Action::Toggle => 1,
            Action::Left => -1,
            _ => return Ok(()),
        };
        if row == 0 {
            self.overdue_only = !self.overdue_only;
        } else {
            let choices: Vec<Option<Status>> =
                std::iter::once(None).chain(Status::ALL.map(Some)).collect();
            self.status_filter = cycle(&choices, &self.status_filter, step);
        }
        self.selected = 0;
        self.reload_rows()
    }
}

/// The choice `step` places from `current`, wrapping around.
fn cycle<T: Clone + PartialEq>(choices: &[T], current: &T, step: isize) -> T {
    let n = choices.len().max(1) as isize;
    let at = choices.iter().position(|c| c == current).unwrap_or(0) as isize;
    choices
        .get((at + step).rem_euclid(n) as usize)
        .cloned()
        .unwrap_or_else(|| current.clone())
}
