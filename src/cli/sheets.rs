//! The options of `pledge request` and `pledge collect`: the monthly cycle's spreadsheets.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;

use super::parse::{date_of, non_empty};
use crate::messages::cli as words;
use crate::problem::Field;

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// Only this body, lead or co-owner: any of its names, or part of one (repeat for
    /// several) [default: every body with an open pledge]
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub owner: Vec<String>,
    /// The day the requests are as of [default: today, or --today]
    #[arg(long, value_name = words::value_date(), value_parser = date_of(Field::On))]
    pub as_of: Option<NaiveDate>,
    /// The folder to write the sheets to (made if missing); an existing file is never
    /// replaced: the new one is numbered
    #[arg(short = 'o', long = "output", value_name = words::value_path())]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct CollectArgs {
    /// The returned sheets: .xlsx or .csv, as the bodies saved them
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Print what would be added; write nothing
    #[arg(long, conflicts_with = "yes")]
    pub dry_run: bool,
    /// Add without asking
    #[arg(long)]
    pub yes: bool,
    /// Add the rows without problems even when others have some (each is still listed)
    #[arg(long)]
    pub skip_bad: bool,
}
