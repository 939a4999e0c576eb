//! Clicks on the list: a click selects the row under it, a double click opens it (lazygit,
//! gitui). The wheel arrives as the screen's own up and down keys (`keys::mouse`).

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::tui::layout::list_row_at;
use crate::tui::screen::Screen;

impl<L: Ledger> App<L> {
    pub(super) fn click(&mut self, _column: u16, row: u16, double: bool) -> Result<(), Error> {
        // Only the list is clicked into; elsewhere a click does nothing rather than guess.
        if !matches!(self.screen(), Screen::List) {
            return Ok(());
        }
        let Some(at) = list_row_at(row, self.size.1).map(|r| self.offset + r) else {
            return Ok(());
        };
        let Some(&id) = self.ids.get(at) else {
            return Ok(());
        };
        self.selected = at;
        self.scroll_into_view()?;
        if double {
            self.open_detail(id)?;
        }
        Ok(())
    }
}
