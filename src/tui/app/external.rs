//! Ctrl-E in the note editor or the pledge form: the draft goes to `$VISUAL`/`$EDITOR` (the
//! loop runs it, `tui::editor`) and what was saved there comes back as `Action::Edited`.

use super::{App, Effect};
use crate::error::Error;
use crate::error::screen::{EditorFailure, Refusal};
use crate::ledger::Ledger;
use crate::messages::tui::editor as words;
use crate::model::{MAX_NOTE_BYTES, NOTE_SLACK, check_note_size};
use crate::tui::input::{LINE_LIMIT, TextInput};
use crate::tui::screen::{FieldKind, NoteField, Screen};

impl<L: Ledger> App<L> {
    /// Asks the loop for the editor on the note's text, or on the form's focused text field.
    pub(super) fn open_external(&mut self) -> Result<(), Error> {
        self.effect = match self.screens.last() {
            Some(Screen::NoteEditor(d)) => Some(Effect::Edit {
                text: d.body.text().to_string(),
                limit: MAX_NOTE_BYTES + NOTE_SLACK,
            }),
            Some(Screen::Form(f)) => f
                .fields
                .get(f.focus)
                .filter(|field| field.kind != FieldKind::Status)
                .map(|field| Effect::Edit {
                    text: field.input.text().to_string(),
                    limit: LINE_LIMIT,
                }),
            _ => None,
        };
        Ok(())
    }

    /// Puts what the editor saved into the draft; a failure leaves the draft as it was.
    pub(super) fn edited(&mut self, result: Result<String, EditorFailure>) -> Result<(), Error> {
        let text = result.map_err(|f| Error::Screen(Refusal::Editor(f)))?;
        let before = match self.screens.last() {
            Some(Screen::NoteEditor(d)) => Some(d.body.text()),
            Some(Screen::Form(f)) => f.fields.get(f.focus).map(|field| field.input.text()),
            _ => None,
        };
        // An editor that returns at once (`code` without `--wait`) looks like no change: say so.
        if before == Some(text.as_str()) {
            self.say(words::editor_unchanged());
            return Ok(());
        }
        match self.screens.last_mut() {
            Some(Screen::NoteEditor(d)) => match check_note_size(text.len()) {
                Ok(()) => {
                    let mut body = TextInput::multi();
                    body.insert_str(&text);
                    d.body = body;
                    d.focus = NoteField::Body;
                    d.errors.retain(|(f, _)| *f != NoteField::Body);
                }
                Err(e) => d.set_error(NoteField::Body, words::not_added(&e)),
            },
            Some(Screen::Form(f)) => {
                if let Some(field) = f.focused().filter(|field| field.kind != FieldKind::Status) {
                    // One line: the editor's line breaks become spaces, as a paste's do.
                    field.input = TextInput::single(&text);
                    field.error = None;
                }
            }
            _ => {}
        }
        Ok(())
    }
}
