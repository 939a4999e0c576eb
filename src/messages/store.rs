//! What the ledger says about itself: opening, upgrading, damage, busy, backups, restore.

use std::path::{Path, PathBuf};

use crate::error::ledger::{Damage, Foreign, Header};
use crate::problem::Problem;
use crate::request::{Saved, Saving};

fn shown(p: &Path) -> String {
    crate::text::shown(p)
}

/// What a write was saving, as "… NOT saved" names it.
pub fn saving(s: Saving) -> &'static str {
    match s {
        Saving::Pledge => crate::ts!("store-saving-pledge"),
        Saving::Change => crate::ts!("store-saving-change"),
        Saving::Note => crate::ts!("store-saving-note"),
        Saving::Letter => crate::ts!("store-saving-letter"),
        Saving::Import => crate::ts!("store-saving-import"),
        Saving::Builtin => crate::ts!("store-saving-builtin"),
        Saving::Anything => crate::ts!("store-saving-anything"),
    }
}

/// "note NOT saved", or "nothing was saved" when no write in particular was asked.
pub fn not_saved(s: Saving) -> String {
    match s {
        Saving::Anything => crate::t!("store-nothing-saved"),
        _ => crate::t!("store-not-saved", what = saving(s)),
    }
}

/// What a committed write saved, as "… was saved" names it.
pub fn saved(s: &Saved) -> String {
    match s {
        Saved::Pledge(id) => crate::t!("store-saved-pledge", id = id.to_string()),
        Saved::Note(id) => crate::t!("store-saved-note", id = id.to_string()),
        Saved::Change(pledge) => crate::t!("store-saved-change", pledge = pledge.to_string()),
        Saved::Letter(Some(id)) => crate::t!("store-saved-letter", id = id.to_string()),
        Saved::Letter(None) => crate::t!("store-saved-the-letter"),
        Saved::Backup(path) => crate::t!("store-saved-backup", path = shown(path)),
        Saved::Restore(path) => crate::t!("store-saved-restore", path = shown(path)),
        Saved::Ledger(path) => crate::t!("store-saved-ledger", path = shown(path)),
        Saved::Import => crate::t!("store-saved-import"),
    }
}

pub fn damage(d: &Damage) -> String {
    match d {
        Damage::Check(lines) => lines
            .iter()
            .map(|l| crate::t!("store-damage-text", text = l.as_str()))
            .collect::<Vec<_>>()
            .join(crate::ts!("store-damage-separator")),
        Damage::Sqlite(text) => crate::t!("store-damage-text", text = text.as_str()),
        Damage::Header(h) => header(*h).into(),
    }
}

fn header(h: Header) -> &'static str {
    match h {
        Header::NotSqlite => crate::ts!("store-header-not-sqlite"),
        Header::PageSize => crate::ts!("store-header-page-size"),
        Header::Scribbled => crate::ts!("store-header-scribbled"),
        Header::CutMidPage => crate::ts!("store-header-cut-mid-page"),
        Header::CutShort => crate::ts!("store-header-cut-short"),
    }
}

fn foreign(f: Foreign) -> &'static str {
    match f {
        Foreign::NotWal => crate::ts!("store-foreign-not-wal"),
        Foreign::BadHeader => crate::ts!("store-foreign-bad-header"),
        Foreign::PageSize => crate::ts!("store-foreign-page-size"),
        Foreign::OtherDatabase => crate::ts!("store-foreign-other-database"),
    }
}

/// Said when no ledger is at `path` but its sidecars are: what they are and what to do.
fn leftovers(path: &Path, found: &[PathBuf]) -> String {
    let names: Vec<String> = found
        .iter()
        .map(|p| crate::t!("store-leftover-name", path = shown(p)))
        .collect();
    crate::t!(
        "store-leftovers",
        names = names.join(crate::ts!("store-leftover-and")),
        n = names.len(),
        path = shown(path)
    )
}

/// A value refused in a write: the rule's words, and what was not saved. A note too large is
/// not quoted: it may be a megabyte.
fn not_saved_invalid(saving: Saving, invalid: &crate::problem::Invalid) -> String {
    let why = match invalid.problem {
        Problem::NoteTooLarge { .. } => super::values::problem(&invalid.problem),
        _ => super::values::invalid(invalid),
    };
    crate::t!(
        "store-not-saved-invalid",
        why = why,
        not_saved = not_saved(saving)
    )
}

mod refusal;
pub use refusal::refusal;

#[cfg(test)]
mod zh_tests;

/// A history entry that withdraws a note (its old value is the note's id).
pub fn withdrawal(note: Option<&str>) -> String {
    crate::t!(
        "store-withdrawal",
        note = crate::text::inert_line(note.unwrap_or("?")).into_owned()
    )
}

/// A history entry's reason as shown: the note that set a status, worded; a person's own
/// reason as written.
pub fn reason(r: &str) -> String {
    if let Some(note) = crate::request::note_of_reason(r) {
        if let Some(why) = crate::request::why_of_reason(r) {
            return super::letters::reason_note_why(note, &reason(why));
        }
        return crate::t!("store-reason-note", note = note.to_string());
    }
    match r {
        crate::request::UNDONE => crate::t!("store-reason-undone"),
        crate::request::UNDONE_ADDED => crate::t!("store-reason-undone-added"),
        crate::request::REDONE => crate::t!("store-reason-redone"),
        given => given.to_string(),
    }
}

/// A note shown in a list of notes, marked when it was withdrawn.
pub fn withdrawn_mark() -> &'static str {
    crate::ts!("store-withdrawn-mark")
}

/// A letter as the report cites it.
pub fn letter_ref(l: &crate::request::LetterRef) -> String {
    let cited = super::values::citation(&l.issuer, l.issued_on, &l.addressee, &l.title);
    if l.claim_not_kept {
        return super::letters::title_marked(&cited, &[super::letters::not_kept().to_string()]);
    }
    cited
}

/// A stored value a row cannot be read from (a ledger another tool wrote into), as the
/// message about the damage quotes it.
impl std::fmt::Display for crate::error::ledger::BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::error::ledger::Column;
        let column = self.column.clone();
        let said = match &self.what {
            Column::NotADate => crate::t!("store-column-not-a-date", column = column),
            Column::NoDate => crate::t!("store-column-no-date", column = column),
            Column::NoStatus => crate::t!("store-column-no-status", column = column),
            Column::Refused(value, p) => crate::t!(
                "store-column-refused",
                column = column,
                value = format!("{:?}", crate::text::inert_line(value.as_str())),
                problem = super::values::problem(p)
            ),
        };
        f.write_str(&said)
    }
}
