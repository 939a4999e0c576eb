//! The core of `pledge`: what a pledge, a note and a letter are, the rules they obey, and text
//! measured in display columns. It knows no terminal, no database and no language: a refusal is
//! a [`problem::Problem`] of facts, worded by the program's messages module.

pub mod date;
pub mod model;
pub mod problem;
pub mod request;
pub mod table;
pub mod text;
