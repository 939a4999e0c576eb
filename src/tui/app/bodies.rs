//! The bodies screen and the filter menu's owner field: both pick bodies (lead or co-owner)
//! by the store's `bodies_named`, never by matching owner text.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::problem::Field;
use crate::report::background::{Background, take_arrived};
use crate::request::BodyScope;
use crate::tui::keys::Action;
use crate::tui::layout::list_capacity;
use crate::tui::screen::Screen;
use crate::tui::screen::bodies::{BodiesView, OWNER_ROW, Rows};

impl<L: Ledger> App<L> {
    /// Every body's name and aliases, each once, for the owner field's completion.
    pub(super) fn body_names(&self) -> Result<Vec<String>, Error> {
        let mut names = Vec::new();
        self.store.each_body(&mut |b| {
            names.push(b.name);
            names.extend(b.aliases);
            Ok(())
        })?;
        names.sort_unstable();
        names.dedup();
        Ok(names)
    }

    pub(super) fn open_bodies(&mut self) -> Result<(), Error> {
        let mut view = BodiesView {
            rows: Vec::new(),
            at: Rows::default(),
            reading: None,
            shown: false,
        };
        self.read_bodies(&mut view)?;
        self.screens.push(Screen::Bodies(Box::new(view)));
        Ok(())
    }

    /// Starts reading every body's standing on a thread of its own, over a view of the ledger
    /// of its own (a pass over every pledge: most of a second at a million); read here when
    /// the ledger has no such view. What the screen showed stays until then.
    fn read_bodies(&self, view: &mut BodiesView) -> Result<(), Error> {
        let today = self.today;
        let reading = self
            .store
            .reader()
            .and_then(|reader| Background::start(reader, move |r: &L| r.bodies(today)));
        match reading {
            Some(reading) => view.reading = Some(reading),
            None => (view.rows, view.shown) = (self.store.bodies(today)?, true),
        }
        Ok(())
    }

    /// A bodies screen is waiting for its read.
    pub(super) fn reading_bodies(&self) -> bool {
        self.screens
            .iter()
            .any(|screen| matches!(screen, Screen::Bodies(view) if view.reading.is_some()))
    }

    /// Shows what each bodies screen's read brought; what went wrong goes to the status line,
    /// and a screen that never showed anything closes.
    pub(super) fn bodies_arrived(&mut self) {
        let mut failed = None;
        for (at, screen) in self.screens.iter_mut().enumerate() {
            let Screen::Bodies(view) = screen else {
                continue;
            };
            match take_arrived(&mut view.reading) {
                Some(Ok(rows)) => (view.rows, view.shown) = (rows, true),
                Some(Err(text)) => failed = failed.or(Some(((!view.shown).then_some(at), text))),
                None => {}
            }
        }
        if let Some((close, text)) = failed {
            self.read_failed(close, text);
        }
        self.keep_tables_in_view();
    }

    /// Lists the pledges of the bodies `name` picks, as lead or co-owner; a name that picks
    /// none is refused by the store, naming the owner field, and the filter stays as it was.
    pub(super) fn filter_by_body(&mut self, name: &str) -> Result<(), Error> {
        let ids = self.store.bodies_named(Field::Owner, name)?;
        self.body_scope = Some(BodyScope {
            ids,
            lead_only: false,
        });
        self.owner_filter = Some(name.to_string());
        self.selected = 0;
        self.reload_rows()?;
        let said = crate::messages::tui::bodies::body_listed(name, self.ids.len());
        self.say(said);
        Ok(())
    }

    pub(super) fn apply_bodies(&mut self, action: Action) -> Result<(), Error> {
        let cap = list_capacity(self.size.1);
        let Some(Screen::Bodies(view)) = self.screens.last_mut() else {
            return Ok(());
        };
        let last = view.rows.len().saturating_sub(1);
        if super::scroll(&mut view.at.selected, &action, cap.max(1), last) {
            view.at.keep_in_view(view.rows.len(), cap);
            return Ok(());
        }
        match action {
            Action::Open => {
                let Some(name) = view.rows.get(view.at.selected).map(|r| r.name.clone()) else {
                    return Ok(());
                };
                self.filter_by_body(&name)?;
                self.pop();
            }
            other => self.apply_leaving_keys(other)?,
        }
        Ok(())
    }

    /// What the bodies, letters and dashboard screens do alike: back, re-read, help, quit.
    pub(super) fn apply_leaving_keys(&mut self, action: Action) -> Result<(), Error> {
        match action {
            Action::Back => self.pop(),
            Action::Refresh => {
                self.reload()?;
                self.say(crate::messages::tui::reread());
            }
            Action::Help => self.open_help(),
            Action::Quit => self.ask_quit()?,
            _ => {}
        }
        Ok(())
    }

    /// The owner row of the filter menu: typing, completing, choosing a match, applying.
    pub(super) fn apply_owner_field(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::FilterMenu { selected, owner }) = self.screens.last_mut() else {
            return Ok(());
        };
        match action {
            Action::Back => self.pop(),
            Action::Complete => owner.complete(),
            Action::Down => {
                let n = owner.matches.len();
                if n > 0 {
                    owner.choice = Some(owner.choice.map_or(0, |c| (c + 1).min(n - 1)));
                }
            }
            Action::Up => match owner.choice {
                Some(c) if c > 0 => owner.choice = Some(c - 1),
                Some(_) => owner.choice = None,
                None => *selected = OWNER_ROW - 1,
            },
            Action::Enter => {
                let wanted = owner.wanted();
                if wanted.is_empty() {
                    self.owner_filter = None;
                    self.body_scope = None;
                    self.selected = 0;
                    self.reload_rows()?;
                } else {
                    self.filter_by_body(&wanted)?;
                }
                self.pop();
            }
            edit => {
                if owner.input.edit(&edit) {
                    owner.rematch();
                }
            }
        }
        Ok(())
    }

    /// Keeps the chosen row of each table screen on screen at the window's height.
    pub(super) fn keep_tables_in_view(&mut self) {
        let cap = list_capacity(self.size.1);
        for screen in &mut self.screens {
            match screen {
                Screen::Bodies(v) => v.at.keep_in_view(v.rows.len(), cap),
                Screen::Letters(v) => v.at.keep_in_view(v.rows.len(), cap),
                _ => {}
            }
        }
    }

    /// Re-reads the counts of the bodies and letters screens open, from the store's aggregate
    /// queries (the bodies' on a thread of their own).
    pub(super) fn reread_tables(&mut self) -> Result<(), Error> {
        let mut screens = std::mem::take(&mut self.screens);
        let read = screens.iter_mut().try_for_each(|screen| match screen {
            Screen::Bodies(v) => self.read_bodies(v),
            _ => Ok(()),
        });
        self.screens = screens;
        read?;
        for screen in &mut self.screens {
            match screen {
                Screen::Letters(v) => v.rows = self.store.letter_rows(self.today)?,
                Screen::Letter(v) => {
                    let rows = self.store.letter_rows(self.today)?;
                    if let Some(row) = rows.into_iter().find(|r| r.id == v.letter.id) {
                        v.row = row;
                    }
                }
                _ => {}
            }
        }
        self.keep_tables_in_view();
        Ok(())
    }
}
