//! The full-screen view's titles, column heads, hints, forms and popups. One file per screen
//! where a screen has many words; what the whole view shares is here.

pub mod conflict;
pub mod editor;
pub mod keys;
pub mod page;
pub mod review;
pub mod status;
pub mod undo;

use std::path::Path;

use chrono::NaiveDate;

use crate::error::screen::{EditorFailure, Refusal};
use crate::messages::values;
use crate::model::Status;
use crate::request::{Sort, Stale};

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::Gone { id } => format!("pledge {id} is gone"),
        Refusal::EmptyNote => "the note is empty; type what was reported, then Ctrl-S".into(),
        Refusal::ReadOnly => "the ledger is read-only: nothing can be changed or added here".into(),
        Refusal::NotUndone {
            pledge,
            after_note,
            stale,
        } => {
            let since = match after_note {
                Some(note) => format!("after note #{note}"),
                None => "since".to_string(),
            };
            let changed: Vec<String> = stale.iter().map(changed_since).collect();
            format!(
                "not undone: pledge #{pledge} changed {since}: {}",
                changed.join("; ")
            )
        }
        Refusal::NotRedone { pledge, stale } => {
            let changed: Vec<String> = stale.iter().map(changed_since).collect();
            undo::not_redone(*pledge, &changed)
        }
        Refusal::StoredStatus { id, problem } => {
            format!("pledge #{id}: stored status {}", values::problem(problem))
        }
        Refusal::Editor(f) => editor_failure(f),
    }
}

/// "the editor “code --wait” (from $VISUAL) was not found; the draft is as it was".
fn editor_failure(f: &EditorFailure) -> String {
    use crate::error::screen::EditorWhy as W;
    let from = f.var.map(|v| format!(" (from ${v})")).unwrap_or_default();
    let why = match &f.why {
        W::Unparsable => "cannot be read as a command: check its quotes".to_string(),
        W::NotFound => "was not found".to_string(),
        W::Exited(Some(code)) => format!("exited with status {code}"),
        W::Exited(None) => "was stopped by a signal".to_string(),
        W::NotText => "left text that is not UTF-8".to_string(),
        W::TooLarge { limit } => format!("left more than {limit} bytes"),
        W::Io(kind) => format!("could not be run: {kind}"),
    };
    let command = crate::text::inert_line(&f.command);
    format!("the editor “{command}”{from} {why}; the draft is as it was")
}

/// The status line after `y`.
pub fn copied_quote(id: i64) -> String {
    format!("copied the quote of pledge #{id} to the clipboard")
}

/// The status line after `Y`.
pub fn copied_id(id: i64) -> String {
    format!("copied the id {id} to the clipboard")
}

/// `y` on a pledge that has no quote.
pub fn no_quote(id: i64) -> String {
    format!("pledge #{id} has no quote to copy")
}

/// A stored value as the user reads it.
pub fn shown(value: Option<&str>) -> String {
    value.map_or_else(|| "(none)".to_string(), |v| format!("“{v}”"))
}

/// "deadline is now “2026-03-01” (by 李)": what another writer left in a field.
pub fn changed_since(s: &Stale) -> String {
    let by =
        s.by.as_deref()
            .map(|b| format!(" (by {b})"))
            .unwrap_or_default();
    format!("{} is now {}{by}", s.field, shown(s.now.as_deref()))
}

pub fn too_small(size: (u16, u16), least: (u16, u16)) -> String {
    let ((w, h), (min_w, min_h)) = (size, least);
    format!(
        "Window too small: {w}×{h}. pledge needs at least {min_w}×{min_h}; enlarge it to go on."
    )
}

/// The header's counts: " · as of 2026-11-28 · 12 open · 3 overdue · 4 done".
pub fn counts(today: NaiveDate, open: i64, overdue: i64, done: i64) -> String {
    format!(
        " · as of {} · {open} open · {overdue} overdue · {done} done",
        crate::date::format(today)
    )
}

/// The header's left side: the program, the ledger (when it fits), read-only, the counts.
pub fn header(ledger: &str, read_only: bool, counts: &str) -> String {
    let ro = if read_only { " · READ-ONLY" } else { "" };
    let ledger = if ledger.is_empty() {
        String::new()
    } else {
        format!(" · {ledger}")
    };
    format!(" pledge{ro}{ledger}{counts}  ")
}

/// What the list is filtered by, as the header says it.
pub struct Filters<'a> {
    pub overdue: bool,
    pub status: Option<Status>,
    pub owner: Option<&'a str>,
    pub search: Option<&'a str>,
}

/// The header's right side: "filter: overdue, owner=省科技厅 · sort: deadline ".
pub fn filter_and_sort(f: &Filters<'_>, sort: Sort) -> String {
    let mut filters = Vec::new();
    if f.overdue {
        filters.push("overdue".to_string());
    }
    if let Some(st) = f.status {
        filters.push(format!("status={}", values::status(st)));
    }
    if let Some(o) = f.owner {
        filters.push(format!("owner={}", crate::text::inert_line(o)));
    }
    if let Some(s) = f.search {
        filters.push(format!("search=\"{}\"", crate::text::inert_line(s)));
    }
    let filter = if filters.is_empty() {
        "all".to_string()
    } else {
        filters.join(", ")
    };
    format!("filter: {filter} · sort: {} ", sort.name())
}

/// The selection's place in the list: "17/120".
pub fn position(at: usize, of: usize) -> String {
    format!("{at}/{of}")
}

pub fn search_prompt() -> &'static str {
    "Search: "
}

/// The list's column heads, in the order of `ui::list`'s columns.
pub fn column_heads() -> [&'static str; 9] {
    let [id, status, title, owner, deadline, due, progress, last] = super::cli::list_headings();
    ["", id, status, title, owner, deadline, due, progress, last]
}

/// Before a sub-item's title, right under its parent.
pub fn nested_mark() -> &'static str {
    "└ "
}

/// Before a sub-item's title when its parent is not listed above it (`↑#1`).
pub fn apart_mark(parent: i64) -> String {
    format!("↑#{parent} ")
}

/// What the list says when it shows nothing: an empty ledger, or a filter matching nothing.
pub fn empty_list(filtered: bool) -> &'static str {
    if filtered {
        "No pledge matches the filter: Esc clears it."
    } else {
        "The ledger has no pledges yet: press a to add one."
    }
}

pub fn sorted(sort: Sort) -> String {
    format!("sorted by {}", sort.name())
}

pub fn reread() -> &'static str {
    "re-read from the ledger"
}

pub fn none_selected() -> &'static str {
    "no pledge selected"
}

pub fn choose_sub_item() -> &'static str {
    "Tab selects a sub-item to open"
}

pub fn quit_question() -> &'static str {
    "A draft is open and will be lost. Quit anyway?"
}

/// A draft was thrown away: a letter's review, or an editor's draft.
pub fn discarded(review: bool) -> &'static str {
    if review {
        "review left; nothing added"
    } else {
        "draft discarded"
    }
}

pub fn report_saved(format: &str, path: &Path) -> String {
    format!("saved the report ({format}) to {}", path.display())
}

pub fn status_title(id: i64) -> String {
    format!("Status of #{id}")
}

pub fn filters_title() -> &'static str {
    "Filters"
}

/// The filter menu's three rows.
pub fn filter_rows(f: &Filters<'_>) -> [String; 3] {
    let all = || "all".to_string();
    [
        format!("Overdue only: {}", if f.overdue { "yes" } else { "no" }),
        format!(
            "Status: {}",
            f.status.map_or_else(all, |s| values::status(s).to_string())
        ),
        format!(
            "Owner: {}",
            f.owner
                .map_or_else(all, |o| crate::text::inert_line(o).into_owned())
        ),
    ]
}

pub fn save_as_title() -> &'static str {
    "Save the report as"
}

pub fn saved_where() -> &'static str {
    "Saved in the current folder"
}

pub fn confirm_title() -> &'static str {
    "Are you sure?"
}

pub fn confirm_keys() -> &'static str {
    "y yes   n no"
}

/// A choice in a popup, marked when chosen.
pub fn choice(text: &str, chosen: bool) -> String {
    format!("{} {text}", if chosen { ">" } else { " " })
}
