//! Reply letters: their bytes to text whatever they were saved as, undoing what PDF extraction
//! and web pages do to the text, finding who wrote to whom about what and when, and the
//! pledges of the next-steps parts. A PDF's text layer and what OCR reads of a scan are laid out
//! into the same text a saved letter gives. Why a text is not a letter is a [`NotALetter`] of facts.

pub mod bounds;
pub mod claims;
pub mod extract;
pub mod image_size;
pub mod layout;
pub mod meta;
pub mod normalize;
pub mod ocr;
pub mod pdf;
pub mod read;

mod not_a_letter;
pub use not_a_letter::{Image, NotALetter};

#[cfg(test)]
mod fuzz_tests;

/// A built-in pattern, compiled on first use into a `LazyLock` static.
fn pattern(source: &str) -> regex::Regex {
    // The patterns are fixed strings of this module, each compiled by its tests.
    regex::Regex::new(source).unwrap_or_else(|e| panic!("{source}: {e}"))
}
