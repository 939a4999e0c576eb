//! Bodies, letters and request sheets in the dialects' common ground (`crate::sql`): the
//! server ledger reads and writes them with the same statements and rules as a file.

pub(crate) use super::bodies::{
    alias_body, bodies, body_by_id, body_page, merge_bodies, rename_body, set_body,
};
pub(crate) use super::filter::Dialect;
pub(crate) use super::letters::{confirm_deadline, letter_rows, set_letter};
pub(crate) use super::sheets::{
    bodies_with_open_pledges, checked_collection, collect, collected, ledger_secret,
    open_pledges_of,
};
