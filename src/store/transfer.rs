//! The whole ledger read row by row for an export; adding letters; the built-in letter.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::edits::insert_pledge;
use super::{Store, now_stamp};
use crate::builtin::Builtin;
use crate::error::Result;
use crate::model::{Change, Confirmation, Letter, Note, Pledge};
use crate::request::NewPledge;
use crate::sql::{Lite, Query, Sql};

pub use pledge_core::export::FORMAT as EXPORT_FORMAT;
pub use pledge_core::export::{Collected, Identity};

/// Everything a ledger holds. Exporting, importing into an empty ledger and exporting again
/// gives the same bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub format: String,
    pub schema_version: i64,
    pub letters: Vec<Letter>,
    pub pledges: Vec<Pledge>,
    pub notes: Vec<Note>,
    pub history: Vec<Change>,
    /// Absent from exports made before bodies: importing one links its pledges anew.
    #[serde(default)]
    pub bodies: Vec<crate::body::Body>,
    #[serde(default)]
    pub links: Vec<crate::body::Link>,
    /// Absent from exports made before `pledge confirm`.
    #[serde(default)]
    pub confirmations: Vec<Confirmation>,
    /// The rows of returned sheets that were added; absent from exports made before them.
    #[serde(default)]
    pub collected: Vec<Collected>,
    /// Absent from exports made before it was carried: the imported ledger keeps its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
}

/// Hands every row `sql` reads to `each`, as it is read.
/// A store method that hands each row it reads to a callback, as the export's are.
pub type EachRow<T> = fn(&Store, &mut dyn FnMut(T) -> Result<()>) -> Result<()>;

fn all<T>(read: EachRow<T>, store: &Store) -> Result<Vec<T>> {
    let mut rows = Vec::new();
    read(store, &mut |row| {
        rows.push(row);
        Ok(())
    })?;
    Ok(rows)
}

/// Hex SHA-256 of a letter's text, its identity in the ledger.
pub fn sha256_hex(text: &str) -> String {
    sha256_bytes(text.as_bytes())
}

pub fn sha256_bytes(bytes: &[u8]) -> String {
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

impl Store {
    /// The whole ledger in memory; `pledge export` streams the same rows instead.
    pub fn export(&self) -> Result<Export> {
        self.snapshot(|store| {
            Ok(Export {
                format: EXPORT_FORMAT.to_string(),
                schema_version: super::LATEST_VERSION,
                letters: all(Store::each_letter, store)?,
                pledges: all(Store::each_pledge_by_id, store)?,
                notes: all(Store::each_note, store)?,
                history: all(Store::each_change, store)?,
                bodies: all(Store::each_body, store)?,
                links: all(Store::each_link, store)?,
                confirmations: all(Store::each_confirmation, store)?,
                collected: all(Store::each_collected, store)?,
                identity: store.identity()?,
            })
        })
    }

    /// Every letter in id order, handed to `each` as it is read.
    pub fn each_letter(&self, each: &mut dyn FnMut(Letter) -> Result<()>) -> Result<()> {
        super::dump::each_letter(&mut Lite(&self.conn), each)
    }

    /// Every pledge in id order, handed to `each` as it is read.
    pub fn each_pledge_by_id(&self, each: &mut dyn FnMut(Pledge) -> Result<()>) -> Result<()> {
        super::dump::each_pledge_by_id(&mut Lite(&self.conn), each)
    }

    /// Every note in id order, handed to `each` as it is read.
    pub fn each_note(&self, each: &mut dyn FnMut(Note) -> Result<()>) -> Result<()> {
        super::dump::each_note(&mut Lite(&self.conn), each)
    }

    /// Every history entry in id order, handed to `each` as it is read.
    pub fn each_change(&self, each: &mut dyn FnMut(Change) -> Result<()>) -> Result<()> {
        super::dump::each_change(&mut Lite(&self.conn), each)
    }

    /// Every confirmation in id order, handed to `each` as it is read.
    pub fn each_confirmation(
        &self,
        each: &mut dyn FnMut(Confirmation) -> Result<()>,
    ) -> Result<()> {
        super::dump::each_confirmation(&mut Lite(&self.conn), each)
    }

    /// Every collected sheet row in id order, handed to `each` as it is read.
    pub fn each_collected(&self, each: &mut dyn FnMut(Collected) -> Result<()>) -> Result<()> {
        super::dump::each_collected(&mut Lite(&self.conn), each)
    }

    /// The ledger's identity; every ledger since schema step 8 has one.
    pub fn identity(&self) -> Result<Option<Identity>> {
        super::dump::identity(&mut Lite(&self.conn))
    }

    /// How many letters, pledges and notes the ledger holds.
    pub fn counts(&self) -> Result<(i64, i64, i64)> {
        super::records::counts(&mut Lite(&self.conn))
    }
}

/// Inserts a letter, keeping `l.id` when `keep_id` (imports) or taking the next one (the
/// column left out: a file takes the next rowid, a server the next of its sequence).
pub(crate) fn insert_letter(tx: &mut impl Sql, l: &Letter, keep_id: bool) -> Result<i64> {
    let issued_on = crate::date::format(l.issued_on);
    // A new letter is stamped now; an imported one keeps its stamp.
    let added_at = if keep_id {
        l.added_at.clone()
    } else {
        now_stamp()
    };
    let kind = l.meta.kind.map(crate::model::LetterKind::as_str);
    let category = l.meta.category.map(crate::model::Category::as_str);
    let origin = l.origin.map(crate::model::Origin::as_str);
    let pages = l.origin.and_then(crate::model::Origin::pages);
    let confidence = l.origin.and_then(crate::model::Origin::confidence);
    let mut values: Vec<&dyn rusqlite::ToSql> = vec![
        &l.issuer,
        &l.addressee,
        &l.title,
        &issued_on,
        &l.reference,
        &l.body,
        &l.sha256,
        &added_at,
        &l.meta.member,
        &kind,
        &category,
        &l.meta.contact,
        &l.meta.phone,
        &origin,
        &pages,
        &confidence,
    ];
    let column = if keep_id {
        values.insert(0, &l.id);
        "id, "
    } else {
        ""
    };
    let placeholders: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO letter ({column}issuer, addressee, title, issued_on, reference, body, sha256,
                             added_at, member, kind, category, contact, phone,
                             origin, origin_pages, ocr_confidence)
         VALUES ({}) RETURNING id",
        placeholders.join(", ")
    );
    tx.one(&sql, &values, |r| r.get(0))
}

/// Refuses a letter's pledges with no title or no owner, before the ledger is read.
pub(crate) fn refuse_blank(pledges: &[NewPledge]) -> Result<()> {
    for p in pledges {
        crate::request::required(crate::problem::Field::Title, &p.title)?;
        crate::request::required(crate::problem::Field::Owner, &p.owner)?;
    }
    Ok(())
}

/// A letter and its pledges, refused when a letter of the same text is in the ledger;
/// inside the write. The letter's id and the pledges'.
pub(crate) fn add_letter(
    tx: &mut impl Sql,
    letter: &Letter,
    pledges: &[NewPledge],
    who: &str,
) -> Result<(i64, Vec<i64>)> {
    let existing: Option<i64> = tx.optional(
        "SELECT id FROM letter WHERE sha256 = ?1",
        &[&letter.sha256],
        |r| r.get(0),
    )?;
    if let Some(id) = existing {
        return Err(super::Refusal::LetterAlreadyIn { id }.into());
    }
    let id = insert_letter(tx, letter, false)?;
    let mut ids = Vec::new();
    for p in pledges {
        let new = NewPledge {
            letter: Some(id),
            ..p.clone()
        };
        ids.push(insert_pledge(tx, &new, who, None)?);
    }
    Ok((id, ids))
}

impl Store {
    /// The letter with this text's SHA-256, if the ledger has it.
    pub fn letter_with_sha(&self, sha256: &str) -> Result<Option<i64>> {
        super::records::letter_with_sha(&mut Lite(&self.conn), sha256)
    }

    /// Adds a letter and its pledges in one transaction; returns the letter's id and the
    /// pledges'. A letter already in the ledger (same SHA-256) is refused and nothing is added.
    pub fn add_letter(
        &mut self,
        letter: &Letter,
        pledges: &[NewPledge],
        who: &str,
    ) -> Result<(i64, Vec<i64>)> {
        refuse_blank(pledges)?;
        self.write(super::Saving::Letter, |tx| {
            add_letter(&mut Lite(tx), letter, pledges, who)
        })
    }
}

/// What the built-in letter prints of itself: whose 建议 it answers (it claims no category
/// and names no contact).
fn builtin_meta() -> crate::model::LetterMeta {
    let paragraphs = pledge_core::letter::normalize::paragraphs(crate::builtin::LETTER_TEXT);
    let meta = pledge_core::letter::meta::read(&paragraphs);
    pledge_core::letter::claims::read(&paragraphs, &meta).1
}

/// Writes the built-in letter and its pledges (parents given by position in the list).
pub(crate) fn insert_builtin(tx: &mut impl Sql, data: &Builtin) -> Result<()> {
    let body = crate::builtin::LETTER_TEXT;
    let letter = Letter {
        id: 0,
        issuer: data.letter.issuer.clone(),
        addressee: data.letter.addressee.clone(),
        title: data.letter.title.clone(),
        issued_on: data.letter.issued_on,
        reference: data.letter.reference.clone(),
        body: body.to_string(),
        sha256: sha256_hex(body),
        added_at: now_stamp(),
        meta: builtin_meta(),
        // Its text is as `data/` keeps it (extracted from the department's PDF elsewhere).
        origin: Some(crate::model::Origin::Text),
    };
    let letter_id = insert_letter(tx, &letter, false)?;
    let mut ids: Vec<i64> = Vec::with_capacity(data.pledges.len());
    for p in &data.pledges {
        let parent = p.parent.and_then(|i| ids.get(i.wrapping_sub(1)).copied());
        let new = NewPledge {
            title: p.title.clone(),
            owner: p.owner.clone(),
            deadline: p.deadline,
            deadline_text: p.deadline_text.clone(),
            status: None,
            target: p.target.clone(),
            quote: Some(p.quote.clone()),
            parent,
            letter: Some(letter_id),
        };
        ids.push(insert_pledge(tx, &new, "pledge (built-in)", None)?);
    }
    Ok(())
}
