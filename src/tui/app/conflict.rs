//! Another writer changed what the edit form showed while it was open: the form saves only over
//! the values it showed, and otherwise asks before writing over theirs.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::messages::tui::conflict as words;
use crate::store::Stale;
use crate::tui::screen::{FieldKind, OnYes, Screen};

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

impl<L: Ledger> App<L> {
    /// Another writer changed fields the form saves: keep the form, ask before writing over them.
    pub(super) fn ask_overwrite(&mut self, stale: Vec<Stale>) -> Result<(), Error> {
        let Some(Screen::Form(form)) = self.screens.last_mut() else {
            return Ok(());
        };
        let theirs_and_yours: Vec<(&Stale, Option<&str>)> = stale
            .iter()
            .map(|s| {
                let yours = form_field(&s.field).map_or("", |k| form.value(k)).trim();
                (s, Some(yours).filter(|y| !y.is_empty()))
            })
            .collect();
        let question = words::over_theirs(&theirs_and_yours);
        form.stale = stale;
        self.screens.push(Screen::Confirm {
            question,
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
        self.say(words::kept_theirs(&fields));
        Ok(())
    }
}
