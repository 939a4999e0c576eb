//! Another writer changed what a screen showed while it was open: the status picker and the edit
//! form save only over the values they showed, and otherwise ask before writing over theirs.

use super::App;
use super::undo::UndoStep;
use crate::error::Error;
use crate::model::Status;
use crate::store::{Edit, Guarded, Seen, Stale};
use crate::tui::keys::Action;
use crate::tui::screen::{FieldKind, OnYes, Screen};

/// A stored value as the user reads it.
pub(super) fn shown(value: Option<&str>) -> String {
    value.map_or_else(|| "(none)".to_string(), |v| format!("“{v}”"))
}

/// "deadline is now “2026-03-01” (by 李)": what another writer left in a field.
pub(super) fn changed_since(s: &Stale) -> String {
    let by =
        s.by.as_deref()
            .map(|b| format!(" (by {b})"))
            .unwrap_or_default();
    format!("{} is now {}{by}", s.field, shown(s.now.as_deref()))
}

const FORM_FIELDS: [FieldKind; 7] = [
    FieldKind::Title,
    FieldKind::Owner,
    FieldKind::Deadline,
    FieldKind::DeadlineText,
    FieldKind::Target,
    FieldKind::Unit,
    FieldKind::Status,
];

fn form_field(stored: &str) -> Option<FieldKind> {
    FORM_FIELDS.into_iter().find(|k| k.stored() == Some(stored))
}

impl App {
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
            Action::Back => {
                self.screens.pop();
            }
            Action::Enter => {
                let (id, seen) = (*id, *seen);
                let status = Status::ALL.get(*selected).copied().unwrap_or(seen);
                self.screens.pop();
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
                    self.say(format!("pledge #{id} is already {status}"));
                } else {
                    self.undo.push(UndoStep::Changed { id, changes });
                    self.say(format!("pledge #{id} is now {status}"));
                }
            }
            Guarded::Stale(stale) => {
                let Some(s) = stale.first() else {
                    return Ok(());
                };
                let now: Status = s.now.as_deref().unwrap_or_default().parse().map_err(
                    |e: crate::problem::Problem| {
                        Error::Refused(format!(
                            "pledge #{id}: stored status {}",
                            crate::messages::values::problem(&e)
                        ))
                    },
                )?;
                self.reload()?;
                if now == status {
                    self.say(format!("pledge #{id} is already {status}"));
                    return Ok(());
                }
                self.screens.push(Screen::Confirm {
                    question: format!(
                        "Changed while the picker was open: pledge #{id}'s {}. Set it to {status} \
                         over theirs? (n: keep {now})",
                        changed_since(s)
                    ),
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

    /// Another writer changed fields the form saves: keep the form, ask before writing over them.
    pub(super) fn ask_overwrite(&mut self, stale: Vec<Stale>) -> Result<(), Error> {
        let Some(Screen::Form(form)) = self.screens.last_mut() else {
            return Ok(());
        };
        let lines: Vec<String> = stale
            .iter()
            .map(|s| {
                let yours = form_field(&s.field).map_or("", |k| form.value(k)).trim();
                let yours = shown(Some(yours).filter(|y| !y.is_empty()));
                format!("{}; yours is {yours}.", changed_since(s))
            })
            .collect();
        form.stale = stale;
        self.screens.push(Screen::Confirm {
            question: format!(
                "Changed while this form was open: {} Save yours over theirs? (n: keep theirs)",
                lines.join(" ")
            ),
            on_yes: OnYes::Overwrite,
        });
        Ok(())
    }

    /// The answer to `ask_overwrite`: save over theirs, or show theirs in the form instead.
    pub(super) fn answer_overwrite(&mut self, overwrite: bool) -> Result<(), Error> {
        let Some(Screen::Form(form)) = self.screens.last_mut() else {
            return Ok(());
        };
        let stale = std::mem::take(&mut form.stale);
        for s in &stale {
            // Either way the form now stands on what is stored: a third change is asked again.
            if let Some(seen) = form.seen.iter_mut().find(|v| v.field == s.field) {
                seen.value = s.now.clone();
            }
            if !overwrite && let Some(kind) = form_field(&s.field) {
                form.reset_field(kind, s.now.as_deref().unwrap_or_default());
            }
        }
        if overwrite {
            return self.save_form();
        }
        let fields: Vec<&str> = stale.iter().map(|s| s.field.as_str()).collect();
        self.say(format!(
            "kept the stored {}; nothing saved yet (Ctrl-S saves your other changes)",
            fields.join(", ")
        ));
        Ok(())
    }
}
