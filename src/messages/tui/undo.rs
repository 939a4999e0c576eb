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
