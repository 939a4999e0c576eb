//! Reply letters as files: reading them whatever they were saved as, undoing what PDF
//! extraction and web pages do to the text, and finding who wrote to whom about what, when.
//! (Finding the pledges in the next-steps parts builds on this.)

pub mod extract;
pub mod meta;
pub mod normalize;
pub mod read;
