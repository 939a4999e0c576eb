//! `u`: undo the last change of this session. Undo writes forward: it is recorded in history,
//! and a note is never deleted; it is withdrawn, a fact in its history. It only puts back what this
//! session wrote while that is still in the ledger: a later change by anyone else stays.

use super::App;
use super::conflict::changed_since;
use crate::error::Error;
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

/// Why an undo wrote nothing: what changed since, and by whom. Short: it is one status line.
fn not_undone(pledge: i64, since: &str, stale: &[Stale]) -> Error {
    let changed: Vec<String> = stale.iter().map(changed_since).collect();
    Error::Refused(format!(
        "not undone: pledge #{pledge} changed {since}: {}",
        changed.join("; ")
    ))
}

impl App {
    pub(super) fn undo_last(&mut self) -> Result<(), Error> {
        let Some(step) = self.undo.pop() else {
            self.say("nothing to undo in this session");
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
                        Some("undo"),
                    )? {
                        Guarded::Done(_) => {
                            Ok(format!("undone: {} of pledge #{id}", fields.join(", ")))
                        }
                        Guarded::Stale(stale) => Err(not_undone(*id, "since", &stale)),
                    },
                )
            }
            UndoStep::Added { id, status } => {
                let edit = Edit {
                    status: Some(Status::Dropped),
                    ..Edit::default()
                };
                let guard = [Seen::new("status", Some(status.as_str().to_string()))];
                let reason = Some("undo: added by mistake");
                Ok(
                    match self
                        .store
                        .edit_pledge_seen(*id, &edit, &guard, &self.who, reason)?
                    {
                        Guarded::Done(_) => Ok(format!(
                            "undone: pledge #{id} is marked dropped (pledges are kept, never deleted)"
                        )),
                        Guarded::Stale(stale) => Err(not_undone(*id, "since", &stale)),
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
                    Guarded::Stale(stale) => {
                        Err(not_undone(*pledge, &format!("after note #{note}"), &stale))
                    }
                })
            }
        }
    }
}
