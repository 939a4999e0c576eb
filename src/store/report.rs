//! The one query behind the overdue report: open pledges with their latest note as of a day.

use super::Store;
use super::filter::FilterSql;
use super::pledges::Filter;
use super::rows::{self, PLEDGE_COLUMNS};
use crate::error::Result;
use crate::model::Pledge;
use chrono::NaiveDate;

/// An open pledge and the latest note written about it on or before the as-of day.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenPledge {
    pub pledge: Pledge,
    pub last_note: Option<(NaiveDate, String)>,
}

impl Store {
    /// Open pledges narrowed by `filter` and, when `owners` is not empty, by an owner containing
    /// any of them; each with its latest note up to `as_of`.
    pub fn open_pledges(
        &self,
        filter: &Filter,
        owners: &[String],
        as_of: NaiveDate,
    ) -> Result<Vec<OpenPledge>> {
        let filter = FilterSql::new(filter);
        let sql = format!(
            "SELECT {PLEDGE_COLUMNS}, ln.happened_on AS ln_on, ln.body AS ln_body
             FROM {}
             LEFT JOIN note ln ON ln.id = (
                 SELECT n.id FROM note n WHERE n.pledge_id = p.id AND n.happened_on <= :as_of
                 ORDER BY n.happened_on DESC, n.id DESC LIMIT 1)
             WHERE p.status IN ('pending', 'in_progress', 'stalled')
               AND (:owners = '[]' OR EXISTS (SELECT 1 FROM json_each(:owners) o
                                              WHERE instr(lower(p.owner), lower(o.value)) > 0))
               AND {}",
            // Most pledges are open: reading the table in order beats a lookup per row through
            // the status index. The report groups and sorts the rows itself.
            if filter.overdue_only() {
                filter.table()
            } else {
                "pledge p NOT INDEXED"
            },
            filter.condition()
        );
        let owners = serde_json::to_string(owners).unwrap_or_else(|_| "[]".into());
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let as_of = crate::date::format(as_of);
        let mut params = filter.named();
        params.push((":as_of", &as_of));
        params.push((":owners", &owners));
        let rows = stmt.query_map(params.as_slice(), |row| {
            let pledge = rows::pledge(row)?;
            let on = rows::opt_date(row, rows::PLEDGE_NAMES.len())?;
            let body = rows::opt_text(row, rows::PLEDGE_NAMES.len() + 1)?;
            Ok(OpenPledge {
                pledge,
                last_note: on.zip(body),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
