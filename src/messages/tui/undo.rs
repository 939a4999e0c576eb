//! What undo and redo say, and what they ask.

use crate::text::{inert_line, truncate};

/// Columns of a title when undo names its pledge.
const SHORT_TITLE: usize = 24;

pub fn nothing(redo: bool) -> &'static str {
    if redo {
        crate::ts!("tui-undo-nothing-to-redo")
    } else {
        crate::ts!("tui-undo-nothing-to-undo")
    }
}

/// `#4 “研究院挂牌”`, the title cut short by display width.
pub fn pledge(id: i64, title: Option<&str>) -> String {
    match title {
        Some(t) => {
            let t = inert_line(t);
            let short = truncate(&t, SHORT_TITLE);
            crate::t!("tui-undo-pledge", id = id, title = short.into_owned())
        }
        None => format!("#{id}"),
    }
}

/// A change of fields, as a step of undo names it.
pub fn changed(fields: &[&str]) -> String {
    crate::t!("tui-undo-changed", fields = super::field_names(fields))
}

pub fn adding() -> &'static str {
    crate::ts!("tui-undo-adding")
}

pub fn note(note: i64) -> String {
    crate::t!("tui-undo-note", note = note)
}

pub fn withdrawal() -> &'static str {
    crate::ts!("tui-undo-withdrawal")
}

/// What undo or redo did, naming the pledge.
pub fn done(redo: bool, what: &str, pledge: &str) -> String {
    if redo {
        crate::t!("tui-undo-redone", pledge = pledge, what = what)
    } else {
        crate::t!("tui-undo-undone", pledge = pledge, what = what)
    }
}

/// Undo of a note: the note stays, withdrawn, since notes are a record.
pub fn withdrawn(pledge: &str, note: i64) -> String {
    crate::t!("tui-undo-withdrawn", pledge = pledge, note = note)
}

/// Asked when the step is about a pledge other than the one on screen.
pub fn ask(redo: bool, what: &str, pledge: &str) -> String {
    if redo {
        crate::t!("tui-undo-ask-redo", what = what, pledge = pledge)
    } else {
        crate::t!("tui-undo-ask-undo", what = what, pledge = pledge)
    }
}

pub fn not_redone(pledge: i64, changed: &[String]) -> String {
    if changed.is_empty() {
        crate::t!("tui-undo-not-redone-note", pledge = pledge)
    } else {
        crate::t!(
            "tui-undo-not-redone",
            pledge = pledge,
            changed = changed.join(crate::ts!("tui-changes-separator"))
        )
    }
}
