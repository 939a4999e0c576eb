//! The options of `pledge calendar` and of the reports beside `report overdue`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;

use super::parse::{date_of, non_empty, one_of, parse_id};
use crate::messages::cli as words;
use crate::problem::Field;
use crate::report::{self, Format};

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// Only this body's pledges, lead or co-owner: any of its names, or part of one (repeat
    /// for several)
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub owner: Vec<String>,
    /// With --owner: only the pledges those bodies lead, not those they co-own
    #[arg(long, requires = "owner")]
    pub lead_only: bool,
    /// Write to this file (whole or not at all) instead of standard output
    #[arg(short = 'o', long = "output", value_name = words::value_file())]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// The period's first day
    #[arg(long, value_name = words::value_date(), value_parser = date_of(Field::On))]
    pub from: NaiveDate,
    /// The period's last day, at the latest today [default: today, or --today]
    #[arg(long, value_name = words::value_date(), value_parser = date_of(Field::On))]
    pub to: Option<NaiveDate>,
    #[command(flatten)]
    pub common: ReportCommon,
}

/// What every report beside `overdue` takes: the bodies, the format and where it goes.
#[derive(Debug, Args)]
pub struct ReportCommon {
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
    /// Leave out the byte-order mark that CSV files carry for spreadsheet programs
    #[arg(long)]
    pub no_bom: bool,
}

#[derive(Debug, Args)]
pub struct ScorecardArgs {
    /// The day the scorecard is as of [default: today, or --today]
    #[arg(long, value_name = words::value_date(), value_parser = date_of(Field::On))]
    pub as_of: Option<NaiveDate>,
    /// Only this letter's pledges
    #[arg(long, value_name = words::value_id(), value_parser = parse_id, conflicts_with = "member")]
    pub letter: Option<i64>,
    /// Only the pledges of letters answering a member or deputy whose name contains this text
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub member: Option<String>,
    /// An open pledge overdue by more than this many days counts as broken [default: 90]
    #[arg(long, value_name = words::value_days(), allow_negative_numbers = true,
          value_parser = clap::value_parser!(u16).range(0..=3650))]
    pub broken_after: Option<u16>,
    #[command(flatten)]
    pub common: ReportCommon,
}
