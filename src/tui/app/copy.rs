//! `y` and `Y`: the selected pledge's quote or id to the clipboard, through the terminal
//! (OSC 52, `tui::clipboard`), never through standard output where data goes.

use super::{App, Effect};
use crate::error::Error;
use crate::ledger::Ledger;
use crate::messages::tui as words;
use crate::tui::keys::Action;
use crate::tui::screen::Screen;

impl<L: Ledger> App<L> {
    pub(super) fn copy(&mut self, action: &Action) -> Result<(), Error> {
        if !matches!(self.screen(), Screen::List | Screen::Detail(_)) {
            return Ok(());
        }
        let Some(id) = self.current_id() else {
            self.say(words::none_selected());
            return Ok(());
        };
        if *action == Action::CopyId {
            self.effect = Some(Effect::Copy(id.to_string()));
            self.say(words::copied_id(id));
            return Ok(());
        }
        let quote = self.store.pledge(id)?.quote;
        match quote {
            Some(q) if !q.trim().is_empty() => {
                self.effect = Some(Effect::Copy(q));
                self.say(words::copied_quote(id));
            }
            _ => self.say(words::no_quote(id)),
        }
        Ok(())
    }
}
