//! The note editor and the pledge form: headings, field labels and hints, and what saving says.

use crate::model::Status;
use crate::problem::Problem;
use crate::tui::screen::fields::{FieldKind, FormMode};

pub fn note_heading(pledge: i64, title: &str) -> String {
    format!("New note on #{pledge} {title}")
}

pub fn body_title() -> &'static str {
    " What was reported "
}

pub fn on_label() -> &'static str {
    "Happened on"
}

pub fn on_hint() -> &'static str {
    "YYYY-MM-DD"
}

pub fn progress_label() -> &'static str {
    "Progress"
}

/// The progress field's hint: what the pledge stands at, when it has a target.
pub fn progress_hint(now: Option<&str>) -> String {
    match now {
        Some(t) => format!("now {t}; empty keeps it"),
        None => "a number, or empty".into(),
    }
}

pub fn author_label() -> &'static str {
    "By"
}

pub fn author_hint() -> &'static str {
    "who reports it"
}

pub fn new_status_label() -> &'static str {
    "New status"
}

/// The note's status choice: a status, or none to keep the pledge's.
pub fn new_status(s: Option<Status>) -> &'static str {
    s.map_or("keep as it is", crate::messages::values::status)
}

/// Shown beside a choice made with the arrow keys while it has the focus.
pub fn choice_hint() -> &'static str {
    "  ←/→ to change"
}

pub fn form_heading(mode: FormMode) -> String {
    match mode {
        FormMode::Edit(id) => format!("Edit pledge #{id}"),
        FormMode::Add { parent: Some(p) } => format!("New sub-item of pledge #{p}"),
        FormMode::Add { parent: None } => "New pledge".to_string(),
        FormMode::Draft(at) => format!("Draft {} of the letter (saved with the letter)", at + 1),
        FormMode::Status { id, status, .. } => format!(
            "Pledge #{id} to {}: why? (kept in history)",
            crate::messages::values::status(status)
        ),
    }
}

pub fn label(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Title => "Title",
        FieldKind::Owner => "Owner",
        FieldKind::Deadline => "Deadline",
        FieldKind::DeadlineText => "Deadline as worded",
        FieldKind::TargetText => "Target as worded",
        FieldKind::Target => "Target",
        FieldKind::Unit => "Unit",
        FieldKind::Status => "Status",
        FieldKind::Quote => "Quote",
        FieldKind::Reason => "Why (kept in history)",
    }
}

pub fn hint(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Deadline => "YYYY-MM-DD, empty for none",
        FieldKind::Target => "a number, empty for none",
        FieldKind::Status => "←/→ to change",
        FieldKind::Reason => "needed when the deadline moves or the status closes or reopens",
        _ => "",
    }
}

/// Ctrl-C with a draft open: asked, since the draft would be lost.
pub fn force_quit_question() -> &'static str {
    "Quit and lose the draft? (Ctrl-C again or y quits)"
}

pub fn discard_question() -> &'static str {
    "Discard this draft?"
}

/// A paste or a key refused because the note would grow past its limit.
pub fn not_added(p: &Problem) -> String {
    format!(
        "{}: the text was not added",
        crate::messages::values::problem(p)
    )
}

pub fn note_saved(note: i64, pledge: i64) -> String {
    format!("note #{note} saved to pledge #{pledge}")
}

pub fn added(id: i64) -> String {
    format!("added pledge #{id}")
}

pub fn nothing_changed() -> &'static str {
    "nothing changed"
}

pub fn changed(id: i64, fields: &[&str]) -> String {
    format!("pledge #{id}: changed {}", fields.join(", "))
}
