//! The program's errors, worded from the facts each variant carries.

use std::path::Path;

use super::store::{damage, not_saved, saved};
use crate::error::{Doing, Error};
use crate::request::{Saved, Saving};

fn at(ledger: Option<&Path>) -> String {
    ledger
        .map(|p| format!(" at {}", crate::text::shown(p)))
        .unwrap_or_default()
}

pub fn busy(saving: Saving) -> String {
    format!(
        "the ledger is busy (another pledge process is writing); {}",
        not_saved(saving)
    )
}

pub fn damaged(ledger: Option<&Path>, d: &crate::store::Damage) -> String {
    format!(
        "the ledger{} is damaged ({}); it was not changed. Restore it from a backup \
         (`pledge backup FILE` makes one) or from a copy of the file",
        at(ledger),
        damage(d)
    )
}

pub fn disk_full(saving: Saving) -> String {
    format!(
        "disk full, {}; free some space and try again (what was saved before is intact)",
        not_saved(saving)
    )
}

pub fn read_only(ledger: Option<&Path>, saving: Saving) -> String {
    match saving {
        Saving::Anything => format!(
            "the ledger{} is read-only: no change can be saved",
            at(ledger)
        ),
        _ => format!(
            "the ledger{} is read-only: {}",
            at(ledger),
            not_saved(saving)
        ),
    }
}

/// What was being done, as the start of the sentence that names the path.
fn doing(d: Doing) -> &'static str {
    match d {
        Doing::Read => "cannot read",
        Doing::Write => "cannot write",
        Doing::Create => "cannot create",
        Doing::CreateFolder => "cannot create the folder",
        Doing::SetPermissions => "cannot set the permissions of",
        Doing::PlaceLedger => "cannot move the new ledger to",
        Doing::PlaceFile => "cannot move the new file to",
        Doing::KeepOldLedger => "cannot keep the old ledger as",
        Doing::MoveOldSidecar => "cannot move the old sidecar file to",
        Doing::PlaceRestored => "cannot move the restored ledger to",
        Doing::WriteOutput => "cannot write the output",
        Doing::ReadNoteInput => "cannot read the note from standard input",
        Doing::Terminal => "terminal",
        Doing::ReportSpill => "cannot use a temporary file for the report",
        Doing::ReadConfig => "cannot read the config file",
    }
}

pub fn io(d: Doing, path: Option<&Path>, source: &std::io::Error) -> String {
    match path {
        Some(p) => format!("{} {}: {source}", doing(d), crate::text::shown(p)),
        None => format!("{}: {source}", doing(d)),
    }
}

/// SQLite's own words, for a failure none of the other kinds covers.
pub fn sqlite(e: &rusqlite::Error) -> String {
    format!("ledger error: {e}")
}

pub fn saved_unconfirmed(what: &Saved, source: &std::io::Error) -> String {
    format!(
        "{} was saved, but its confirmation could not be written: {source}",
        saved(what)
    )
}

/// Every error as a person reads it.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Error::Invalid(i) => super::values::invalid(i),
            Error::Ledger(r) => super::store::refusal(r),
            Error::File(r) => super::files::refusal(r),
            Error::Letter(r) => super::letter::refusal(r),
            Error::Screen(r) => super::tui::refusal(r),
            Error::Command(r) => super::cli::refusal(r),
            Error::Import(r) => super::import::refusal(r),
            Error::Config(r) => super::config::refusal(r),
            Error::Flagged { overdue, as_of } => super::cli::overdue_flagged(*overdue, *as_of),
            Error::Busy(saving) => busy(*saving),
            Error::Damaged { ledger, damage } => damaged(ledger.as_deref(), damage),
            Error::DiskFull { saving } => disk_full(*saving),
            Error::ReadOnly { ledger, saving } => read_only(ledger.as_deref(), *saving),
            Error::Io {
                doing,
                path,
                source,
            } => io(*doing, path.as_deref(), source),
            Error::Sqlite(e) => sqlite(e),
            Error::SavedUnconfirmed { saved, source } => saved_unconfirmed(saved, source),
        };
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_being_done_is_worded_with_its_path_made_inert() {
        let e = std::io::Error::other("boom");
        let at = io(Doing::Read, Some(Path::new("/tmp/a\x1b[2Jb.db")), &e);
        assert!(
            at.starts_with("cannot read /tmp/a") && at.ends_with(": boom"),
            "{at}"
        );
        assert!(!at.contains('\x1b'), "{at}");
        assert_eq!(
            io(Doing::WriteOutput, None, &e),
            "cannot write the output: boom"
        );
    }

    #[test]
    fn a_read_only_ledger_says_what_was_not_saved_or_that_nothing_can_be() {
        assert_eq!(
            read_only(Some(Path::new("l.db")), Saving::Note),
            "the ledger at l.db is read-only: note NOT saved"
        );
        assert_eq!(
            read_only(None, Saving::Anything),
            "the ledger is read-only: no change can be saved"
        );
        assert!(busy(Saving::Import).ends_with("; import NOT saved"));
    }
}
