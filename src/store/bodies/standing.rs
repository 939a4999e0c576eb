//! How each body's pledges stand: open, overdue, done, dropped, and the on-time rate.

use rusqlite::Connection;

use super::super::filter::OPEN_STATUSES;
use crate::body::Standing;
use crate::error::Result;
use crate::model::Status;

/// Every body, the most overdue first (then the most open, then by name). A pledge counts
/// for each body linked to it, leading or not. Done counts `done` and `partial`; a closed
/// pledge with a deadline was on time when the last change that gave it its status (its
/// last update, if the history has none) came on or before the deadline.
pub(super) fn read(conn: &Connection, today: chrono::NaiveDate) -> Result<Vec<Standing>> {
    let open = &*OPEN_STATUSES;
    let closed = format!(
        "p.status IN ('{}', '{}')",
        Status::Done.as_str(),
        Status::Partial.as_str()
    );
    let overdue = super::super::filter::overdue_condition(":today");
    let sql = format!(
        "SELECT b.id, b.name,
                coalesce(sum(p.status IN ({open})), 0),
                coalesce(sum({overdue}), 0),
                coalesce(sum({closed}), 0),
                coalesce(sum(p.status = '{dropped}'), 0),
                coalesce(sum({closed} AND p.deadline IS NOT NULL), 0),
                coalesce(sum({closed} AND p.deadline IS NOT NULL AND coalesce(
                    (SELECT substr(max(h.changed_at), 1, 10) FROM history h
                     WHERE h.pledge_id = p.id AND h.field = 'status' AND h.new_value = p.status),
                    substr(p.updated_at, 1, 10)) <= p.deadline), 0)
         FROM body b
         LEFT JOIN pledge_body pb ON pb.body_id = b.id
         LEFT JOIN pledge p ON p.id = pb.pledge_id
         GROUP BY b.id
         ORDER BY 4 DESC, 3 DESC, b.name",
        dropped = Status::Dropped.as_str()
    );
    let today = crate::date::format(today);
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows: Vec<(i64, Standing)> = stmt
        .query_map(&[(":today", &today)], |r| {
            Ok((
                r.get(0)?,
                Standing {
                    name: r.get(1)?,
                    aliases: Vec::new(),
                    open: r.get(2)?,
                    overdue: r.get(3)?,
                    done: r.get(4)?,
                    dropped: r.get(5)?,
                    due_closed: r.get(6)?,
                    on_time: r.get(7)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, mut s) in rows {
        s.aliases = super::read_body(conn, id)?.aliases;
        out.push(s);
    }
    Ok(out)
}
