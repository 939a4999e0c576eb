//! The options of `pledge calendar` and of the reports beside `report overdue`.

use std::path::PathBuf;

use clap::Args;

use super::parse::non_empty;
use crate::messages::cli as words;

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
