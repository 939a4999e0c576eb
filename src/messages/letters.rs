//! The words of letters (`pledge letters`, `letter show`, `letter set`), of their metadata,
//! and of deadlines that moved or were cleared, wherever those are shown.

use chrono::NaiveDate;

use crate::model::{Category, LetterKind};
use crate::problem::{Field, Problem};

/// The fields this area added, as a refusal names them.
pub fn field(f: Field) -> Option<&'static str> {
    Some(match f {
        Field::Member => crate::ts!("letters-field-member"),
        Field::Kind => crate::ts!("letters-field-kind"),
        Field::Category => crate::ts!("letters-field-category"),
        Field::Contact => crate::ts!("letters-field-contact"),
        Field::Phone => crate::ts!("letters-field-phone"),
        Field::ReportedBy => crate::ts!("letters-field-reported-by"),
        Field::Evidence => crate::ts!("letters-field-evidence"),
        Field::Reference => crate::ts!("letters-field-reference"),
        _ => return None,
    })
}

/// The rules this area added, with what each accepts.
pub fn problem(p: &Problem) -> Option<String> {
    Some(match p {
        Problem::UnknownKind => crate::t!("letters-problem-unknown-kind"),
        Problem::UnknownCategory => crate::t!("letters-problem-unknown-category"),
        Problem::NothingToConfirm => crate::t!("letters-problem-nothing-to-confirm"),
        Problem::NoSuchLetter => crate::t!("letters-problem-no-such-letter"),
        Problem::ReasonNeeded(what) => reason_needed(*what),
        _ => return None,
    })
}

/// A change history asks the reason of, given none: what needs it and the option to give.
pub fn reason_needed(what: crate::problem::Explained) -> String {
    use crate::problem::Explained;
    match what {
        Explained::Move => crate::t!("letters-reason-needed-move"),
        Explained::Clear => crate::t!("letters-reason-needed-clear"),
        Explained::Close => crate::t!("letters-reason-needed-close"),
        Explained::Reopen => crate::t!("letters-reason-needed-reopen"),
    }
}

pub fn kind(k: LetterKind) -> &'static str {
    match k {
        LetterKind::Suggestion => crate::ts!("letters-kind-suggestion"),
        LetterKind::Proposal => crate::ts!("letters-kind-proposal"),
    }
}

/// "A" in English, "A类" in Chinese.
pub fn category(c: Category) -> String {
    crate::t!("letters-category", category = c.as_str())
}

/// The columns of `pledge letters`.
pub fn headings() -> [&'static str; 11] {
    [
        crate::ts!("letters-heading-id"),
        crate::ts!("letters-heading-issuer"),
        crate::ts!("letters-heading-member"),
        crate::ts!("letters-heading-title"),
        crate::ts!("letters-heading-date"),
        crate::ts!("letters-heading-reference"),
        crate::ts!("letters-heading-category"),
        crate::ts!("letters-heading-pledges"),
        crate::ts!("letters-heading-open"),
        crate::ts!("letters-heading-overdue"),
        crate::ts!("letters-heading-done"),
    ]
}

pub fn flag_heading() -> &'static str {
    crate::ts!("letters-heading-flag")
}

/// The mark of a letter claiming A类 while some of its pledges are overdue or dropped.
pub fn not_kept() -> &'static str {
    crate::ts!("letters-not-kept")
}

pub fn none() -> &'static str {
    crate::ts!("letters-none")
}

pub fn footer(n: usize, flagged: usize) -> String {
    crate::t!("letters-footer", n = n, flagged = flagged)
}

/// A field of `letter show`'s page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Issuer,
    Addressee,
    Member,
    Kind,
    Title,
    Date,
    Reference,
    Category,
    Contact,
    Phone,
    Pledges,
}

pub fn label(l: Label) -> &'static str {
    match l {
        Label::Issuer => crate::ts!("letters-label-issuer"),
        Label::Addressee => crate::ts!("letters-label-addressee"),
        Label::Member => crate::ts!("letters-label-member"),
        Label::Kind => crate::ts!("letters-label-kind"),
        Label::Title => crate::ts!("letters-label-title"),
        Label::Date => crate::ts!("letters-label-date"),
        Label::Reference => crate::ts!("letters-label-reference"),
        Label::Category => crate::ts!("letters-label-category"),
        Label::Contact => crate::ts!("letters-label-contact"),
        Label::Phone => crate::ts!("letters-label-phone"),
        Label::Pledges => crate::ts!("letters-label-pledges"),
    }
}

pub fn counts(pledges: i64, open: i64, overdue: i64, done: i64, dropped: i64) -> String {
    crate::t!(
        "letters-counts",
        pledges = pledges,
        open = open,
        overdue = overdue,
        done = done,
        dropped = dropped
    )
}

pub fn not_kept_line(overdue: i64, dropped: i64) -> String {
    crate::t!(
        "letters-not-kept-line",
        overdue = overdue,
        dropped = dropped
    )
}

pub fn text_heading() -> &'static str {
    crate::ts!("letters-text-heading")
}

pub fn pledges_heading() -> &'static str {
    crate::ts!("letters-pledges-heading")
}

pub fn no_pledges() -> &'static str {
    crate::ts!("letters-no-pledges")
}

pub fn changed(id: i64, field: &str, old: &str, new: &str) -> String {
    crate::t!(
        "letters-changed",
        id = id.to_string(),
        field = field,
        old = old,
        new = new
    ) + "\n"
}

pub fn unchanged(id: i64) -> String {
    crate::t!("letters-unchanged", id = id.to_string())
}

pub fn confirmed(id: i64, deadline: NaiveDate) -> String {
    crate::t!(
        "letters-confirmed",
        id = id.to_string(),
        deadline = crate::date::format(deadline)
    )
}

/// "moved 2 times, originally 2025-12-31" / "延期2次，原定2025年12月31日": the report's mark.
pub fn moved(n: i64, original: NaiveDate) -> String {
    crate::t!(
        "letters-moved",
        n = n,
        original = super::report::prose_date(original)
    )
}

/// The report's mark of a deadline cleared while overdue and not yet confirmed.
pub fn cleared(deadline: NaiveDate) -> String {
    crate::t!(
        "letters-cleared",
        deadline = super::report::prose_date(deadline)
    )
}

pub fn reported_by(body: &str) -> String {
    crate::t!("letters-reported-by", body = body)
}

pub fn evidence(evidence: &str) -> String {
    crate::t!("letters-evidence", evidence = evidence)
}

/// A history reason that names the note which set a status and the why given with it.
pub fn reason_note_why(note: i64, why: &str) -> String {
    crate::t!(
        "letters-reason-note-why",
        note = note.to_string(),
        why = why
    )
}

/// `show`'s deadline line addition for a moved deadline.
pub fn original_deadline(original: NaiveDate, n: i64) -> String {
    crate::t!(
        "letters-original-deadline",
        original = crate::date::format(original),
        n = n
    )
}

/// A report item's title with its deadline's marks: moved, cleared while overdue.
pub fn title_marked(title: &str, marks: &[String]) -> String {
    crate::t!(
        "letters-title-marked",
        title = title,
        mark = marks.join(crate::ts!("letters-mark-separator"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::lang::{Lang, with};

    #[test]
    fn marks_and_evidence_in_both_languages() {
        let day = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap_or_default();
        let note = crate::model::Note {
            id: 3,
            pledge: 17,
            on: day,
            written_at: String::new(),
            author: "李".into(),
            body: "进展".into(),
            body_hex: None,
            progress: None,
            status: None,
            reported_by: Some("省商务厅".into()),
            evidence: Some("吉科办〔2025〕12号".into()),
        };
        let en = with(Lang::En, || {
            (
                moved(2, day),
                cleared(day),
                title_marked("t", &[moved(1, day), not_kept().to_string()]),
                crate::messages::tui::page::note_head(&note, false),
            )
        });
        assert_eq!(en.0, "moved 2 times, originally 2025-12-31");
        assert_eq!(
            en.1,
            "deadline 2025-12-31 cleared while overdue, awaiting confirmation"
        );
        assert_eq!(
            en.2,
            "t (moved once, originally 2025-12-31; claims A, not kept)"
        );
        assert!(
            en.3.contains("evidence: 吉科办〔2025〕12号  #3"),
            "{}",
            en.3
        );
        let zh = with(Lang::Zh, || {
            (
                moved(2, day),
                cleared(day),
                title_marked("t", &[moved(1, day), not_kept().to_string()]),
                crate::messages::tui::page::note_head(&note, false),
            )
        });
        assert_eq!(zh.0, "延期2次，原定2025年12月31日");
        assert_eq!(zh.1, "逾期后撤销时限（原定2025年12月31日），待督查室确认");
        assert_eq!(zh.2, "t（延期1次，原定2025年12月31日；称A类，未兑现）");
        assert!(zh.3.contains("佐证：吉科办〔2025〕12号"), "{}", zh.3);
    }
}
