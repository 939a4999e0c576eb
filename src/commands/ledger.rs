//! Where the ledger lives: `--db`, else `PLEDGE_DB`, else the platform data folder.

use std::fs;
use std::io::Write;
use std::path::PathBuf;

use super::{Refusal, confirmed};
use crate::cli::{BackupArgs, RestoreArgs};
use crate::error::{Error, Result};
use crate::files::shown;
use crate::messages::cli as words;
use crate::request::Saved;
use crate::store::{Seed, Store};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The platform default: created, with the built-in pledges, on first use.
    Default(PathBuf),
    /// Named by `--db` or `PLEDGE_DB`: must already exist (except for `init`).
    Chosen(PathBuf),
}

impl Location {
    pub fn resolve(db: Option<PathBuf>) -> Result<Location> {
        match db {
            Some(p) if p.as_os_str().is_empty() => Err(Error::Command(Refusal::EmptyDb)),
            Some(p) => Ok(Location::Chosen(p)),
            None => dirs::data_dir()
                .map(|d| Location::Default(d.join("pledge").join("ledger.db")))
                .ok_or(Error::Command(Refusal::NoDataFolder)),
        }
    }

    pub fn path(&self) -> &PathBuf {
        match self {
            Location::Default(p) | Location::Chosen(p) => p,
        }
    }

    /// The path as the header shows it, with the home folder as `~`.
    pub fn label(&self) -> String {
        let path = self.path();
        match dirs::home_dir().and_then(|h| path.strip_prefix(h).ok().map(|p| p.to_path_buf())) {
            Some(rest) => format!("~/{}", rest.display()),
            None => path.display().to_string(),
        }
    }

    /// Makes the platform's data folder for the default ledger; a chosen path's folder is the
    /// person's to make (a typo there should not grow folders).
    pub fn make_folder(&self) -> Result<()> {
        if let (Location::Default(_), Some(dir)) = (self, self.path().parent()) {
            fs::create_dir_all(dir)
                .map_err(|e| Error::io_at(crate::error::Doing::CreateFolder, dir, e))?;
        }
        Ok(())
    }

    /// Opens the ledger; the default one is created on first use, nothing else is.
    ///
    /// Several commands starting at once on first use all get the one ledger: a process
    /// that loses the race to create it opens the one that won.
    pub fn open(&self) -> Result<Store> {
        match self {
            Location::Default(path) if fs::symlink_metadata(path).is_err() => {
                self.make_folder()?;
                match Store::create(path, Seed::Builtin, false) {
                    Ok(store) => {
                        super::remark(format_args!("{}", words::created_default(&shown(path))));
                        Ok(store)
                    }
                    Err(_) if fs::symlink_metadata(path).is_ok() => Store::open(path),
                    Err(e) => Err(e),
                }
            }
            Location::Default(path) | Location::Chosen(path) => Store::open(path),
        }
    }
}

/// `pledge backup FILE`.
pub fn backup(
    store: &impl crate::ledger::Ledger,
    ledger: &str,
    args: &BackupArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let working = crate::progress::Progress::working();
    store.backup(&args.file)?;
    drop(working);
    let said = words::backed_up(ledger, &shown(&args.file));
    confirmed(
        out,
        Saved::Backup(args.file.clone()),
        format_args!("{said}"),
    )
}

/// `pledge restore BACKUP`.
pub fn restore(location: &Location, args: &RestoreArgs, out: &mut dyn Write) -> Result<()> {
    let path = location.path();
    location.make_folder()?;
    let done = Store::restore(path, &args.backup)?;
    let kept = done.aside.map(moved_aside).unwrap_or_default();
    let said = words::restored(&shown(path), &shown(&args.backup), done.counts);
    confirmed(
        out,
        Saved::Restore(path.to_path_buf()),
        format_args!("{said}{kept}"),
    )
}

/// The lines saying where what the restore replaced now is.
fn moved_aside(aside: crate::store::Aside) -> String {
    match aside.ledger {
        Some(ledger) => words::replaced_kept(&shown(&ledger)),
        None => aside
            .sidecars
            .iter()
            .map(|(from, to)| words::leftover_kept(&shown(from), &shown(to)))
            .collect(),
    }
}
