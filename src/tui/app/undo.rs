//! `u`: undo the last change of this session. Undo writes forward: it is recorded in history,
//! and a note is never deleted; it is withdrawn, a fact in its history. It only puts back what this
//! session wrote while that is still in the ledger: a later change by anyone else stays.

use super::App;
use crate::error::Error;
use crate::error::screen::Refusal;
use crate::ledger::Ledger;
use crate::messages::tui::undo as words;
use crate::model::{Change, Status};
use crate::store::{Edit, Guarded, Seen, Stale, Withdrawal};

pub enum UndoStep {
    Changed {
        id: i64,
        changes: Vec<Change>,
    },
    Added {
        id: i64,
        /// The status it was added with.
        status: Status,
    },
    Noted {
        pledge: i64,
        note: i64,
        /// The status before the note changed it.
        status_before: Option<Status>,
    },
}

/// Why an undo wrote nothing: what changed since, and by whom.
fn not_undone(pledge: i64, after_note: Option<i64>, stale: Vec<Stale>) -> Error {
    Error::Screen(Refusal::NotUndone {
        pledge,
        after_note,
        stale,
    })
}

impl<L: Ledger> App<L> {
    pub(super) fn undo_last(&mut self) -> Result<(), Error> {
        let Some(step) = self.undo.pop() else {
            self.say(words::nothing_to_undo());
            return Ok(());
        };
        match self.undo_step(&step) {
            Ok(Ok(text)) => {
                self.reload()?;
                self.say(text);
                Ok(())
            }
            // Someone else's later change stands; this step can no longer be undone.
            Ok(Err(refused)) => {
                self.reload()?;
                Err(refused)
            }
            Err(e) => {
                self.undo.push(step);
                Err(e)
            }
        }
    }

    fn undo_step(&mut self, step: &UndoStep) -> Result<Result<String, Error>, Error> {
        match step {
            UndoStep::Changed { id, changes } => {
                let edit = Edit::reverting(changes)?;
                let guard = Seen::wrote(changes);
                let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
                Ok(
                    match self.store.edit_pledge_seen(
                        *id,
                        &edit,
                        &guard,
                        &self.who,
                        Some(crate::request::UNDONE),
                    )? {
                        Guarded::Done(_) => Ok(words::undone(*id, &fields)),
                        Guarded::Stale(stale) => Err(not_undone(*id, None, stale)),
                    },
                )
            }
            UndoStep::Added { id, status } => {
                let edit = Edit {
                    status: Some(Status::Dropped),
                    ..Edit::default()
                };
                let guard = [Seen::new("status", Some(status.as_str().to_string()))];
                let reason = Some(crate::request::UNDONE_ADDED);
                Ok(
                    match self
                        .store
                        .edit_pledge_seen(*id, &edit, &guard, &self.who, reason)?
                    {
                        Guarded::Done(_) => Ok(words::dropped(*id)),
                        Guarded::Stale(stale) => Err(not_undone(*id, None, stale)),
                    },
                )
            }
            UndoStep::Noted {
                pledge,
                note,
                status_before,
            } => {
                let withdrawal = Withdrawal {
                    pledge: *pledge,
                    note: *note,
                    by: self.who.clone(),
                    status_before: *status_before,
                };
                Ok(match self.store.withdraw_note(&withdrawal)? {
                    Guarded::Done(_) => Ok(crate::messages::store::note_withdrawn_by_undo(*note)),
                    Guarded::Stale(stale) => Err(not_undone(*pledge, Some(*note), stale)),
                })
            }
        }
    }
}
