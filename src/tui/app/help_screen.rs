//! Help: opened at the keys of the screen it is asked from, and scrolled like every view.

use super::{App, scroll};
use crate::error::Error;
use crate::ledger::Ledger;
use crate::tui::keys::Action;
use crate::tui::layout::{body_height, help};
use crate::tui::screen::Screen;

impl<L: Ledger> App<L> {
    /// Opens help at the keys of the screen it is asked from.
    pub(super) fn open_help(&mut self) {
        let (width, height) = self.size;
        let all = help::lines(width);
        let max = help::max_scroll(&all, body_height(height));
        let at = help::section_start(&all, self.keymap().section).min(max);
        self.screens.push(Screen::Help {
            scroll: at,
            search: None,
        });
    }

    pub(super) fn apply_help(&mut self, action: Action) -> Result<(), Error> {
        if self.apply_help_search(&action) {
            return Ok(());
        }
        let (width, height) = self.size;
        let Some(Screen::Help { scroll: at, .. }) = self.screens.last_mut() else {
            return Ok(());
        };
        let page = body_height(height).max(1);
        let max = help::max_scroll(&help::lines(width), page);
        // A wider window shortens help: move from where it is seen.
        *at = (*at).min(max);
        if !scroll(at, &action, page, max) && action == Action::Back {
            self.pop();
        }
        Ok(())
    }
}
