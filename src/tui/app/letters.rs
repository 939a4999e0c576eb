//! The letters screen, one letter opened with its pledges' quotes marked, and the letter
//! filter. Counts come from the store's aggregate query; a letter reads only its own pledges.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::request::{Filter, LetterRow, Quotes, Sort};
use crate::tui::keys::Action;
use crate::tui::layout::{inside, letter_text, list_capacity};
use crate::tui::screen::Screen;
use crate::tui::screen::bodies::{LetterView, LettersView, Quoted, Rows};

impl<L: Ledger> App<L> {
    pub(super) fn open_letters(&mut self) -> Result<(), Error> {
        let rows = self.store.letter_rows(self.today)?;
        self.screens.push(Screen::Letters(Box::new(LettersView {
            rows,
            at: Rows::default(),
        })));
        Ok(())
    }

    pub(super) fn apply_letters(&mut self, action: Action) -> Result<(), Error> {
        let cap = list_capacity(self.size.1);
        let Some(Screen::Letters(view)) = self.screens.last_mut() else {
            return Ok(());
        };
        let last = view.rows.len().saturating_sub(1);
        if super::scroll(&mut view.at.selected, &action, cap.max(1), last) {
            view.at.keep_in_view(view.rows.len(), cap);
            return Ok(());
        }
        let chosen = view.selected().cloned();
        match action {
            Action::Open => {
                if let Some(row) = chosen {
                    self.open_letter(row)?;
                }
            }
            Action::FilterLetter => {
                if let Some(row) = chosen {
                    self.filter_by_letter(row.id)?;
                }
            }
            other => self.apply_leaving_keys(other)?,
        }
        Ok(())
    }

    /// Opens a letter: its text, and the quotes of its own pledges (a letter's worth, never
    /// the ledger's).
    fn open_letter(&mut self, row: LetterRow) -> Result<(), Error> {
        let Some(letter) = self.store.letter(row.id)? else {
            return self.reread_tables();
        };
        let filter = Filter {
            letter: Some(row.id),
            ..Filter::default()
        };
        let mut pledges = Vec::new();
        self.store
            .each_pledge(&filter, Sort::Id, Quotes::With, &mut |p| {
                if let Some(quote) = p.quote.filter(|q| !q.trim().is_empty()) {
                    pledges.push(Quoted {
                        id: p.id,
                        title: p.title,
                        quote,
                    });
                }
                Ok(())
            })?;
        let mut view = LetterView::new(row, letter, pledges);
        view.lay_out(letter_text(self.size).width);
        self.screens.push(Screen::Letter(Box::new(view)));
        Ok(())
    }

    /// Back to the list, showing only this letter's pledges; the header says which letter.
    fn filter_by_letter(&mut self, id: i64) -> Result<(), Error> {
        self.letter_filter = Some(id);
        while matches!(
            self.screens.last(),
            Some(Screen::Letters(_) | Screen::Letter(_))
        ) && self.screens.len() > 1
        {
            self.pop();
        }
        self.selected = 0;
        self.reload_rows()
    }

    pub(super) fn apply_letter(&mut self, action: Action) -> Result<(), Error> {
        let page = inside(letter_text(self.size));
        let Some(Screen::Letter(view)) = self.screens.last_mut() else {
            return Ok(());
        };
        let max = view.max_scroll(page);
        if super::scroll(&mut view.scroll, &action, page, max) {
            return Ok(());
        }
        match action {
            Action::NextMatch => view.step(true, page),
            Action::PrevMatch => view.step(false, page),
            Action::Open => match view.chosen().map(|p| p.id) {
                Some(id) => self.open_detail(id)?,
                None => self.say(crate::messages::tui::bodies::choose_quote_first()),
            },
            Action::FilterLetter => {
                let id = view.letter.id;
                self.filter_by_letter(id)?;
            }
            Action::Back => self.pop(),
            Action::Help => self.open_help(),
            Action::Quit => self.ask_quit()?,
            _ => {}
        }
        Ok(())
    }

    /// Lays each open letter out again at the window's new width.
    pub(super) fn relayout_letters(&mut self) {
        let width = letter_text(self.size).width;
        for screen in &mut self.screens {
            if let Screen::Letter(view) = screen {
                view.lay_out(width);
            }
        }
    }
}
