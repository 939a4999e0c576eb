//! The command line's output: confirmations, tables, headings, `pledge show`'s page, the
//! values clap names, and the commands' refusals.

use chrono::NaiveDate;

use crate::commands::show::label::Label;
use crate::date::format as day;
use crate::error::command::Refusal;
use crate::problem::Invalid;

/// The program in one line, for `--help`.
pub fn about() -> &'static str {
    crate::ts!("cli-help-pledge")
}

/// The program, for `--help`.
pub fn long_about() -> &'static str {
    crate::ts!("cli-help-pledge-long")
}

/// The help of a command (`cli-help-list`) or of one of its arguments (`cli-help-list-owner`),
/// looked up by the id `--help` builds from the command's path; `None` when there is none.
pub fn help(id: &str) -> Option<&'static str> {
    let loader = super::catalogue::loader();
    // Leaked once per language and id: bounded by the catalogue, like `ts!`.
    loader.has(id).then(|| help_text(id, loader))
}

fn help_text(id: &str, loader: &i18n_embed::fluent::FluentLanguageLoader) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};
    static MADE: LazyLock<Mutex<HashMap<(super::lang::Lang, String), &'static str>>> =
        LazyLock::new(Default::default);
    let key = (super::lang::current(), id.to_string());
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    made.entry(key)
        .or_insert_with(|| Box::leak(loader.get(id).into_boxed_str()))
}

/// A `--lang` or `PLEDGE_LANG` value that names no language of the program.
pub fn unknown_lang(u: &super::lang::UnknownLang) -> String {
    let accepted = super::lang::Lang::ALL
        .map(super::lang::Lang::code)
        .join(", ");
    crate::t!(
        "cli-unknown-lang",
        from = u.from,
        value = format!("{:?}", u.value),
        accepted = accepted
    )
}

// What `--help` calls the values options take.

pub fn value_path() -> &'static str {
    "PATH"
}
pub fn value_date() -> &'static str {
    "DATE"
}
pub fn value_date_or_none() -> &'static str {
    "DATE|none"
}
pub fn value_text() -> &'static str {
    "TEXT"
}
pub fn value_n() -> &'static str {
    "N"
}
pub fn value_id() -> &'static str {
    "ID"
}
pub fn value_status() -> &'static str {
    "STATUS"
}
pub fn value_unit() -> &'static str {
    "UNIT"
}
pub fn value_file() -> &'static str {
    "FILE"
}
pub fn value_days() -> &'static str {
    "DAYS"
}
pub fn value_format() -> &'static str {
    "FORMAT"
}
pub fn value_sort() -> &'static str {
    "SORT"
}
pub fn value_when() -> &'static str {
    "WHEN"
}
pub fn value_shell() -> &'static str {
    "SHELL"
}

/// A deadline option's refusal: the field, the value, the date's rule, or `none`.
pub fn or_none(i: &Invalid) -> String {
    crate::t!("cli-or-none", refused = super::values::invalid(i))
}

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::EmptyDb => crate::t!("cli-empty-db"),
        Refusal::NoDataFolder => crate::t!("cli-no-data-folder"),
        Refusal::NoteInputTooLarge { read } => crate::t!(
            "cli-note-input-too-large",
            read = read.to_string(),
            max = crate::model::MAX_NOTE_BYTES.to_string()
        ),
        Refusal::NoteInputNotUtf8 { offset } => {
            crate::t!("cli-note-input-not-utf8", offset = offset.to_string())
        }
        Refusal::NothingToChange => crate::t!("cli-nothing-to-change"),
        Refusal::ReviewNeedsTerminal => crate::t!("cli-review-needs-terminal"),
        Refusal::ReportNotMade => crate::t!("cli-report-not-made"),
        Refusal::CsvNotWritten { detail } => crate::t!("cli-csv-not-written", detail = detail),
        Refusal::JsonNotWritten { detail } => crate::t!("cli-json-not-written", detail = detail),
        Refusal::BuiltinDamaged { detail } => crate::t!("cli-builtin-damaged", detail = detail),
        Refusal::ReportMiscounted {
            owner,
            section,
            counted,
            read,
        } => super::report::miscounted(owner, *section, *counted, *read),
        Refusal::ReportLayoutStopped => super::report::layout_stopped().into(),
        Refusal::ReportReadingStopped => super::report::reading_stopped().into(),
        Refusal::DocxTooLong { rows, max } => crate::t!(
            "report-docx-too-long",
            rows = rows.to_string(),
            max = max.to_string()
        ),
        Refusal::DocxNeedsFile => crate::t!("report-docx-needs-file"),
        Refusal::PeriodBackwards { from, to } => super::period::backwards(*from, *to),
        Refusal::PeriodAhead { to, today } => super::period::ahead(*to, *today),
    }
}

/// An author when the login name cannot be found.
pub fn unknown_author() -> &'static str {
    // Stored as a note's author: the ledger's data, the same in every language.
    "unknown"
}

/// A crash: where it happened, never what it said (that may quote hostile input).
pub fn internal_error(at: Option<(&str, u32)>) -> String {
    match at {
        Some((file, line)) => crate::t!(
            "cli-internal-error-at",
            file = file,
            line = line.to_string()
        ),
        None => crate::t!("cli-internal-error"),
    }
}

// What was saved, for the message that says its confirmation could not be printed.

pub fn saved_letter(id: i64) -> String {
    crate::t!("cli-saved-letter", id = id.to_string())
}
// Confirmations. Every text argument arrives made inert.

pub fn added_pledge(id: i64, title: &str) -> String {
    crate::t!("cli-added-pledge", id = id.to_string(), title = title) + "\n"
}

pub fn added_note(id: i64, pledge: i64, on: NaiveDate) -> String {
    crate::t!(
        "cli-added-note",
        id = id.to_string(),
        pledge = pledge.to_string(),
        on = day(on)
    ) + "\n"
}

pub fn unchanged(pledge: i64) -> String {
    crate::t!("cli-unchanged", pledge = pledge.to_string())
}

/// A value that is not there, in a change.
pub fn no_value() -> &'static str {
    crate::ts!("cli-no-value")
}

/// One field changed by `pledge set`.
pub fn changed(pledge: i64, field: &str, old: &str, new: &str) -> String {
    crate::t!(
        "cli-changed",
        pledge = pledge.to_string(),
        field = history_field(field),
        old = history_value(field, old),
        new = history_value(field, new)
    ) + "\n"
}

/// A field as the history names it (`deadline_text`), as people call it; in English the name
/// itself, as it always was.
fn history_field(key: &str) -> String {
    crate::t!("cli-history-field", key = key)
}

/// A value as the history keeps it: a status's keyword is shown as its label.
fn history_value(field: &str, value: &str) -> String {
    match (field, value.parse::<crate::model::Status>()) {
        ("status", Ok(status)) => super::values::status(status).to_string(),
        _ => value.to_string(),
    }
}

pub fn sound(ledger: &str, letters: i64, pledges: i64, notes: i64) -> String {
    crate::t!(
        "cli-sound",
        ledger = ledger,
        letters = letters.to_string(),
        pledges = pledges.to_string(),
        notes = notes.to_string()
    )
}

pub fn created_default(ledger: &str) -> String {
    crate::t!("cli-created-default", ledger = ledger)
}

pub fn backed_up(ledger: &str, to: &str) -> String {
    crate::t!("cli-backed-up", ledger = ledger, to = to) + "\n"
}

pub fn restored(ledger: &str, from: &str, counts: (i64, i64, i64)) -> String {
    let (letters, pledges, notes) = counts;
    crate::t!(
        "cli-restored",
        ledger = ledger,
        from = from,
        letters = letters.to_string(),
        pledges = pledges.to_string(),
        notes = notes.to_string()
    ) + "\n"
}

pub fn replaced_kept(aside: &str) -> String {
    crate::t!("cli-replaced-kept", aside = aside) + "\n"
}

pub fn leftover_kept(from: &str, to: &str) -> String {
    crate::t!("cli-leftover-kept", from = from, to = to) + "\n"
}

pub fn report_written(path: &str) -> String {
    crate::t!("cli-report-written", path = path)
}

/// `--fail-if-overdue`'s message.
pub fn overdue_flagged(late: usize, as_of: NaiveDate) -> String {
    crate::t!("cli-overdue-flagged", late = late, as_of = prose(as_of))
}

/// A date in a sentence (2026年11月28日 in Chinese); tables keep ISO.
fn prose(on: NaiveDate) -> String {
    super::values::prose_date(on)
}

// `pledge list`.

/// The table's headings: id, status, title, owner, deadline, due, progress, last note.
pub fn list_headings() -> [&'static str; 8] {
    [
        crate::ts!("cli-list-id"),
        crate::ts!("cli-list-status"),
        crate::ts!("cli-list-title"),
        crate::ts!("cli-list-owner"),
        crate::ts!("cli-list-deadline"),
        crate::ts!("cli-list-due"),
        crate::ts!("cli-list-progress"),
        crate::ts!("cli-list-last-note"),
    ]
}

/// A title in `pledge list`: a sub-item right under its parent is marked `└` (indented one
/// step a level, up to four), one standing apart from its parent names it (`↑#1`).
pub fn nested_title(title: &str, depth: usize, parent: Option<i64>) -> String {
    match (depth, parent) {
        (0, None) => title.to_string(),
        (0, Some(parent)) => format!("↑#{parent} {title}"),
        (depth, _) => format!("{}└ {title}", "  ".repeat((depth - 1).min(4))),
    }
}

pub fn no_match() -> &'static str {
    crate::ts!("cli-no-match")
}

pub fn list_footer(shown: usize, overdue: usize, today: NaiveDate) -> String {
    crate::t!(
        "cli-list-footer",
        shown = shown,
        overdue = overdue.to_string(),
        today = prose(today)
    )
}

// `pledge show`.

/// A label of `pledge show`'s fields.
pub fn label(l: Label) -> &'static str {
    match l {
        Label::Status => crate::ts!("cli-label-status"),
        Label::Owner => crate::ts!("cli-label-owner"),
        Label::Deadline => crate::ts!("cli-label-deadline"),
        Label::Target => crate::ts!("cli-label-target"),
        Label::Progress => crate::ts!("cli-label-progress"),
        Label::PartOf => crate::ts!("cli-label-part-of"),
        Label::SubItems => crate::ts!("cli-label-sub-items"),
        Label::Created => crate::ts!("cli-label-created"),
        Label::Updated => crate::ts!("cli-label-updated"),
    }
}

/// The status with how it stands against its deadline: "pending (12d left as of 2026-11-28)".
pub fn status_due(status: &str, due: &str, today: NaiveDate) -> String {
    crate::t!(
        "cli-status-due",
        status = status,
        due = due,
        today = day(today)
    )
}

/// A deadline with the letter's words for it: "2025-12-31 ("年底前")", or "none".
pub fn deadline(on: Option<NaiveDate>, words: Option<&str>) -> String {
    let on = on.map_or_else(|| crate::t!("cli-deadline-none"), day);
    match words {
        Some(w) => crate::t!("cli-deadline-worded", on = on, words = w),
        None => on,
    }
}

/// A target with the letter's words for it: "30 家 — 培育 30 家".
pub fn target(target: &str, words: Option<&str>) -> String {
    match words {
        Some(w) => crate::t!("cli-target-worded", target = target, words = w),
        None => target.to_string(),
    }
}

pub fn no_progress_reported() -> &'static str {
    crate::ts!("cli-no-progress-reported")
}

pub fn quote_heading() -> &'static str {
    crate::ts!("cli-quote-heading")
}

pub fn notes_heading(count: usize) -> String {
    crate::t!("cli-notes-heading", count = count.to_string())
}

pub fn history_heading() -> &'static str {
    crate::ts!("cli-history-heading")
}

/// When a change was made, in local time with its zone: "2026-12-02 11:43 (+08:00)". A stamp
/// not in the stored form (an imported ledger's) is shown as it is.
pub fn stamp(stored: &str) -> String {
    crate::date::stamp_in(stored, &chrono::Local).unwrap_or_else(|| stored.to_string())
}

/// What a note set besides its text: "  progress 12  status → done".
pub fn note_sets(progress: Option<String>, status: Option<&str>) -> String {
    let mut s = String::new();
    if let Some(q) = progress {
        s.push_str(&crate::t!("cli-note-sets-progress", progress = q));
    }
    if let Some(st) = status {
        s.push_str(&crate::t!("cli-note-sets-status", status = st));
    }
    s
}

/// A pledge's first entry in its history.
pub fn history_created() -> &'static str {
    crate::ts!("cli-history-created")
}

/// One change in a pledge's history.
pub fn history_change(field: &str, old: &str, new: &str) -> String {
    crate::t!(
        "cli-history-change",
        field = history_field(field),
        old = history_value(field, old),
        new = history_value(field, new)
    )
}

pub fn history_why(reason: &str) -> String {
    crate::t!("cli-history-why", reason = reason)
}

// `pledge import-letter`.

pub fn letter_already_in(id: i64) -> String {
    crate::t!("cli-letter-already-in", id = id.to_string())
}

pub fn review_left() -> &'static str {
    crate::ts!("cli-review-left")
}

/// `pledge list --format csv`'s first row, one heading per field of a pledge.
pub fn csv_headings() -> [&'static str; 14] {
    [
        crate::ts!("cli-csv-id"),
        crate::ts!("cli-csv-status"),
        crate::ts!("cli-csv-title"),
        crate::ts!("cli-csv-owner"),
        crate::ts!("cli-csv-deadline"),
        crate::ts!("cli-csv-deadline-text"),
        crate::ts!("cli-csv-days-overdue"),
        crate::ts!("cli-csv-target-quantity"),
        crate::ts!("cli-csv-target-unit"),
        crate::ts!("cli-csv-target-text"),
        crate::ts!("cli-csv-progress"),
        crate::ts!("cli-csv-last-note-on"),
        crate::ts!("cli-csv-parent"),
        crate::ts!("cli-csv-letter"),
    ]
}
