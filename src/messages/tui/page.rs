//! One pledge's page: its labels, headings and the lines about its notes and history.

use chrono::NaiveDate;

use crate::messages::values;
use crate::model::{Change, Due, Letter, Note, Status, Target};

/// "#17 标题": a pledge as a heading or a reference.
pub fn heading(id: i64, title: &str) -> String {
    format!("#{id} {title}")
}

pub fn status_label() -> &'static str {
    "Status"
}

pub fn owner_label() -> &'static str {
    "Owner"
}

pub fn deadline_label() -> &'static str {
    "Deadline"
}

pub fn target_label() -> &'static str {
    "Target"
}

pub fn progress_label() -> &'static str {
    "Progress"
}

pub fn part_of_label() -> &'static str {
    "Part of"
}

pub fn updated_label() -> &'static str {
    "Updated"
}

pub fn quote_heading() -> &'static str {
    "Quote"
}

pub fn history_heading() -> &'static str {
    "History"
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
        Some(t) => format!("{date} (\"{t}\")"),
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
    "none"
}

pub fn no_progress() -> &'static str {
    "none reported"
}

/// The quote's letter, cited under it.
pub fn cited(l: &Letter) -> String {
    format!("— {}", values::letter(l))
}

pub fn sub_items(count: usize) -> String {
    format!("Sub-items ({count}; Tab selects, Enter opens)")
}

/// "> #4 标题 [pending]": a sub-item, marked when highlighted.
pub fn sub_item(chosen: bool, id: i64, title: &str, status: Status) -> String {
    let mark = if chosen { ">" } else { " " };
    format!("{mark} #{id} {title} [{}]", values::status(status))
}

pub fn notes(count: usize) -> String {
    format!("Notes ({count}, newest first)")
}

pub fn no_notes() -> &'static str {
    "  no progress recorded"
}

/// "  2026-11-20  李  progress 12  → done  #3": a note's first line.
pub fn note_head(n: &Note, withdrawn: bool) -> String {
    let author = crate::text::inert_line(&n.author);
    let mut head = format!("  {}  {author}", crate::date::format(n.on));
    if withdrawn {
        head.push_str(&format!("  {}", crate::messages::store::withdrawn_mark()));
    }
    if let Some(q) = n.progress {
        head.push_str(&format!("  progress {q}"));
    }
    if let Some(s) = n.status {
        head.push_str(&format!("  → {}", values::status(s)));
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
    let shown = |v: Option<&str>| v.unwrap_or("(none)").to_string();
    let what = match c.field.as_str() {
        "created" => "created".to_string(),
        crate::request::NOTE_WITHDRAWN => crate::messages::store::withdrawal(c.old.as_deref()),
        f => format!(
            "{f}: {} → {}",
            shown(c.old.as_deref()),
            shown(c.new.as_deref())
        ),
    };
    let why = c
        .reason
        .as_deref()
        .map(|r| format!("  ({})", crate::messages::store::reason(r)))
        .unwrap_or_default();
    let when = c
        .changed_at
        .replace('T', " ")
        .trim_end_matches('Z')
        .to_string();
    format!("{when}  {}  {what}{why}", c.changed_by)
}
