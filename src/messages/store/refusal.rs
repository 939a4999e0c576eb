//! The ledger's refusals, worded: what is wrong with the file or the request, and what was
//! left unchanged.

use super::{damage, foreign, leftovers, not_saved, not_saved_invalid, shown};
use crate::error::ledger::Refusal;
use crate::t;

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::NotSaved { saving, invalid } => not_saved_invalid(*saving, invalid),
        Refusal::NoSuchPledge {
            id,
            ids: Some((lo, hi)),
        } => t!(
            "store-no-such-pledge",
            id = id.to_string(),
            lo = lo.to_string(),
            hi = hi.to_string()
        ),
        Refusal::NoSuchPledge { id, ids: None } => {
            t!("store-no-such-pledge-none", id = id.to_string())
        }
        Refusal::NoParent { id } => t!("store-no-parent", id = id.to_string()),
        Refusal::NoLetter { id } => t!("store-no-letter", id = id.to_string()),
        Refusal::NoSuchNote { pledge, note } => t!(
            "store-no-such-note",
            pledge = pledge.to_string(),
            note = note.to_string()
        ),
        Refusal::PledgeGone { pledge, saving } => t!(
            "store-pledge-gone",
            pledge = pledge.to_string(),
            not_saved = not_saved(*saving)
        ),
        Refusal::TargetWithoutNumber { pledge } => {
            t!("store-target-without-number", pledge = pledge.to_string())
        }
        Refusal::ReadOnlyFolder {
            ledger,
            folder,
            wal,
            shm,
            saving,
        } => t!(
            "store-read-only-folder",
            ledger = shown(ledger),
            folder = shown(folder),
            wal = shown(wal),
            shm = shown(shm),
            not_saved = not_saved(*saving)
        ),
        Refusal::WalUnreadable { ledger, wal, shm } => t!(
            "store-wal-unreadable",
            ledger = shown(ledger),
            wal = shown(wal),
            shm = shown(shm)
        ),
        Refusal::ReadOnlyPathNotUtf8 { ledger } => {
            t!("store-read-only-path-not-utf8", ledger = shown(ledger))
        }
        Refusal::BrokenLink { path, link } => t!(
            "store-broken-link",
            path = shown(path),
            link = crate::messages::files::broken(link)
        ),
        Refusal::NoLedger {
            path,
            leftovers: found,
        } if !found.is_empty() => t!(
            "store-no-ledger-leftovers",
            path = shown(path),
            leftovers = leftovers(path, found)
        ),
        Refusal::NoLedger { path, .. } => t!("store-no-ledger", path = shown(path)),
        Refusal::NotAFile { path, kind } => t!(
            "store-not-a-file",
            path = shown(path),
            kind = crate::messages::files::kind(*kind)
        ),
        Refusal::EmptyFile { path } => t!("store-empty-file", path = shown(path)),
        Refusal::NotSqlite { path, bytes } => t!(
            "store-not-sqlite",
            path = shown(path),
            bytes = bytes.to_string()
        ),
        Refusal::OtherProgram {
            path,
            application_id,
        } => t!(
            "store-other-program",
            path = shown(path),
            application_id = format!("{application_id:#010x}")
        ),
        Refusal::NewerSchema {
            ledger,
            version,
            known,
        } => t!(
            "store-newer-schema",
            ledger = crate::messages::errors::ledger(ledger.as_deref()),
            version = version.to_string(),
            known = known.to_string()
        ),
        Refusal::ForeignJournal { ledger, journal } => t!(
            "store-foreign-journal",
            journal = shown(journal),
            ledger = shown(ledger)
        ),
        Refusal::ForeignWal {
            ledger,
            wal,
            shm,
            why,
        } => t!(
            "store-foreign-wal",
            wal = shown(wal),
            ledger = shown(ledger),
            why = foreign(*why),
            shm = shown(shm)
        ),
        Refusal::CreateOverLink { path, link } => t!(
            "store-create-over-link",
            path = shown(path),
            link = crate::messages::files::broken(link)
        ),
        Refusal::CreateOverEmpty { path, link: true } => {
            t!("store-create-over-empty-link", path = shown(path))
        }
        Refusal::CreateOverEmpty { path, link: false } => {
            t!("store-create-over-empty", path = shown(path))
        }
        Refusal::CreateOverExisting { path, found } => t!(
            "store-create-over-existing",
            path = shown(path),
            found = match found {
                Some(e) => e.to_string(),
                None => t!("store-ledger-already-there"),
            }
        ),
        Refusal::CreateBesideLeftovers {
            path,
            leftovers: found,
        } => t!(
            "store-create-beside-leftovers",
            path = shown(path),
            leftovers = leftovers(path, found)
        ),
        Refusal::CreateWithoutFolder { path, folder } => t!(
            "store-create-without-folder",
            path = shown(path),
            folder = shown(folder)
        ),
        Refusal::NoWalMode { path, mode } => t!(
            "store-no-wal-mode",
            path = shown(path),
            mode = crate::text::inert_line(mode).into_owned()
        ),
        Refusal::WalNotFolded { path } => t!("store-wal-not-folded", path = shown(path)),
        Refusal::AppearedMeanwhile { path } => {
            t!("store-appeared-meanwhile", path = shown(path))
        }
        Refusal::BackupWithoutFolder { backup, folder } => t!(
            "store-backup-without-folder",
            backup = shown(backup),
            folder = shown(folder)
        ),
        Refusal::BackupBesideLeftovers {
            backup,
            leftovers: found,
        } => t!(
            "store-backup-beside-leftovers",
            backup = shown(backup),
            leftovers = leftovers(backup, found)
        ),
        Refusal::BackupPathNotUtf8 { path } => {
            t!("store-backup-path-not-utf8", path = shown(path))
        }
        Refusal::RestorePathNotUtf8 { path } => {
            t!("store-restore-path-not-utf8", path = shown(path))
        }
        Refusal::BackupCheckFailed { damage: d } => {
            t!("store-backup-check-failed", damage = damage(d))
        }
        Refusal::BackupDiskFull { backup } => {
            t!("store-backup-disk-full", backup = shown(backup))
        }
        Refusal::RestoreOverNonFile { path, kind } => t!(
            "store-restore-over-non-file",
            path = shown(path),
            kind = crate::messages::files::kind(*kind)
        ),
        Refusal::RestoreOverLink { path, link } => t!(
            "store-restore-over-link",
            path = shown(path),
            link = link.as_ref().map_or_else(
                || t!("store-link-to-nothing"),
                crate::messages::files::broken
            )
        ),
        Refusal::RestoreItself { backup } => t!("store-restore-itself", backup = shown(backup)),
        Refusal::RestoreUnusable { backup, why } => t!(
            "store-restore-unusable",
            backup = shown(backup),
            why = why.to_string()
        ),
        Refusal::RestoreWhileOpen { ledger, pid } => t!(
            "store-restore-while-open",
            pid = pid.to_string(),
            ledger = shown(ledger)
        ),
        Refusal::RestoreDamaged { backup, damage: d } => t!(
            "store-restore-damaged",
            backup = shown(backup),
            damage = damage(d)
        ),
        Refusal::LetterAlreadyIn { id } => crate::messages::cli::letter_already_in(*id),
    }
}
