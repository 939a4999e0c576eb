//! A pledge to add and an edit of one, with the rules they must pass.

use chrono::NaiveDate;

use super::{optional, required};
use crate::model::{Change, Pledge, Quantity, Status, Target};
use crate::problem::{Explained, Field, Invalid, Problem};

/// A pledge to add. Title and owner must hold text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewPledge {
    pub title: String,
    pub owner: String,
    pub deadline: Option<NaiveDate>,
    pub deadline_text: Option<String>,
    pub status: Option<Status>,
    pub target: Option<Target>,
    pub quote: Option<String>,
    pub parent: Option<i64>,
    pub letter: Option<i64>,
}

impl NewPledge {
    /// The pledge as it will be stored (title and owner trimmed), or why it cannot be.
    pub fn checked(&self) -> Result<NewPledge, Invalid> {
        Ok(NewPledge {
            title: required(Field::Title, &self.title)?,
            owner: required(Field::Owner, &self.owner)?,
            ..self.clone()
        })
    }
}

/// Fields to change; `None` leaves a field as it is, `Some(None)` clears an optional one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edit {
    pub title: Option<String>,
    pub owner: Option<String>,
    pub deadline: Option<Option<NaiveDate>>,
    pub deadline_text: Option<Option<String>>,
    pub status: Option<Status>,
    /// The target's number; `Some(None)` removes the target with its unit and wording.
    pub target: Option<Option<Quantity>>,
    /// The target's unit and wording: kept when only the number changes.
    pub target_unit: Option<Option<String>>,
    pub target_text: Option<Option<String>>,
}

impl Edit {
    pub fn is_empty(&self) -> bool {
        *self == Edit::default()
    }

    /// The fields this edit sets, as history names them.
    pub fn fields(&self) -> Vec<&'static str> {
        [
            ("title", self.title.is_some()),
            ("owner", self.owner.is_some()),
            ("deadline", self.deadline.is_some()),
            ("deadline_text", self.deadline_text.is_some()),
            ("status", self.status.is_some()),
            ("target_quantity", self.target.is_some()),
            ("target_unit", self.target_unit.is_some()),
            ("target_text", self.target_text.is_some()),
        ]
        .into_iter()
        .filter_map(|(field, set)| set.then_some(field))
        .collect()
    }

    /// The edit that puts back what `changes` changed (for undo); a value history holds that
    /// no longer parses is refused with its field.
    pub fn reverting(changes: &[Change]) -> Result<Edit, Invalid> {
        let mut edit = Edit::default();
        for c in changes {
            let old = c.old.clone();
            let bad = |field, p| Invalid::new(field, old.clone().unwrap_or_default(), p);
            match c.field.as_str() {
                "title" => edit.title = old,
                "owner" => edit.owner = old,
                "deadline" => {
                    let d = old.as_deref().map(crate::date::parse).transpose();
                    edit.deadline = Some(d.map_err(|p| bad(Field::Deadline, p))?);
                }
                "deadline_text" => edit.deadline_text = Some(old),
                "status" => {
                    let s = old.as_deref().map(str::parse).transpose();
                    edit.status = s.map_err(|p| bad(Field::Status, p))?;
                }
                "target_quantity" => {
                    let q = old.as_deref().map(str::parse).transpose();
                    edit.target = Some(q.map_err(|p| bad(Field::Target, p))?);
                }
                "target_unit" => edit.target_unit = Some(old),
                "target_text" => edit.target_text = Some(old),
                _ => {}
            }
        }
        Ok(edit)
    }

    /// The edit needs a reason over `old`: it moves or clears a deadline the pledge had, or
    /// closes or reopens the pledge. These are the changes a reader of the history must see
    /// explained; setting a first deadline is not.
    pub fn needs_reason(&self, old: &Pledge) -> bool {
        self.explained(old).is_some()
    }

    /// Which change of this edit over `old` history asks the reason of, if any: a move or
    /// clearing of the deadline first, then closing or reopening.
    pub fn explained(&self, old: &Pledge) -> Option<Explained> {
        let deadline = match self.deadline {
            Some(d) if d != old.deadline && old.deadline.is_some() => Some(if d.is_some() {
                Explained::Move
            } else {
                Explained::Clear
            }),
            _ => None,
        };
        deadline.or_else(|| {
            self.status
                .and_then(|now| status_explained(old.status, now))
        })
    }

    /// The reason as history keeps it (trimmed, blank meaning none), refused with its field
    /// when the edit needs one and none is given.
    pub fn checked_reason(
        &self,
        old: &Pledge,
        reason: Option<&str>,
    ) -> Result<Option<String>, Invalid> {
        checked_reason(self.explained(old), reason)
    }

    /// The edit as it will be applied: required text trimmed, and blank optional text meaning
    /// "remove it", as `--deadline-text ''` always has.
    pub fn normalized(&self) -> Result<Edit, Invalid> {
        let required = |field, v: &Option<String>| v.as_deref().map(|t| required(field, t));
        let blank_is_none =
            |v: &Option<Option<String>>| v.clone().map(|t| t.and_then(|t| optional(&t)));
        Ok(Edit {
            title: required(Field::Title, &self.title).transpose()?,
            owner: required(Field::Owner, &self.owner).transpose()?,
            deadline_text: blank_is_none(&self.deadline_text),
            target_unit: blank_is_none(&self.target_unit),
            target_text: blank_is_none(&self.target_text),
            ..self.clone()
        })
    }
}

/// Setting `now` over `seen` closes the pledge or reopens a closed one: history asks why.
pub fn status_needs_reason(seen: Status, now: Status) -> bool {
    status_explained(seen, now).is_some()
}

/// Setting `now` over `seen` closes or reopens the pledge: which, if either.
pub fn status_explained(seen: Status, now: Status) -> Option<Explained> {
    match (seen.is_open(), now.is_open()) {
        _ if now == seen => None,
        (true, false) => Some(Explained::Close),
        (false, true) => Some(Explained::Reopen),
        // From one closed status to another: still a closing, explained again.
        (false, false) => Some(Explained::Close),
        (true, true) => None,
    }
}

/// A reason, trimmed; when the change is one history asks the reason of, refused missing
/// (saying what needs it) or blank (naming the field and value).
pub fn checked_reason(
    needed: Option<Explained>,
    reason: Option<&str>,
) -> Result<Option<String>, Invalid> {
    match (reason.map(str::trim).filter(|r| !r.is_empty()), needed) {
        (Some(r), _) => Ok(Some(r.to_string())),
        (None, Some(what)) => Err(Invalid::new(
            Field::Reason,
            reason.unwrap_or_default(),
            match reason {
                None => Problem::ReasonNeeded(what),
                Some(_) => Problem::Empty,
            },
        )),
        (None, None) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_required_text_is_refused_with_its_field_and_optional_blank_is_removal() {
        let blank = Edit {
            owner: Some("  ".into()),
            ..Edit::default()
        };
        let refused = blank.normalized().map(|_| ());
        assert_eq!(
            refused,
            Err(Invalid::new(Field::Owner, "  ", Problem::Empty))
        );
        let edit = Edit {
            title: Some(" 新题 ".into()),
            deadline_text: Some(Some(" ".into())),
            ..Edit::default()
        };
        let done = edit.normalized().ok();
        assert_eq!(done.as_ref().and_then(|e| e.title.as_deref()), Some("新题"));
        assert_eq!(done.and_then(|e| e.deadline_text), Some(None));
        let new = NewPledge {
            title: "t".into(),
            ..NewPledge::default()
        };
        assert_eq!(
            new.checked().map(|_| ()),
            Err(Invalid::new(Field::Owner, "", Problem::Empty))
        );
    }

    #[test]
    fn reverting_a_history_value_that_does_not_parse_names_its_field() {
        let change = |field: &str, old: &str| Change {
            id: 1,
            pledge: 1,
            field: field.into(),
            old: Some(old.into()),
            new: None,
            changed_at: String::new(),
            changed_by: String::new(),
            reason: None,
        };
        let back = Edit::reverting(&[change("status", "stalled"), change("title", "旧")]).ok();
        assert_eq!(back.as_ref().and_then(|e| e.status), Some(Status::Stalled));
        assert_eq!(back.and_then(|e| e.title).as_deref(), Some("旧"));
        let bad = Edit::reverting(&[change("deadline", "2026-02-30")]).map(|_| ());
        assert_eq!(
            bad,
            Err(Invalid::new(
                Field::Deadline,
                "2026-02-30",
                Problem::NoSuchDay
            ))
        );
    }

    #[test]
    fn moving_clearing_closing_and_reopening_need_a_reason_a_first_deadline_does_not() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 6, d);
        let pledge = |deadline, status| Pledge {
            id: 1,
            letter: None,
            parent: None,
            title: "t".into(),
            owner: "o".into(),
            deadline,
            deadline_text: None,
            status,
            target: None,
            quote: None,
            created_at: String::new(),
            updated_at: String::new(),
            progress: None,
            last_note_on: None,
            original_deadline: deadline,
            deadline_moves: 0,
            cleared_deadline: None,
        };
        let dated = pledge(day(30), Status::InProgress);
        let deadline = |d| Edit {
            deadline: Some(d),
            ..Edit::default()
        };
        let status = |s| Edit {
            status: Some(s),
            ..Edit::default()
        };
        assert!(deadline(day(1)).needs_reason(&dated), "moved");
        assert!(deadline(None).needs_reason(&dated), "cleared");
        assert!(!deadline(day(30)).needs_reason(&dated), "unchanged");
        assert!(
            !deadline(day(1)).needs_reason(&pledge(None, Status::Pending)),
            "first"
        );
        assert!(status(Status::Done).needs_reason(&dated), "closes");
        assert!(!status(Status::Stalled).needs_reason(&dated), "stays open");
        let done = pledge(None, Status::Done);
        assert!(status(Status::Pending).needs_reason(&done), "reopens");
        assert_eq!(
            status(Status::Dropped).checked_reason(&dated, None),
            Err(Invalid::new(
                Field::Reason,
                "",
                Problem::ReasonNeeded(Explained::Close)
            ))
        );
        for blank in ["", " \u{3000}\t"] {
            assert_eq!(
                status(Status::Dropped).checked_reason(&dated, Some(blank)),
                Err(Invalid::new(Field::Reason, blank, Problem::Empty))
            );
        }
        let said = |e: &Edit, old: &Pledge| e.explained(old);
        assert_eq!(said(&deadline(day(1)), &dated), Some(Explained::Move));
        assert_eq!(said(&deadline(None), &dated), Some(Explained::Clear));
        assert_eq!(
            said(&status(Status::Pending), &done),
            Some(Explained::Reopen)
        );
        assert_eq!(
            status(Status::Dropped).checked_reason(&dated, Some(" 项目取消 ")),
            Ok(Some("项目取消".into()))
        );
        assert_eq!(
            status(Status::Stalled).checked_reason(&dated, Some(" ")),
            Ok(None)
        );
    }
}
