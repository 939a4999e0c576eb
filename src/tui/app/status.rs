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
use crate::tui::screen::{FieldKind, FormMode, OnYes, PledgeForm, Screen};

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
                if super::fields::status_needs_reason(seen, status) {
                    let mode = FormMode::Status { id, status, seen };
                    let form = PledgeForm::new(mode, vec![(FieldKind::Reason, String::new())]);
                    self.screens.push(Screen::Form(Box::new(form)));
                } else {
                    self.set_status(id, status, seen, None)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The reason typed into the status's reason form on top, which closes as it is used.
    pub(super) fn take_status_reason(&mut self) -> Option<String> {
        let Some(Screen::Form(form)) = self.screens.last() else {
            return None;
        };
        if !matches!(form.mode, FormMode::Status { .. }) {
            return None;
        }
        let reason = super::fields::optional(form.value(FieldKind::Reason));
        self.pop();
        reason
    }

    /// Sets a status if it is still `seen`; otherwise asks whether to set it over theirs. The
    /// reason, when asked for, is recorded in history with it.
    pub(super) fn set_status(
        &mut self,
        id: i64,
        status: Status,
        seen: Status,
        reason: Option<String>,
    ) -> Result<(), Error> {
        let edit = Edit {
            status: Some(status),
            ..Edit::default()
        };
        let guard = [Seen::new("status", Some(seen.as_str().to_string()))];
        match self
            .store
            .edit_pledge_seen(id, &edit, &guard, &self.who, reason.as_deref())?
        {
            Guarded::Done(changes) => {
                self.reload()?;
                if changes.is_empty() {
                    self.say(words::already(id, status));
                } else {
                    self.record(UndoStep::Changed { id, changes });
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
                        reason,
                    },
                });
            }
        }
        Ok(())
    }
}
