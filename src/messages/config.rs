//! The config file's face: its refusals, and `pledge config`'s lines.

use std::path::Path;

use crate::config::{Accepted, FileFrom, Origin, Refusal};
use crate::text::shown;

fn accepted(a: Accepted) -> &'static str {
    match a {
        Accepted::Path => crate::ts!("config-accepted-path"),
        Accepted::Text => crate::ts!("config-accepted-text"),
        Accepted::Language => crate::ts!("config-accepted-language"),
        Accepted::Days => crate::ts!("config-accepted-days"),
        Accepted::Table => crate::ts!("config-accepted-table"),
        Accepted::Key => crate::ts!("config-accepted-key"),
    }
}

fn at(path: &Path, line: usize) -> String {
    crate::t!("config-at", path = shown(path), line = line.to_string())
}

pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::Missing { path } => crate::t!("config-missing", path = shown(path)),
        Refusal::NotAFile { path } => crate::t!("config-not-a-file", path = shown(path)),
        Refusal::TooLarge { path } => crate::t!("config-too-large", path = shown(path)),
        Refusal::NotText { path, line } => crate::t!("config-not-text", at = at(path, *line)),
        Refusal::NotToml { path, line, detail } => crate::t!(
            "config-not-toml",
            at = at(path, *line),
            detail = detail.trim()
        ),
        Refusal::UnknownKey {
            path,
            line,
            key,
            accepted,
        } => crate::t!(
            "config-unknown-key",
            at = at(path, *line),
            key = key.as_str(),
            accepted = accepted.join(", ")
        ),
        Refusal::BadValue {
            path,
            line,
            key,
            value,
            accepted: a,
        } => crate::t!(
            "config-bad-value",
            at = at(path, *line),
            key = key.as_str(),
            value = value.as_str(),
            accepted = accepted(*a)
        ),
        Refusal::UnknownAction { path, line, action } => crate::t!(
            "config-unknown-action",
            at = at(path, *line),
            action = action.as_str(),
            actions = crate::tui::keys::remap::ACTIONS
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
        return crate::t!("config-file-none");
    };
    let why = match from {
        FileFrom::Env => crate::ts!("config-from-env"),
        FileFrom::XdgConfigHome => crate::ts!("config-from-xdg"),
        FileFrom::Home => crate::ts!("config-from-home"),
    };
    let path = shown(path);
    if found {
        crate::t!("config-file-found", path = path, why = why)
    } else {
        crate::t!("config-file-not-there", path = path, why = why)
    }
}

/// One effective setting and where it came from.
pub fn setting(name: &str, value: &str, origin: Origin) -> String {
    let from = match origin {
        Origin::Option(option) => crate::t!("config-origin-named", name = option),
        Origin::Env(var) => crate::t!("config-origin-named", name = var),
        Origin::File(line) => crate::t!("config-origin-file", line = line.to_string()),
        Origin::Login => crate::t!("config-origin-login"),
        Origin::Role => crate::t!("config-origin-role"),
        Origin::Default => crate::t!("config-origin-default"),
    };
    crate::t!(
        "config-setting",
        name = name,
        value = crate::text::inert(value),
        from = from
    )
}
