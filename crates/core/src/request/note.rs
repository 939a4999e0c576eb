//! A note to add, and the withdrawal of one entered by mistake.

use chrono::NaiveDate;

use super::{checked_reason, optional, required, status_explained};
use crate::model::{Change, Quantity, Status, check_note_date, check_note_size};
use crate::problem::{Field, Invalid};

/// A note to add. A status given with it changes the pledge's status too (recorded in history).
#[derive(Debug, Clone, PartialEq)]
pub struct NewNote {
    pub pledge: i64,
    pub on: NaiveDate,
    pub author: String,
    pub body: String,
    pub progress: Option<Quantity>,
    pub status: Option<Status>,
    /// Why the status changes, when it closes or reopens the pledge (then required).
    pub why: Option<String>,
    /// The body that reported the progress; none means the pledge's owner.
    pub reported_by: Option<String>,
    /// What backs the note: a URL, a document number, a file name.
    pub evidence: Option<String>,
}

impl NewNote {
    /// A note of words alone: no progress, status, reason, reporting body or evidence.
    pub fn new(
        pledge: i64,
        on: NaiveDate,
        author: impl Into<String>,
        body: impl Into<String>,
    ) -> NewNote {
        NewNote {
            pledge,
            on,
            author: author.into(),
            body: body.into(),
            progress: None,
            status: None,
            why: None,
            reported_by: None,
            evidence: None,
        }
    }
}

impl NewNote {
    /// The note as it will be stored (trailing blanks cut, author trimmed), or why it cannot
    /// be. A note too large is refused without its text, which may be a megabyte.
    pub fn checked(&self) -> Result<NewNote, Invalid> {
        let body = self.body.trim_end().to_string();
        required(Field::Note, &body)?;
        check_note_size(body.len()).map_err(|p| Invalid::new(Field::Note, "", p))?;
        let author = required(Field::Author, &self.author)?;
        let line = |field, v: &Option<String>| -> Result<Option<String>, Invalid> {
            match v {
                Some(t) => required(field, t).map(Some),
                None => Ok(None),
            }
        };
        Ok(NewNote {
            body,
            author,
            reported_by: line(Field::ReportedBy, &self.reported_by)?,
            evidence: line(Field::Evidence, &self.evidence)?,
            why: self.why.as_deref().and_then(optional),
            ..self.clone()
        })
    }

    /// The history reason of the status this note sets over `current`: the note's id, then
    /// the why. Closing or reopening is refused without a why, naming the field.
    pub fn status_reason(&self, current: Status, id: i64) -> Result<String, Invalid> {
        let needed = self.status.and_then(|now| status_explained(current, now));
        let why = checked_reason(needed, self.why.as_deref())?;
        Ok(match why {
            Some(why) => format!("{} {why}", set_by_note(id)),
            None => set_by_note(id),
        })
    }

    /// A note records what has happened: refused when dated after `today`. The ledger does not
    /// know the day, so the command and the screen that take the note ask this.
    pub fn check_date(&self, today: NaiveDate) -> Result<(), Invalid> {
        check_note_date(self.on, today)
            .map_err(|p| Invalid::new(Field::On, crate::date::format(self.on), p))
    }
}

/// Withdraws note `note` of `pledge`, entered by mistake. Notes are a record and stay; the
/// ledger records the withdrawal as a fact, and the note no longer counts for progress.
/// `status_before`, when the note changed the status, is put back, only while the status is
/// still the note's.
#[derive(Debug, Clone, PartialEq)]
pub struct Withdrawal {
    pub pledge: i64,
    pub note: i64,
    pub by: String,
    pub status_before: Option<Status>,
}

/// The history field of a note's withdrawal; its old value is the note's id.
pub const NOTE_WITHDRAWN: &str = "note_withdrawn";

/// The reason history gives a status a note set: which note, as a fact (`note:5`), worded
/// when shown. (Ledgers written before say it in English, "with note #5", and show it so.)
pub fn set_by_note(note: i64) -> String {
    format!("note:{note}")
}

/// The note a history reason names, when [`set_by_note`] wrote it (a why may follow).
pub fn note_of_reason(reason: &str) -> Option<i64> {
    let rest = reason.strip_prefix("note:")?;
    rest.split(' ').next()?.parse().ok()
}

/// The why a person gave with the note that set a status, after the note's id.
pub fn why_of_reason(reason: &str) -> Option<&str> {
    note_of_reason(reason)?;
    let (_, why) = reason.split_once(' ')?;
    Some(why)
}

/// The reason history gives a change that undo put back: a fact, worded when shown.
pub const UNDONE: &str = "undo:edit";

/// The reason history gives a change that redo wrote again after undo put it back.
pub const REDONE: &str = "redo:edit";

/// The reason history gives a pledge that undo dropped because it was added by mistake.
pub const UNDONE_ADDED: &str = "undo:added";

/// The notes a pledge's history withdraws.
pub fn withdrawn(history: &[Change]) -> Vec<i64> {
    history
        .iter()
        .filter(|c| c.field == NOTE_WITHDRAWN)
        .filter_map(|c| c.old.as_deref()?.parse().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Problem;

    fn note(body: &str, author: &str) -> NewNote {
        NewNote::new(
            1,
            NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
            author,
            body,
        )
    }

    #[test]
    fn a_note_needs_text_and_an_author_and_fits_the_size_limit() {
        let ok = note("进展顺利 \n", " 王 ").checked();
        assert_eq!(
            ok.map(|n| (n.body, n.author)),
            Ok(("进展顺利".to_string(), "王".to_string()))
        );
        assert_eq!(
            note(" \n", "王").checked().map(|_| ()),
            Err(Invalid::new(Field::Note, "", Problem::Empty))
        );
        assert_eq!(
            note("x", " ").checked().map(|_| ()),
            Err(Invalid::new(Field::Author, " ", Problem::Empty))
        );
        let huge = "长".repeat(crate::model::MAX_NOTE_BYTES / 3 + 1);
        let refused = note(&huge, "王").checked().map(|_| ());
        assert_eq!(
            refused,
            Err(Invalid::new(
                Field::Note,
                "",
                Problem::NoteTooLarge { bytes: huge.len() }
            ))
        );
    }

    #[test]
    fn a_note_dated_after_today_is_refused_with_the_date() {
        let n = note("x", "王");
        assert_eq!(n.check_date(n.on), Ok(()));
        let before = n.on.pred_opt().unwrap_or_default();
        assert_eq!(
            n.check_date(before),
            Err(Invalid::new(
                Field::On,
                "2026-11-28",
                Problem::AfterToday { today: before }
            ))
        );
    }

    #[test]
    fn a_note_that_closes_or_reopens_needs_a_why_kept_after_its_id() {
        let mut n = note("已完成", "王");
        n.status = Some(Status::Done);
        assert_eq!(
            n.status_reason(Status::InProgress, 5),
            Err(Invalid::new(
                Field::Reason,
                "",
                Problem::ReasonNeeded(crate::problem::Explained::Close)
            ))
        );
        n.why = Some("  ".into());
        assert_eq!(
            n.status_reason(Status::InProgress, 5),
            Err(Invalid::new(Field::Reason, "  ", Problem::Empty))
        );
        n.why = Some("验收通过".into());
        let reason = n.status_reason(Status::InProgress, 5);
        assert_eq!(reason.as_deref(), Ok("note:5 验收通过"));
        let reason = reason.unwrap_or_default();
        assert_eq!(note_of_reason(&reason), Some(5));
        assert_eq!(why_of_reason(&reason), Some("验收通过"));
        assert_eq!(why_of_reason("note:5"), None);
        n.status = Some(Status::Stalled);
        n.why = None;
        assert_eq!(
            n.status_reason(Status::InProgress, 6).as_deref(),
            Ok("note:6")
        );
        let blank = NewNote {
            evidence: Some(" ".into()),
            ..note("x", "王")
        };
        assert_eq!(
            blank.checked().map(|_| ()),
            Err(Invalid::new(Field::Evidence, " ", Problem::Empty))
        );
    }
}
