//! A letter read for import: its text, what it says of itself and the drafts found in it, and
//! how accepted drafts become pledges. The CLI (`--yes`) and the review screen both save here.

use std::path::Path;

use chrono::NaiveDate;

use super::extract::{Draft, drafts};
use super::meta::Meta;
use super::{meta, normalize, read};
use crate::error::Result;
use crate::model::{Letter, Target};
use crate::store::{NewPledge, Store, sha256_hex};

/// Signed by nobody named: the ledger still needs an issuer to show.
pub const UNSIGNED: &str = "（未署名）";

pub struct Import {
    /// How the bytes were read: "UTF-8", "GB18030", "HTML (UTF-8)", "DOCX".
    pub read_as: String,
    /// The text as read, kept whole as the letter's body.
    pub text: String,
    pub sha256: String,
    pub meta: Meta,
    /// The text as paragraphs, PDF line breaks and split words undone.
    pub paragraphs: Vec<String>,
    pub drafts: Vec<Draft>,
}

impl Import {
    pub fn read(path: &Path) -> Result<Import> {
        let source = read::read(path)?;
        Ok(Import::from_text(source.text, source.read_as))
    }

    pub fn from_text(text: String, read_as: String) -> Import {
        let paragraphs = normalize::paragraphs(&text);
        let meta = meta::read(&paragraphs);
        let drafts = drafts(&paragraphs, &meta);
        Import {
            read_as,
            sha256: sha256_hex(&text),
            text,
            meta,
            paragraphs,
            drafts,
        }
    }

    /// The letter as the ledger keeps it; an undated letter is dated `today`.
    pub fn letter(&self, today: NaiveDate) -> Letter {
        Letter {
            id: 0,
            issuer: self
                .meta
                .issuer
                .clone()
                .unwrap_or_else(|| UNSIGNED.to_string()),
            addressee: self.meta.addressee.clone().unwrap_or_default(),
            title: self.meta.title.clone().unwrap_or_default(),
            issued_on: self.meta.issued_on.unwrap_or(today),
            reference: None,
            body: self.text.clone(),
            sha256: self.sha256.clone(),
            added_at: String::new(),
        }
    }

    /// The letter already in the ledger with the same text, if any.
    pub fn already_in(&self, store: &Store) -> Result<Option<i64>> {
        store.letter_with_sha(&self.sha256)
    }

    /// Adds the letter and `accepted` as its pledges in one transaction: both or neither.
    pub fn save(
        &self,
        store: &mut Store,
        accepted: &[&Draft],
        who: &str,
        today: NaiveDate,
    ) -> Result<(i64, Vec<i64>)> {
        let pledges: Vec<NewPledge> = accepted.iter().map(|d| new_pledge(d)).collect();
        store.add_letter(&self.letter(today), &pledges, who)
    }
}

/// A draft as a pledge: the first target's number and unit, every target's wording.
pub fn new_pledge(d: &Draft) -> NewPledge {
    let target = d.targets.first().map(|t| Target {
        quantity: t.quantity,
        unit: Some(t.unit.clone()).filter(|u| !u.trim().is_empty()),
        text: Some(
            d.targets
                .iter()
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
                .join("；"),
        )
        .filter(|t| !t.trim().is_empty()),
    });
    NewPledge {
        title: if d.title.trim().is_empty() {
            d.quote.clone()
        } else {
            d.title.clone()
        },
        owner: d.owner.clone(),
        deadline: d.deadline,
        deadline_text: d.deadline_text.clone(),
        status: None,
        target,
        quote: Some(d.quote.clone()).filter(|q| !q.trim().is_empty()),
        parent: None,
        letter: None,
    }
}

/// What saving said, for the status line and the terminal after the screen closes.
pub fn saved_message(letter: &Letter, read_as: &str, ids: &[i64], id: i64) -> String {
    format!(
        "added letter #{id} ({}, read as {read_as}) with {} pledge(s){}",
        crate::text::inert_line(&letter.issuer),
        ids.len(),
        match (ids.first(), ids.last()) {
            (Some(a), Some(b)) if a == b => format!(": #{a}"),
            (Some(a), Some(b)) => format!(": #{a}–#{b}"),
            _ => String::new(),
        }
    )
}
