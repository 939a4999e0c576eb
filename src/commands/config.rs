//! `pledge config`: the effective settings and where each came from; and how the config file,
//! the environment and the options are weighed (option > environment > file > default).

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::{Ctx, written};
use crate::cli::Cli;
use crate::config::{Config, Language, Origin, Settings};
use crate::error::Result;
use crate::messages::config as words;

/// The ledger asked for and where the choice came from: `--db`, else `PLEDGE_DB`, else the
/// config file's `ledger`, else none (the platform's default ledger).
pub fn ledger_choice(cli: &Cli, config: &Config) -> (Option<PathBuf>, Origin) {
    match (&cli.db, &config.settings.ledger) {
        (Some(db), _) if cli.db_from_env => (Some(db.clone()), Origin::Env("PLEDGE_DB")),
        (Some(db), _) => (Some(db.clone()), Origin::Option("--db")),
        (None, Some(set)) => (Some(set.value.clone()), Origin::File(set.line)),
        (None, None) => (None, Origin::Default),
    }
}

/// The language, with the config file's weighed in: `--lang`, else `PLEDGE_LANG`, else the
/// file's `language`, else the locale. `main` chose from all but the file before parsing (so
/// that `--help` is in it); the file, read after, decides only when neither was given.
pub fn language_choice(cli: &Cli, settings: &Settings) -> (Language, Origin) {
    use crate::messages::lang::{self, From};
    let file = settings.language.as_ref();
    let env = |name: &str| std::env::var(name).ok();
    // `main` refused a bad --lang or PLEDGE_LANG before parsing; the same rule, now with the
    // file, cannot fail on them here.
    let Ok((chosen, from)) = lang::choose_from(cli.lang.as_deref(), env, file.map(|f| f.value))
    else {
        return (lang::current(), Origin::Default);
    };
    lang::set(chosen);
    let origin = match from {
        From::Flag => Origin::Option("--lang"),
        From::PledgeLang => Origin::Env("PLEDGE_LANG"),
        From::File => file.map_or(Origin::Default, |f| Origin::File(f.line)),
        From::Locale(name) => Origin::Env(name),
        From::Unset => Origin::Default,
    };
    (chosen, origin)
}

/// What every command knows, the config file's settings taken in.
pub fn context(settings: &Settings, today: NaiveDate, color: bool) -> Ctx {
    Ctx {
        today,
        who: settings
            .author
            .as_ref()
            .map_or_else(super::login_name, |a| a.value.clone()),
        color,
        within: settings
            .within
            .as_ref()
            .map_or(crate::report::WITHIN_DAYS, |s| s.value),
        stale_days: settings
            .stale_days
            .as_ref()
            .map_or(crate::report::STALE_DAYS, |s| s.value),
        language: (crate::messages::lang::current(), Origin::Default),
    }
}

/// `pledge config --path`: where the file is looked for (whether or not it is there).
pub fn path(out: &mut dyn Write) -> Result<()> {
    let file = crate::config::locate(|v| std::env::var_os(v), dirs::home_dir());
    match file {
        Some((path, _)) => written(writeln!(out, "{}", crate::text::shown(&path))),
        None => written(writeln!(out, "{}", words::file_line(None, false))),
    }
}

/// `pledge config`.
/// The settings and where each came from; `role` is the role a server ledger's address
/// signs in as, the author when the file names none.
pub fn show(
    config: &Config,
    ledger: &str,
    ledger_from: Origin,
    role: Option<&str>,
    ctx: &Ctx,
    out: &mut dyn Write,
) -> Result<()> {
    let s = &config.settings;
    let from = |line: Option<usize>| line.map_or(Origin::Default, Origin::File);
    let mut lines = vec![
        words::file_line(
            config.file.as_ref().map(|(p, f)| (p.as_path(), *f)),
            config.found,
        ),
        words::setting("ledger", ledger, ledger_from),
        match (&s.author, role) {
            (None, Some(role)) => words::setting("author", role, Origin::Role),
            _ => words::setting(
                "author",
                &ctx.who,
                match &s.author {
                    Some(a) => Origin::File(a.line),
                    None if ctx.who == crate::messages::cli::unknown_author() => Origin::Default,
                    None => Origin::Login,
                },
            ),
        },
        words::setting("language", ctx.language.0.code(), ctx.language.1),
        words::setting(
            "report.within",
            &ctx.within.to_string(),
            from(s.within.as_ref().map(|l| l.line)),
        ),
        words::setting(
            "report.stale_days",
            &ctx.stale_days.to_string(),
            from(s.stale_days.as_ref().map(|l| l.line)),
        ),
    ];
    for key in &s.keys {
        let (action, written) = &key.value;
        lines.push(words::setting(
            &format!("keys.{action}"),
            &format!("{written:?}"),
            Origin::File(key.line),
        ));
    }
    written(writeln!(out, "{}", lines.join("\n")))
}
