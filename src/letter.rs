//! Reply letters in the ledger: reading a letter file (refusing what is not one) and adding a
//! letter with its accepted pledges. Decoding, normalising and finding the pledges is the
//! core's (`pledge_core::letter`), re-exported here at the paths the program uses.

pub use crate::error::letter::Refusal;

pub use pledge_core::letter::{Image, NotALetter, bounds, extract, meta, normalize};

pub mod batch;
pub mod import;
pub mod ocr;
pub mod read;
