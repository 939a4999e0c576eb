//! What the ledger answers of its letters (each with its pledges counted) and an edit of a
//! letter's metadata.

use chrono::NaiveDate;
use serde::Serialize;

use super::required;
use crate::model::{Category, Letter, LetterKind};
use crate::problem::{Field, Invalid};

/// A letter as `pledge letters` lists it: no text, and its pledges counted as of a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterRow {
    pub id: i64,
    pub issuer: String,
    pub addressee: String,
    pub title: String,
    #[serde(with = "crate::date::strict")]
    pub issued_on: NaiveDate,
    pub reference: Option<String>,
    pub member: Option<String>,
    pub kind: Option<LetterKind>,
    pub category: Option<Category>,
    pub pledges: i64,
    pub open: i64,
    pub overdue: i64,
    pub done: i64,
    pub dropped: i64,
}

impl LetterRow {
    /// Claimed versus kept: the letter says A类 (solved or mostly solved) while some of its
    /// pledges are overdue or dropped.
    pub fn claim_not_kept(&self) -> bool {
        claim_not_kept(self.category, self.overdue, self.dropped)
    }
}

/// The one rule of "claimed versus kept", for a row and for a letter's page.
pub fn claim_not_kept(category: Option<Category>, overdue: i64, dropped: i64) -> bool {
    category == Some(Category::A) && overdue + dropped > 0
}

/// Fields of a letter's metadata to change; `None` leaves one as it is, `Some(None)` clears.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LetterEdit {
    pub reference: Option<Option<String>>,
    pub member: Option<Option<String>>,
    pub kind: Option<Option<LetterKind>>,
    pub category: Option<Option<Category>>,
    pub contact: Option<Option<String>>,
    pub phone: Option<Option<String>>,
}

impl LetterEdit {
    pub fn is_empty(&self) -> bool {
        *self == LetterEdit::default()
    }

    /// The letter after the edit. Text is trimmed; blank text is refused with its field (an
    /// empty value is given as `none`, which the command line reads as clearing).
    pub fn applied(&self, old: &Letter) -> Result<Letter, Invalid> {
        let text = |field, given: &Option<Option<String>>, was: &Option<String>| match given {
            None => Ok(was.clone()),
            Some(None) => Ok(None),
            Some(Some(t)) => required(field, t).map(Some),
        };
        let mut new = old.clone();
        new.reference = text(Field::Reference, &self.reference, &old.reference)?;
        new.meta.member = text(Field::Member, &self.member, &old.meta.member)?;
        new.meta.contact = text(Field::Contact, &self.contact, &old.meta.contact)?;
        new.meta.phone = text(Field::Phone, &self.phone, &old.meta.phone)?;
        if let Some(kind) = self.kind {
            new.meta.kind = kind;
        }
        if let Some(category) = self.category {
            new.meta.category = category;
        }
        Ok(new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Problem;

    #[test]
    fn only_a_claimed_a_with_overdue_or_dropped_pledges_is_not_kept() {
        assert!(claim_not_kept(Some(Category::A), 1, 0));
        assert!(claim_not_kept(Some(Category::A), 0, 2));
        assert!(!claim_not_kept(Some(Category::A), 0, 0));
        assert!(!claim_not_kept(Some(Category::B), 3, 1));
        assert!(!claim_not_kept(None, 3, 1));
    }

    #[test]
    fn a_letter_edit_trims_clears_and_refuses_blank_text() {
        let letter = Letter {
            id: 1,
            issuer: "吉林省科学技术厅".into(),
            addressee: "朱立伟委员".into(),
            title: "t".into(),
            issued_on: NaiveDate::from_ymd_opt(2025, 5, 19).unwrap_or_default(),
            reference: Some("吉科函〔2025〕1号".into()),
            body: String::new(),
            sha256: String::new(),
            added_at: String::new(),
            meta: Default::default(),
            origin: None,
        };
        let edit = LetterEdit {
            member: Some(Some(" 朱立伟 ".into())),
            category: Some(Some(Category::A)),
            reference: Some(None),
            ..LetterEdit::default()
        };
        let new = edit.applied(&letter);
        assert_eq!(
            new.as_ref()
                .map(|l| (l.meta.member.as_deref(), l.reference.as_deref())),
            Ok((Some("朱立伟"), None))
        );
        assert_eq!(new.map(|l| l.meta.category), Ok(Some(Category::A)));
        let blank = LetterEdit {
            phone: Some(Some("  ".into())),
            ..LetterEdit::default()
        };
        assert_eq!(
            blank.applied(&letter).map(|_| ()),
            Err(Invalid::new(Field::Phone, "  ", Problem::Empty))
        );
    }
}
