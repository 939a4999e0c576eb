//! The config file's face: its refusals, and `pledge config`'s lines.

use std::path::Path;

use crate::config::{Accepted, FileFrom, Origin, Refusal};
use crate::text::shown;

fn accepted(a: Accepted) -> &'static str {
    match a {
        Accepted::Path => "an absolute path, or one starting with ~/",
        Accepted::Text => "text that is not blank, in quotes",
        Accepted::Language => "\"zh\" or \"en\"",
        Accepted::Days => "a whole number of days from 0 to 3650",
        Accepted::Table => "a table of settings, e.g. [report] on a line of its own",
        Accepted::Key => {
            "a key in quotes: one character (\"Q\"), a name (\"enter\", \"esc\", \"tab\", \
             \"space\", \"up\", \"pagedown\", \"f2\" …), either after \"ctrl-\" or \"alt-\""
        }
    }
}

fn at(path: &Path, line: usize) -> String {
    format!("config file {}, line {line}", shown(path))
}

pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::Missing { path } => {
            format!("no config file at {} (named by PLEDGE_CONFIG)", shown(path))
        }
        Refusal::NotAFile { path } => format!(
            "the config file {} is not a file (a folder, a pipe or a device)",
            shown(path)
        ),
        Refusal::TooLarge { path } => format!(
            "the config file {} is larger than 1 MB; a config file holds a few settings",
            shown(path)
        ),
        Refusal::NotText { path, line } => {
            format!("{}: not UTF-8 text", at(path, *line))
        }
        Refusal::NotToml { path, line, detail } => {
            format!("{}: not TOML ({})", at(path, *line), detail.trim())
        }
        Refusal::UnknownKey {
            path,
            line,
            key,
            accepted,
        } => format!(
            "{}: no setting is called `{key}`; the settings here: {}",
            at(path, *line),
            accepted.join(", ")
        ),
        Refusal::BadValue {
            path,
            line,
            key,
            value,
            accepted: a,
        } => format!(
            "{}: `{key}` cannot be {value}; it takes {}",
            at(path, *line),
            accepted(*a)
        ),
        Refusal::UnknownAction { path, line, action } => format!(
            "{}: [keys] names `{action}`, which is no action; the actions: {}",
            at(path, *line),
            crate::tui::keys::remap::ACTIONS
                .iter()
                .map(|(name, _)| *name)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// `pledge config`'s first line: the file, why there, and whether it is there.
pub fn file_line(file: Option<(&Path, FileFrom)>, found: bool) -> String {
    let Some((path, from)) = file else {
        return "config file: none (no home folder to look in)".into();
    };
    let why = match from {
        FileFrom::Env => "named by PLEDGE_CONFIG",
        FileFrom::XdgConfigHome => "in XDG_CONFIG_HOME",
        FileFrom::Home => "in the home folder",
    };
    let there = if found {
        ""
    } else {
        "; not there, so none applies"
    };
    format!("config file: {}  ({why}{there})", shown(path))
}

/// One effective setting and where it came from.
pub fn setting(name: &str, value: &str, origin: Origin) -> String {
    let from = match origin {
        Origin::Option(option) => format!("from {option}"),
        Origin::Env(var) => format!("from {var}"),
        Origin::File(line) => format!("from the config file, line {line}"),
        Origin::Login => "the login name".to_string(),
        Origin::Default => "built-in default".to_string(),
    };
    format!("{name} = {}  ({from})", crate::text::inert(value))
}
