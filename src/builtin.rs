//! The letter shipped with `pledge` and its hand-curated pledges: a new ledger's first data.

use serde::Deserialize;

use crate::error::command::Refusal;
use crate::error::{Error, Result};
use crate::model::Target;

/// The Jilin Province S&T Department's reply of 2025-05-19, as extracted from its PDF.
pub const LETTER_TEXT: &str = include_str!("../data/jilin-st-reply-2025-05-19.txt");
const PLEDGES_JSON: &str = include_str!("../data/jilin-st-pledges.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Builtin {
    pub letter: BuiltinLetter,
    pub pledges: Vec<BuiltinPledge>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuiltinLetter {
    pub issuer: String,
    pub addressee: String,
    pub title: String,
    #[serde(with = "crate::date::strict")]
    pub issued_on: chrono::NaiveDate,
    pub reference: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuiltinPledge {
    /// 1-based position of the parent pledge in this list.
    pub parent: Option<usize>,
    pub title: String,
    pub owner: String,
    #[serde(with = "crate::date::strict_opt", default)]
    pub deadline: Option<chrono::NaiveDate>,
    pub deadline_text: Option<String>,
    pub target: Option<Target>,
    pub quote: String,
}

pub fn load() -> Result<Builtin> {
    serde_json::from_str(PLEDGES_JSON).map_err(|e| {
        Error::Command(Refusal::BuiltinDamaged {
            detail: e.to_string(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squeeze(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    #[test]
    fn every_quote_stands_in_the_letter() -> Result<()> {
        let letter = squeeze(LETTER_TEXT);
        for p in load()?.pledges {
            assert!(
                letter.contains(&squeeze(&p.quote)),
                "not in the letter: {}",
                p.quote
            );
            assert!(
                !p.title.trim().is_empty() && !p.owner.trim().is_empty(),
                "{p:?}"
            );
        }
        Ok(())
    }

    #[test]
    fn curated_counts_hold() -> Result<()> {
        let data = load()?;
        assert_eq!(data.pledges.len(), 20);
        let targets: Vec<String> = data
            .pledges
            .iter()
            .filter_map(|p| p.target.as_ref().map(|t| t.to_string()))
            .collect();
        assert_eq!(targets, ["10 个", "300 名", "100 名", "766 户", "30 家"]);
        let dated: Vec<String> = data
            .pledges
            .iter()
            .filter_map(|p| p.deadline.map(crate::date::format))
            .collect();
        assert_eq!(dated, ["2030-05-19", "2025-12-31"]);
        for (i, p) in data.pledges.iter().enumerate() {
            if let Some(parent) = p.parent {
                assert!(
                    parent >= 1 && parent <= i,
                    "pledge {} has parent {parent}",
                    i + 1
                );
            }
        }
        Ok(())
    }
}
