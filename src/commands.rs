//! One function per subcommand: validate, make one store call, print.

pub use crate::error::command::Refusal;

mod bodies;
mod calendar;
mod config;
mod copy;
mod docs;
mod edit;
mod ledger;
mod letter;
mod letter_batch;
mod letters;
mod list;
mod report;
mod server;
mod sheets;
pub mod show;
mod transfer;

use std::io::Write;

use chrono::NaiveDate;

use crate::cli::{Cli, Command};
use crate::error::{Error, Result};
use crate::messages::cli as words;
use crate::request::Saved;

pub use ledger::Location;

/// What every command knows besides its own options.
pub struct Ctx {
    pub today: NaiveDate,
    /// Who is writing: the login name.
    pub who: String,
    /// Whether standard output is coloured (`--color`, decided once).
    pub color: bool,
    /// The report's windows when its options are not given: the config file's, else built in.
    pub within: u16,
    pub stale_days: u16,
    /// The interface's language and where the choice came from.
    pub language: (crate::config::Language, crate::config::Origin),
}

pub fn run(cli: Cli, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    // These need no ledger: they work before one exists, or with no data folder at all.
    match &cli.command {
        Some(Command::Completions(args)) => return docs::completions(args.shell, out),
        Some(Command::Man) => return docs::man(out),
        // Where the file is, even when it holds a mistake: to find it and mend it.
        Some(Command::Config(args)) if args.path => return config::path(out),
        _ => {}
    }
    // Read before anything else: a file with a mistake stops every command unwritten.
    let settings = crate::config::Config::load()?;
    crate::tui::keys::remap::install(settings.settings.remap.clone());
    let (db, db_from) = config::ledger_choice(&cli, &settings);
    if let Some(Command::Copy(args)) = &cli.command {
        return copy::run(db, args, out);
    }
    let color = crate::cli::color::on_stdout(cli.color);
    let mut ctx = config::context(&settings.settings, today, color);
    ctx.language = config::language_choice(&cli, &settings.settings);
    if let Some(db) = db
        .as_ref()
        .filter(|d| crate::server::Address::is_server(d.as_os_str()))
    {
        let address = crate::server::Address::parse(&db.to_string_lossy())?;
        if let Some(Command::Config(_)) = &cli.command {
            let role = address.role();
            return config::show(&settings, address.shown(), db_from, Some(&role), &ctx, out);
        }
        // On a server the author is the database role that signed in, unless the config
        // file names one.
        let named = settings.settings.author.is_some();
        return server::dispatch(cli.command, &address, ctx, named, out);
    }
    let location = Location::resolve(db)?;
    if let Some(Command::Config(_)) = &cli.command {
        let shown = crate::text::shown(location.path());
        return config::show(&settings, &shown, db_from, None, &ctx, out);
    }
    let path = location.path().clone();
    dispatch(cli.command, location, ctx, out).map_err(|e| e.in_ledger(&path))
}

fn dispatch(
    command: Option<Command>,
    location: Location,
    ctx: Ctx,
    out: &mut dyn Write,
) -> Result<()> {
    let Some(command) = command else {
        let store = location.open()?;
        if !interactive() {
            return list::run(&store, &ctx, &crate::cli::ListArgs::default(), out);
        }
        return crate::tui::run(store, ctx.today, ctx.who, location.label());
    };
    if let Command::Init(args) = &command {
        return transfer::init(&location, args, out);
    }
    if let Command::Restore(args) = &command {
        return ledger::restore(&location, args, out);
    }
    if let Command::ImportLetter(args) = command {
        let into = letter::Target {
            label: location.label(),
            open: &|| location.open(),
        };
        return letter::run(location.open()?, &ctx, &into, args, out);
    }
    let mut store = location.open()?;
    match command {
        // Handled above: none opens the ledger this way.
        Command::Init(_)
        | Command::Restore(_)
        | Command::ImportLetter(_)
        | Command::Completions(_)
        | Command::Man
        | Command::Config(_)
        | Command::Copy(_) => Ok(()),
        Command::Add(args) => edit::add(&mut store, &ctx, args, out),
        Command::List(args) => list::run(&store, &ctx, &args, out),
        Command::Show(args) => show::run(&store, &ctx, &args, out),
        Command::Note(args) => edit::note(&mut store, &ctx, args, out),
        Command::Set(args) => edit::set(&mut store, &ctx, args, out),
        Command::Export => transfer::export(&store, out),
        Command::Import(args) => transfer::import(&mut store, &args, out),
        Command::Backup(args) => {
            ledger::backup(&store, &crate::files::shown(location.path()), &args, out)
        }
        Command::Check => {
            store.check()?;
            let (letters, pledges, notes) = store.counts()?;
            let ledger = crate::files::shown(location.path());
            written(writeln!(
                out,
                "{}",
                words::sound(&ledger, letters, pledges, notes)
            ))
        }
        Command::Bodies(args) => bodies::list(&store, &ctx, &args, out),
        Command::Body(cmd) => bodies::body(&mut store, &ctx, cmd, out),
        Command::Report(crate::cli::ReportKind::Overdue(args)) => {
            report::overdue(&store, &ctx, &location.label(), args, out)
        }
        Command::Report(crate::cli::ReportKind::Period(args)) => {
            report::period(&store, &ctx, &location.label(), args, out)
        }
        Command::Report(crate::cli::ReportKind::Scorecard(args)) => {
            report::scorecard(&store, &ctx, &location.label(), args, out)
        }
        Command::Letters(args) => letters::list(&store, &ctx, &args, out),
        Command::Letter(command) => letters::letter(&mut store, &ctx, command, out),
        Command::Confirm(args) => letters::confirm(&mut store, &ctx, args, out),
        Command::Calendar(args) => calendar::run(&store, &ctx, &args, out),
        Command::Request(args) => sheets::request(&store, &ctx, args, out),
        Command::Collect(args) => sheets::collect(&mut store, &ctx, args, out),
    }
}

/// The login name, for authors of notes and changes the config file names none for.
pub(crate) fn login_name() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .or_else(|| whoami::username().ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| words::unknown_author().to_string())
}

/// Write errors on standard output: a closed pipe is handled in `main`.
fn written(r: std::io::Result<()>) -> Result<()> {
    r.map_err(|e| Error::io(crate::error::Doing::WriteOutput, e))
}

/// Prints the confirmation of a change already committed, flushed at once: if it cannot be
/// written, the error says that `what` (note #5) WAS saved, so nobody retries and makes it
/// twice. A closed pipe is still no error (handled in `main`).
fn confirmed(out: &mut dyn Write, saved: Saved, text: std::fmt::Arguments) -> Result<()> {
    out.write_fmt(text)
        .and_then(|()| out.flush())
        .map_err(|source| Error::SavedUnconfirmed { saved, source })
}

/// A remark on standard error beside a command's output. `eprintln!` would panic if standard
/// error cannot be written (`2>/dev/full`); a remark that cannot be made is let go.
pub(crate) fn remark(text: std::fmt::Arguments) {
    let _ = writeln!(std::io::stderr(), "pledge: {text}");
}

/// Whether a person is at a terminal: the full-screen view needs both ends.
pub(crate) fn interactive() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Whether standard output is a terminal, and if so how wide it is.
pub(crate) fn terminal_width() -> Option<usize> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
}
