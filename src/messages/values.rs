//! How values are shown and why a value was refused: field names, the rules of `problem`,
//! statuses, deadlines against today, and a letter's citation.

use chrono::NaiveDate;

use crate::model::{Due, Status};
use crate::problem::{Field, Invalid, Problem};

/// What every date field and option accepts, quoted whenever one is refused.
pub fn date_accepted() -> &'static str {
    crate::ts!("values-date-accepted")
}

/// What a date in a file read back (an export, built-in data) must be: the stored form only.
pub fn date_accepted_in_files() -> &'static str {
    crate::ts!("values-date-accepted-in-files")
}

/// A field as a person calls it (a form's label, or what a command's option sets).
pub fn field(f: Field) -> &'static str {
    match f {
        Field::Title => crate::ts!("values-field-title"),
        Field::Owner => crate::ts!("values-field-owner"),
        Field::Deadline => crate::ts!("values-field-deadline"),
        Field::DeadlineText => crate::ts!("values-field-deadline-text"),
        Field::Status => crate::ts!("values-field-status"),
        Field::Target => crate::ts!("values-field-target"),
        Field::Unit => crate::ts!("values-field-unit"),
        Field::Progress => crate::ts!("values-field-progress"),
        Field::Quote => crate::ts!("values-field-quote"),
        Field::Parent => crate::ts!("values-field-parent"),
        Field::Letter => crate::ts!("values-field-letter"),
        Field::Note => crate::ts!("values-field-note"),
        Field::On => crate::ts!("values-field-on"),
        Field::Author => crate::ts!("values-field-author"),
        Field::Reason => crate::ts!("values-field-reason"),
        Field::Id => crate::ts!("values-field-id"),
        Field::Today => crate::ts!("values-field-today"),
        Field::Search => crate::ts!("values-field-search"),
        Field::Limit => crate::ts!("values-field-limit"),
        Field::TargetText => crate::ts!("values-field-target-text"),
        Field::Lead => crate::ts!("bodies-field-lead"),
        Field::CoOwner => crate::ts!("bodies-field-co-owner"),
        Field::Body => crate::ts!("bodies-field-body"),
        Field::Alias => crate::ts!("bodies-field-alias"),
        other => super::letters::field(other)
            .or_else(|| super::bodies::field(other))
            .unwrap_or_default(),
    }
}

/// Why the rule refused the value, and what it accepts.
pub fn problem(p: &Problem) -> String {
    let accepted = date_accepted();
    match p {
        Problem::DateShape => crate::t!("values-problem-date-shape", accepted = accepted),
        Problem::DateYear(y) => crate::t!(
            "values-problem-date-year",
            year = y.to_string(),
            accepted = accepted
        ),
        Problem::NoSuchDay => crate::t!("values-problem-no-such-day", accepted = accepted),
        Problem::AfterToday { today } => crate::t!(
            "values-problem-after-today",
            today = crate::date::format(*today)
        ),
        Problem::UnknownStatus => {
            crate::t!(
                "values-problem-unknown-status",
                accepted = statuses_accepted()
            )
        }
        Problem::NotANumber => crate::t!("values-problem-not-a-number"),
        Problem::NotAQuantity => crate::t!("values-problem-not-a-quantity"),
        Problem::NoteTooLarge { bytes } => crate::t!(
            "values-problem-note-too-large",
            mb = format!("{:.1}", *bytes as f64 / 1_048_576.0),
            max = crate::model::MAX_NOTE_BYTES.to_string()
        ),
        Problem::Empty => crate::t!("values-problem-empty"),
        Problem::NotAnId => crate::t!("values-problem-not-an-id"),
        Problem::TooLong { max_bytes } => {
            crate::t!("values-problem-too-long", max = max_bytes.to_string())
        }
        Problem::WithoutTarget => crate::t!("values-problem-without-target"),
        other => super::letters::problem(other).unwrap_or_default(),
    }
}

/// A parser's message whose last part is a rule's key (serde reports the core's refusals so),
/// with that key worded. These are files read back, so dates are the stored form only.
pub fn parser_words(words: &str) -> String {
    let Some((head, key)) = words.rsplit_once(": ") else {
        return words.to_string();
    };
    let accepted = date_accepted_in_files();
    let worded = match key {
        "date-shape" => crate::t!("values-file-date-shape", accepted = accepted),
        "date-year" => crate::t!("values-file-date-year", accepted = accepted),
        "no-such-day" => crate::t!("values-problem-no-such-day", accepted = accepted),
        "unknown-status" => problem(&Problem::UnknownStatus),
        "not-a-number" => problem(&Problem::NotANumber),
        "not-a-quantity" => problem(&Problem::NotAQuantity),
        _ => return words.to_string(),
    };
    crate::t!("values-parser-words", head = head, worded = worded)
}

/// The whole refusal: field, value (made inert) and rule.
pub fn invalid(i: &Invalid) -> String {
    if let Problem::ReasonNeeded(what) = i.problem {
        return super::letters::reason_needed(what);
    }
    crate::t!(
        "values-invalid",
        field = field(i.field),
        value = format!("{:?}", crate::text::inert(&i.value)),
        problem = problem(&i.problem)
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
    crate::t!(
        "values-citation",
        issuer = issuer,
        date = prose_date(issued_on),
        addressee = addressee,
        title = title
    )
}

/// A date in a sentence: ISO in English, 2025年5月19日 in Chinese. Tables and JSON stay ISO.
pub fn prose_date(day: NaiveDate) -> String {
    use chrono::Datelike;
    crate::t!(
        "values-date",
        iso = crate::date::format(day),
        year = day.year().to_string(),
        month = day.month().to_string(),
        day = day.day().to_string()
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
    fn a_refusal_reads_in_chinese_with_the_field_the_value_and_the_forms_accepted() {
        use crate::messages::lang::{Lang, with};
        let bad = Invalid::new(Field::On, "2026年2月30日", Problem::NoSuchDay);
        let text = with(Lang::Zh, || invalid(&bad));
        assert!(
            text.starts_with("日期 \"2026年2月30日\"：日历上没有这一天；应为"),
            "{text}"
        );
        assert!(text.contains("2025/6/30") && text.contains("2025年6月30日"));
        let english = with(Lang::En, || invalid(&bad));
        assert!(english.starts_with("date \"2026年2月30日\": there is no such day"));
        assert!(english.contains("2025.6.30"), "{english}");
        // A file read back takes the stored form only, and says so.
        let file = with(Lang::Zh, || {
            parser_words("notes[0]: \"2026/2/3\": date-shape")
        });
        assert!(
            file.starts_with("notes[0]: \"2026/2/3\"：不是 YYYY-MM-DD 格式"),
            "{file}"
        );
        assert!(!file.contains("2025/6/30"), "{file}");
    }

    #[test]
    fn a_letter_is_cited_in_the_language_with_its_date_in_prose() {
        use crate::messages::lang::{Lang, with};
        let day = NaiveDate::from_ymd_opt(2025, 5, 19).unwrap_or_default();
        let zh = with(Lang::Zh, || {
            citation("吉林省科学技术厅", day, "朱立伟委员", "建议")
        });
        assert_eq!(
            zh,
            "吉林省科学技术厅，2025年5月19日，答复朱立伟委员：《建议》"
        );
        let en = with(Lang::En, || {
            citation("吉林省科学技术厅", day, "朱立伟委员", "建议")
        });
        assert_eq!(
            en,
            "吉林省科学技术厅, 2025-05-19, reply to 朱立伟委员: 《建议》"
        );
        let zh = with(Lang::Zh, || field(Field::Owner));
        assert_eq!(zh, "承办单位");
    }

    #[test]
    fn due_reads_as_days_against_today() {
        assert_eq!(due(Some(Due::Overdue(332))), "332d overdue");
        assert_eq!(due(Some(Due::Left(12))), "12d left");
        assert_eq!(due(Some(Due::Today)), "due today");
        assert_eq!(due(None), "");
    }
}
