//! What undo and redo say, and what they ask.

use crate::text::{inert_line, truncate};

/// Columns of a title when undo names its pledge.
const SHORT_TITLE: usize = 24;

pub fn nothing(redo: bool) -> &'static str {
    if redo {
        "nothing to redo: nothing was undone since the last change"
    } else {
        "nothing to undo in this session"
    }
}

/// `#4 “研究院挂牌”`, the title cut short by display width.
pub fn pledge(id: i64, title: Option<&str>) -> String {
    match title {
        Some(t) => {
            let t = inert_line(t);
            let short = truncate(&t, SHORT_TITLE);
            format!("#{id} “{short}”")
        }
        None => format!("#{id}"),
    }
}

/// A change of fields, as a step of undo names it.
pub fn changed(fields: &[&str]) -> String {
    format!("the change of {}", fields.join(", "))
}

pub fn adding() -> &'static str {
    "adding it"
}

pub fn note(note: i64) -> String {
    format!("note #{note}")
}

pub fn withdrawal() -> &'static str {
    "the withdrawal of its note"
}

/// What undo or redo did, naming the pledge.
pub fn done(redo: bool, what: &str, pledge: &str) -> String {
    if redo {
        format!("redone on pledge {pledge}: {what}")
    } else {
        format!("undone on pledge {pledge}: {what}")
    }
}

/// Undo of a note: the note stays, withdrawn, since notes are a record.
pub fn withdrawn(pledge: &str, note: i64) -> String {
    format!(
        "undone on pledge {pledge}: note #{note} is withdrawn (notes are a record and are not deleted)"
    )
}

/// Asked when the step is about a pledge other than the one on screen.
pub fn ask(redo: bool, what: &str, pledge: &str) -> String {
    let verb = if redo { "Redo" } else { "Undo" };
    format!("{verb} {what} on pledge {pledge}? It is not the pledge on screen.")
}

pub fn not_redone(pledge: i64, changed: &[String]) -> String {
    if changed.is_empty() {
        format!("not redone: pledge #{pledge} has a newer note since")
    } else {
        format!(
            "not redone: pledge #{pledge} changed since: {}",
            changed.join("; ")
        )
    }
}
