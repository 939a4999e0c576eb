//! The options of `pledge bodies` and `pledge body …`.

use clap::{Args, Subcommand};

use super::parse::{non_empty, one_of};
use super::{ListFormat, PageFormat};
use crate::messages::cli as words;

#[derive(Debug, Args)]
pub struct BodiesArgs {
    #[arg(long, value_name = words::value_format(),
          value_parser = one_of(&ListFormat::ALL, ListFormat::name),
          default_value = ListFormat::Table.name())]
    pub format: ListFormat,
}

#[derive(Debug, Subcommand)]
pub enum BodyCommand {
    /// Show a body (by its name or any alias): its names and its pledges, led ones first
    Show(BodyShowArgs),
    /// Give a body a new name; the old name stays an alias
    Rename {
        /// The body, by its name or any alias
        #[arg(value_parser = non_empty)]
        old: String,
        #[arg(value_parser = non_empty)]
        new: String,
    },
    /// Give a body another name it is known by (e.g. an abbreviation)
    Alias {
        /// The body, by its name or any alias
        #[arg(value_parser = non_empty)]
        name: String,
        #[arg(value_parser = non_empty)]
        alias: String,
    },
    /// Make FROM part of INTO: its pledges, aliases and name move to INTO
    Merge {
        #[arg(value_parser = non_empty)]
        from: String,
        #[arg(value_parser = non_empty)]
        into: String,
    },
    /// Set the body a body is part of, and whom to contact there
    Set(BodySetArgs),
}

#[derive(Debug, Args)]
pub struct BodySetArgs {
    /// The body, by its name or any alias
    #[arg(value_parser = non_empty)]
    pub name: String,
    /// The body it is part of, by any of its names; none for none
    #[arg(long, value_name = "BODY|none")]
    pub parent: Option<String>,
    /// Whom to contact there; '' clears it
    #[arg(long, value_name = words::value_text())]
    pub contact: Option<String>,
}

#[derive(Debug, Args)]
pub struct BodyShowArgs {
    /// The body, by its name or any alias
    #[arg(value_parser = non_empty)]
    pub name: String,
    #[arg(long, value_name = words::value_format(),
          value_parser = one_of(&PageFormat::ALL, PageFormat::name),
          default_value = PageFormat::Text.name())]
    pub format: PageFormat,
}
