//! A letter read for import: its text, what it says of itself and the drafts found in it, and
//! how accepted drafts become pledges. The CLI (`--yes`) and the review screen both save here.

use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;

use super::extract::{Draft, drafts};
use super::meta::Meta;
use super::{Refusal, meta, normalize, read};
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::model::{Letter, Origin, Target};
use crate::store::{NewPledge, sha256_hex};

/// The issuer the ledger keeps for a letter signed by nobody named (its `issuer` may not be
/// empty): a stored value, the same whatever language shows the ledger.
pub const UNSIGNED: &str = "（未署名）";

pub use super::bounds::{MAX_DRAFTS, MAX_LETTER_CHARS, check_drafts, check_size};

pub struct Import {
    /// How the bytes were read: "UTF-8", "GB18030", "HTML (UTF-8)", "DOCX", "PDF", "OCR".
    pub read_as: String,
    /// Where the text came from: a file of text, a PDF's text layer, OCR of a scan.
    pub origin: Origin,
    /// What OCR was unsure of, by place among the text's non-space characters.
    pub doubtful: Vec<Range<usize>>,
    /// The text as read, kept whole as the letter's body.
    pub text: String,
    pub sha256: String,
    pub meta: Meta,
    /// The text as paragraphs, PDF line breaks and split words undone.
    pub paragraphs: Vec<String>,
    pub drafts: Vec<Draft>,
}

impl Import {
    /// Reads a letter file, refusing one larger than a letter or giving more drafts than one
    /// letter holds: `--dry-run`, `--yes` and the review all read through here.
    pub fn read(path: &Path) -> Result<Import> {
        let source = read::read(path)?;
        let refuse = |why| Error::Letter(Refusal::not_a_letter(path, why));
        check_size(&source.text).map_err(refuse)?;
        let import = Import::from_source(source);
        check_drafts(import.drafts.len()).map_err(refuse)?;
        Ok(import)
    }

    pub fn from_text(text: String, read_as: String) -> Import {
        Import::from_source(read::Source::text(text, read_as))
    }

    /// The drafts of a text read, keeping where it came from and what OCR doubted.
    pub fn from_source(source: read::Source) -> Import {
        let read::Source {
            text,
            read_as,
            origin,
            doubtful,
        } = source;
        let paragraphs = normalize::paragraphs(&text);
        let meta = meta::read(&paragraphs);
        let drafts = drafts(&paragraphs, &meta);
        Import {
            read_as,
            origin,
            doubtful,
            sha256: sha256_hex(&text),
            text,
            meta,
            paragraphs,
            drafts,
        }
    }

    /// The letter as the ledger keeps it; an undated letter is dated `today`.
    pub fn letter(&self, today: NaiveDate) -> Letter {
        // The 文号, the member, 建议 or 提案, the category claimed and the contact, where the
        // letter prints them.
        let (reference, meta) = pledge_core::letter::claims::read(&self.paragraphs, &self.meta);
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
            reference,
            body: self.text.clone(),
            sha256: self.sha256.clone(),
            added_at: String::new(),
            meta,
            origin: Some(self.origin),
        }
    }

    /// The letter already in the ledger with the same text, if any.
    pub fn already_in(&self, store: &impl Ledger) -> Result<Option<i64>> {
        store.letter_with_sha(&self.sha256)
    }

    /// Adds the letter and `accepted` as its pledges in one transaction: both or neither.
    pub fn save(
        &self,
        store: &mut impl Ledger,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn letter_file(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("letter.txt");
        std::fs::write(&path, text).expect("write");
        (dir, path)
    }

    fn said(path: &Path) -> String {
        match Import::read(path) {
            Ok(found) => format!("read, {} drafts", found.drafts.len()),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn a_letter_giving_more_pledges_than_one_letter_holds_is_refused_naming_both() {
        let item = "市交通局将于2026年底前完成危桥改造。";
        let (_dir, path) = letter_file(&format!("下一步工作\n{}\n", item.repeat(MAX_DRAFTS + 5)));
        let got = said(&path);
        assert!(
            got.contains("1005 pledges from one letter; one letter gives at most 1000")
                && got.ends_with("nothing imported"),
            "{got}"
        );
        let (_dir, path) = letter_file(&format!("下一步工作\n{}\n", item.repeat(MAX_DRAFTS)));
        assert_eq!(said(&path), "read, 1000 drafts");
    }

    #[test]
    fn a_text_longer_than_a_letter_is_refused_before_it_is_read_for_pledges() {
        let (_dir, path) = letter_file(&"进".repeat(MAX_LETTER_CHARS + 1));
        let got = said(&path);
        assert!(
            got.contains("more than 1000000 characters (3000003 bytes)"),
            "{got}"
        );
    }
}
