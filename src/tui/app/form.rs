//! The pledge form: editing a pledge, adding one (or a sub-item), or a draft under review.

use super::App;
use super::fields;
use super::undo::UndoStep;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::messages::tui::editor as words;
use crate::model::{Status, Target};
use crate::problem::{Field, Invalid};
use crate::store::{Edit, Guarded, NewPledge, Seen};
use crate::tui::input::TextInput;
use crate::tui::keys::Action;
use crate::tui::screen::{FieldKind, FormMode, NoteField, PledgeForm, Screen};

/// The form's fields that are parsed rather than taken as text, read the same way for a new
/// pledge and an edit.
struct Typed {
    deadline: Option<chrono::NaiveDate>,
    quantity: Option<crate::model::Quantity>,
    unit: Option<String>,
    status: crate::model::Status,
}

fn typed(form: &PledgeForm) -> Result<Typed, Error> {
    use FieldKind as F;
    Ok(Typed {
        deadline: fields::date(Field::Deadline, form.value(F::Deadline))?,
        quantity: fields::quantity(Field::Target, form.value(F::Target))?,
        unit: fields::optional(form.value(F::Unit)),
        status: fields::status(form.value(F::Status))?,
    })
}

/// Keeps a refusal for the list of every field's.
fn keep<T>(out: &mut Vec<Invalid>, r: Result<T, Invalid>) {
    if let Err(i) = r {
        out.push(i);
    }
}

/// Every field's refusal at once, in the form's order, so all are shown beside their fields.
fn refusals(form: &PledgeForm) -> Vec<Invalid> {
    use FieldKind as F;
    let mut out = Vec::new();
    let has = |kind| form.fields.iter().any(|f| f.kind == kind);
    for (kind, field) in [(F::Title, Field::Title), (F::Owner, Field::Owner)] {
        if has(kind) {
            keep(&mut out, fields::required(field, form.value(kind)));
        }
    }
    keep(
        &mut out,
        fields::date(Field::Deadline, form.value(F::Deadline)),
    );
    let quantity = fields::quantity(Field::Target, form.value(F::Target));
    if let Ok(q) = quantity {
        for (kind, field) in [(F::Unit, Field::Unit), (F::TargetText, Field::TargetText)] {
            keep(&mut out, fields::needs_number(q, field, form.value(kind)));
        }
    }
    keep(&mut out, quantity);
    if has(F::Status) {
        keep(&mut out, fields::status(form.value(F::Status)));
    }
    if has(F::Reason) && needs_reason(form) {
        keep(
            &mut out,
            fields::required(Field::Reason, form.value(F::Reason)),
        );
    }
    let at = |i: &Invalid| form.fields.iter().position(|f| f.kind.field() == i.field);
    out.sort_by_key(|i| at(i));
    out
}

/// A reason is asked when the deadline is moved or cleared, or the status closes the pledge
/// or reopens it: the changes a reader of the history needs explained.
fn needs_reason(form: &PledgeForm) -> bool {
    use FieldKind as F;
    if let FormMode::Status { status, seen, .. } = form.mode {
        return fields::status_needs_reason(seen, status);
    }
    let moved = form.is_field_changed(F::Deadline) && !form.opened_with(F::Deadline).is_empty();
    let status = |v: &str| v.parse::<Status>().ok();
    let closes = match (
        status(form.opened_with(F::Status)),
        status(form.value(F::Status)),
    ) {
        (Some(seen), Some(now)) => fields::status_needs_reason(seen, now),
        _ => false,
    };
    moved || closes
}

impl<L: Ledger> App<L> {
    /// Shows a refusal under the field of the open editor it names; false when it names none
    /// there, and it belongs on the status line.
    pub(super) fn beside_field(&mut self, e: &Error) -> bool {
        let i = match e {
            Error::Invalid(i)
            | Error::Ledger(crate::error::ledger::Refusal::NotSaved { invalid: i, .. }) => i,
            _ => return false,
        };
        let text = e.to_string();
        match self.screens.last_mut() {
            Some(Screen::Form(form)) => form.show_errors(std::slice::from_ref(i), |_| text.clone()),
            Some(Screen::NoteEditor(d)) => match NoteField::of(i.field) {
                Some(field) => {
                    d.set_error(field, text);
                    d.focus = field;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    pub(super) fn open_form(&mut self, mode: FormMode) -> Result<(), Error> {
        use FieldKind::*;
        let mut seen = Vec::new();
        let values = match mode {
            FormMode::Draft(_) => return self.edit_draft(),
            FormMode::Status { .. } => vec![(Reason, String::new())],
            FormMode::Edit(id) => {
                let p = self.store.pledge(id)?;
                seen = Seen::all(&p);
                let t = p.target.as_ref();
                let mut values = fields::pledge_fields(
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
                let mut values = fields::pledge_fields("", &owner, None, None, None, None);
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
            // The reason for a status is the form's one field: Enter gives it.
            Action::Enter if matches!(form.mode, FormMode::Status { .. }) => {
                return self.save_form();
            }
            Action::Back => return self.cancel_editor(),
            Action::Help => self.open_help(),
            // No wrap-around: at the last field another Tab stays there, so typing never lands
            // unseen in the first one (as gitui's and lazygit's forms do).
            Action::NextField | Action::Enter | Action::Down => {
                form.focus = (form.focus + 1).min(n - 1)
            }
            Action::PrevField | Action::Up => form.focus = form.focus.saturating_sub(1),
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
                    let next = fields::next_status(current, step)
                        .or_else(|| fields::next_status(None, step))
                        .unwrap_or(Status::Pending);
                    field.input = TextInput::single(next.as_str());
                    field.error = None;
                } else {
                    let was = field.input.text().to_string();
                    field.input.edit(&other);
                    if field.input.text() != was {
                        field.error = None;
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn save_form(&mut self) -> Result<(), Error> {
        let Some(Screen::Form(form)) = self.screens.last_mut() else {
            return Ok(());
        };
        let refused = refusals(form);
        if form.show_errors(&refused, |i| Error::Invalid(i.clone()).to_string()) {
            return Ok(());
        }
        match form.mode {
            FormMode::Status { id, status, seen } => {
                let reason = self.take_status_reason();
                self.set_status(id, status, seen, reason)
            }
            FormMode::Draft(at) => self.save_draft_form(at),
            FormMode::Edit(id) => self.save_edit(id),
            FormMode::Add { parent } => self.save_new(parent),
        }
    }

    fn save_new(&mut self, parent: Option<i64>) -> Result<(), Error> {
        let Some(Screen::Form(form)) = self.screens.last() else {
            return Ok(());
        };
        use FieldKind as F;
        let Typed {
            deadline,
            quantity,
            unit,
            status,
        } = typed(form)?;
        fields::needs_number(quantity, Field::Unit, form.value(F::Unit))?;
        let target = quantity.map(|quantity| Target {
            quantity,
            unit,
            text: None,
        });
        let new = NewPledge {
            title: form.value(F::Title).to_string(),
            owner: form.value(F::Owner).to_string(),
            deadline,
            deadline_text: fields::optional(form.value(F::DeadlineText)),
            status: Some(status),
            target,
            quote: fields::optional(form.value(F::Quote)),
            parent,
            letter: None,
        };
        let id = self.store.add_pledge(&new, &self.who)?;
        self.record(UndoStep::Added { id, status });
        self.pop();
        self.reload()?;
        if let Some(at) = self.ids.iter().position(|&i| i == id) {
            self.selected = at;
            self.scroll_into_view()?;
        }
        self.say(words::added(id));
        Ok(())
    }

    /// Saves only what was typed into, so a field another writer changed while the form was
    /// open is not put back; each typed field is saved over what it showed.
    fn save_edit(&mut self, id: i64) -> Result<(), Error> {
        let Some(Screen::Form(form)) = self.screens.last() else {
            return Ok(());
        };
        use FieldKind as F;
        let Typed {
            deadline,
            quantity,
            unit,
            status,
        } = typed(form)?;
        let changed = |kind| form.is_field_changed(kind);
        let edit = Edit {
            title: changed(F::Title).then(|| form.value(F::Title).to_string()),
            owner: changed(F::Owner).then(|| form.value(F::Owner).to_string()),
            deadline: changed(F::Deadline).then_some(deadline),
            deadline_text: changed(F::DeadlineText)
                .then(|| fields::optional(form.value(F::DeadlineText))),
            status: changed(F::Status).then_some(status),
            target: changed(F::Target).then_some(quantity),
            target_unit: changed(F::Unit).then_some(unit),
            target_text: None,
        };
        let saved = edit.fields();
        let seen: Vec<Seen> = form
            .seen
            .iter()
            .filter(|s| saved.contains(&s.field.as_str()))
            .cloned()
            .collect();
        let reason = fields::optional(form.value(F::Reason));
        if edit.is_empty() {
            self.pop();
            self.reload()?;
            self.say(words::nothing_changed());
            return Ok(());
        }
        let changes =
            match self
                .store
                .edit_pledge_seen(id, &edit, &seen, &self.who, reason.as_deref())?
            {
                Guarded::Done(changes) => changes,
                Guarded::Stale(stale) => return self.ask_overwrite(stale),
            };
        self.pop();
        self.reload()?;
        if changes.is_empty() {
            self.say(words::nothing_changed());
        } else {
            let named: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
            self.say(words::changed(id, &named));
            self.record(UndoStep::Changed { id, changes });
        }
        Ok(())
    }
}
