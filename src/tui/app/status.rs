//! The quick status picker: a status is set only over the one it showed, and otherwise asks
//! before writing over another writer's.

use super::App;
use super::undo::UndoStep;
use crate::error::Error;
use crate::error::screen::Refusal;
use crate::ledger::Ledger;
use crate::messages::tui::status as words;
use crate::model::Status;
use crate::store::{Edit, Guarded, Seen};
use crate::tui::keys::Action;
use crate::tui::screen::{OnYes, Screen};

impl<L: Ledger> App<L> {
    pub(super) fn open_status_pick(&mut self, id: i64) -> Result<(), Error> {
        let seen = self.store.pledge(id)?.status;
        let selected = Status::ALL.iter().position(|s| *s == seen).unwrap_or(0);
        self.screens.push(Screen::StatusPick { id, selected, seen });
        Ok(())
    }

    pub(super) fn apply_status_pick(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::StatusPick { id, selected, seen }) = self.screens.last_mut() else {
            return Ok(());
        };
        let last = Status::ALL.len() - 1;
        match action {
            Action::Down => *selected = (*selected + 1).min(last),
            Action::Up => *selected = selected.saturating_sub(1),
            Action::Back => self.pop(),
            Action::Enter => {
                let (id, seen) = (*id, *seen);
                let status = Status::ALL.get(*selected).copied().unwrap_or(seen);
                self.pop();
                self.set_status(id, status, seen)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Sets a status if it is still `seen`; otherwise asks whether to set it over theirs.
    pub(super) fn set_status(
        &mut self,
        id: i64,
        status: Status,
        seen: Status,
    ) -> Result<(), Error> {
        let edit = Edit {
            status: Some(status),
            ..Edit::default()
        };
        let guard = [Seen::new("status", Some(seen.as_str().to_string()))];
        match self
            .store
            .edit_pledge_seen(id, &edit, &guard, &self.who, None)?
        {
            Guarded::Done(changes) => {
                self.reload()?;
                if changes.is_empty() {
                    self.say(words::already(id, status));
                } else {
                    self.undo.push(UndoStep::Changed { id, changes });
                    self.say(words::now(id, status));
                }
            }
            Guarded::Stale(stale) => {
                let Some(s) = stale.first() else {
                    return Ok(());
                };
                let now: Status = s
                    .now
                    .as_deref()
                    .unwrap_or_default()
                    .parse()
                    .map_err(|problem| Error::Screen(Refusal::StoredStatus { id, problem }))?;
                self.reload()?;
                if now == status {
                    self.say(words::already(id, status));
                    return Ok(());
                }
                self.screens.push(Screen::Confirm {
                    question: words::over_theirs(id, s, status, now),
                    on_yes: OnYes::SetStatus {
                        id,
                        status,
                        seen: now,
                    },
                });
            }
        }
        Ok(())
    }
}
