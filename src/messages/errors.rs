//! The program's errors, worded from the facts each variant carries.

use std::path::Path;

use super::store::{damage, not_saved, saved};
use crate::error::{Doing, Error};
use crate::request::{Saved, Saving};

/// "the ledger", or "the ledger at PATH" when its path is known.
pub fn ledger(at: Option<&Path>) -> String {
    match at {
        Some(p) => crate::t!("errors-ledger-at", path = crate::text::shown(p)),
        None => crate::t!("errors-ledger"),
    }
}

pub fn busy(saving: Saving) -> String {
    crate::t!("errors-busy", not_saved = not_saved(saving))
}

pub fn damaged(at: Option<&Path>, d: &crate::store::Damage) -> String {
    crate::t!("errors-damaged", ledger = ledger(at), damage = damage(d))
}

pub fn disk_full(saving: Saving) -> String {
    crate::t!("errors-disk-full", not_saved = not_saved(saving))
}

pub fn read_only(at: Option<&Path>, saving: Saving) -> String {
    match saving {
        Saving::Anything => crate::t!("errors-read-only-anything", ledger = ledger(at)),
        _ => crate::t!(
            "errors-read-only",
            ledger = ledger(at),
            not_saved = not_saved(saving)
        ),
    }
}

/// What was being done, with the path it was done to (`path` is empty or
/// `errors-io-path`).
fn doing(d: Doing, path: String) -> String {
    match d {
        Doing::Read => crate::t!("errors-doing-read", path = path),
        Doing::Write => crate::t!("errors-doing-write", path = path),
        Doing::Create => crate::t!("errors-doing-create", path = path),
        Doing::CreateFolder => crate::t!("errors-doing-create-folder", path = path),
        Doing::SetPermissions => crate::t!("errors-doing-set-permissions", path = path),
        Doing::PlaceLedger => crate::t!("errors-doing-place-ledger", path = path),
        Doing::PlaceFile => crate::t!("errors-doing-place-file", path = path),
        Doing::KeepOldLedger => crate::t!("errors-doing-keep-old-ledger", path = path),
        Doing::MoveOldSidecar => crate::t!("errors-doing-move-old-sidecar", path = path),
        Doing::PlaceRestored => crate::t!("errors-doing-place-restored", path = path),
        Doing::WriteOutput => crate::t!("errors-doing-write-output", path = path),
        Doing::ReadNoteInput => crate::t!("errors-doing-read-note-input", path = path),
        Doing::Terminal => crate::t!("errors-doing-terminal", path = path),
        Doing::ReportSpill => crate::t!("errors-doing-report-spill", path = path),
        Doing::ReadConfig => crate::t!("errors-doing-read-config", path = path),
    }
}

pub fn io(d: Doing, path: Option<&Path>, source: &std::io::Error) -> String {
    let path = path
        .map(|p| crate::t!("errors-io-path", path = crate::text::shown(p)))
        .unwrap_or_default();
    crate::t!(
        "errors-io",
        doing = doing(d, path),
        reason = io_reason(source)
    )
}

/// The system's words for an I/O failure: English keeps them as the system gives them;
/// Chinese words the common kinds and quotes the rest.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let kind = match e.kind() {
        K::NotFound => "not-found",
        K::PermissionDenied => "permission-denied",
        K::AlreadyExists => "already-exists",
        K::StorageFull => "storage-full",
        K::ReadOnlyFilesystem => "read-only",
        K::IsADirectory => "is-a-directory",
        K::NotADirectory => "not-a-directory",
        _ => "other",
    };
    crate::t!("errors-io-reason", kind = kind, os = e.to_string())
}

/// SQLite's own words, for a failure none of the other kinds covers.
pub fn sqlite(e: &rusqlite::Error) -> String {
    crate::t!("errors-sqlite", error = e.to_string())
}

pub fn saved_unconfirmed(what: &Saved, source: &std::io::Error) -> String {
    crate::t!(
        "errors-saved-unconfirmed",
        saved = saved(what),
        reason = io_reason(source)
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
            Error::Body(r) => super::bodies::refusal(r),
            Error::Sheet(r) => super::sheets::refusal(r),
            Error::Server(r) => super::server::refusal(r),
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
pub(crate) mod zh_tests;

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
