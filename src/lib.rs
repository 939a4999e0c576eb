//! `pledge`: a ledger of government "next step" pledges in one SQLite file, or for an office
//! of many desks on a PostgreSQL server.
//!
//! The core crate (`pledge-core`: the model, its rules, text in display columns) knows no UI,
//! database or language; `store` keeps it in SQLite, `server` on PostgreSQL (both running
//! the statements of `sql` for a pledge's own records), `messages` words it, `commands` prints
//! for the command line and `tui` draws the full-screen view.

pub use pledge_core::body;
pub use pledge_core::{dashboard, date, model, pace, problem, request, sheet, table, text};

pub mod builtin;
pub mod cli;
pub mod commands;
pub mod config;
pub mod error;
pub mod files;
pub mod hooks;
pub mod json;
pub mod ledger;
pub mod letter;
pub mod messages;
pub mod progress;
pub mod report;
pub mod server;
pub mod sheets;
pub mod sql;
pub mod store;
pub mod tui;
