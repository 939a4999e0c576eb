//! Why a config file is refused: the facts, worded by `messages::config`. Each names the file,
//! and where it can, the line and the key.

use std::path::PathBuf;

/// What a setting accepts, for the refusal to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepted {
    /// An absolute path, or one starting with `~/`.
    Path,
    /// Text that is not blank.
    Text,
    /// `zh` or `en`.
    Language,
    /// A whole number of days from 0 to 3650.
    Days,
    /// A table of settings (`[report]`, `[keys]`).
    Table,
    /// A key as `[keys]` writes it (`Q`, `ctrl-r`, `f2`).
    Key,
}

#[derive(Debug)]
pub enum Refusal {
    /// `PLEDGE_CONFIG` names no file.
    Missing { path: PathBuf },
    /// A folder, a pipe or a device where the file should be.
    NotAFile { path: PathBuf },
    /// Larger than [`crate::config::MAX_BYTES`].
    TooLarge { path: PathBuf },
    /// Not UTF-8 text; the first bad byte is on `line`.
    NotText { path: PathBuf, line: usize },
    /// Not TOML; the parser's own words in `detail`.
    NotToml {
        path: PathBuf,
        line: usize,
        detail: String,
    },
    /// A key the file may not hold; `accepted` lists those it may, there.
    UnknownKey {
        path: PathBuf,
        line: usize,
        key: String,
        accepted: Vec<&'static str>,
    },
    /// A value a key does not accept.
    BadValue {
        path: PathBuf,
        line: usize,
        key: String,
        value: String,
        accepted: Accepted,
    },
    /// `[keys]` names an action there is none of.
    UnknownAction {
        path: PathBuf,
        line: usize,
        action: String,
    },
}

impl Refusal {
    /// A file the person wrote wrongly (exit 2) rather than one that cannot be read (exit 1).
    pub fn is_usage(&self) -> bool {
        !matches!(self, Refusal::NotAFile { .. })
    }
}
