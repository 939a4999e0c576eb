//! Where the ledger lives: `--db`, else `PLEDGE_DB`, else the platform data folder.

use std::path::PathBuf;

use crate::error::{Error, Result};
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
            Some(p) if p.as_os_str().is_empty() => Err(Error::Usage(
                "--db (or PLEDGE_DB) is empty; expected the path of a ledger file".into(),
            )),
            Some(p) => Ok(Location::Chosen(p)),
            None => dirs::data_dir()
                .map(|d| Location::Default(d.join("pledge").join("ledger.db")))
                .ok_or_else(|| {
                    Error::Refused(
                        "cannot find a data folder for the default ledger (is HOME set?); \
                         give one with --db PATH or PLEDGE_DB"
                            .into(),
                    )
                }),
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

    /// Opens the ledger; the default one is created on first use, nothing else is.
    pub fn open(&self) -> Result<Store> {
        match self {
            Location::Default(path) if !path.exists() => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| Error::io_at("cannot create the folder", dir, e))?;
                }
                let store = Store::create(path, Seed::Builtin, false)?;
                super::remark(format_args!(
                    "created a new ledger at {} with the built-in letter of 2025-05-19",
                    super::shown(path)
                ));
                Ok(store)
            }
            Location::Default(path) | Location::Chosen(path) => Store::open(path),
        }
    }
}
