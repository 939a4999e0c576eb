//! The command line's output: confirmations, tables, headings, --help texts.

use crate::problem::Problem;

/// A deadline option's refusal: the date's rule, or `none`.
pub fn or_none(p: &Problem) -> String {
    format!(
        "{}, or `none` to remove the deadline",
        super::values::problem(p)
    )
}

/// Words a refusal of this face.
pub fn refusal(r: &crate::commands::Refusal) -> String {
    match *r {}
}
