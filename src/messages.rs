//! Every sentence and label the program shows, in one place: the rest of the program hands
//! over facts (a [`crate::problem::Invalid`], an error variant, a count) and these functions
//! word them. A second language is a second catalogue behind the same functions.
//!
//! One file per face, so a screen's words sit together; `values` words what every face shows.

pub mod bodies;
pub mod calendar;
pub mod catalogue;
pub mod charts;
pub mod cli;
pub mod config;
pub mod errors;
pub mod extract;
pub mod files;
pub mod import;
pub mod lang;
pub mod letter;
pub mod letters;
pub mod ocr;
pub mod period;
pub mod report;
pub mod scorecard;
pub mod server;
pub mod sheets;
pub mod store;
pub mod tui;
pub mod values;
