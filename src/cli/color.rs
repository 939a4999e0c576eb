//! Parsing the command line: `--color` is read before the rest of it, so that clap's own help
//! and errors follow it too, and decided for standard output as clap decides for its help.

use std::ffi::OsString;

use clap::{ColorChoice, CommandFactory, FromArgMatches, ValueEnum};

use super::Cli;

/// The `--color` among `args` (the last one, as clap takes it), before any `--`. A value clap
/// will refuse counts as `auto` here; clap then says what is wrong with it.
pub fn asked(args: &[OsString]) -> ColorChoice {
    let mut choice = ColorChoice::Auto;
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--color") {
            Some("") => rest.next().and_then(|v| v.to_str()),
            Some(v) => v.strip_prefix('='),
            None => None,
        };
        if let Some(v) = value.and_then(|v| ColorChoice::from_str(v, false).ok()) {
            choice = v;
        }
    }
    choice
}

/// The command line, parsed with clap's help and errors coloured as `--color` asks.
pub fn parse_from(args: Vec<OsString>) -> Result<Cli, clap::Error> {
    let mut cmd = super::help::localized(Cli::command()).color(asked(&args));
    let matches = cmd.try_get_matches_from_mut(args)?;
    let mut cli = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))?;
    cli.db_from_env = matches.value_source("db") == Some(clap::parser::ValueSource::EnvVariable);
    Ok(cli)
}

/// Whether to colour what goes to standard output: `auto` is anstream's choice, the one
/// clap's help makes (NO_COLOR, CLICOLOR_FORCE, CLICOLOR=0, TERM=dumb, a terminal or not).
pub fn on_stdout(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_last_color_before_a_double_dash_is_the_one_asked() {
        assert_eq!(asked(&args(&["pledge", "list"])), ColorChoice::Auto);
        assert_eq!(
            asked(&args(&["pledge", "--color", "never", "list"])),
            ColorChoice::Never
        );
        assert_eq!(
            asked(&args(&["pledge", "list", "--color=always"])),
            ColorChoice::Always
        );
        assert_eq!(
            asked(&args(&[
                "pledge",
                "--color=never",
                "list",
                "--color",
                "always"
            ])),
            ColorChoice::Always
        );
        assert_eq!(
            asked(&args(&["pledge", "--color", "purple"])),
            ColorChoice::Auto
        );
        assert_eq!(
            asked(&args(&["pledge", "note", "1", "--", "--color=always"])),
            ColorChoice::Auto
        );
        assert_eq!(
            asked(&args(&["pledge", "--colorful=always"])),
            ColorChoice::Auto
        );
    }

    #[test]
    fn always_and_never_are_not_second_guessed() {
        assert!(on_stdout(ColorChoice::Always));
        assert!(!on_stdout(ColorChoice::Never));
    }
}
