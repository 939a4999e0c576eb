//! The edit form's question when another writer changed what it showed.

use crate::request::Stale;

/// Each stale field with theirs and yours, and whether to save yours over theirs.
pub fn over_theirs(fields: &[(&Stale, Option<&str>)]) -> String {
    let lines: Vec<String> = fields
        .iter()
        .map(|(s, yours)| {
            crate::t!(
                "tui-conflict-field",
                changed = super::changed_since(s),
                yours = super::shown(*yours)
            )
        })
        .collect();
    crate::t!(
        "tui-conflict-over-theirs",
        fields = lines.join(crate::ts!("tui-conflict-separator"))
    )
}

pub fn kept_theirs(fields: &[&str]) -> String {
    crate::t!("tui-conflict-kept", fields = super::field_names(fields))
}
