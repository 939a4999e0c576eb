//! The full-screen view's titles, column heads, hints, forms and popups. One file per screen
//! where a screen has many words; what the whole view shares is here.

pub mod bodies;
pub mod conflict;
pub mod dashboard;
pub mod editor;
pub mod keys;
pub mod page;
pub mod period;
pub mod review;
pub mod review_batch;
pub mod searching;
pub mod status;
pub mod undo;

#[cfg(test)]
mod tests;

use std::path::Path;

use chrono::NaiveDate;

use crate::error::screen::{EditorFailure, Refusal};
use crate::messages::values;
use crate::model::Status;
use crate::request::{Sort, Stale};

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::Gone { id } => crate::t!("tui-gone", id = (*id)),
        Refusal::EmptyNote => crate::t!("tui-empty-note"),
        Refusal::ReadOnly => crate::t!("tui-read-only"),
        Refusal::NotUndone {
            pledge,
            after_note,
            stale,
        } => {
            let changed = changes(stale);
            match after_note {
                Some(note) => crate::t!(
                    "tui-not-undone-after",
                    pledge = (*pledge),
                    note = (*note),
                    changed = changed
                ),
                None => crate::t!(
                    "tui-not-undone-since",
                    pledge = (*pledge),
                    changed = changed
                ),
            }
        }
        Refusal::NotRedone { pledge, stale } => {
            let changed: Vec<String> = stale.iter().map(changed_since).collect();
            undo::not_redone(*pledge, &changed)
        }
        Refusal::StoredStatus { id, problem } => {
            crate::t!(
                "tui-stored-status",
                id = (*id),
                problem = values::problem(problem)
            )
        }
        Refusal::Editor(f) => editor_failure(f),
    }
}

/// Each change since, one after another.
fn changes(stale: &[Stale]) -> String {
    let changed: Vec<String> = stale.iter().map(changed_since).collect();
    changed.join(crate::ts!("tui-changes-separator"))
}

/// "the editor “code --wait” (from $VISUAL) was not found; the draft is as it was".
fn editor_failure(f: &EditorFailure) -> String {
    use crate::error::screen::EditorWhy as W;
    let from = f
        .var
        .map(|v| crate::t!("tui-editor-from", var = v))
        .unwrap_or_default();
    let why = match &f.why {
        W::Unparsable => crate::t!("tui-editor-unparsable"),
        W::NotFound => crate::t!("tui-editor-not-found"),
        W::Exited(Some(code)) => crate::t!("tui-editor-exited", code = (*code)),
        W::Exited(None) => crate::t!("tui-editor-signal"),
        W::NotText => crate::t!("tui-editor-not-text"),
        W::TooLarge { limit } => crate::t!("tui-editor-too-large", limit = (*limit)),
        W::Io(kind) => crate::t!("tui-editor-io", kind = kind.to_string()),
    };
    let command = crate::text::inert_line(&f.command).into_owned();
    crate::t!(
        "tui-editor-failed",
        command = command,
        from = from,
        why = why
    )
}

/// The status line after `y`.
pub fn copied_quote(id: i64) -> String {
    crate::t!("tui-copied-quote", id = id)
}

/// The status line after `Y`.
pub fn copied_id(id: i64) -> String {
    crate::t!("tui-copied-id", id = id)
}

/// `y` on a pledge that has no quote.
pub fn no_quote(id: i64) -> String {
    crate::t!("tui-no-quote", id = id)
}

/// A stored value as the user reads it.
pub fn shown(value: Option<&str>) -> String {
    value.map_or_else(
        || crate::t!("tui-none"),
        |v| crate::t!("tui-quoted", value = v),
    )
}

/// A field as history and the guards name it (its column), in the words of the screen;
/// a column this face does not know is shown as it is stored.
pub fn field_name(column: &str) -> String {
    match column {
        "title" => crate::t!("tui-field-title"),
        "owner" => crate::t!("tui-field-owner"),
        "deadline" => crate::t!("tui-field-deadline"),
        "deadline_text" => crate::t!("tui-field-deadline-text"),
        "status" => crate::t!("tui-field-status"),
        "target_quantity" => crate::t!("tui-field-target-quantity"),
        "target_unit" => crate::t!("tui-field-target-unit"),
        "target_text" => crate::t!("tui-field-target-text"),
        "progress" => crate::t!("tui-field-progress"),
        "quote" => crate::t!("tui-field-quote"),
        "parent_id" => crate::t!("tui-field-parent"),
        other => other.to_string(),
    }
}

/// Fields named and listed: "deadline, status".
pub fn field_names(columns: &[&str]) -> String {
    let named: Vec<String> = columns.iter().map(|c| field_name(c)).collect();
    named.join(crate::ts!("tui-fields-separator"))
}

/// "deadline is now “2026-03-01” (by 李)": what another writer left in a field.
pub fn changed_since(s: &Stale) -> String {
    let now = shown(s.now.as_deref());
    let field = field_name(&s.field);
    match s.by.as_deref() {
        Some(by) => crate::t!("tui-changed-since-by", field = field, now = now, by = by),
        None => crate::t!("tui-changed-since", field = field, now = now),
    }
}

pub fn too_small(size: (u16, u16), least: (u16, u16)) -> String {
    let ((w, h), (min_w, min_h)) = (size, least);
    crate::t!("tui-too-small", w = w, h = h, min_w = min_w, min_h = min_h)
}

/// The header's counts: " · as of 2026-11-28 · 12 open · 3 overdue · 4 done".
pub fn counts(today: NaiveDate, open: i64, overdue: i64, done: i64) -> String {
    crate::t!(
        "tui-counts",
        date = crate::date::format(today),
        open = open,
        overdue = overdue,
        done = done
    )
}

/// The header's left side: the program, the ledger (when it fits), read-only, the counts.
pub fn header(ledger: &str, read_only: bool, counts: &str) -> String {
    let ro = if read_only {
        format!(" · {}", crate::ts!("tui-read-only-mark"))
    } else {
        String::new()
    };
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
    /// Only this letter's pledges.
    pub letter: Option<i64>,
}

/// An order of the list as the screen names it.
pub fn sort_name(sort: Sort) -> &'static str {
    match sort {
        Sort::Deadline => crate::ts!("tui-sort-deadline"),
        Sort::Overdue => crate::ts!("tui-sort-overdue"),
        Sort::Owner => crate::ts!("tui-sort-owner"),
        Sort::Updated => crate::ts!("tui-sort-updated"),
        Sort::Id => crate::ts!("tui-sort-id"),
    }
}

/// The header's right side: "filter: overdue, owner=省科技厅 · sort: deadline ".
pub fn filter_and_sort(f: &Filters<'_>, sort: Sort) -> String {
    let mut filters = Vec::new();
    if f.overdue {
        filters.push(crate::t!("tui-filter-overdue"));
    }
    if let Some(st) = f.status {
        filters.push(crate::t!("tui-filter-status", status = values::status(st)));
    }
    if let Some(o) = f.owner {
        let owner = crate::text::inert_line(o).into_owned();
        filters.push(crate::t!("tui-filter-owner", owner = owner));
    }
    if let Some(id) = f.letter {
        filters.push(bodies::letter_filter(id));
    }
    if let Some(s) = f.search {
        let text = crate::text::inert_line(s).into_owned();
        filters.push(crate::t!("tui-filter-search", text = text));
    }
    let filter = if filters.is_empty() {
        crate::t!("tui-all")
    } else {
        filters.join(crate::ts!("tui-fields-separator"))
    };
    crate::t!(
        "tui-filter-and-sort",
        filter = filter,
        sort = sort_name(sort)
    )
}

/// The selection's place in the list: "17/120".
pub fn position(at: usize, of: usize) -> String {
    format!("{at}/{of}")
}

pub fn search_prompt() -> &'static str {
    crate::ts!("tui-search-prompt")
}

/// The list's column heads, in the order of `ui::list`'s columns.
pub fn column_heads() -> [&'static str; 9] {
    [
        "",
        crate::ts!("tui-col-id"),
        crate::ts!("tui-col-status"),
        crate::ts!("tui-col-title"),
        crate::ts!("tui-col-owner"),
        crate::ts!("tui-col-deadline"),
        crate::ts!("tui-col-due"),
        crate::ts!("tui-col-progress"),
        crate::ts!("tui-col-last-note"),
    ]
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
        crate::ts!("tui-empty-filtered")
    } else {
        crate::ts!("tui-empty-ledger")
    }
}

pub fn sorted(sort: Sort) -> String {
    crate::t!("tui-sorted", sort = sort_name(sort))
}

pub fn reread() -> &'static str {
    crate::ts!("tui-reread")
}

pub fn none_selected() -> &'static str {
    crate::ts!("tui-none-selected")
}

pub fn choose_sub_item() -> &'static str {
    crate::ts!("tui-choose-sub-item")
}

pub fn quit_question() -> &'static str {
    crate::ts!("tui-quit-question")
}

/// A draft was thrown away: a letter's review, or an editor's draft.
pub fn discarded(review: bool) -> &'static str {
    if review {
        crate::ts!("tui-review-left")
    } else {
        crate::ts!("tui-draft-discarded")
    }
}

pub fn report_saved(format: &str, path: &Path) -> String {
    let path = crate::text::inert_line(&path.display().to_string()).into_owned();
    crate::t!("tui-report-saved", format = format, path = path)
}

/// The report screen while its report is read on a thread of its own.
pub fn report_reading() -> &'static str {
    crate::ts!("tui-report-reading")
}

/// The bodies screen while their standing is read on a thread of its own.
pub fn bodies_reading() -> &'static str {
    crate::ts!("tui-bodies-reading")
}

/// The dashboard while its counts are read on a thread of its own.
pub fn dashboard_reading() -> &'static str {
    crate::ts!("tui-dashboard-reading")
}

pub fn status_title(id: i64) -> String {
    crate::t!("tui-status-title", id = id)
}

pub fn filters_title() -> &'static str {
    crate::ts!("tui-filters-title")
}

/// The filter menu's three rows.
pub fn filter_rows(f: &Filters<'_>) -> [String; 3] {
    let all = || crate::t!("tui-all");
    let overdue = if f.overdue {
        crate::t!("tui-yes")
    } else {
        crate::t!("tui-no")
    };
    [
        crate::t!("tui-filter-row-overdue", value = overdue),
        crate::t!(
            "tui-filter-row-status",
            value = f.status.map_or_else(all, |s| values::status(s).to_string())
        ),
        crate::t!(
            "tui-filter-row-owner",
            value = f
                .owner
                .map_or_else(all, |o| crate::text::inert_line(o).into_owned())
        ),
    ]
}

pub fn save_as_title() -> &'static str {
    crate::ts!("tui-save-as-title")
}

pub fn saved_where() -> &'static str {
    crate::ts!("tui-saved-where")
}

pub fn confirm_title() -> &'static str {
    crate::ts!("tui-confirm-title")
}

pub fn confirm_keys() -> &'static str {
    crate::ts!("tui-confirm-keys")
}

/// A choice in a popup, marked when chosen.
pub fn choice(text: &str, chosen: bool) -> String {
    format!("{} {text}", if chosen { ">" } else { " " })
}
