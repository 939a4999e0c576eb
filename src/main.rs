//! `pledge`: parse the command line, read the clock once, open the ledger, dispatch.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use pledge::error::Error;
use pledge::{cli, commands, text};

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let today = cli
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    // Buffered but not locked: the TUI and its signal handler write to the terminal themselves.
    let mut out = std::io::BufWriter::new(std::io::stdout());
    let result = commands::run(cli, today, &mut out).and_then(|()| {
        out.flush()
            .map_err(|e| Error::io("cannot write the output", e))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`pledge list | head -1`): nothing more to say.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pledge: {}", text::inert(&e.to_string()));
            ExitCode::from(e.exit_code())
        }
    }
}
