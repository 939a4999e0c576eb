//! Accountable bodies: the built-in ledger's bodies and their report sections, the body
//! commands and their refusals, `--owner`, `--lead`, export and import, and the upgrade
//! that turns owners into bodies.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/cli.rs"]
mod support;

mod bodies {
    mod commands;
    mod ledger;
    mod records;
    mod upgrade;
}
