//! The note editor, the edit/add form and the quick status picker.

use super::App;
use super::undo::UndoStep;
use crate::error::Error;
use crate::model::{Quantity, Status, Target};
use crate::store::{Edit, Guarded, NewNote, NewPledge, Seen};
use crate::tui::input::TextInput;
use crate::tui::keys::Action;
use crate::tui::screen::{FieldKind, FormMode, NoteDraft, NoteField, OnYes, PledgeForm, Screen};

/// Applies an editing action to a text field; false when it is not one.
fn edit_text(input: &mut TextInput, action: &Action) -> bool {
    match action {
        Action::Insert(c) => input.insert(*c),
        Action::Paste(s) => input.insert_str(s),
        Action::Backspace => input.backspace(),
        Action::Delete => input.delete(),
        Action::Left => input.left(),
        Action::Right => input.right(),
        Action::Home => input.home(),
        Action::End => input.end(),
        _ => return false,
    }
    true
}

fn usage(field: &str, value: &str, accepted: &str) -> Error {
    Error::Usage(format!("{field} {value:?}: {accepted}"))
}

/// A target's unit or wording means nothing without its number: refused rather than dropped.
pub(super) fn needs_number(
    quantity: Option<Quantity>,
    field: &str,
    value: &str,
) -> Result<(), Error> {
    if quantity.is_none() && !value.trim().is_empty() {
        return Err(usage(
            field,
            value,
            &format!("describes a target; give the target number too, or leave the {field} empty"),
        ));
    }
    Ok(())
}

pub(super) fn parse_date_field(
    field: &str,
    value: &str,
) -> Result<Option<chrono::NaiveDate>, Error> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    crate::date::parse(value)
        .map(Some)
        .map_err(|e| usage(field, value, &crate::messages::values::problem(&e)))
}

pub(super) fn parse_quantity_field(field: &str, value: &str) -> Result<Option<Quantity>, Error> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value
        .parse()
        .map(Some)
        .map_err(|e| usage(field, value, &crate::messages::values::problem(&e)))
}

fn next_status(current: Option<Status>, step: isize) -> Option<Status> {
    let choices: Vec<Option<Status>> = std::iter::once(None).chain(Status::ALL.map(Some)).collect();
    let at = choices.iter().position(|c| *c == current).unwrap_or(0) as isize;
    choices[(at + step).rem_euclid(choices.len() as isize) as usize]
}

/// The form's fields a pledge and a draft share, in the order they are shown.
pub(super) fn pledge_fields(
    title: &str,
    owner: &str,
    deadline: Option<chrono::NaiveDate>,
    deadline_text: Option<&str>,
    quantity: Option<Quantity>,
    unit: Option<&str>,
) -> Vec<(FieldKind, String)> {
    vec![
        (FieldKind::Title, title.to_string()),
        (FieldKind::Owner, owner.to_string()),
        (
            FieldKind::Deadline,
            deadline.map(crate::date::format).unwrap_or_default(),
        ),
        (
            FieldKind::DeadlineText,
            deadline_text.unwrap_or_default().to_string(),
        ),
        (
            FieldKind::Target,
            quantity.map(|q| q.to_string()).unwrap_or_default(),
        ),
        (FieldKind::Unit, unit.unwrap_or_default().to_string()),
    ]
}

/// A field that may not be left empty.
pub(super) fn required(field: &str, value: &str) -> Result<String, Error> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::Usage(format!("{field} is empty; give the {field}")));
    }
    Ok(value.to_string())
}

pub(super) fn optional(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

impl App {
    pub(super) fn open_note(&mut self, id: i64) -> Result<(), Error> {
        let p = self.store.pledge(id)?;
        let draft = NoteDraft {
            pledge: id,
            title: p.title.clone(),
            target: p.target.as_ref().map(|_| p.progress_text()),
            body: TextInput::multi(),
            on: TextInput::single(&crate::date::format(self.today)),
            progress: TextInput::single(""),
            status: None,
            focus: NoteField::Body,
            error: None,
        };
        self.screens.push(Screen::NoteEditor(Box::new(draft)));
        Ok(())
    }

    /// Esc on an editor: close it, asking first when typing would be lost.
    fn cancel_editor(&mut self) -> Result<(), Error> {
        if self.screens.last().is_some_and(Screen::has_draft) {
            self.screens.push(Screen::Confirm {
                question: "Discard this draft?".into(),
                on_yes: OnYes::DiscardDraft,
            });
            Ok(())
        } else {
            self.close()
        }
    }

    pub(super) fn apply_note(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::NoteEditor(d)) = self.screens.last_mut() else {
            return Ok(());
        };
        let at = NoteField::ORDER
            .iter()
            .position(|f| *f == d.focus)
            .unwrap_or(0);
        match action {
            Action::Save => return self.save_note(),
            Action::Back => return self.cancel_editor(),
            Action::Help => self.screens.push(Screen::Help { scroll: 0 }),
            Action::NextField => d.focus = NoteField::ORDER[(at + 1) % NoteField::ORDER.len()],
            Action::PrevField => {
                d.focus =
                    NoteField::ORDER[(at + NoteField::ORDER.len() - 1) % NoteField::ORDER.len()]
            }
            Action::Enter if d.focus == NoteField::Body => d.body.insert('\n'),
            Action::Enter => d.focus = NoteField::ORDER[(at + 1) % NoteField::ORDER.len()],
            Action::Up if d.focus == NoteField::Body => {
                d.body.up();
            }
            Action::Down if d.focus == NoteField::Body => {
                d.body.down();
            }
            Action::Left | Action::Right | Action::Insert(' ') if d.focus == NoteField::Status => {
                let step = if action == Action::Left { -1 } else { 1 };
                d.status = next_status(d.status, step);
            }
            Action::Insert(_) | Action::Paste(_) if d.focus == NoteField::Body => {
                let added = match &action {
                    Action::Paste(text) => text.len(),
                    _ => 4,
                };
                match crate::model::check_note_size(d.body.text().len() + added) {
                    Ok(()) => {
                        edit_text(&mut d.body, &action);
                    }
                    Err(e) => {
                        d.error = Some(format!(
                            "{}: the text was not added",
                            crate::messages::values::problem(&e)
                        ))
                    }
                }
            }
            other => {
                let input = match d.focus {
                    NoteField::Body => &mut d.body,
                    NoteField::On => &mut d.on,
                    NoteField::Progress => &mut d.progress,
                    NoteField::Status => return Ok(()),
                };
                edit_text(input, &other);
            }
        }
        Ok(())
    }

    fn save_note(&mut self) -> Result<(), Error> {
        let Some(Screen::NoteEditor(d)) = self.screens.last() else {
            return Ok(());
        };
        if d.body.is_blank() {
            return Err(Error::Usage(
                "the note is empty; type what was reported, then Ctrl-S".into(),
            ));
        }
        let on = parse_date_field("date", d.on.text())?
            .ok_or_else(|| usage("date", "", crate::messages::values::date_accepted()))?;
        if on > self.today {
            return Err(usage(
                "date",
                d.on.text(),
                "is after today; a note records progress that has happened",
            ));
        }
        let before = self.store.pledge(d.pledge)?;
        let new = NewNote {
            pledge: d.pledge,
            on,
            author: self.who.clone(),
            body: d.body.text().to_string(),
            progress: parse_quantity_field("progress", d.progress.text())?,
            status: d.status,
        };
        let note = self.store.add_note(&new)?;
        self.undo.push(UndoStep::Noted {
            pledge: new.pledge,
            note,
            status_before: new
                .status
                .filter(|s| *s != before.status)
                .map(|_| before.status),
        });
        self.screens.pop();
        self.reload()?;
        self.say(format!("note #{note} saved to pledge #{}", new.pledge));
        Ok(())
    }

    pub(super) fn open_form(&mut self, mode: FormMode) -> Result<(), Error> {
        use FieldKind::*;
        let mut seen = Vec::new();
        let values = match mode {
            FormMode::Draft(_) => return self.edit_draft(),
            FormMode::Edit(id) => {
                let p = self.store.pledge(id)?;
                seen = Seen::all(&p);
                let t = p.target.as_ref();
                let mut values = pledge_fields(
                    &p.title,
                    &p.owner,
                    p.deadline,
                    p.deadline_text.as_deref(),
                    t.map(|t| t.quantity),
                    t.and_then(|t| t.unit.as_deref()),
                );
                values.push((Status, p.status.as_str().to_string()));
                values.push((Reason, String::new()));
                values
            }
            FormMode::Add { parent } => {
                let owner = match parent {
                    Some(id) => self.store.pledge(id)?.owner,
                    None => String::new(),
                };
                let mut values = pledge_fields("", &owner, None, None, None, None);
                values.push((Status, crate::model::Status::Pending.as_str().to_string()));
                values.push((Quote, String::new()));
                values
            }
        };
        let mut form = PledgeForm::new(mode, values);
        form.seen = seen;
        self.screens.push(Screen::Form(Box::new(form)));
        Ok(())
    }

    pub(super) fn apply_form(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::Form(form)) = self.screens.last_mut() else {
            return Ok(());
        };
        let n = form.fields.len().max(1);
        match action {
            Action::Save => return self.save_form(),
            Action::Back => return self.cancel_editor(),
            Action::Help => self.screens.push(Screen::Help { scroll: 0 }),
            Action::NextField | Action::Enter | Action::Down => form.focus = (form.focus + 1) % n,
            Action::PrevField | Action::Up => form.focus = (form.focus + n - 1) % n,
            other => {
                let Some(field) = form.focused() else {
                    return Ok(());
                };
                if field.kind == FieldKind::Status {
                    let step = match other {
                        Action::Left => -1,
                        Action::Right | Action::Insert(' ') => 1,
                        _ => return Ok(()),
                    };
                    let current = field.input.text().parse().ok();
                    let next = next_status(current, step)
                        .or_else(|| next_status(None, step))
                        .unwrap_or(Status::Pending);
                    field.input = TextInput::single(next.as_str());
                } else {
                    edit_text(&mut field.input, &other);
                }
            }
        }
        Ok(())
    }

    pub(super) fn save_form(&mut self) -> Result<(), Error> {
        let Some(Screen::Form(form)) = self.screens.last() else {
            return Ok(());
        };
        if let FormMode::Draft(at) = form.mode {
            return self.save_draft_form(at);
        }
        use FieldKind as F;
        let deadline = parse_date_field("deadline", form.value(F::Deadline))?;
        let quantity = parse_quantity_field("target", form.value(F::Target))?;
        let unit = optional(form.value(F::Unit));
        let status: Status = form.value(F::Status).parse().map_err(|e| {
            usage(
                "status",
                form.value(F::Status),
                &crate::messages::values::problem(&e),
            )
        })?;
        match form.mode {
            FormMode::Edit(id) => {
                // Only what was typed into is saved, so a field another writer changed while the
                // form was open is not put back; each typed field is saved over what it showed.
                let changed = |kind| form.is_field_changed(kind);
                let edit = Edit {
                    title: changed(F::Title).then(|| form.value(F::Title).to_string()),
                    owner: changed(F::Owner).then(|| form.value(F::Owner).to_string()),
                    deadline: changed(F::Deadline).then_some(deadline),
                    deadline_text: changed(F::DeadlineText)
                        .then(|| optional(form.value(F::DeadlineText))),
                    status: changed(F::Status).then_some(status),
                    target: changed(F::Target).then_some(quantity),
                    target_unit: changed(F::Unit).then_some(unit),
                    target_text: None,
                };
                let fields = edit.fields();
                let seen: Vec<Seen> = form
                    .seen
                    .iter()
                    .filter(|s| fields.contains(&s.field.as_str()))
                    .cloned()
                    .collect();
                let reason = optional(form.value(F::Reason));
                if edit.is_empty() {
                    self.screens.pop();
                    self.reload()?;
                    self.say("nothing changed");
                    return Ok(());
                }
                let changes = match self.store.edit_pledge_seen(
                    id,
                    &edit,
                    &seen,
                    &self.who,
                    reason.as_deref(),
                )? {
                    Guarded::Done(changes) => changes,
                    Guarded::Stale(stale) => return self.ask_overwrite(stale),
                };
                self.screens.pop();
                self.reload()?;
                if changes.is_empty() {
                    self.say("nothing changed");
                } else {
                    let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
                    self.say(format!("pledge #{id}: changed {}", fields.join(", ")));
                    self.undo.push(UndoStep::Changed { id, changes });
                }
            }
            FormMode::Add { parent } => {
                needs_number(quantity, "unit", form.value(F::Unit))?;
                let target = quantity.map(|quantity| Target {
                    quantity,
                    unit,
                    text: None,
                });
                let new = NewPledge {
                    title: form.value(F::Title).to_string(),
                    owner: form.value(F::Owner).to_string(),
                    deadline,
                    deadline_text: optional(form.value(F::DeadlineText)),
                    status: Some(status),
                    target,
                    quote: optional(form.value(F::Quote)),
                    parent,
                    letter: None,
                };
                let id = self.store.add_pledge(&new, &self.who)?;
                self.undo.push(UndoStep::Added { id, status });
                self.screens.pop();
                self.reload()?;
                if let Some(at) = self.ids.iter().position(|&i| i == id) {
                    self.selected = at;
                    self.scroll_into_view()?;
                }
                self.say(format!("added pledge #{id}"));
            }
            FormMode::Draft(_) => {}
        }
        Ok(())
    }
}
