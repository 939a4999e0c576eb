//! `pledge`: parse the command line, read the clock once, open the ledger, dispatch.

use std::io::Write;
use std::process::ExitCode;

use clap::error::ErrorKind;

use pledge::error::Error;
use pledge::messages::lang;
use pledge::{cli, commands, text};

fn main() -> ExitCode {
    // First, so the full-screen view's hook (which gives the terminal back) runs before it.
    std::panic::set_hook(Box::new(|info| {
        // Never `eprintln!`: it panics when standard error fails, and a panic inside the hook
        // aborts.
        let _ = writeln!(std::io::stderr(), "{}", panic_message(info.location()));
    }));
    #[cfg(feature = "test-hooks")]
    if let Ok(said) = std::env::var("PLEDGE_TEST_PANIC") {
        panic!("{said}");
    }
    // Before parsing, so that `--help` and clap's errors are in the language asked for.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    match lang::choose(lang::flag_in(&args), |name| std::env::var(name).ok()) {
        Ok(chosen) => lang::set(chosen),
        Err(unknown) => {
            let said = pledge::messages::cli::unknown_lang(&unknown);
            let _ = writeln!(std::io::stderr(), "pledge: {}", text::inert(&said));
            return ExitCode::from(pledge::error::EXIT_USAGE);
        }
    }
    // Whether every argument prints as it is: clap's errors echo them.
    let inert_args = args
        .iter()
        .all(|a| a.to_str().is_some_and(|a| text::inert(a) == a));
    let cli = match cli::color::parse_from(args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e, inert_args),
    };
    let today = cli
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    // Buffered but not locked: the TUI and its signal handler write to the terminal themselves.
    let mut out = std::io::BufWriter::new(std::io::stdout());
    let result = commands::run(cli, today, &mut out).and_then(|()| {
        out.flush()
            .map_err(|e| Error::io(pledge::error::Doing::WriteOutput, e))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`pledge list | head -1`): nothing more to say.
        Err(Error::Io { source, .. } | Error::SavedUnconfirmed { source, .. })
            if source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "pledge: {}", text::inert(&e.to_string()));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Help and version print as clap writes them, coloured as `--color` asks; so do errors when
/// every argument is inert as it is. Otherwise an error, which echoes the value typed, is
/// printed without styles and made inert (clap's escapes and the value's could not be told
/// apart).
fn usage_error(e: &clap::Error, inert_args: bool) -> ExitCode {
    let code = u8::try_from(e.exit_code()).unwrap_or(pledge::error::EXIT_USAGE);
    let plain = e.render().to_string();
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
        }
        _ if inert_args => {
            let _ = e.print();
        }
        _ => {
            let _ = write!(std::io::stderr(), "{}", text::inert(&plain));
        }
    }
    ExitCode::from(code)
}

/// What a panic says: where it happened and nothing else. Its own message can quote the input
/// being read (a letter's bytes, escape sequences included), so it is never printed. The
/// process then exits with Rust's code for a panic, 101.
fn panic_message(at: Option<&std::panic::Location>) -> String {
    let file = at.map(|l| (text::inert_line(l.file()), l.line()));
    let at = file.as_ref().map(|(f, line)| (f.as_ref(), *line));
    format!("pledge: {}", pledge::messages::cli::internal_error(at))
}
