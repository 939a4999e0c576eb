//! How each body's pledges stand: open, overdue, done, dropped, and the on-time rate.

use std::collections::HashMap;
use std::ops::ControlFlow;

use super::super::filter::{Dialect, OPEN_STATUSES};
use crate::body::Standing;
use crate::error::Result;
use crate::model::Status;
use crate::sql::{Query, Sql};

/// Every body, the most overdue first (then the most open, then by name). A pledge counts
/// for each body linked to it, leading or not. Done counts `done` and `partial`; a closed
/// pledge with a deadline was on time when the last change that gave it its status (its
/// last update, if the history has none) came on or before the deadline.
pub(crate) fn read(
    sql: &mut impl Sql,
    dialect: Dialect,
    today: chrono::NaiveDate,
) -> Result<Vec<Standing>> {
    let mut bodies: Vec<(i64, Standing)> = sql.all("SELECT id, name FROM body", &[], |r| {
        Ok((
            r.get(0)?,
            Standing {
                name: r.get(1)?,
                ..Standing::default()
            },
        ))
    })?;
    let at: HashMap<i64, usize> = bodies
        .iter()
        .enumerate()
        .map(|(n, (id, _))| (*id, n))
        .collect();
    // Each link with what its pledge counts for, read along the pledge table (each link found
    // by the pledge's key) and tallied here: from the body's side every pledge was a lookup
    // of its own, seconds at a million.
    let today = crate::date::format(today);
    sql.each(&links_sql(dialect), &[&today], &mut |r| {
        let Some(&n) = at.get(&r.get::<i64>(0)?) else {
            return Ok(ControlFlow::Continue(()));
        };
        let flag =
            |i: usize| -> rusqlite::Result<i64> { Ok(r.get::<Option<i64>>(i)?.unwrap_or(0)) };
        let s = &mut bodies[n].1;
        s.open += flag(1)?;
        s.overdue += flag(2)?;
        s.done += flag(3)?;
        s.dropped += flag(4)?;
        s.due_closed += flag(5)?;
        s.on_time += flag(6)?;
        Ok(ControlFlow::Continue(()))
    })?;
    // Names in the order of their bytes, as a file sorts text, whatever the server's locale.
    bodies.sort_by(|(_, a), (_, b)| {
        (b.overdue, b.open)
            .cmp(&(a.overdue, a.open))
            .then_with(|| a.name.cmp(&b.name))
    });
    let mut out = Vec::with_capacity(bodies.len());
    for (id, mut s) in bodies {
        s.aliases = super::read_body(sql, id)?.aliases;
        out.push(s);
    }
    Ok(out)
}

/// Every link of a pledge to a body, with what the pledge counts for: open, overdue on
/// `?1`, done (or partly), dropped, closed with a deadline, closed by it.
fn links_sql(dialect: Dialect) -> String {
    let open = &*OPEN_STATUSES;
    let closed = format!(
        "p.status IN ('{}', '{}')",
        Status::Done.as_str(),
        Status::Partial.as_str()
    );
    let overdue = super::super::filter::overdue_condition("?1");
    format!(
        "SELECT pb.body_id, p.status IN ({open}), {overdue}, {closed},
                p.status = '{dropped}', {closed} AND p.deadline IS NOT NULL,
                CASE WHEN {closed} AND p.deadline IS NOT NULL THEN coalesce(
                    (SELECT substr(max(h.changed_at), 1, 10) FROM history h
                     WHERE h.pledge_id = p.id AND h.field = 'status' AND h.new_value = p.status),
                    substr(p.updated_at, 1, 10)) <= p.deadline END
         FROM {pledges}
         JOIN pledge_body pb ON pb.pledge_id = p.id",
        dropped = Status::Dropped.as_str(),
        pledges = dialect.whole_table(),
    )
}
