//! The note editor: what was reported, the day it happened, progress and a new status.

use super::App;
use super::fields;
use super::undo::UndoStep;
use crate::error::Error;
use crate::error::screen::Refusal;
use crate::ledger::Ledger;
use crate::messages::tui::editor as words;
use crate::problem::Field;
use crate::store::NewNote;
use crate::tui::input::TextInput;
use crate::tui::keys::Action;
use crate::tui::screen::{NoteDraft, NoteField, OnYes, Screen};

/// The field `step` places from `focus`, wrapping around.
fn step_field(focus: NoteField, step: usize) -> NoteField {
    let order = NoteField::ORDER;
    let at = order.iter().position(|f| *f == focus).unwrap_or(0);
    order
        .get((at + step) % order.len())
        .copied()
        .unwrap_or(NoteField::Body)
}

impl<L: Ledger> App<L> {
    pub(super) fn open_note(&mut self, id: i64) -> Result<(), Error> {
        let p = self.store.pledge(id)?;
        let draft = NoteDraft {
            pledge: id,
            title: p.title.clone(),
            target: p.target.as_ref().map(|_| p.progress_text()),
            body: TextInput::multi(),
            on: TextInput::single(&crate::date::format(self.today)),
            progress: TextInput::single(""),
            author: TextInput::single(&self.who),
            status: None,
            focus: NoteField::Body,
            errors: Vec::new(),
        };
        self.screens.push(Screen::NoteEditor(Box::new(draft)));
        Ok(())
    }

    /// Esc on an editor: close it, asking first when typing would be lost.
    pub(super) fn cancel_editor(&mut self) -> Result<(), Error> {
        if self.screen().has_draft() {
            self.screens.push(Screen::Confirm {
                question: words::discard_question().into(),
                on_yes: OnYes::DiscardDraft,
            });
            Ok(())
        } else {
            self.close()
        }
    }

    /// Ctrl-C: quits at once, unless a draft would be lost; then it asks, and a second Ctrl-C
    /// (or `y`) quits.
    pub(super) fn force_quit(&mut self) {
        let asked = matches!(
            self.screens.last(),
            Some(Screen::Confirm {
                on_yes: OnYes::Quit,
                ..
            })
        );
        if asked || !self.screens.iter().any(Screen::has_draft) {
            self.quit = true;
        } else {
            self.screens.push(Screen::Confirm {
                question: words::force_quit_question().into(),
                on_yes: OnYes::Quit,
            });
        }
    }

    pub(super) fn apply_note(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::NoteEditor(d)) = self.screens.last_mut() else {
            return Ok(());
        };
        let focus = d.focus;
        let before = (d.text(focus).to_string(), d.status);
        self.edit_note(action)?;
        // A field's error goes as soon as that field changes.
        if let Some(Screen::NoteEditor(d)) = self.screens.last_mut()
            && (d.text(focus).to_string(), d.status) != before
        {
            d.errors.retain(|(f, _)| *f != focus);
        }
        Ok(())
    }

    fn edit_note(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::NoteEditor(d)) = self.screens.last_mut() else {
            return Ok(());
        };
        let last = NoteField::ORDER.len() - 1;
        match action {
            Action::Save => return self.save_note(),
            Action::Back => return self.cancel_editor(),
            Action::Help => self.open_help(),
            Action::NextField => d.focus = step_field(d.focus, 1),
            Action::PrevField => d.focus = step_field(d.focus, last),
            Action::Enter if d.focus == NoteField::Body => d.body.insert('\n'),
            Action::Enter => d.focus = step_field(d.focus, 1),
            Action::Up if d.focus == NoteField::Body => {
                d.body.up();
            }
            Action::Down if d.focus == NoteField::Body => {
                d.body.down();
            }
            Action::Left | Action::Right | Action::Insert(' ') if d.focus == NoteField::Status => {
                let step = if action == Action::Left { -1 } else { 1 };
                d.status = fields::next_status(d.status, step);
            }
            Action::Insert(_) | Action::Paste(_) if d.focus == NoteField::Body => {
                let added = match &action {
                    Action::Paste(text) => text.len(),
                    _ => 4,
                };
                match crate::model::check_note_size(d.body.text().len() + added) {
                    Ok(()) => {
                        d.body.edit(&action);
                    }
                    Err(e) => d.set_error(NoteField::Body, words::not_added(&e)),
                }
            }
            other => {
                let input = match d.focus {
                    NoteField::Body => &mut d.body,
                    NoteField::On => &mut d.on,
                    NoteField::Progress => &mut d.progress,
                    NoteField::Author => &mut d.author,
                    NoteField::Status => return Ok(()),
                };
                input.edit(&other);
            }
        }
        Ok(())
    }

    fn save_note(&mut self) -> Result<(), Error> {
        let today = self.today;
        let Some(Screen::NoteEditor(d)) = self.screens.last_mut() else {
            return Ok(());
        };
        // Every field is read before anything is said, so each wrong one shows its error.
        let body = (!d.body.is_blank()).then(|| d.body.text().to_string());
        let on = fields::note_date(d.on.text(), today);
        let progress = fields::quantity(Field::Progress, d.progress.text());
        let author = fields::required(Field::Author, d.author.text());
        let mut wrong = Vec::new();
        if body.is_none() {
            wrong.push((NoteField::Body, Error::Screen(Refusal::EmptyNote)));
        }
        for (field, r) in [
            (NoteField::On, on.as_ref().err()),
            (NoteField::Progress, progress.as_ref().err()),
            (NoteField::Author, author.as_ref().err()),
        ] {
            if let Some(i) = r {
                wrong.push((field, Error::Invalid(i.clone())));
            }
        }
        let (Some(body), Ok(on), Ok(progress), Ok(author)) = (body, on, progress, author) else {
            d.errors = wrong.iter().map(|(f, e)| (*f, e.to_string())).collect();
            if let Some((first, _)) = wrong.first() {
                d.focus = *first;
            }
            return Ok(());
        };
        let before = self.store.pledge(d.pledge)?;
        let new = NewNote {
            pledge: d.pledge,
            on,
            author,
            body: body.clone(),
            progress,
            status: d.status,
            // A note that closes or reopens the pledge is its own reason: its first line.
            why: d
                .status
                .and_then(|_| body.lines().next().map(str::to_string)),
            reported_by: None,
            evidence: None,
        };
        let note = self.store.add_note(&new)?;
        self.record(UndoStep::Noted {
            pledge: new.pledge,
            note,
            status_before: new
                .status
                .filter(|s| *s != before.status)
                .map(|_| before.status),
        });
        self.pop();
        self.reload()?;
        self.say(words::note_saved(note, new.pledge));
        Ok(())
    }
}
