//! The options of `pledge letters`, `pledge letter show|set` and `pledge confirm`.

use clap::{Args, Subcommand};

use super::ListFormat;
use super::parse::{non_empty, one_of, parse_id};
use crate::messages::cli as words;

#[derive(Debug, Args)]
pub struct LettersArgs {
    #[arg(long, value_name = words::value_format(),
          value_parser = one_of(&ListFormat::ALL, ListFormat::name),
          default_value = ListFormat::Table.name())]
    pub format: ListFormat,
}

#[derive(Debug, Subcommand)]
pub enum LetterCommand {
    /// One letter: its metadata, its pledges counted, its full text and its pledges
    Show(super::ShowArgs),
    /// Change what a letter says of itself: member, 建议 or 提案, category, contact, phone, 文号
    Set(LetterSetArgs),
}

/// Each option takes '' to clear what the letter holds.
#[derive(Debug, Args)]
pub struct LetterSetArgs {
    #[arg(value_parser = parse_id)]
    pub id: i64,
    /// The member or deputy the letter answers, e.g. 朱立伟
    #[arg(long, value_name = words::value_text())]
    pub member: Option<String>,
    /// 建议 (suggestion, a deputy's) or 提案 (proposal, a CPPCC member's)
    #[arg(long, value_name = "建议|提案")]
    pub kind: Option<String>,
    /// The 办复类别 the letter claims: A solved or mostly, B being solved or planned, C not now
    #[arg(long, value_name = "A|B|C")]
    pub category: Option<String>,
    /// 联系人
    #[arg(long, value_name = words::value_text())]
    pub contact: Option<String>,
    /// 联系电话
    #[arg(long, value_name = words::value_text())]
    pub phone: Option<String>,
    /// 文号, e.g. 吉科办〔2025〕12号
    #[arg(long, value_name = words::value_text())]
    pub reference: Option<String>,
}

#[derive(Debug, Args)]
pub struct ConfirmArgs {
    #[arg(value_parser = parse_id)]
    pub id: i64,
    /// Why the deadline, cleared while overdue, may go: kept with the confirmation
    #[arg(long, value_name = words::value_text(), value_parser = non_empty)]
    pub why: String,
}
