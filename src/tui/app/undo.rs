//! `u`: undo the last change of this session. Undo writes forward: it is recorded in history,
//! and a note is never deleted; a correcting note is added instead.

use super::App;
use crate::error::Error;
use crate::model::{Change, Quantity, Status};
use crate::store::{Edit, NewNote};

pub enum UndoStep {
    Changed {
        id: i64,
        changes: Vec<Change>,
    },
    Added {
        id: i64,
    },
    Noted {
        pledge: i64,
        note: i64,
        /// The status before the note changed it.
        status_before: Option<Status>,
        /// The progress before the note reported one (`Some(None)`: there was none).
        progress_before: Option<Option<Quantity>>,
    },
}

impl App {
    pub(super) fn undo_last(&mut self) -> Result<(), Error> {
        let Some(step) = self.undo.pop() else {
            self.say("nothing to undo in this session");
            return Ok(());
        };
        let result = self.undo_step(&step);
        if result.is_err() {
            self.undo.push(step);
        }
        let text = result?;
        self.reload()?;
        self.say(text);
        Ok(())
    }

    fn undo_step(&mut self, step: &UndoStep) -> Result<String, Error> {
        match step {
            UndoStep::Changed { id, changes } => {
                let current = self.store.pledge(*id)?;
                let edit = Edit::reverting(changes, &current)?;
                self.store
                    .edit_pledge(*id, &edit, &self.who, Some("undo"))?;
                let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
                Ok(format!("undone: {} of pledge #{id}", fields.join(", ")))
            }
            UndoStep::Added { id } => {
                let edit = Edit {
                    status: Some(Status::Dropped),
                    ..Edit::default()
                };
                self.store
                    .edit_pledge(*id, &edit, &self.who, Some("undo: added by mistake"))?;
                Ok(format!(
                    "undone: pledge #{id} is marked dropped (pledges are kept, never deleted)"
                ))
            }
            UndoStep::Noted {
                pledge,
                note,
                status_before,
                progress_before,
            } => {
                let correction = NewNote {
                    pledge: *pledge,
                    on: self.today,
                    author: self.who.clone(),
                    body: format!("Correction: note #{note} was entered by mistake; disregard it."),
                    progress: progress_before.map(|p| p.unwrap_or(Quantity::ZERO)),
                    status: *status_before,
                };
                let id = self.store.add_note(&correction)?;
                Ok(format!(
                    "notes are a record and are not deleted: added correcting note #{id} for note #{note}"
                ))
            }
        }
    }
}
