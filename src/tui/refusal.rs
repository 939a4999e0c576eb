//! Why what the full-screen view refuses: the facts, worded by `messages::tui`.

#[derive(Debug)]
pub enum Refusal {}

impl Refusal {
    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        match *self {}
    }
}
