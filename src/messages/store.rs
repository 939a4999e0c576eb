//! What the ledger says about itself: opening, upgrading, damage, busy, backups, restore.

use std::path::{Path, PathBuf};

use crate::error::ledger::{Damage, Foreign, Header, Refusal};
use crate::problem::Problem;
use crate::request::{Saved, Saving};

fn shown(p: &Path) -> String {
    crate::text::shown(p)
}

/// What a write was saving, as "… NOT saved" names it.
pub fn saving(s: Saving) -> &'static str {
    match s {
        Saving::Pledge => "pledge",
        Saving::Change => "change",
        Saving::Note => "note",
        Saving::Letter => "letter",
        Saving::Import => "import",
        Saving::Builtin => "built-in pledges",
        Saving::Anything => "nothing",
    }
}

/// "note NOT saved", or "nothing was saved" when no write in particular was asked.
pub fn not_saved(s: Saving) -> String {
    match s {
        Saving::Anything => "nothing was saved".into(),
        _ => format!("{} NOT saved", saving(s)),
    }
}

/// What a committed write saved, as "… was saved" names it.
pub fn saved(s: &Saved) -> String {
    match s {
        Saved::Pledge(id) => format!("pledge #{id}"),
        Saved::Note(id) => format!("note #{id}"),
        Saved::Change(pledge) => format!("the change to pledge #{pledge}"),
        Saved::Letter(Some(id)) => format!("letter #{id}"),
        Saved::Letter(None) => "the letter".into(),
        Saved::Backup(path) => format!("the backup {}", shown(path)),
        Saved::Restore(path) => format!("the restore of {}", shown(path)),
        Saved::Ledger(path) => format!("the ledger {}", shown(path)),
        Saved::Import => "the import".into(),
    }
}

pub fn damage(d: &Damage) -> String {
    match d {
        Damage::Check(lines) => lines.join("; "),
        Damage::Sqlite(text) => text.clone(),
        Damage::Header(h) => header(*h).into(),
    }
}

fn header(h: Header) -> &'static str {
    match h {
        Header::NotSqlite => "its first page is not an SQLite header",
        Header::PageSize => "its header gives an impossible page size",
        Header::Scribbled => "its header is scribbled over",
        Header::CutMidPage => "the file ends in the middle of a page: it was cut short",
        Header::CutShort => "the file is shorter than its header says: it was cut short",
    }
}

fn foreign(f: Foreign) -> &'static str {
    match f {
        Foreign::NotWal => "it is not an SQLite WAL file",
        Foreign::BadHeader => "its header does not verify (SQLite did not write it whole)",
        Foreign::PageSize => "its page size differs from the ledger's",
        Foreign::OtherDatabase => {
            "it holds changes made to another database file (a deleted ledger, or the \
             ledger a copy was put over)"
        }
    }
}

/// Said when no ledger is at `path` but its sidecars are: what they are and what to do.
fn leftovers(path: &Path, found: &[PathBuf]) -> String {
    let names: Vec<String> = found.iter().map(|p| shown(p)).collect();
    let one = names.len() == 1;
    let them = if one { "it" } else { "them" };
    format!(
        "{} {} left from a ledger that was there before; SQLite would replay {them} into a new \
         ledger. Put the old ledger back at {}, or move {them} away (keep {them} until you know \
         {} not needed)",
        names.join(" and "),
        if one { "is" } else { "are" },
        shown(path),
        if one { "it is" } else { "they are" },
    )
}

/// A value refused in a write: the rule's words, and what was not saved. A note too large is
/// not quoted: it may be a megabyte.
fn not_saved_invalid(saving: Saving, invalid: &crate::problem::Invalid) -> String {
    let why = match invalid.problem {
        Problem::NoteTooLarge { .. } => super::values::problem(&invalid.problem),
        _ => super::values::invalid(invalid),
    };
    format!("{why}; {}", not_saved(saving))
}

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::NotSaved { saving, invalid } => not_saved_invalid(*saving, invalid),
        Refusal::NoSuchPledge {
            id,
            ids: Some((lo, hi)),
        } => format!(
            "no pledge with id {id}; this ledger's ids run from {lo} to {hi} (see `pledge list`)"
        ),
        Refusal::NoSuchPledge { id, ids: None } => {
            format!("no pledge with id {id}; this ledger has no pledges")
        }
        Refusal::NoParent { id } => format!("no pledge with id {id} (--parent); nothing added"),
        Refusal::NoLetter { id } => format!("no letter with id {id} (--letter); nothing added"),
        Refusal::NoSuchNote { pledge, note } => format!("pledge {pledge} has no note #{note}"),
        Refusal::PledgeGone { pledge, saving } => {
            format!("pledge {pledge} is gone; {}", not_saved(*saving))
        }
        Refusal::TargetWithoutNumber { pledge } => format!(
            "pledge #{pledge} would have a target unit or wording but no target number; \
             give the number too. Nothing changed"
        ),
        Refusal::ReadOnlyFolder {
            ledger,
            folder,
            wal,
            shm,
            saving,
        } => format!(
            "the ledger at {} is read-only here: its folder {} is not writable, so SQLite \
             cannot make the {} and {} files it needs to write; {}",
            shown(ledger),
            shown(folder),
            shown(wal),
            shown(shm),
            not_saved(*saving)
        ),
        Refusal::WalUnreadable { ledger, wal, shm } => format!(
            "cannot read the ledger {}: changes are waiting in {} and SQLite cannot read them \
             without making {}, which this folder does not allow. Run any pledge command on \
             it as a user who can write the folder, or copy the ledger with its -wal to a \
             folder you can write",
            shown(ledger),
            shown(wal),
            shown(shm),
        ),
        Refusal::ReadOnlyPathNotUtf8 { ledger } => format!(
            "cannot read the read-only ledger {}: its folder is not writable either",
            shown(ledger)
        ),
        Refusal::BrokenLink { path, link } => {
            format!(
                "{} is {}; no ledger is there",
                shown(path),
                super::files::broken(link)
            )
        }
        Refusal::NoLedger {
            path,
            leftovers: found,
        } if !found.is_empty() => {
            format!("no ledger at {}: {}", shown(path), leftovers(path, found))
        }
        Refusal::NoLedger { path, .. } => format!(
            "no ledger at {0}; create one with `pledge init --db {0}`",
            shown(path)
        ),
        Refusal::NotAFile { path, kind } => format!(
            "{} is {}, not a pledge ledger; it was not opened. Give the path of a ledger file",
            shown(path),
            super::files::kind(*kind)
        ),
        Refusal::EmptyFile { path } => format!(
            "{0} is an empty file (0 bytes), not a pledge ledger; it was not changed. \
             `pledge init --force --db {0}` replaces it with a new ledger",
            shown(path)
        ),
        Refusal::NotSqlite { path, bytes } => format!(
            "{} is not a pledge ledger (not an SQLite database, {bytes} bytes); it was not changed",
            shown(path)
        ),
        Refusal::OtherProgram {
            path,
            application_id,
        } => format!(
            "{} is an SQLite database of another program (application_id {application_id:#010x}), \
             not a pledge ledger; it was not changed",
            shown(path)
        ),
        Refusal::NewerSchema {
            ledger,
            version,
            known,
        } => format!(
            "the ledger{} was written by a newer pledge (schema version {version}; this program \
             knows up to {known}); it was not changed. Upgrade pledge to open it",
            ledger
                .as_deref()
                .map(|p| format!(" at {}", shown(p)))
                .unwrap_or_default()
        ),
        Refusal::ForeignJournal { ledger, journal } => format!(
            "{} beside the ledger {} was not made by pledge (its ledgers keep a -wal, \
             never a -journal); SQLite would replay it into the ledger. Move it away if it \
             is not yours; the ledger was not changed",
            shown(journal),
            shown(ledger)
        ),
        Refusal::ForeignWal {
            ledger,
            wal,
            shm,
            why,
        } => format!(
            "{0} does not belong to the ledger {1}: {2}. SQLite would replay it into the \
             ledger, so neither file was opened or changed. If you restored a backup, use \
             `pledge restore BACKUP`; else move {0} (and {3}) away, keeping {0} until you know \
             it is not needed",
            shown(wal),
            shown(ledger),
            foreign(*why),
            shown(shm),
        ),
        Refusal::CreateOverLink { path, link } => format!(
            "will not create a ledger at {}: it is {}. Give the path the ledger should have",
            shown(path),
            super::files::broken(link)
        ),
        Refusal::CreateOverEmpty { path, link } => format!(
            "{} is an empty file (0 bytes); it was not changed. {}",
            shown(path),
            if *link {
                "it is a symbolic link; give the path of the file itself to replace it"
            } else {
                "add --force to replace it with a new ledger"
            }
        ),
        Refusal::CreateOverExisting { path, found } => format!(
            "will not create a ledger at {}: {}",
            shown(path),
            match found {
                Some(e) => e.to_string(),
                None => "a pledge ledger is already there".into(),
            }
        ),
        Refusal::CreateBesideLeftovers {
            path,
            leftovers: found,
        } => format!(
            "will not create a ledger at {}: {}",
            shown(path),
            leftovers(path, found)
        ),
        Refusal::CreateWithoutFolder { path, folder } => format!(
            "cannot create a ledger at {}: the folder {} does not exist",
            shown(path),
            shown(folder)
        ),
        Refusal::NoWalMode { path, mode } => format!(
            "the folder of {} does not support SQLite's WAL mode (got {mode})",
            shown(path)
        ),
        Refusal::WalNotFolded { path } => format!(
            "SQLite did not fold the WAL of {} into it when it closed; nothing written",
            shown(path)
        ),
        Refusal::AppearedMeanwhile { path } => format!(
            "will not write {}: a file appeared there meanwhile",
            shown(path)
        ),
        Refusal::BackupWithoutFolder { backup, folder } => format!(
            "cannot write the backup {}: the folder {} does not exist",
            shown(backup),
            shown(folder)
        ),
        Refusal::BackupBesideLeftovers {
            backup,
            leftovers: found,
        } => format!(
            "will not write the backup {}: {}",
            shown(backup),
            leftovers(backup, found)
        ),
        Refusal::BackupPathNotUtf8 { path } => format!(
            "cannot write a backup to {}: the path is not UTF-8",
            shown(path)
        ),
        Refusal::RestorePathNotUtf8 { path } => {
            format!("cannot restore to {}: the path is not UTF-8", shown(path))
        }
        Refusal::BackupCheckFailed { damage: d } => format!(
            "the backup copy failed its check ({}); nothing written",
            damage(d)
        ),
        Refusal::BackupDiskFull { backup } => format!(
            "disk full: the backup {} was not written (nothing of it was left behind); the ledger \
             was not changed. Free some space and try again",
            shown(backup)
        ),
        Refusal::RestoreOverNonFile { path, kind } => {
            format!(
                "{} is {}, not a ledger; nothing restored",
                shown(path),
                super::files::kind(*kind)
            )
        }
        Refusal::RestoreOverLink { path, link } => format!(
            "{} is {}; nothing restored",
            shown(path),
            link.as_ref().map_or_else(
                || "a symbolic link to a file that does not exist".to_string(),
                super::files::broken
            )
        ),
        Refusal::RestoreItself { backup } => format!(
            "{} is the ledger itself, not a backup of it; nothing restored",
            shown(backup)
        ),
        Refusal::RestoreUnusable { backup, why } => format!(
            "{} cannot be restored: {why}; nothing restored",
            shown(backup)
        ),
        Refusal::RestoreWhileOpen { ledger, pid } => format!(
            "another process (pid {pid}) has the ledger {} open; close it (quit the \
             full-screen view, let running commands finish) and restore again; nothing restored",
            shown(ledger)
        ),
        Refusal::RestoreDamaged { backup, damage: d } => format!(
            "the backup {} is damaged ({}); nothing restored",
            shown(backup),
            damage(d)
        ),
        Refusal::LetterAlreadyIn { id } => super::cli::letter_already_in(*id),
    }
}

/// A history entry that withdraws a note (its old value is the note's id).
pub fn withdrawal(note: Option<&str>) -> String {
    format!(
        "note #{} withdrawn: entered by mistake",
        crate::text::inert_line(note.unwrap_or("?"))
    )
}

/// A history entry's reason as shown: the note that set a status, worded; a person's own
/// reason as written.
pub fn reason(r: &str) -> String {
    if let Some(note) = crate::request::note_of_reason(r) {
        return format!("with note #{note}");
    }
    match r {
        crate::request::UNDONE => "undo".to_string(),
        crate::request::UNDONE_ADDED => "undo: added by mistake".to_string(),
        crate::request::REDONE => "redo".to_string(),
        given => given.to_string(),
    }
}

/// A note shown in a list of notes, marked when it was withdrawn.
pub fn withdrawn_mark() -> &'static str {
    "(withdrawn: entered by mistake)"
}

/// A letter as the report cites it.
pub fn letter_ref(l: &crate::request::LetterRef) -> String {
    super::values::citation(&l.issuer, l.issued_on, &l.addressee, &l.title)
}

/// A stored value a row cannot be read from (a ledger another tool wrote into), as the
/// message about the damage quotes it.
impl std::fmt::Display for crate::error::ledger::BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::error::ledger::Column;
        let column = &self.column;
        match &self.what {
            Column::NotADate => write!(f, "column {column}: not a date"),
            Column::NoDate => write!(f, "column {column}: missing date"),
            Column::NoStatus => write!(f, "column {column}: missing status"),
            Column::Refused(value, p) => write!(
                f,
                "column {column}: {:?}: {}",
                crate::text::inert_line(value.as_str()),
                super::values::problem(p)
            ),
        }
    }
}
