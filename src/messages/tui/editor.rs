//! The note editor and the pledge form: headings, field labels and hints, and what saving says.

use crate::model::Status;
use crate::problem::Problem;
use crate::tui::screen::fields::{FieldKind, FormMode};

pub fn note_heading(pledge: i64, title: &str) -> String {
    crate::t!("tui-editor-note-heading", pledge = pledge, title = title)
}

pub fn body_title() -> &'static str {
    crate::ts!("tui-editor-body-title")
}

pub fn on_label() -> &'static str {
    crate::ts!("tui-editor-on")
}

pub fn on_hint() -> &'static str {
    crate::ts!("tui-editor-on-hint")
}

pub fn progress_label() -> &'static str {
    crate::ts!("tui-editor-progress")
}

/// The progress field's hint: what the pledge stands at, when it has a target.
pub fn progress_hint(now: Option<&str>) -> String {
    match now {
        Some(t) => crate::t!("tui-editor-progress-now", now = t),
        None => crate::t!("tui-editor-progress-any"),
    }
}

pub fn author_label() -> &'static str {
    crate::ts!("tui-editor-author")
}

pub fn author_hint() -> &'static str {
    crate::ts!("tui-editor-author-hint")
}

pub fn new_status_label() -> &'static str {
    crate::ts!("tui-editor-new-status")
}

/// The note's status choice: a status, or none to keep the pledge's.
pub fn new_status(s: Option<Status>) -> &'static str {
    s.map_or(
        crate::ts!("tui-editor-keep-status"),
        crate::messages::values::status,
    )
}

/// Shown beside a choice made with the arrow keys while it has the focus.
pub fn choice_hint() -> &'static str {
    crate::ts!("tui-editor-choice-hint")
}

pub fn form_heading(mode: FormMode) -> String {
    match mode {
        FormMode::Edit(id) => crate::t!("tui-editor-edit-heading", id = id),
        FormMode::Add { parent: Some(p) } => crate::t!("tui-editor-sub-heading", parent = p),
        FormMode::Add { parent: None } => crate::t!("tui-editor-add-heading"),
        FormMode::Draft(at) => crate::t!("tui-editor-draft-heading", n = (at + 1)),
        FormMode::Status { id, status, .. } => crate::t!(
            "tui-editor-status-heading",
            id = id,
            status = crate::messages::values::status(status)
        ),
    }
}

pub fn label(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Title => crate::ts!("tui-editor-label-title"),
        FieldKind::Owner => crate::ts!("tui-editor-label-owner"),
        FieldKind::Deadline => crate::ts!("tui-editor-label-deadline"),
        FieldKind::DeadlineText => crate::ts!("tui-editor-label-deadline-text"),
        FieldKind::TargetText => crate::ts!("tui-editor-label-target-text"),
        FieldKind::Target => crate::ts!("tui-editor-label-target"),
        FieldKind::Unit => crate::ts!("tui-editor-label-unit"),
        FieldKind::Status => crate::ts!("tui-editor-label-status"),
        FieldKind::Quote => crate::ts!("tui-editor-label-quote"),
        FieldKind::Reason => crate::ts!("tui-editor-label-reason"),
    }
}

pub fn hint(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Deadline => crate::ts!("tui-editor-hint-deadline"),
        FieldKind::Target => crate::ts!("tui-editor-hint-target"),
        FieldKind::Status => crate::ts!("tui-editor-hint-status"),
        FieldKind::Reason => crate::ts!("tui-editor-hint-reason"),
        _ => "",
    }
}

/// Ctrl-C with a draft open: asked, since the draft would be lost.
pub fn force_quit_question() -> &'static str {
    crate::ts!("tui-editor-force-quit")
}

pub fn discard_question() -> &'static str {
    crate::ts!("tui-editor-discard")
}

/// A paste or a key refused because the note would grow past its limit.
pub fn not_added(p: &Problem) -> String {
    crate::t!(
        "tui-editor-not-added",
        problem = crate::messages::values::problem(p)
    )
}

pub fn note_saved(note: i64, pledge: i64) -> String {
    crate::t!("tui-editor-note-saved", note = note, pledge = pledge)
}

pub fn added(id: i64) -> String {
    crate::t!("tui-editor-added", id = id)
}

pub fn nothing_changed() -> &'static str {
    crate::ts!("tui-editor-nothing-changed")
}

pub fn changed(id: i64, fields: &[&str]) -> String {
    crate::t!(
        "tui-editor-changed",
        id = id,
        fields = super::field_names(fields)
    )
}

/// The external editor saved the draft as it was (or returned before it was edited).
pub fn editor_unchanged() -> &'static str {
    crate::ts!("tui-editor-unchanged")
}
