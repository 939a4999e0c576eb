//! The command line: every option, its accepted values and its help text.

mod bodies;
pub mod color;
pub mod help;
pub mod letters;
mod parse;
mod reports;
pub mod sheets;
mod shell;

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ColorChoice, Parser, Subcommand};

use crate::messages::cli as words;
use crate::model::{Quantity, Status};
use crate::problem::Field;
use crate::report::{self, Format};
use crate::store::Sort;
pub use bodies::{BodiesArgs, BodyCommand, BodySetArgs, BodyShowArgs};
pub use parse::Deadline;
use parse::{date_of, non_empty, one_of, parse_deadline, parse_id, parse_quantity, parse_status};
pub use reports::{CalendarArgs, PeriodArgs, ReportCommon, ScorecardArgs};
pub use shell::Shell;

#[derive(Debug, Parser)]
#[command(
    name = "pledge",
    version,
    about = words::about(),
    long_about = words::long_about()
)]
pub struct Cli {
    /// The ledger file [default: the platform data folder, e.g. ~/.local/share/pledge/ledger.db]
    #[arg(long, global = true, env = "PLEDGE_DB", value_name = words::value_path())]
    pub db: Option<PathBuf>,

    /// Take this day as today (YYYY-MM-DD), for reproducible output
    #[arg(long, global = true, value_name = words::value_date(), value_parser = date_of(Field::Today))]
    pub today: Option<NaiveDate>,

    /// The language of screens, reports and messages: zh (简体中文) or en [default: PLEDGE_LANG, else the locale; Chinese when it names neither]
    #[arg(long, global = true, value_name = "zh|en", value_parser = ["zh", "en"])]
    pub lang: Option<String>,

    /// When to colour: auto (on a terminal, unless NO_COLOR or CLICOLOR=0 is set or
    /// TERM=dumb; CLICOLOR_FORCE=1 forces it), always or never
    #[arg(long, global = true, value_name = words::value_when(), value_enum,
          default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// `--db` came from `PLEDGE_DB` rather than the command line (for `pledge config`).
    #[arg(skip)]
    pub db_from_env: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a ledger (with the built-in 2025-05-19 Jilin letter and its pledges unless --empty)
    Init(InitArgs),
    /// Add a pledge by hand
    Add(AddArgs),
    /// List pledges
    List(ListArgs),
    /// Show one pledge: fields, quote and letter, notes (newest first) and history
    Show(ShowArgs),
    /// Add a dated progress note to a pledge
    Note(NoteArgs),
    /// Change a pledge's fields; every change is kept in its history
    Set(SetArgs),
    /// Write the whole ledger as JSON to standard output
    Export,
    /// Load a JSON export into an empty ledger (all or nothing)
    Import(ImportArgs),
    /// Copy the ledger, consistent even while others write, checked, to a new FILE
    Backup(BackupArgs),
    /// Put a backup in place of the ledger (checked; the old ledger is kept beside it)
    Restore(RestoreArgs),
    /// Read every page of the ledger and check it (integrity_check)
    Check,
    /// Find the pledges of a reply letter (text, GB18030, HTML or DOCX), review them, add them
    ImportLetter(ImportLetterArgs),
    /// Print a report
    #[command(subcommand)]
    Report(ReportKind),
    /// Print the shell's completion script (see the README for where to put it)
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `pledge man > ~/.local/share/man/man1/pledge.1`
    Man,
    /// Print the effective settings and where each comes from (option, environment, config
    /// file, default)
    Config(ConfigArgs),
    /// List the reply letters with their pledges counted; a letter claiming A while a pledge
    /// is overdue or dropped is flagged
    Letters(letters::LettersArgs),
    /// Show or change one letter
    #[command(subcommand)]
    Letter(letters::LetterCommand),
    /// Confirm, as the supervision office, that a deadline cleared while overdue may go
    Confirm(letters::ConfirmArgs),
    /// List the accountable bodies (承办单位), each with its open, overdue, done and dropped
    /// pledges and its on-time rate, the most overdue first
    Bodies(BodiesArgs),
    /// Show, rename, alias, merge or set the parent and contact of an accountable body
    #[command(subcommand)]
    Body(BodyCommand),
    /// Write the open pledges with a deadline as all-day events of a calendar file (.ics)
    Calendar(CalendarArgs),
    /// Write each body's request sheet (催办单, .xlsx) of its open pledges, to fill in
    Request(sheets::RequestArgs),
    /// Add the progress the bodies reported in their returned request sheets
    Collect(sheets::CollectArgs),
    /// Copy a whole ledger between a ledger file and a PostgreSQL server, ids and history kept
    /// (all or nothing)
    Copy(CopyArgs),
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print only the config file's path (even when the file holds a mistake)
    #[arg(long)]
    pub path: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_name = words::value_shell(), value_parser = one_of(&Shell::ALL, Shell::name))]
    pub shell: Shell,
}

#[derive(Debug, Subcommand)]
pub enum ReportKind {
    /// What is late, due soon, or undated with no recent progress, per owner (督办通报)
    Overdue(OverdueArgs),
    /// What progressed, was completed, fell overdue or was extended between two days, per
    /// body (月度督办通报)
    Period(PeriodArgs),
    /// How many pledges were kept, partly kept, broken, are in progress or not started, per
    /// letter and overall
    Scorecard(ScorecardArgs),
}

#[derive(Debug, Args)]
pub struct OverdueArgs {
    /// The day the report is as of [default: today, or --today]
    #[arg(long, value_name = words::value_date(), value_parser = date_of(Field::On))]
    pub as_of: Option<NaiveDate>,
    /// Only this body's pledges, lead or co-owner: any of its names, or part of one (repeat
    /// for several)
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub owner: Vec<String>,
    /// With --owner: only the pledges those bodies lead, not those they co-own
    #[arg(long, requires = "owner")]
    pub lead_only: bool,
    #[arg(long, value_name = words::value_format(), value_parser = one_of(&Format::ALL, Format::name),
          default_value = Format::Text.name())]
    pub format: Format,
    /// Page width of the text format in display columns [default: the terminal's, else 100]
    #[arg(long, value_name = words::value_n(), allow_negative_numbers = true,
          value_parser = clap::value_parser!(u16).range(report::MIN_WIDTH as i64..=1000))]
    pub width: Option<u16>,
    /// Write to this file (whole or not at all) instead of standard output
    #[arg(short = 'o', long = "output", value_name = words::value_file())]
    pub output: Option<PathBuf>,
    /// "Due soon" means due within this many days [default: the config file's
    /// `[report] within`, else 30]
    #[arg(long, value_name = words::value_days(), allow_negative_numbers = true,
          value_parser = clap::value_parser!(u16).range(0..=3650))]
    pub within: Option<u16>,
    /// An undated pledge is listed when its last note is older than this many days
    /// [default: the config file's `[report] stale_days`, else 90]
    #[arg(long, value_name = words::value_n(), allow_negative_numbers = true,
          value_parser = clap::value_parser!(u16).range(0..=3650))]
    pub stale_days: Option<u16>,
    /// Leave out the byte-order mark that CSV files carry for spreadsheet programs
    #[arg(long)]
    pub no_bom: bool,
    /// Exit with code 3 when anything is overdue (for cron and scripts)
    #[arg(long)]
    pub fail_if_overdue: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Start with no letters and no pledges
    #[arg(long)]
    pub empty: bool,
    /// Replace an empty (0-byte) file at the path; never replaces a ledger
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Short summary of the pledge
    #[arg(long, value_parser = non_empty)]
    pub title: String,
    /// The responsible body, as the letter names it [default: --lead and --co-owner, joined
    /// with 、]
    #[arg(long, value_parser = non_empty, required_unless_present = "lead")]
    pub owner: Option<String>,
    /// The body that leads it (牵头), by any of its names; a new name makes a body
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub lead: Option<String>,
    /// A body that works with the lead (配合); repeat for several
    #[arg(long, value_name = words::value_text(), value_parser = non_empty, requires = "lead")]
    pub co_owner: Vec<String>,
    #[arg(long, value_name = words::value_date(), value_parser = date_of(Field::Deadline))]
    pub deadline: Option<NaiveDate>,
    /// The deadline as the letter words it, e.g. "5 年内"
    #[arg(long, value_name = words::value_text())]
    pub deadline_text: Option<String>,
    #[command(flatten)]
    pub target: TargetArgs,
    /// The sentence(s) of the letter the pledge comes from
    #[arg(long, value_name = words::value_text())]
    pub quote: Option<String>,
    /// Make it a sub-item of this pledge
    #[arg(long, value_name = words::value_id(), value_parser = parse_id)]
    pub parent: Option<i64>,
    /// The letter it comes from
    #[arg(long, value_name = words::value_id(), value_parser = parse_id)]
    pub letter: Option<i64>,
    #[arg(long, value_name = words::value_status(), value_parser = parse_status)]
    pub status: Option<Status>,
}

#[derive(Debug, Args)]
pub struct TargetArgs {
    /// Numeric target, e.g. 30
    #[arg(long, value_name = words::value_n(), value_parser = parse_quantity, allow_negative_numbers = true)]
    pub target: Option<Quantity>,
    /// Unit of the target, e.g. 家
    #[arg(long, value_name = words::value_unit(), requires = "target")]
    pub unit: Option<String>,
    /// The target as the letter words it, e.g. "300-400 名"
    #[arg(long, value_name = words::value_text(), requires = "target")]
    pub target_text: Option<String>,
}

/// How `pledge list` prints its pledges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListFormat {
    #[default]
    Table,
    Json,
    Csv,
}

impl ListFormat {
    pub const ALL: [ListFormat; 3] = [ListFormat::Table, ListFormat::Json, ListFormat::Csv];

    /// The name the command line takes.
    pub fn name(self) -> &'static str {
        match self {
            ListFormat::Table => "table",
            ListFormat::Json => "json",
            ListFormat::Csv => "csv",
        }
    }
}

/// How a command that prints one thing (`show`, `import-letter --dry-run`) prints it: for a
/// person, or as JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PageFormat {
    #[default]
    Text,
    Json,
}

impl PageFormat {
    pub const ALL: [PageFormat; 2] = [PageFormat::Text, PageFormat::Json];

    /// The name the command line takes.
    pub fn name(self) -> &'static str {
        match self {
            PageFormat::Text => "text",
            PageFormat::Json => "json",
        }
    }
}

#[derive(Debug, Default, Args)]
pub struct ListArgs {
    /// Only this body's pledges, lead or co-owner: any of its names, or part of one
    #[arg(long)]
    pub owner: Option<String>,
    /// With --owner: only the pledges the body leads, not those it co-owns
    #[arg(long, requires = "owner")]
    pub lead_only: bool,
    #[arg(long, value_name = words::value_status(), value_parser = parse_status)]
    pub status: Option<Status>,
    /// Only open pledges past their deadline
    #[arg(long)]
    pub overdue: bool,
    /// Only pledges whose title, owner, quote or notes contain this text
    #[arg(long, value_name = words::value_text())]
    pub search: Option<String>,
    #[arg(long, value_name = words::value_sort(), value_parser = one_of(&Sort::ALL, Sort::name),
          default_value = Sort::Deadline.name())]
    pub sort: Sort,
    #[arg(long, value_name = words::value_format(),
          value_parser = one_of(&ListFormat::ALL, ListFormat::name),
          default_value = ListFormat::Table.name())]
    pub format: ListFormat,
    /// Leave out the byte-order mark that CSV files carry for spreadsheet programs
    #[arg(long)]
    pub no_bom: bool,
    /// Only pledges quoted from this letter
    #[arg(long, value_name = words::value_id(), value_parser = parse_id)]
    pub letter: Option<i64>,
    /// Only pledges of letters answering a member or deputy whose name contains this text
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub member: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(value_parser = parse_id)]
    pub id: i64,
    #[arg(long, value_name = words::value_format(),
          value_parser = one_of(&PageFormat::ALL, PageFormat::name),
          default_value = PageFormat::Text.name())]
    pub format: PageFormat,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    #[arg(value_parser = parse_id)]
    pub id: i64,
    /// The note; `-` reads it from standard input
    pub text: String,
    /// The day the progress happened [default: today]
    #[arg(long, value_name = words::value_date(), value_parser = date_of(Field::On))]
    pub on: Option<NaiveDate>,
    /// Progress so far, in the target's unit
    #[arg(long, value_name = words::value_n(), value_parser = parse_quantity, allow_negative_numbers = true)]
    pub progress: Option<Quantity>,
    /// Change the pledge's status with this note
    #[arg(long, value_name = words::value_status(), value_parser = parse_status)]
    pub status: Option<Status>,
    /// Who reports it [default: your login name]
    #[arg(long, value_parser = non_empty)]
    pub author: Option<String>,
    /// Why the status changes: required when --status closes or reopens the pledge
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub why: Option<String>,
    /// The body that reported the progress [default: the pledge's owner]
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub by_body: Option<String>,
    /// What backs the note: a URL, a document number (吉科办〔2025〕12号), a file name
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub evidence: Option<String>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    #[arg(value_parser = parse_id)]
    pub id: i64,
    #[arg(long, value_name = words::value_status(), value_parser = parse_status)]
    pub status: Option<Status>,
    #[arg(long, value_parser = non_empty)]
    pub owner: Option<String>,
    /// New deadline, or `none` to remove it
    #[arg(long, value_name = words::value_date_or_none(), value_parser = parse_deadline)]
    pub deadline: Option<Deadline>,
    /// The deadline as the letter words it; '' removes it. Kept when --deadline changes
    #[arg(long, value_name = words::value_text())]
    pub deadline_text: Option<String>,
    #[arg(long, value_parser = non_empty)]
    pub title: Option<String>,
    /// New numeric target; its unit and wording are kept unless given too
    #[arg(long, value_name = words::value_n(), value_parser = parse_quantity, allow_negative_numbers = true)]
    pub target: Option<Quantity>,
    /// New unit of the target, e.g. 家; '' removes it
    #[arg(long, value_name = words::value_unit())]
    pub unit: Option<String>,
    /// New wording of the target as the letter has it; '' removes it
    #[arg(long, value_name = words::value_text())]
    pub target_text: Option<String>,
    /// Remove the target with its unit and wording
    #[arg(long, conflicts_with_all = ["target", "unit", "target_text"])]
    pub no_target: bool,
    /// Why: kept in the history with the change; required to move or clear a deadline, and
    /// to close or reopen the pledge
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub why: Option<String>,
    /// The body that leads it, by any of its names; a new name makes a body. With
    /// --co-owner, sets the pledge's bodies (the owner text stays as written)
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub lead: Option<String>,
    /// A body that works with the lead; repeat for several
    #[arg(long, value_name = words::value_text(), value_parser = non_empty, requires = "lead")]
    pub co_owner: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ImportLetterArgs {
    /// The letters: plain text (UTF-8 or GB18030/GBK), HTML saved from a web site, or DOCX;
    /// a folder stands for every .txt, .html and .docx in it, by name. Without --dry-run or
    /// --yes, a review screen opens for each in turn: the letter beside its drafts, to accept,
    /// reject, edit, split, merge or add them before saving
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Print what was found; write nothing
    #[arg(long, conflicts_with = "yes")]
    pub dry_run: bool,
    /// Add the letter and every pledge found without review
    #[arg(long)]
    pub yes: bool,
    /// How --dry-run prints what it found
    #[arg(long, value_name = words::value_format(),
          value_parser = one_of(&PageFormat::ALL, PageFormat::name),
          default_value = PageFormat::Text.name())]
    pub format: PageFormat,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist yet)
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup written by `pledge backup` (or any copy of a ledger)
    pub backup: PathBuf,
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The ledger to copy: a file, or postgres://… [default: the ledger --db names]
    #[arg(long)]
    pub from: Option<PathBuf>,
    /// Where to copy it: a server ledger that holds nothing yet (postgres://…; its schema is
    /// made when the database is empty), or a ledger file
    #[arg(long)]
    pub to: PathBuf,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A file written by `pledge export`
    pub file: PathBuf,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn bad_values_name_what_is_accepted() {
        let err = Cli::try_parse_from([
            "pledge",
            "add",
            "--title",
            "t",
            "--owner",
            "o",
            "--deadline",
            "31/12/2025",
        ])
        .expect_err("bad date");
        let msg = err.to_string();
        assert!(
            msg.contains("31/12/2025") && msg.contains("--deadline") && msg.contains("YYYY-MM-DD"),
            "{msg}"
        );
        assert!(Cli::try_parse_from(["pledge", "show", "0"]).is_err());
        assert!(Cli::try_parse_from(["pledge", "note", "1", "x", "--progress", "-3"]).is_err());
    }
}
