//! How values are shown and why a value was refused: field names, the rules of `problem`,
//! statuses, deadlines against today, and a letter's citation.

use chrono::NaiveDate;

use crate::model::{Due, Status};
use crate::problem::{Field, Invalid, Problem};

/// What every date field accepts, quoted whenever one is refused.
pub fn date_accepted() -> &'static str {
    "a real calendar date written YYYY-MM-DD (e.g. 2025-12-31), from 1900-01-01 to 9999-12-31"
}

/// A field as a person calls it (a form's label, or what a command's option sets).
pub fn field(f: Field) -> &'static str {
    match f {
        Field::Title => "title",
        Field::Owner => "owner",
        Field::Deadline => "deadline",
        Field::DeadlineText => "deadline as written",
        Field::Status => "status",
        Field::Target => "target",
        Field::Unit => "unit",
        Field::Progress => "progress",
        Field::Quote => "quote",
        Field::Parent => "parent",
        Field::Letter => "letter",
        Field::Note => "note",
        Field::On => "date",
        Field::Author => "author",
        Field::Reason => "reason",
        Field::Id => "id",
        Field::Today => "today",
        Field::Search => "search",
        Field::Limit => "limit",
        Field::TargetText => "target wording",
        Field::Lead => crate::ts!("bodies-field-lead"),
        Field::CoOwner => crate::ts!("bodies-field-co-owner"),
        Field::Body => crate::ts!("bodies-field-body"),
        Field::Alias => crate::ts!("bodies-field-alias"),
    }
}

/// Why the rule refused the value, and what it accepts.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::DateShape => format!("not in the form YYYY-MM-DD; expected {}", date_accepted()),
        Problem::DateYear(y) => format!("year {y} is out of range; expected {}", date_accepted()),
        Problem::NoSuchDay => format!(
            "there is no such day in the calendar; expected {}",
            date_accepted()
        ),
        Problem::AfterToday { today } => format!(
            "is after today ({}); a note records progress that has happened",
            crate::date::format(*today)
        ),
        Problem::UnknownStatus => {
            format!("unknown status; expected one of {}", statuses_accepted())
        }
        Problem::NotANumber => {
            "not a number; expected a number of zero or more, e.g. 30 or 2.5".into()
        }
        Problem::NotAQuantity => "expected a number of zero or more, e.g. 30 or 2.5".into(),
        Problem::NoteTooLarge { bytes } => format!(
            "the note is {:.1} MB; a note holds at most 1 MB ({} bytes)",
            *bytes as f64 / 1_048_576.0,
            crate::model::MAX_NOTE_BYTES
        ),
        Problem::Empty => "expected some text, not an empty value".into(),
        Problem::NotAnId => {
            "expected a pledge id: a whole number of 1 or more, as `pledge list` shows".into()
        }
        Problem::TooLong { max_bytes } => {
            format!("too long; this field holds at most {max_bytes} bytes on one line")
        }
        Problem::WithoutTarget => {
            "describes a target; give the target number too, or leave this field empty".into()
        }
    }
}

/// A parser's message whose last part is a rule's key (serde reports the core's refusals so),
/// with that key worded.
pub fn parser_words(words: &str) -> String {
    let Some((head, key)) = words.rsplit_once(": ") else {
        return words.to_string();
    };
    let worded = match key {
        "date-shape" => problem(&Problem::DateShape),
        "date-year" => format!("the year is out of range; expected {}", date_accepted()),
        "no-such-day" => problem(&Problem::NoSuchDay),
        "unknown-status" => problem(&Problem::UnknownStatus),
        "not-a-number" => problem(&Problem::NotANumber),
        "not-a-quantity" => problem(&Problem::NotAQuantity),
        _ => return words.to_string(),
    };
    format!("{head}: {worded}")
}

/// The whole refusal: field, value (made inert) and rule.
pub fn invalid(i: &Invalid) -> String {
    format!(
        "{} {:?}: {}",
        field(i.field),
        crate::text::inert(&i.value),
        problem(&i.problem)
    )
}

/// Every accepted spelling of a status, for refusals.
pub fn statuses_accepted() -> String {
    Status::ALL
        .map(|st| {
            crate::t!(
                "values-status-choice",
                keyword = st.as_str(),
                label = status(st)
            )
        })
        .join(crate::ts!("values-separator"))
}

/// A status as typed: its keyword (`in_progress`, `in-progress`) or its label in either
/// language (`推进中`).
pub fn parse_status(typed: &str) -> Result<Status, Problem> {
    typed.parse().or_else(|refused| {
        let typed = typed.trim();
        Status::ALL
            .into_iter()
            .find(|&st| {
                super::lang::Lang::ALL
                    .into_iter()
                    .any(|l| super::lang::with(l, || status(st)) == typed)
            })
            .ok_or(refused)
    })
}

/// A status as tables and screens show it.
pub fn status(s: Status) -> &'static str {
    match s {
        Status::Pending => crate::ts!("values-status-pending"),
        Status::InProgress => crate::ts!("values-status-in-progress"),
        Status::Stalled => crate::ts!("values-status-stalled"),
        Status::Done => crate::ts!("values-status-done"),
        Status::Partial => crate::ts!("values-status-partial"),
        Status::Dropped => crate::ts!("values-status-dropped"),
    }
}

/// "332d overdue", "12d left", "due today", or "" (no deadline, or closed).
pub fn due(d: Option<Due>) -> String {
    match d {
        None => String::new(),
        Some(Due::Overdue(late)) => crate::t!("values-due-overdue", days = late),
        Some(Due::Today) => crate::t!("values-due-today"),
        Some(Due::Left(days)) => crate::t!("values-due-left", days = days),
    }
}

/// A letter's citation.
pub fn letter(l: &crate::model::Letter) -> String {
    citation(&l.issuer, l.issued_on, &l.addressee, &l.title)
}

/// "吉林省科学技术厅, 2025-05-19, reply to 朱立伟委员: 《…》", as reports and pages cite a letter.
pub fn citation(issuer: &str, issued_on: NaiveDate, addressee: &str, title: &str) -> String {
    format!(
        "{issuer}, {}, reply to {addressee}: 《{title}》",
        crate::date::format(issued_on)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_value_names_its_field_the_value_and_what_is_accepted() {
        let bad = Invalid::new(Field::On, "2026-02-30", Problem::NoSuchDay);
        let text = invalid(&bad);
        assert!(
            text.contains("2026-02-30") && text.contains("YYYY-MM-DD"),
            "{text}"
        );
        let status = problem(&Problem::UnknownStatus);
        assert!(status.contains("pending, in_progress, stalled, done, partial, dropped"));
    }

    #[test]
    fn a_parsers_key_is_worded_and_other_text_kept() {
        let worded = parser_words("notes[0]: \"2026-02-30\": no-such-day");
        assert!(worded.starts_with("notes[0]: \"2026-02-30\": there is no such day"));
        assert!(worded.contains("YYYY-MM-DD"), "{worded}");
        assert_eq!(parser_words("invalid type: map"), "invalid type: map");
        assert_eq!(parser_words("a: b"), "a: b");
    }

    #[test]
    fn due_reads_as_days_against_today() {
        assert_eq!(due(Some(Due::Overdue(332))), "332d overdue");
        assert_eq!(due(Some(Due::Left(12))), "12d left");
        assert_eq!(due(Some(Due::Today)), "due today");
        assert_eq!(due(None), "");
    }
}
