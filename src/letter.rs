//! Reply letters as files: reading them whatever they were saved as, undoing what PDF
//! extraction and web pages do to the text, and finding who wrote to whom about what, when.
//! (Finding the pledges in the next-steps parts builds on this.)

mod refusal;
pub use refusal::Refusal;

pub mod extract;
pub mod import;
pub mod meta;
pub mod normalize;
pub mod read;

#[cfg(test)]
mod fuzz_tests;

/// A built-in pattern, compiled once: extraction asks for the same few patterns for every
/// sentence of a letter.
pub(crate) fn regex(pattern: &'static str) -> &'static regex::Regex {
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};
    static CACHE: LazyLock<Mutex<HashMap<&'static str, &'static regex::Regex>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    cache.entry(pattern).or_insert_with(|| {
        // The patterns are fixed strings of this module, each exercised by its tests.
        let compiled = regex::Regex::new(pattern)
            .unwrap_or_else(|e| panic!("bad built-in pattern {pattern}: {e}"));
        Box::leak(Box::new(compiled))
    })
}
