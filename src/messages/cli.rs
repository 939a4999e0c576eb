//! The command line's output: confirmations, tables, headings, `pledge show`'s page, the
//! values clap names, and the commands' refusals.

use chrono::NaiveDate;

use crate::commands::show::label::Label;
use crate::date::format as day;
use crate::error::command::Refusal;
use crate::problem::Problem;

/// The program in one line, for `--help`.
pub fn about() -> &'static str {
    "A ledger of government \"next step\" pledges, kept in one SQLite file"
}

/// The program, for `--help`.
pub fn long_about() -> &'static str {
    "A ledger of government \"next step\" pledges (下步工作), kept in one SQLite file.\n\
     With no command, opens the full-screen view of the ledger."
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

/// A deadline option's refusal: the date's rule, or `none`.
pub fn or_none(p: &Problem) -> String {
    format!(
        "{}, or `none` to remove the deadline",
        super::values::problem(p)
    )
}

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::EmptyDb => {
            "--db (or PLEDGE_DB) is empty; expected the path of a ledger file".into()
        }
        Refusal::NoDataFolder => {
            "cannot find a data folder for the default ledger (is HOME set?); \
                                  give one with --db PATH or PLEDGE_DB"
                .into()
        }
        Refusal::NoteInputTooLarge { read } => format!(
            "the note on standard input is more than {read} bytes (reading stopped there); a note \
             holds at most 1 MB ({} bytes); note NOT saved",
            crate::model::MAX_NOTE_BYTES
        ),
        Refusal::NoteInputNotUtf8 { offset } => format!(
            "the note on standard input is not UTF-8 text (invalid byte at offset {offset}); note \
             NOT saved"
        ),
        Refusal::NothingToChange => {
            "nothing to change: give at least one of --status, --owner, --deadline, \
             --deadline-text, --title, --target, --unit, --target-text, --no-target"
                .into()
        }
        Refusal::ReviewNeedsTerminal => {
            "reviewing a letter's pledges needs a terminal; give --dry-run to print them or --yes \
             to add them all without review; nothing added"
                .into()
        }
        Refusal::ReportNotMade => "the report was not made".into(),
        Refusal::CsvNotWritten { detail } => format!("cannot write CSV: {detail}"),
        Refusal::JsonNotWritten { detail } => format!("cannot write JSON: {detail}"),
        Refusal::BuiltinDamaged { detail } => {
            format!("the built-in pledges are damaged: {detail}")
        }
        Refusal::ReportMiscounted {
            owner,
            section,
            counted,
            read,
        } => super::report::miscounted(owner, *section, *counted, *read),
        Refusal::ReportLayoutStopped => super::report::layout_stopped().into(),
    }
}

/// An author when the login name cannot be found.
pub fn unknown_author() -> &'static str {
    "unknown"
}

/// A crash: where it happened, never what it said (that may quote hostile input).
pub fn internal_error(at: Option<(&str, u32)>) -> String {
    let at = at
        .map(|(file, line)| format!(" at {file}:{line}"))
        .unwrap_or_default();
    format!("internal error{at} (a bug: please report it with the command that caused it)")
}

// What was saved, for the message that says its confirmation could not be printed.

pub fn saved_letter(id: i64) -> String {
    format!("letter #{id}")
}
// Confirmations. Every text argument arrives made inert.

pub fn added_pledge(id: i64, title: &str) -> String {
    format!("added pledge #{id}: {title}\n")
}

pub fn added_note(id: i64, pledge: i64, on: NaiveDate) -> String {
    format!("added note #{id} to pledge #{pledge} ({})\n", day(on))
}

pub fn unchanged(pledge: i64) -> String {
    format!("pledge #{pledge} already has those values; nothing changed")
}

/// A value that is not there, in a change.
pub fn no_value() -> &'static str {
    "(none)"
}

/// One field changed by `pledge set`.
pub fn changed(pledge: i64, field: &str, old: &str, new: &str) -> String {
    format!("pledge #{pledge} {field}: {old} → {new}\n")
}

pub fn sound(ledger: &str, letters: i64, pledges: i64, notes: i64) -> String {
    format!(
        "the ledger at {ledger} is sound: {letters} letter(s), {pledges} pledge(s), {notes} note(s)"
    )
}

pub fn created_default(ledger: &str) -> String {
    format!("created a new ledger at {ledger} with the built-in letter of 2025-05-19")
}

pub fn backed_up(ledger: &str, to: &str) -> String {
    format!("backed up {ledger} to {to}\n")
}

pub fn restored(ledger: &str, from: &str, counts: (i64, i64, i64)) -> String {
    let (letters, pledges, notes) = counts;
    format!(
        "restored {ledger} from {from}: {letters} letter(s), {pledges} pledge(s), {notes} note(s)\n"
    )
}

pub fn replaced_kept(aside: &str) -> String {
    format!("the ledger it replaced is kept as {aside}\n")
}

pub fn leftover_kept(from: &str, to: &str) -> String {
    format!("no ledger was there; {from} (left from an earlier one) is kept as {to}\n")
}

pub fn report_written(path: &str) -> String {
    format!("report written to {path}")
}

/// `--fail-if-overdue`'s message.
pub fn overdue_flagged(late: usize, as_of: NaiveDate) -> String {
    let are = if late == 1 { " is" } else { "s are" };
    format!("{late} pledge{are} overdue as of {}", day(as_of))
}

// `pledge list`.

/// The table's headings: id, status, title, owner, deadline, due, progress, last note.
pub fn list_headings() -> [&'static str; 8] {
    [
        "ID",
        "STATUS",
        "TITLE",
        "OWNER",
        "DEADLINE",
        "DUE",
        "PROGRESS",
        "LAST NOTE",
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
    "no pledges match"
}

pub fn list_footer(shown: usize, overdue: usize, today: NaiveDate) -> String {
    let pledges = if shown == 1 { "pledge" } else { "pledges" };
    format!(
        "{shown} {pledges}, {overdue} overdue as of {} (! marks overdue)",
        day(today)
    )
}

// `pledge show`.

/// A label of `pledge show`'s fields.
pub fn label(l: Label) -> &'static str {
    match l {
        Label::Status => "status",
        Label::Owner => "owner",
        Label::Deadline => "deadline",
        Label::Target => "target",
        Label::Progress => "progress",
        Label::PartOf => "part of",
        Label::SubItems => "sub-items",
        Label::Created => "created",
        Label::Updated => "updated",
    }
}

/// The status with how it stands against its deadline: "pending (12d left as of 2026-11-28)".
pub fn status_due(status: &str, due: &str, today: NaiveDate) -> String {
    format!("{status} ({due} as of {})", day(today))
}

/// A deadline with the letter's words for it: "2025-12-31 ("年底前")", or "none".
pub fn deadline(on: Option<NaiveDate>, words: Option<&str>) -> String {
    let on = on.map_or_else(|| "none".to_string(), day);
    match words {
        Some(w) => format!("{on} (\"{w}\")"),
        None => on,
    }
}

/// A target with the letter's words for it: "30 家 — 培育 30 家".
pub fn target(target: &str, words: Option<&str>) -> String {
    match words {
        Some(w) => format!("{target} — {w}"),
        None => target.to_string(),
    }
}

pub fn no_progress_reported() -> &'static str {
    "none reported"
}

pub fn quote_heading() -> &'static str {
    "Quote"
}

pub fn notes_heading(count: usize) -> String {
    format!("Notes ({count}, newest first)")
}

pub fn history_heading() -> &'static str {
    "History"
}

/// What a note set besides its text: "  progress 12  status → done".
pub fn note_sets(progress: Option<String>, status: Option<&str>) -> String {
    let mut s = String::new();
    if let Some(q) = progress {
        s.push_str(&format!("  progress {q}"));
    }
    if let Some(st) = status {
        s.push_str(&format!("  status → {st}"));
    }
    s
}

/// A pledge's first entry in its history.
pub fn history_created() -> &'static str {
    "created"
}

/// One change in a pledge's history.
pub fn history_change(field: &str, old: &str, new: &str) -> String {
    format!("{field}: {old} → {new}")
}

pub fn history_why(reason: &str) -> String {
    format!("  why: {reason}")
}

// `pledge import-letter`.

pub fn letter_already_in(id: i64) -> String {
    format!("this letter is already in the ledger (letter #{id}); nothing added")
}

pub fn review_left() -> &'static str {
    "review left without saving; nothing added"
}

/// `pledge list --format csv`'s first row, one heading per field of a pledge.
pub fn csv_headings() -> [&'static str; 14] {
    [
        "id",
        "status",
        "title",
        "owner",
        "deadline",
        "deadline_text",
        "days_overdue",
        "target_quantity",
        "target_unit",
        "target_text",
        "progress",
        "last_note_on",
        "parent",
        "letter",
    ]
}
