//! The quick status picker's answers and its question.

use crate::messages::values;
use crate::model::Status;
use crate::request::Stale;

pub fn already(id: i64, status: Status) -> String {
    format!("pledge #{id} is already {}", values::status(status))
}

pub fn now(id: i64, status: Status) -> String {
    format!("pledge #{id} is now {}", values::status(status))
}

pub fn kept(id: i64, status: Status) -> String {
    format!("kept: pledge #{id} is {}", values::status(status))
}

pub fn over_theirs(id: i64, theirs: &Stale, status: Status, now: Status) -> String {
    format!(
        "Changed while the picker was open: pledge #{id}'s {}. Set it to {} over theirs? \
         (n: keep {})",
        super::changed_since(theirs),
        values::status(status),
        values::status(now)
    )
}
