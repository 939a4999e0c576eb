//! What each screen holds. A draft exists only while its editor is open. The screens open form
//! a stack with the list at the bottom; each kind of screen names its keys here, once.

pub mod bodies;
pub mod dashboard;
pub mod fields;
pub mod period;
pub mod review;

pub use fields::{FieldKind, FormMode};

use crate::model::{Change, Letter, Note, Pledge, Status};
use crate::store::{Seen, Stale};
use crate::tui::input::TextInput;
use crate::tui::keys::{self, Keymap};
use crate::tui::layout::page::{self, Page, PageLine};
use review::{Review, SplitPick};

pub enum Screen {
    /// The ledger's pledges: the bottom of the stack, never closed.
    List,
    Detail(Box<DetailView>),
    NoteEditor(Box<NoteDraft>),
    Form(Box<PledgeForm>),
    StatusPick {
        id: i64,
        selected: usize,
        /// The status when the picker opened: it is set only over that one.
        seen: Status,
    },
    /// Live search: typing filters the list as it goes.
    Search,
    FilterMenu {
        selected: usize,
        /// The owner row: typed, completed over the bodies' names.
        owner: Box<bodies::OwnerField>,
    },
    Help {
        scroll: usize,
        /// A search inside help, while one is open.
        search: Option<HelpSearch>,
    },
    Confirm {
        question: String,
        on_yes: OnYes,
    },
    /// The overdue report, read once when opened (off the drawing path for a ledger file).
    Report(Box<ReportView>),
    /// The period report (月度督办通报), a month at a time.
    Period(Box<period::PeriodView>),
    /// Choosing the format to save the report below in.
    SavePrompt {
        choice: usize,
    },
    /// A letter's drafts beside its text, before anything is added.
    Review(Box<Review>),
    /// Choosing where to split the draft under review.
    SplitPick(SplitPick),
    /// Every body with its pledges counted.
    Bodies(Box<bodies::BodiesView>),
    /// Every letter with its pledges counted.
    Letters(Box<bodies::LettersView>),
    /// One letter's text, its pledges' quotes marked.
    Letter(Box<bodies::LetterView>),
    /// Bodies' bars, quiet pledges, notes per month and pace gauges.
    Dashboard(Box<dashboard::DashboardView>),
}

/// `/` in help: what is searched for, and the line of the match shown.
pub struct HelpSearch {
    pub query: TextInput,
    /// Keys type into the query; after Enter they are help's again (`n`/`N`).
    pub typing: bool,
    /// The help line the search started from: typing finds the first match from there.
    pub from: usize,
    /// The line of the match shown, if any line matches.
    pub current: Option<usize>,
}

pub struct ReportView {
    /// The report, once read: `None` while `reading` reads it on a thread of its own.
    pub report: Option<crate::report::Report>,
    pub reading: Option<crate::report::reading::Reading>,
    /// The report's first page while the whole is read: its headings and counts, and its
    /// first rows in column widths measured on them alone.
    pub first: Option<crate::report::Report>,
    /// The report's text at the screen's width, laid out as far as the screen has shown and a
    /// margin beyond: a large report takes seconds to lay out whole, and most of it is never
    /// looked at. Laid out again from the top when the width changes.
    pub layout: crate::report::text::Pieces,
    pub scroll: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnYes {
    /// Close the editor on top of the stack below this question.
    DiscardDraft,
    Quit,
    /// Save the letter under review with the drafts accepted so far.
    SaveReview,
    /// Add the line chosen in the letter, though it is not of the body, as a draft.
    AddLine,
    /// Leave this letter unsaved and the rest of the batch unread.
    StopBatch,
    /// Save the form below over the fields another writer changed while it was open.
    Overwrite,
    /// Set a status over the one another writer set while the picker was open.
    SetStatus {
        id: i64,
        status: Status,
        seen: Status,
        /// Why, when the status closes or reopens the pledge.
        reason: Option<String>,
    },
    /// Undo the last step, on a pledge other than the one on screen.
    Undo,
    /// Redo the last step undone, on a pledge other than the one on screen.
    Redo,
}

impl Screen {
    /// The keys this screen answers to.
    pub fn keymap(&self) -> &'static Keymap {
        match self {
            Screen::List => &keys::LIST,
            Screen::Detail(_) => &keys::DETAIL,
            Screen::NoteEditor(_) => &keys::NOTE_EDITOR,
            Screen::Form(_) => &keys::FORM,
            Screen::StatusPick { .. } => &keys::STATUS_PICK,
            Screen::Search => &keys::SEARCH,
            Screen::FilterMenu {
                selected: bodies::OWNER_ROW,
                ..
            } => &keys::FILTER_OWNER,
            Screen::FilterMenu { .. } => &keys::FILTER_MENU,
            Screen::Help {
                search: Some(HelpSearch { typing: true, .. }),
                ..
            } => &keys::HELP_SEARCH,
            Screen::Help { .. } => &keys::HELP,
            Screen::Confirm { .. } => &keys::CONFIRM,
            Screen::Report(_) => &keys::REPORT,
            Screen::Period(_) => &keys::PERIOD,
            Screen::SavePrompt { .. } => &keys::SAVE_PROMPT,
            Screen::Review(r) if r.pane == review::Pane::Letter => &keys::REVIEW_LETTER,
            Screen::Review(_) => &keys::REVIEW,
            Screen::SplitPick(_) => &keys::SPLIT_PICK,
            Screen::Bodies(_) => &keys::BODIES,
            Screen::Letters(_) => &keys::LETTERS,
            Screen::Letter(_) => &keys::LETTER_PAGE,
            Screen::Dashboard(v) if v.pane == dashboard::Pane::Gauges => &keys::DASHBOARD_GAUGES,
            Screen::Dashboard(_) => &keys::DASHBOARD_BODIES,
        }
    }

    /// Drawn instead of the screens below it (a popup or the search line is drawn over them).
    pub fn is_full(&self) -> bool {
        !self.is_popup() && !matches!(self, Screen::Search)
    }

    /// Drawn over the screen below it rather than instead of it.
    pub fn is_popup(&self) -> bool {
        matches!(
            self,
            Screen::StatusPick { .. }
                | Screen::FilterMenu { .. }
                | Screen::Confirm { .. }
                | Screen::SavePrompt { .. }
                | Screen::SplitPick(_)
        )
    }

    /// Holds typing that would be lost if the screen closed.
    pub fn has_draft(&self) -> bool {
        match self {
            Screen::NoteEditor(d) => {
                !d.body.is_blank() || !d.progress.is_blank() || d.status.is_some()
            }
            Screen::Form(f) => f.is_changed(),
            // Nothing of a letter under review is in the ledger until it is saved.
            Screen::Review(_) => true,
            _ => false,
        }
    }
}

/// One pledge with everything around it, read when the screen opens or refreshes.
pub struct DetailView {
    pub pledge: Pledge,
    pub letter: Option<Letter>,
    pub parent: Option<Pledge>,
    pub children: Vec<Pledge>,
    pub notes: Vec<Note>,
    pub history: Vec<Change>,
    pub scroll: usize,
    /// The highlighted sub-item, opened by Enter.
    pub child: Option<usize>,
    /// The page laid out at the screen's width: made when the pledge is read, a sub-item is
    /// highlighted or the width changes, not on every key or frame.
    pub lines: Vec<PageLine>,
}

impl DetailView {
    /// Lays the page out for a width.
    pub fn lay_out(&mut self, today: chrono::NaiveDate, width: u16) {
        let shown = Page {
            pledge: &self.pledge,
            letter: self.letter.as_ref(),
            parent: self.parent.as_ref(),
            children: &self.children,
            child: self.child,
            notes: &self.notes,
            history: &self.history,
        };
        self.lines = page::lines(&shown, today, width);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteField {
    Body,
    On,
    Progress,
    Author,
    Status,
}

impl NoteField {
    pub const ORDER: [NoteField; 5] = [
        NoteField::Body,
        NoteField::On,
        NoteField::Progress,
        NoteField::Author,
        NoteField::Status,
    ];

    /// The note editor's field a refusal names, if it is one of them.
    pub fn of(field: crate::problem::Field) -> Option<NoteField> {
        use crate::problem::Field as F;
        Some(match field {
            F::Note => NoteField::Body,
            F::On => NoteField::On,
            F::Progress => NoteField::Progress,
            F::Author => NoteField::Author,
            F::Status => NoteField::Status,
            _ => return None,
        })
    }
}

pub struct NoteDraft {
    pub pledge: i64,
    pub title: String,
    pub target: Option<String>,
    pub body: TextInput,
    pub on: TextInput,
    pub progress: TextInput,
    /// Who the note is by: the session's name, editable.
    pub author: TextInput,
    /// A status to set with the note; `None` keeps the pledge's.
    pub status: Option<Status>,
    pub focus: NoteField,
    /// What is wrong with each field, shown under it until that field changes.
    pub errors: Vec<(NoteField, String)>,
}

impl NoteDraft {
    /// What a typed field holds; empty for the status, which is chosen.
    pub fn text(&self, field: NoteField) -> &str {
        match field {
            NoteField::Body => self.body.text(),
            NoteField::On => self.on.text(),
            NoteField::Progress => self.progress.text(),
            NoteField::Author => self.author.text(),
            NoteField::Status => "",
        }
    }

    pub fn error(&self, field: NoteField) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e.as_str())
    }

    /// Shows one error under its field, in place of the one before.
    pub fn set_error(&mut self, field: NoteField, text: String) {
        self.errors.retain(|(f, _)| *f != field);
        self.errors.push((field, text));
    }
}

pub struct FormField {
    pub kind: FieldKind,
    pub input: TextInput,
    /// What is wrong with the value, shown under it until it changes.
    pub error: Option<String>,
}

pub struct PledgeForm {
    pub mode: FormMode,
    pub fields: Vec<FormField>,
    pub focus: usize,
    /// The values the form opened with, to tell whether anything was typed.
    pub pristine: Vec<String>,
    /// The pledge's stored values when the form opened: a field is saved only over them.
    pub seen: Vec<Seen>,
    /// Fields another writer changed while the form was open, while the user is asked.
    pub stale: Vec<Stale>,
}

impl PledgeForm {
    pub fn new(mode: FormMode, values: Vec<(FieldKind, String)>) -> PledgeForm {
        let pristine = values.iter().map(|(_, v)| v.clone()).collect();
        let fields = values
            .into_iter()
            .map(|(kind, v)| FormField {
                kind,
                input: TextInput::single(&v),
                error: None,
            })
            .collect();
        PledgeForm {
            mode,
            fields,
            focus: 0,
            pristine,
            seen: Vec::new(),
            stale: Vec::new(),
        }
    }

    pub fn is_changed(&self) -> bool {
        self.fields
            .iter()
            .zip(&self.pristine)
            .any(|(f, p)| f.input.text() != p)
    }

    /// Typed into since the form opened (or since its stored value was re-read).
    pub fn is_field_changed(&self, kind: FieldKind) -> bool {
        self.fields
            .iter()
            .zip(&self.pristine)
            .any(|(f, p)| f.kind == kind && f.input.text() != p)
    }

    /// Shows a stored value in a field as if the form had opened with it.
    pub fn reset_field(&mut self, kind: FieldKind, value: &str) {
        for (f, p) in self.fields.iter_mut().zip(&mut self.pristine) {
            if f.kind == kind {
                f.input = TextInput::single(value);
                *p = value.to_string();
            }
        }
    }

    pub fn value(&self, kind: FieldKind) -> &str {
        self.fields
            .iter()
            .find(|f| f.kind == kind)
            .map_or("", |f| f.input.text())
    }

    pub fn focused(&mut self) -> Option<&mut FormField> {
        self.fields.get_mut(self.focus)
    }

    /// The stored value a field opened with.
    pub fn opened_with(&self, kind: FieldKind) -> &str {
        self.fields
            .iter()
            .zip(&self.pristine)
            .find(|(f, _)| f.kind == kind)
            .map_or("", |(_, p)| p.as_str())
    }

    /// Shows each refusal under its field and moves to the first; false if none is a field here.
    pub fn show_errors(
        &mut self,
        refused: &[crate::problem::Invalid],
        words: impl Fn(&crate::problem::Invalid) -> String,
    ) -> bool {
        let mut first = None;
        for i in refused {
            if let Some(at) = self.fields.iter().position(|f| f.kind.field() == i.field) {
                if let Some(f) = self.fields.get_mut(at) {
                    f.error = Some(words(i));
                }
                first = Some(first.map_or(at, |a: usize| a.min(at)));
            }
        }
        if let Some(at) = first {
            self.focus = at;
        }
        first.is_some()
    }
}
