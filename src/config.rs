//! The config file, `$XDG_CONFIG_HOME/pledge/config.toml` (else `~/.config/pledge/…`;
//! `PLEDGE_CONFIG` names another): a default ledger, the author of notes and changes, the
//! language, the report's windows and key bindings. A missing file is no settings; one that
//! cannot be read or holds a mistake stops every command before anything is written.

mod read;

use std::io::Read;
use std::path::{Path, PathBuf};

pub use crate::error::config::{Accepted, Refusal};
use crate::error::{Doing, Error, Result};
use crate::tui::keys::remap::Remap;
pub use read::{REPORT, TOP};

/// The largest config file read: a config is a few lines, never megabytes.
pub const MAX_BYTES: u64 = 1 << 20;

/// The interface's language: the catalogue's own.
pub use crate::messages::lang::Lang as Language;

/// Why the file is looked for where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFrom {
    /// `PLEDGE_CONFIG`.
    Env,
    /// `$XDG_CONFIG_HOME/pledge/config.toml`.
    XdgConfigHome,
    /// `~/.config/pledge/config.toml`.
    Home,
}

/// Where an effective setting came from, for `pledge config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A command-line option, e.g. `--db`.
    Option(&'static str),
    /// An environment variable, e.g. `PLEDGE_DB`.
    Env(&'static str),
    /// The config file, at this line.
    File(usize),
    /// The system's login name.
    Login,
    /// The role a server ledger's address signs in as.
    Role,
    /// Built into the program.
    Default,
}

/// A value the file gives, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Set<T> {
    pub value: T,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub ledger: Option<Set<PathBuf>>,
    pub author: Option<Set<String>>,
    pub language: Option<Set<Language>>,
    pub within: Option<Set<u16>>,
    pub stale_days: Option<Set<u16>>,
    /// `[keys]` as written: (action, key).
    pub keys: Vec<Set<(String, String)>>,
    pub remap: Remap,
}

#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file looked for and why there; `None` with no home folder to look in.
    pub file: Option<(PathBuf, FileFrom)>,
    /// The file was there (and read).
    pub found: bool,
    pub settings: Settings,
}

/// Where the file is looked for, from the environment as `var` reads it.
pub fn locate(
    var: impl Fn(&str) -> Option<std::ffi::OsString>,
    home: Option<PathBuf>,
) -> Option<(PathBuf, FileFrom)> {
    let set = |name: &str| var(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(path) = set("PLEDGE_CONFIG") {
        return Some((path, FileFrom::Env));
    }
    // As the XDG spec says, a relative XDG_CONFIG_HOME is ignored.
    if let Some(dir) = set("XDG_CONFIG_HOME").filter(|d| d.is_absolute()) {
        return Some((
            dir.join("pledge").join("config.toml"),
            FileFrom::XdgConfigHome,
        ));
    }
    home.map(|h| {
        (
            h.join(".config").join("pledge").join("config.toml"),
            FileFrom::Home,
        )
    })
}

impl Config {
    /// The config file of this process's environment, read.
    pub fn load() -> Result<Config> {
        let file = locate(|v| std::env::var_os(v), dirs::home_dir());
        match file {
            Some((path, from)) => Config::read(path, from, dirs::home_dir().as_deref()),
            None => Ok(Config::default()),
        }
    }

    /// The file at `path`: missing is no settings, unless `PLEDGE_CONFIG` named it.
    pub fn read(path: PathBuf, from: FileFrom, home: Option<&Path>) -> Result<Config> {
        let refuse = |r: Refusal| Err(Error::Config(r));
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            // A folder on the way that may not be searched (another user's home, as after
            // `setpriv` or `sudo -u` keeping HOME) hides whether a file is there: it is not
            // this user's file. One that is there but cannot be read is refused below.
            Err(e)
                if e.kind() == std::io::ErrorKind::NotFound
                    || (e.kind() == std::io::ErrorKind::PermissionDenied
                        && from != FileFrom::Env) =>
            {
                if from == FileFrom::Env {
                    return refuse(Refusal::Missing { path });
                }
                return Ok(Config {
                    file: Some((path, from)),
                    ..Config::default()
                });
            }
            Err(e) => return Err(Error::io_at(Doing::ReadConfig, &path, e)),
        };
        if !meta.is_file() {
            return refuse(Refusal::NotAFile { path });
        }
        let mut bytes = Vec::new();
        std::fs::File::open(&path)
            .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| Error::io_at(Doing::ReadConfig, &path, e))?;
        if bytes.len() as u64 > MAX_BYTES {
            return refuse(Refusal::TooLarge { path });
        }
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text,
            Err(e) => {
                let line = bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                return refuse(Refusal::NotText { path, line });
            }
        };
        let settings = read::settings(&path, text, home).map_err(Error::Config)?;
        Ok(Config {
            file: Some((path, from)),
            found: true,
            settings,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_looked_for_where_the_environment_says() {
        let home = Some(PathBuf::from("/home/u"));
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| std::ffi::OsString::from(v))
            }
        };
        assert_eq!(
            locate(env(&[]), home.clone()),
            Some(("/home/u/.config/pledge/config.toml".into(), FileFrom::Home))
        );
        assert_eq!(
            locate(env(&[("XDG_CONFIG_HOME", "/x")]), home.clone()),
            Some(("/x/pledge/config.toml".into(), FileFrom::XdgConfigHome))
        );
        assert_eq!(
            locate(env(&[("XDG_CONFIG_HOME", "rel")]), home.clone()).map(|f| f.1),
            Some(FileFrom::Home)
        );
        assert_eq!(
            locate(
                env(&[("XDG_CONFIG_HOME", "/x"), ("PLEDGE_CONFIG", "/p.toml")]),
                None
            ),
            Some(("/p.toml".into(), FileFrom::Env))
        );
        assert_eq!(locate(env(&[("PLEDGE_CONFIG", "")]), None), None);
    }

    #[test]
    fn a_missing_file_is_no_settings_unless_it_was_named() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io(Doing::Read, e))?;
        let path = dir.path().join("none.toml");
        let config = Config::read(path.clone(), FileFrom::Home, None)?;
        assert!(!config.found && config.settings.ledger.is_none());
        let named = Config::read(path, FileFrom::Env, None);
        assert!(matches!(named, Err(Error::Config(Refusal::Missing { .. }))));
        let folder = Config::read(dir.path().to_path_buf(), FileFrom::Home, None);
        assert!(matches!(
            folder,
            Err(Error::Config(Refusal::NotAFile { .. }))
        ));
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; MAX_BYTES as usize + 1])
            .map_err(|e| Error::io(Doing::Write, e))?;
        let big = Config::read(big, FileFrom::Home, None);
        assert!(matches!(big, Err(Error::Config(Refusal::TooLarge { .. }))));
        let latin = dir.path().join("latin.toml");
        std::fs::write(&latin, b"author = \"a\"\nauthor2 = \"\xe9\"\n")
            .map_err(|e| Error::io(Doing::Write, e))?;
        let latin = Config::read(latin, FileFrom::Home, None);
        assert!(matches!(
            latin,
            Err(Error::Config(Refusal::NotText { line: 2, .. }))
        ));
        Ok(())
    }
}
