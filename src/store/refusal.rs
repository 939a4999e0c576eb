//! Why the ledger refuses: an unknown id, a stale edit, a file that is not a ledger: the facts, worded by `messages::store`.

#[derive(Debug)]
pub enum Refusal {}

impl Refusal {
    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        match *self {}
    }
}
