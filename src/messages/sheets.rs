//! The request sheets' words: the sheet's own labels (in the language of the command that
//! writes it), and what `request` and `collect` say, troubles with where they are.

use chrono::NaiveDate;

use crate::error::sheet::{Found, Place, Refusal, Trouble};
use crate::model::{Note, Status};
use crate::sheet::{Column, a1, column_name};
use crate::text::inert_line;

pub fn sheet_name() -> &'static str {
    crate::ts!("sheets-sheet-name")
}

/// What every sheet's file name opens with: `催办单`.
pub fn file_stem() -> &'static str {
    crate::ts!("sheets-file-stem")
}

pub fn title(body: &str, as_of: NaiveDate) -> String {
    crate::t!(
        "sheets-title",
        body = body,
        date = super::values::prose_date(as_of)
    )
}

pub fn instructions() -> String {
    let labels: Vec<&str> = Status::ALL
        .into_iter()
        .filter(|s| !s.is_open())
        .map(super::values::status)
        .collect();
    crate::t!(
        "sheets-instructions",
        closing = labels.join(crate::ts!("sheets-separator"))
    )
}

pub fn heading(c: Column) -> &'static str {
    match c {
        Column::Id => crate::ts!("sheets-heading-id"),
        Column::Title => crate::ts!("sheets-heading-title"),
        Column::Quote => crate::ts!("sheets-heading-quote"),
        Column::Deadline => crate::ts!("sheets-heading-deadline"),
        Column::Target => crate::ts!("sheets-heading-target"),
        Column::Role => crate::ts!("sheets-heading-role"),
        Column::LastProgress => crate::ts!("sheets-heading-last-progress"),
        Column::Note => crate::ts!("sheets-heading-note"),
        Column::On => crate::ts!("sheets-heading-on"),
        Column::Quantity => crate::ts!("sheets-heading-quantity"),
        Column::Status => crate::ts!("sheets-heading-status"),
        Column::Evidence => crate::ts!("sheets-heading-evidence"),
        Column::Key => crate::ts!("sheets-heading-key"),
    }
}

pub fn status_hint() -> &'static str {
    crate::ts!("sheets-status-hint")
}

pub fn status_refused() -> &'static str {
    crate::ts!("sheets-status-refused")
}

pub fn date_hint() -> &'static str {
    crate::ts!("sheets-date-hint")
}

pub fn date_refused() -> &'static str {
    crate::ts!("sheets-date-refused")
}

pub fn quantity_hint() -> &'static str {
    crate::ts!("sheets-quantity-hint")
}

pub fn quantity_refused() -> &'static str {
    crate::ts!("sheets-quantity-refused")
}

/// The deadline column: the day, the letter's words, or both.
pub fn deadline(day: Option<NaiveDate>, text: Option<&str>) -> String {
    match (day, text.filter(|t| !t.trim().is_empty())) {
        (Some(d), Some(t)) => crate::t!(
            "sheets-deadline-both",
            date = crate::date::format(d),
            text = t
        ),
        (Some(d), None) => crate::date::format(d),
        (None, Some(t)) => t.to_string(),
        (None, None) => String::new(),
    }
}

/// The last-progress column: the latest note's day, progress and text.
pub fn last_note(note: Option<&Note>, progress: String) -> String {
    match note {
        None => crate::t!("sheets-no-note"),
        Some(n) if progress.is_empty() => crate::t!(
            "sheets-last-note",
            date = crate::date::format(n.on),
            body = n.body.as_str()
        ),
        Some(n) => crate::t!(
            "sheets-last-note-progress",
            date = crate::date::format(n.on),
            progress = progress,
            body = n.body.as_str()
        ),
    }
}

pub fn written(path: &str, count: usize) -> String {
    crate::t!("sheets-written", path = path, count = count)
}

pub fn nothing_to_ask(body: &str) -> String {
    crate::t!("sheets-nothing-to-ask", body = inert_line(body))
}

pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::NotAFolder { path } => {
            crate::t!("sheets-not-a-folder", path = crate::files::shown(path))
        }
        Refusal::NothingToAsk { body } => nothing_to_ask(body),
        Refusal::NoOpenPledges => crate::t!("sheets-no-open-pledges"),
        Refusal::NotWritten { detail } => {
            crate::t!("sheets-not-written", detail = inert_line(detail))
        }
        Refusal::Bad { count } => {
            let count = *count;
            crate::t!("sheets-bad", count = count)
        }
        Refusal::TooManyFiles { given, limit } => crate::t!(
            "sheets-too-many-files",
            given = given.to_string(),
            limit = limit.to_string()
        ),
        Refusal::NeedsAnswer => crate::t!("sheets-needs-answer"),
    }
}

/// Where a trouble is, as precisely as known: file, sheet, row and column (`K5`).
pub fn place(p: &Place) -> String {
    let file = crate::files::shown(&p.file);
    match (&p.sheet, p.row, p.column) {
        (Some(sheet), Some(row), Some(col)) => crate::t!(
            "sheets-place-cell",
            file = file,
            sheet = inert_line(sheet),
            row = (u64::from(row) + 1).to_string(),
            column = column_name(col),
            cell = a1(row, col)
        ),
        (Some(sheet), _, _) => {
            crate::t!("sheets-place-sheet", file = file, sheet = inert_line(sheet))
        }
        (None, _, _) => crate::t!("sheets-place-file", file = file),
    }
}

/// What is wrong, without where.
pub fn trouble(t: &Trouble) -> String {
    match t {
        Trouble::UnknownKind { extension } => crate::t!(
            "sheets-trouble-unknown-kind",
            extension = match extension {
                Some(e) => format!(".{}", inert_line(e)),
                None => "—".to_string(),
            }
        ),
        Trouble::Directory => crate::t!("sheets-trouble-directory"),
        Trouble::NotAFile => crate::t!("sheets-trouble-not-a-file"),
        Trouble::Empty => crate::t!("sheets-trouble-empty"),
        Trouble::TooLarge { bytes, limit } => crate::t!(
            "sheets-trouble-too-large",
            bytes = bytes.to_string(),
            limit = (limit >> 20).to_string()
        ),
        Trouble::Inflates { limit } => {
            crate::t!("sheets-trouble-inflates", limit = (limit >> 20).to_string())
        }
        Trouble::Io(e) => {
            let detail = e.to_string();
            crate::t!("sheets-trouble-io", detail = inert_line(&detail))
        }
        Trouble::Unreadable { detail } => {
            crate::t!("sheets-trouble-unreadable", detail = inert_line(detail))
        }
        Trouble::NotARequest => crate::t!("sheets-trouble-not-a-request"),
        Trouble::TooManyRows { limit } => {
            let limit = *limit;
            crate::t!("sheets-trouble-too-many-rows", limit = limit)
        }
        Trouble::OtherLedger { fingerprint } => crate::t!(
            "sheets-trouble-other-ledger",
            fingerprint = inert_line(fingerprint)
        ),
        Trouble::MarkAltered => crate::t!("sheets-trouble-mark-altered"),
        Trouble::ColumnsMoved { found } => crate::t!(
            "sheets-trouble-columns-moved",
            found = column_name(*found),
            expected = Column::Key.letter()
        ),
        Trouble::BodyGone { body } => {
            crate::t!("sheets-trouble-body-gone", body = body.to_string())
        }
        Trouble::RowWithoutMark => crate::t!("sheets-trouble-row-without-mark"),
        Trouble::RowMarkAltered => crate::t!("sheets-trouble-row-mark-altered"),
        Trouble::IdDiffers { shown, marked } => crate::t!(
            "sheets-trouble-id-differs",
            shown = format!("{:?}", inert_line(shown)),
            marked = marked.to_string()
        ),
        Trouble::Twice { pledge, first } => crate::t!(
            "sheets-trouble-twice",
            pledge = pledge.to_string(),
            first = (u64::from(*first) + 1).to_string()
        ),
        Trouble::Conflicts { pledge, other } => crate::t!(
            "sheets-trouble-conflicts",
            pledge = pledge.to_string(),
            other = place(other)
        ),
        Trouble::NoSuchPledge { pledge } => {
            crate::t!("sheets-trouble-no-such-pledge", pledge = pledge.to_string())
        }
        Trouble::Cell(invalid) => super::values::invalid(invalid),
    }
}

/// One trouble on its line: where, then what.
pub fn found(f: &Found) -> String {
    crate::t!(
        "sheets-found",
        place = place(&f.place),
        trouble = trouble(&f.trouble)
    )
}

/// A sheet read: whose, as of when.
pub fn sheet_read(p: &Place, body: &str, as_of: NaiveDate) -> String {
    crate::t!(
        "sheets-sheet-read",
        place = place(p),
        body = inert_line(body),
        date = super::values::prose_date(as_of)
    )
}

/// A row to add: where it is, the pledge, and what it reports.
pub fn plan_row(
    p: &Place,
    pledge: i64,
    title: &str,
    on: NaiveDate,
    note: &str,
    extras: &[String],
) -> String {
    let first = note.lines().next().unwrap_or_default();
    crate::t!(
        "sheets-plan-row",
        cell = p
            .row
            .zip(p.column)
            .map(|(r, c)| a1(r, c))
            .unwrap_or_default(),
        pledge = pledge,
        title = crate::text::truncate(&inert_line(title), 24).into_owned(),
        date = crate::date::format(on),
        note = crate::text::truncate(&inert_line(first), 40).into_owned(),
        extras = extras.concat()
    )
}

pub fn plan_quantity(q: &str) -> String {
    crate::t!("sheets-plan-quantity", quantity = q)
}

pub fn plan_status(from: Status, to: Status) -> String {
    crate::t!(
        "sheets-plan-status",
        from = super::values::status(from),
        to = super::values::status(to)
    )
}

pub fn plan_evidence(e: &str) -> String {
    crate::t!(
        "sheets-plan-evidence",
        evidence = crate::text::truncate(&inert_line(e), 30).into_owned()
    )
}

/// A row collected before, left out; `changed` when it says something else now.
pub fn again(p: &Place, note: i64, changed: bool) -> String {
    if changed {
        crate::t!("sheets-again-changed", place = place(p), note = note)
    } else {
        crate::t!("sheets-again", place = place(p), note = note)
    }
}

pub fn summary(rows: usize, empty: usize, again: usize, bad: usize) -> String {
    crate::t!(
        "sheets-summary",
        rows = rows,
        empty = empty,
        again = again,
        bad = bad
    )
}

pub fn ask(count: usize) -> String {
    crate::t!("sheets-ask", count = count)
}

pub fn declined() -> String {
    crate::t!("sheets-declined")
}

pub fn dry_run() -> String {
    crate::t!("sheets-dry-run")
}

pub fn nothing() -> String {
    crate::t!("sheets-nothing")
}

pub fn added(count: usize, first: i64, last: i64) -> String {
    crate::t!("sheets-added", count = count, first = first, last = last)
}
