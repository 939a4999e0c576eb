//! The period report screen: what it says when there is no month further to go.

use chrono::NaiveDate;

/// `]` in the current month: a period ends today at the latest.
pub fn no_later_month(today: NaiveDate) -> String {
    crate::t!("tui-period-no-later", today = crate::date::format(today))
}

/// `[` in the first month a ledger's dates can hold.
pub fn no_earlier_month(first: NaiveDate) -> String {
    crate::t!("tui-period-no-earlier", first = crate::date::format(first))
}
