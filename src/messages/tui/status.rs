//! The quick status picker's answers and its question.

use crate::messages::values;
use crate::model::Status;
use crate::request::Stale;

pub fn already(id: i64, status: Status) -> String {
    crate::t!(
        "tui-status-already",
        id = id,
        status = values::status(status)
    )
}

pub fn now(id: i64, status: Status) -> String {
    crate::t!("tui-status-now", id = id, status = values::status(status))
}

pub fn kept(id: i64, status: Status) -> String {
    crate::t!("tui-status-kept", id = id, status = values::status(status))
}

pub fn over_theirs(id: i64, theirs: &Stale, status: Status, now: Status) -> String {
    crate::t!(
        "tui-status-over-theirs",
        id = id,
        changed = super::changed_since(theirs),
        status = values::status(status),
        now = values::status(now)
    )
}
