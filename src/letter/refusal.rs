//! Why a letter that cannot be read or imported: the facts, worded by `messages::letter`.

#[derive(Debug)]
pub enum Refusal {}

impl Refusal {
    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        match *self {}
    }
}
