//! Questions: quitting with a draft open, and what a yes or a no to the open question does.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::messages::tui as words;
use crate::tui::keys::Action;
use crate::tui::screen::{OnYes, Screen};

impl<L: Ledger> App<L> {
    /// `q`: quits at once, or asks first when a draft would be lost.
    pub(super) fn ask_quit(&mut self) -> Result<(), Error> {
        if self.screens.iter().any(Screen::has_draft) {
            self.screens.push(Screen::Confirm {
                question: words::quit_question().into(),
                on_yes: OnYes::Quit,
            });
        } else {
            self.quit = true;
        }
        Ok(())
    }

    pub(super) fn apply_confirm(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::Confirm { on_yes, .. }) = self.screens.last() else {
            return Ok(());
        };
        let on_yes = on_yes.clone();
        match action {
            Action::Yes => {
                self.pop();
                match on_yes {
                    OnYes::Quit => self.quit = true,
                    OnYes::DiscardDraft => {
                        let review = matches!(self.screens.last(), Some(Screen::Review(_)));
                        self.close()?;
                        self.say(words::discarded(review));
                    }
                    OnYes::SaveReview => self.save_review()?,
                    OnYes::AddLine => self.add_line_anyway()?,
                    OnYes::StopBatch => {
                        self.stop_batch = true;
                        self.quit = true;
                    }
                    OnYes::Overwrite => self.answer_overwrite(true)?,
                    OnYes::SetStatus {
                        id,
                        status,
                        seen,
                        reason,
                    } => self.set_status(id, status, seen, reason)?,
                    OnYes::Undo => self.undo_now()?,
                    OnYes::Redo => self.redo_now()?,
                }
            }
            Action::No => {
                self.pop();
                match on_yes {
                    OnYes::Overwrite => self.answer_overwrite(false)?,
                    OnYes::SetStatus { id, seen, .. } => self.say(words::status::kept(id, seen)),
                    _ => {}
                }
            }
            _ => {}
        }
        Ok(())
    }
}
