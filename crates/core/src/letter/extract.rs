//! Finding the commitments of a reply letter, by the rules of `tests/fixtures/letters/LABELS.md`:
//! the next-steps parts (下步工作, 下一步, 今后…) item by item and sentence by sentence, each with
//! its owner, deadline and numeric targets.

mod clauses;
mod deadline;
mod markers;
mod owner;
mod score;
mod sections;
pub(crate) mod signer;
mod targets;
#[cfg(test)]
mod unseen_tests;

use chrono::NaiveDate;

use super::meta::Meta;
use owner::{self_reference, subject, title_of};

pub use clauses::{sentence_ranges, split_points};
pub use deadline::deadline;
pub use score::{KEEP, Reason};
pub use sections::{drafts, is_body_line};
pub use targets::targets;

/// A proposed pledge, for review before it is added.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Draft {
    pub title: String,
    pub owner: String,
    pub quote: String,
    #[serde(with = "crate::date::strict_opt")]
    pub deadline: Option<NaiveDate>,
    pub deadline_text: Option<String>,
    pub targets: Vec<DraftTarget>,
    /// How strongly the sentence reads as a commitment ([`KEEP`] and above were kept).
    pub score: i32,
    /// What the score was made of, for the review to show why a draft is there.
    pub reasons: Vec<Reason>,
}

/// A number a draft promises, with its unit and the words around it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DraftTarget {
    pub quantity: crate::model::Quantity,
    pub unit: String,
    pub text: String,
}

/// What every draft of one letter shares: who signed it (for 我局) and when (for 年底前).
#[derive(Debug, Clone, Default)]
struct Letter {
    signer: Option<String>,
    day: Option<NaiveDate>,
}

impl Letter {
    /// As far as the metadata alone says (for passages chosen by hand).
    fn of(meta: &Meta) -> Letter {
        Letter {
            signer: meta.issuer.clone(),
            day: meta.issued_on,
        }
    }
}

/// A draft of `passage` acting for `owner`: its title, deadline and targets read from it, and
/// its weight as a commitment.
fn draft(passage: &str, owner: &str, letter: &Letter, weighed: score::Weighed) -> Draft {
    let passage = passage.trim();
    let owner = self_reference(owner, letter.signer.as_deref());
    let found = deadline(passage, letter.day);
    Draft {
        title: title_of(passage, &owner),
        owner,
        quote: passage.to_string(),
        deadline: found.as_ref().map(|f| f.0),
        deadline_text: found.map(|f| f.1),
        targets: targets(passage),
        score: weighed.score,
        reasons: weighed.reasons,
    }
}

/// A draft made from any passage of the letter by the same rules as the found ones (the review
/// screen's "add from this sentence", split and merge): the owner is the passage's subject,
/// else `owner` (the draft it came from, or the signer).
pub fn draft_of(passage: &str, meta: &Meta, owner: Option<&str>) -> Draft {
    let owner = subject(passage.trim())
        .or_else(|| owner.map(str::to_string))
        .or_else(|| meta.issuer.clone())
        .unwrap_or_default();
    let passage = passage.trim();
    let weighed = score::weigh(passage, false, false, !targets(passage).is_empty());
    draft(passage, &owner, &Letter::of(meta), weighed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::date::parse(s).expect("date")
    }

    #[test]
    fn a_passage_chosen_by_hand_is_read_by_the_same_rules() {
        let m = Meta {
            issuer: Some("某县交通运输局".into()),
            issued_on: Some(day("2026-03-01")),
            ..Meta::default()
        };
        let d = draft_of(" 我局将于2026年底前完成剩余8座危桥改造。", &m, None);
        assert_eq!(d.owner, "某县交通运输局");
        assert_eq!(d.deadline, Some(day("2026-12-31")));
        assert_eq!(d.targets[0].unit, "座");
        assert_eq!(d.quote, "我局将于2026年底前完成剩余8座危桥改造。");
        let elided = draft_of("建立路长制。", &m, Some("县公路段"));
        assert_eq!(
            elided.owner, "县公路段",
            "no subject: the draft it came from"
        );
        let verb_first = draft_of(
            "构建监测系统，利用AI动态模拟不同维护策略。",
            &m,
            Some("中车长客"),
        );
        assert_eq!(
            verb_first.owner, "中车长客",
            "模拟 is no subject followed by 拟"
        );
    }
}
