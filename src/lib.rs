//! `pledge`: a ledger of government "next step" pledges in one SQLite file.
//!
//! The core (`model`, `store`, `date`, `text`) knows no UI; `commands` prints for the command
//! line and `tui` draws the full-screen view.

pub mod builtin;
pub mod cli;
pub mod commands;
pub mod date;
pub mod error;
pub mod files;
pub mod hooks;
pub mod json;
pub mod letter;
pub mod model;
pub mod report;
pub mod store;
pub mod table;
pub mod text;
pub mod tui;
