//! Refusals of files: the paths a command will not read or write, and why.

/// Words a refusal of this face.
pub fn refusal(r: &crate::files::Refusal) -> String {
    match *r {}
}
