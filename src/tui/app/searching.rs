//! Searches read off the drawing path: each edit of the search asks the ledger's lister for
//! the list and returns at once, so the key typed is drawn while the list is read; the list
//! replaces the one shown when its answer arrives, unless a newer edit has asked again.

use super::{App, Message};
use crate::error::Error;
use crate::ledger::{Answer, Ledger, Lister};

/// The ledger's lister, if it has one, and the ask last made of it.
pub struct Searching<R> {
    lister: Option<R>,
    /// The number of the last ask: only its answer is taken.
    asked: u64,
    /// That ask is unanswered: the screen says "searching…".
    awaiting: bool,
}

impl<R> Default for Searching<R> {
    fn default() -> Self {
        Searching {
            lister: None,
            asked: 0,
            awaiting: false,
        }
    }
}

impl<R> Searching<R> {
    pub fn new(lister: Option<R>) -> Searching<R> {
        Searching {
            lister,
            ..Searching::default()
        }
    }

    /// The list was read where it was asked for: the answer still awaited is not wanted.
    pub fn forget(&mut self) {
        self.awaiting = false;
    }
}

impl<L: Ledger> App<L> {
    /// Reads the list again for the search as it now stands: off the drawing path when the
    /// ledger has a lister, else here.
    pub(super) fn relist(&mut self) -> Result<(), Error> {
        let Some(lister) = &self.lists.lister else {
            return self.reload_rows();
        };
        self.lists.asked += 1;
        if !lister.ask(self.lists.asked, &self.filter(), self.sort) {
            // The reader is gone (it cannot answer): read here, as without one.
            self.lists.lister = None;
            return self.reload_rows();
        }
        self.lists.awaiting = true;
        Ok(())
    }

    /// An answer that has arrived, for the loop to apply as [`crate::tui::keys::Action::Listed`].
    pub fn answer(&self) -> Option<Answer> {
        self.lists.lister.as_ref()?.answer()
    }

    /// A search's list is being read.
    pub fn searching(&self) -> bool {
        self.lists.awaiting
    }

    /// Shows the list of the newest ask, keeping the selection on the same pledge as a
    /// re-read does; the answer to an older ask is dropped.
    pub(super) fn listed(&mut self, answer: Answer) -> Result<(), Error> {
        if !self.lists.awaiting || answer.ask != self.lists.asked {
            return Ok(());
        }
        self.lists.awaiting = false;
        let listed = match answer.listed {
            Ok(listed) => listed,
            Err(text) => {
                self.message = Some(Message { text, error: true });
                return Ok(());
            }
        };
        let keep = self.ids.get(self.selected).copied();
        (self.ids, self.nested) = (listed.ids, listed.nested);
        self.selected = keep
            .and_then(|id| self.ids.iter().position(|&i| i == id))
            .unwrap_or(self.selected)
            .min(self.ids.len().saturating_sub(1));
        self.window.clear();
        self.scroll_into_view()
    }
}
