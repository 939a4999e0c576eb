//! The edit form's question when another writer changed what it showed.

use crate::request::Stale;

/// Each stale field with theirs and yours, and whether to save yours over theirs.
pub fn over_theirs(fields: &[(&Stale, Option<&str>)]) -> String {
    let lines: Vec<String> = fields
        .iter()
        .map(|(s, yours)| {
            format!(
                "{}; yours is {}.",
                super::changed_since(s),
                super::shown(*yours)
            )
        })
        .collect();
    format!(
        "Changed while this form was open: {} Save yours over theirs? (n: keep theirs)",
        lines.join(" ")
    )
}

pub fn kept_theirs(fields: &[&str]) -> String {
    format!(
        "kept the stored {}; nothing saved yet (Ctrl-S saves your other changes)",
        fields.join(", ")
    )
}
