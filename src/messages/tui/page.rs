//! One pledge's page: its labels, headings and the lines about its notes and history.

use chrono::NaiveDate;

use crate::messages::values;
use crate::model::{Change, Due, Letter, Note, Status, Target};

/// "#17 标题": a pledge as a heading or a reference.
pub fn heading(id: i64, title: &str) -> String {
    format!("#{id} {title}")
}

pub fn status_label() -> &'static str {
    crate::ts!("tui-page-status")
}

pub fn owner_label() -> &'static str {
    crate::ts!("tui-page-owner")
}

pub fn deadline_label() -> &'static str {
    crate::ts!("tui-page-deadline")
}

pub fn target_label() -> &'static str {
    crate::ts!("tui-page-target")
}

pub fn progress_label() -> &'static str {
    crate::ts!("tui-page-progress")
}

pub fn part_of_label() -> &'static str {
    crate::ts!("tui-page-part-of")
}

pub fn updated_label() -> &'static str {
    crate::ts!("tui-page-updated")
}

pub fn quote_heading() -> &'static str {
    crate::ts!("tui-page-quote")
}

pub fn history_heading() -> &'static str {
    crate::ts!("tui-page-history")
}

/// "in_progress — 12d left", with " !" when overdue.
pub fn status(s: Status, due: Option<Due>, overdue: bool) -> String {
    let due = values::due(due);
    let late = if overdue { " !" } else { "" };
    if due.is_empty() {
        format!("{}{late}", values::status(s))
    } else {
        format!("{} — {due}{late}", values::status(s))
    }
}

/// "2026-12-31 ("年底前")", or "none".
pub fn deadline(on: Option<NaiveDate>, worded: Option<&str>) -> String {
    let date = on.map_or_else(|| none().to_string(), crate::date::format);
    match worded {
        Some(t) => crate::t!("tui-page-deadline-worded", date = date, worded = t),
        None => date,
    }
}

/// "30 家 — 建成30家", the target with its wording.
pub fn target(t: &Target) -> String {
    match &t.text {
        Some(w) => format!("{t} — {w}"),
        None => t.to_string(),
    }
}

/// No deadline, no target, no value.
pub fn none() -> &'static str {
    crate::ts!("tui-page-none")
}

pub fn no_progress() -> &'static str {
    crate::ts!("tui-page-no-progress")
}

/// The quote's letter, cited under it.
pub fn cited(l: &Letter) -> String {
    format!("— {}", values::letter(l))
}

pub fn sub_items(count: usize) -> String {
    crate::t!("tui-page-sub-items", count = count)
}

/// "> #4 标题 [pending]": a sub-item, marked when highlighted.
pub fn sub_item(chosen: bool, id: i64, title: &str, status: Status) -> String {
    let mark = if chosen { ">" } else { " " };
    format!("{mark} #{id} {title} [{}]", values::status(status))
}

pub fn notes(count: usize) -> String {
    crate::t!("tui-page-notes", count = count)
}

pub fn no_notes() -> &'static str {
    crate::ts!("tui-page-no-notes")
}

/// "  2026-11-20  李  progress 12  → done  #3": a note's first line.
pub fn note_head(n: &Note, withdrawn: bool) -> String {
    let author = crate::text::inert_line(&n.author);
    let mut head = format!("  {}  {author}", crate::date::format(n.on));
    if withdrawn {
        head.push_str(&format!("  {}", crate::messages::store::withdrawn_mark()));
    }
    if let Some(q) = n.progress {
        let q = q.to_string();
        head.push_str(&crate::t!("tui-page-note-progress", progress = q));
    }
    if let Some(s) = n.status {
        head.push_str(&format!("  → {}", values::status(s)));
    }
    if let Some(b) = &n.reported_by {
        let b = crate::messages::letters::reported_by(&crate::text::inert_line(b));
        head.push_str(&format!("  {b}"));
    }
    if let Some(e) = &n.evidence {
        let e = crate::messages::letters::evidence(&crate::text::inert_line(e));
        head.push_str(&format!("  {e}"));
    }
    head.push_str(&format!("  #{}", n.id));
    head
}

/// "2026-11-20 10:00:00  李  deadline: (none) → 2026-12-31  (why)": one line of history.
pub fn change(c: &Change) -> String {
    // A status is stored as its keyword and read as its label.
    let status = c.field == "status";
    let shown = |v: Option<&str>| match v {
        None => crate::t!("tui-none"),
        Some(v) if status => values::parse_status(v)
            .map_or_else(|_| v.to_string(), |s| values::status(s).to_string()),
        Some(v) => v.to_string(),
    };
    let what = match c.field.as_str() {
        "created" => crate::t!("tui-page-created"),
        crate::request::NOTE_WITHDRAWN => crate::messages::store::withdrawal(c.old.as_deref()),
        f => crate::t!(
            "tui-page-change",
            field = super::field_name(f),
            old = shown(c.old.as_deref()),
            new = shown(c.new.as_deref())
        ),
    };
    let why = c
        .reason
        .as_deref()
        .map(|r| format!("  ({})", crate::messages::store::reason(r)))
        .unwrap_or_default();
    // Stored in UTC, shown in the local time with its zone, as `pledge show` does.
    let when = crate::messages::cli::stamp(&c.changed_at);
    format!("{when}  {}  {what}{why}", c.changed_by)
}
