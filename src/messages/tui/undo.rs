//! What undo says, and what it records.

pub fn nothing_to_undo() -> &'static str {
    "nothing to undo in this session"
}

pub fn undone(id: i64, fields: &[&str]) -> String {
    format!("undone: {} of pledge #{id}", fields.join(", "))
}

pub fn dropped(id: i64) -> String {
    format!("undone: pledge #{id} is marked dropped (pledges are kept, never deleted)")
}

pub fn corrected(id: i64, note: i64) -> String {
    format!("notes are a record and are not deleted: added correcting note #{id} for note #{note}")
}

/// The reason history records for an undone change.
pub fn reason() -> &'static str {
    "undo"
}

/// The reason history records for a pledge dropped by undo.
pub fn added_by_mistake() -> &'static str {
    "undo: added by mistake"
}

/// The correcting note's text.
pub fn correction(note: i64) -> String {
    format!("Correction: note #{note} was entered by mistake; disregard it.")
}
