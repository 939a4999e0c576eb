//! Every record of a ledger in id order, handed over as read: what an export (and a check)
//! reads, the same statements on both kinds of ledger (`crate::sql`).

use std::ops::ControlFlow;

use super::rows::{
    self, CHANGE_COLUMNS, COLLECTED_COLUMNS, CONFIRMATION_COLUMNS, LETTER_COLUMNS, NOTE_COLUMNS,
    PLEDGE_COLUMNS,
};
use super::transfer::{Collected, Identity};
use crate::body::{Body, Link, Role};
use crate::error::Result;
use crate::model::{Change, Confirmation, Letter, Note, Pledge};
use crate::sql::{Query, Row, Sql};

/// Each row of `statement` mapped and handed to `each`, as read.
fn each_row<T>(
    sql: &mut impl Sql,
    statement: &str,
    map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    each: &mut dyn FnMut(T) -> Result<()>,
) -> Result<()> {
    sql.each(statement, &[], &mut |row| {
        each(map(row)?)?;
        Ok(ControlFlow::Continue(()))
    })
}

pub(crate) fn each_letter(
    sql: &mut impl Sql,
    each: &mut dyn FnMut(Letter) -> Result<()>,
) -> Result<()> {
    let statement = format!("SELECT {LETTER_COLUMNS} FROM letter ORDER BY id");
    each_row(sql, &statement, |r| rows::letter(r), each)
}

pub(crate) fn each_pledge_by_id(
    sql: &mut impl Sql,
    each: &mut dyn FnMut(Pledge) -> Result<()>,
) -> Result<()> {
    let statement = format!("SELECT {PLEDGE_COLUMNS} FROM pledge p ORDER BY p.id");
    each_row(sql, &statement, |r| rows::pledge(r), each)
}

pub(crate) fn each_note(
    sql: &mut impl Sql,
    each: &mut dyn FnMut(Note) -> Result<()>,
) -> Result<()> {
    let statement = format!("SELECT {NOTE_COLUMNS} FROM note ORDER BY id");
    each_row(sql, &statement, |r| rows::note(r), each)
}

pub(crate) fn each_change(
    sql: &mut impl Sql,
    each: &mut dyn FnMut(Change) -> Result<()>,
) -> Result<()> {
    let statement = format!("SELECT {CHANGE_COLUMNS} FROM history ORDER BY id");
    each_row(sql, &statement, |r| rows::change(r), each)
}

pub(crate) fn each_confirmation(
    sql: &mut impl Sql,
    each: &mut dyn FnMut(Confirmation) -> Result<()>,
) -> Result<()> {
    let statement = format!("SELECT {CONFIRMATION_COLUMNS} FROM confirmation ORDER BY id");
    each_row(sql, &statement, |r| rows::confirmation(r), each)
}

pub(crate) fn each_collected(
    sql: &mut impl Sql,
    each: &mut dyn FnMut(Collected) -> Result<()>,
) -> Result<()> {
    let statement = format!("SELECT {COLLECTED_COLUMNS} FROM collected ORDER BY id");
    each_row(sql, &statement, |r| rows::collected(r), each)
}

/// Every body in id order, each with its aliases.
pub(crate) fn each_body(
    sql: &mut impl Sql,
    each: &mut dyn FnMut(Body) -> Result<()>,
) -> Result<()> {
    let ids: Vec<i64> = sql.all("SELECT id FROM body ORDER BY id", &[], |r| r.get(0))?;
    for id in ids {
        each(super::bodies::read_body(sql, id)?)?;
    }
    Ok(())
}

/// Every link, by pledge and position.
pub(crate) fn each_link(
    sql: &mut impl Sql,
    each: &mut dyn FnMut(Link) -> Result<()>,
) -> Result<()> {
    let statement =
        "SELECT pledge_id, body_id, role, position FROM pledge_body ORDER BY pledge_id, position";
    each_row(
        sql,
        statement,
        |r| {
            let role: String = r.get(2)?;
            Ok(Link {
                pledge: r.get(0)?,
                body: r.get(1)?,
                role: Role::parse(&role).unwrap_or(Role::CoOwner),
                position: r.get(3)?,
            })
        },
        each,
    )
}

/// The ledger's identity; every ledger since schema step 8 (a server's since its step 2)
/// has one.
pub(crate) fn identity(sql: &mut impl Sql) -> Result<Option<Identity>> {
    sql.optional(
        "SELECT secret, made_at FROM ledger_identity WHERE \"only\" = 1",
        &[],
        |r| {
            Ok(Identity {
                secret: r.get(0)?,
                made_at: r.get(1)?,
            })
        },
    )
}
