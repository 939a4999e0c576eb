//! The core of `pledge`: what a pledge, a note and a letter are, the rules they obey, text
//! measured in display columns, and reading a reply letter for its pledges. It knows no
//! terminal, no database and no language: a refusal is a [`problem::Problem`] (or a
//! [`letter::NotALetter`]) of facts, worded by the program's messages module.

pub mod body;
pub mod dashboard;
pub mod date;
pub mod export;
pub mod letter;
pub mod model;
pub mod pace;
pub mod period;
pub mod problem;
pub mod report;
pub mod request;
pub mod score;
pub mod sheet;
pub mod table;
pub mod text;
