//! Reading pledges: lists by filter and order, one pledge, counts, and what surrounds one.

use chrono::NaiveDate;

use super::Store;
use super::filter::nested::Nesting;
use super::filter::{Dialect, FilterSql, order_by, overdue_statements};
use super::listing;
use super::rows::{self, PLEDGE_COLUMNS};
use crate::error::{Error, Result};
use crate::model::{Change, Letter, Pledge};
use crate::request::{Filter, Quotes, Sort, Summary};
use crate::sql::Lite;

#[cfg(test)]
pub(super) fn list_sql(filter: &FilterSql, sort: Sort) -> String {
    list_sql_with(filter, sort, PLEDGE_COLUMNS)
}

fn list_sql_with(filter: &FilterSql, sort: Sort, columns: &str) -> String {
    format!(
        "SELECT {columns} FROM pledge p WHERE {} ORDER BY {}",
        filter.condition(),
        order_by(sort, filter.overdue_only())
    )
}

/// The statements that read a list in order. The default order is read as dated then
/// undated, each in index order, so no sorter holds the whole ledger.
pub(super) fn list_statements(filter: &FilterSql, sort: Sort, quotes: Quotes) -> Vec<String> {
    let columns = match quotes {
        Quotes::With => PLEDGE_COLUMNS.to_string(),
        Quotes::Without => rows::pledge_columns_without_quote(),
    };
    if let Some(statements) = overdue_statements(filter, sort, &columns) {
        return statements;
    }
    if sort == Sort::Deadline && !filter.overdue_only() && !filter.searching() {
        let cond = filter.condition();
        // The dated pledges read along the table and sorted, not through the deadline index:
        // that was a table seek (often a page read) per row, 2.3 times the time at a million
        // pledges. SQLite's sorter spills to a temporary file past its memory, so what it
        // holds stays bounded.
        return vec![
            format!(
                "SELECT {columns} FROM pledge p NOT INDEXED WHERE {cond} AND p.deadline IS NOT NULL \
                 ORDER BY p.deadline, p.id"
            ),
            format!(
                "SELECT {columns} FROM pledge p WHERE {cond} AND p.deadline IS NULL ORDER BY p.id"
            ),
        ];
    }
    vec![list_sql_with(filter, sort, &columns)]
}

impl Store {
    pub fn list(&self, filter: &Filter, sort: Sort) -> Result<Vec<Pledge>> {
        let mut all = Vec::new();
        self.each_pledge(filter, sort, Quotes::With, &mut |p| {
            all.push(p);
            Ok(())
        })?;
        Ok(all)
    }

    /// Hands every pledge a list shows to `each`, in order, as it is read: however long the
    /// list, only one pledge is held. An error from `each` stops the read and is returned.
    pub fn each_pledge(
        &self,
        filter: &Filter,
        sort: Sort,
        quotes: Quotes,
        each: &mut dyn FnMut(Pledge) -> Result<()>,
    ) -> Result<()> {
        self.each_listed(filter, sort, quotes, &mut |p, _| each(p))
    }

    /// [`Store::each_pledge`] with each pledge's depth: 0 for one that stands in the list by
    /// itself, 1 for a sub-item right under its parent, 2 under that, and so on. Sub-items
    /// whose parent is listed follow it in every order (the order ranks them among
    /// themselves); they are fetched by id as their parent passes.
    pub fn each_listed(
        &self,
        filter: &Filter,
        sort: Sort,
        quotes: Quotes,
        each: &mut dyn FnMut(Pledge, usize) -> Result<()>,
    ) -> Result<()> {
        let filter = FilterSql::new(filter);
        let nesting = Nesting::read(&mut Lite(&self.conn), &filter, sort)?;
        let mut placed = std::collections::HashSet::new();
        // A sub-item is fetched by id as its parent passes (in the caller's snapshot it is
        // there; outside one, one deleted meanwhile is let go).
        let mut find = |id: i64| self.find_pledge(id);
        for sql in list_statements(&filter, sort, quotes) {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let mut rows = stmt.query(filter.named().as_slice())?;
            while let Some(row) = rows.next()? {
                listing::hand_over(&nesting, rows::pledge(row)?, &mut placed, &mut find, each)?;
            }
        }
        listing::hand_over_rest(&nesting, &mut placed, &mut find, each)
    }

    /// Runs `f` in one read transaction, so reads that go over the ledger twice (a list's
    /// measuring then writing, a report's counts then rows) see the same ledger even while
    /// another process writes.
    pub fn snapshot<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction()?;
        let value = f(self)?;
        tx.commit()?;
        Ok(value)
    }

    /// The pledge with this id, or a message naming the id.
    pub fn pledge(&self, id: i64) -> Result<Pledge> {
        super::records::pledge(&mut Lite(&self.conn), id)
    }

    pub fn find_pledge(&self, id: i64) -> Result<Option<Pledge>> {
        find_pledge(&mut Lite(&self.conn), id)
    }

    pub(super) fn no_such_pledge(&self, id: i64) -> Error {
        super::records::no_such_pledge(&mut Lite(&self.conn), id)
    }

    /// How many pledges there are, open, overdue as of `today`, and done.
    pub fn summary(&self, today: NaiveDate) -> Result<Summary> {
        listing::summary(&mut Lite(&self.conn), Dialect::Lite, today)
    }

    /// The ids a list shows, in order: all of them, cheaply, so a screen can fetch just the
    /// rows it draws with [`Store::pledges`].
    pub fn list_ids(&self, filter: &Filter, sort: Sort) -> Result<Vec<i64>> {
        Ok(self.listed(filter, sort)?.ids)
    }

    /// The ids a list shows, and which of them sit under their parent.
    pub fn listed(&self, filter: &Filter, sort: Sort) -> Result<crate::ledger::Listed> {
        let filter = FilterSql::new(filter);
        let ordered = self.ordered_ids(&filter, sort)?;
        let nesting = Nesting::read(&mut Lite(&self.conn), &filter, sort)?;
        let nested = nesting.nested_ids().clone();
        Ok(crate::ledger::Listed {
            ids: nesting.arrange(ordered)?,
            nested,
        })
    }

    /// The ids in the list's order alone, sub-items where it puts them.
    fn ordered_ids(&self, filter: &FilterSql, sort: Sort) -> Result<Vec<i64>> {
        let cond = filter.condition();
        let ids = |sql: String| -> Result<Vec<i64>> {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(filter.named().as_slice(), |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        if sort == Sort::Deadline && !filter.overdue_only() && !filter.searching() {
            // Dated then undated, each read in index order: no sort of the whole ledger. (A
            // search scans the notes, which is worth doing once, so it sorts its matches.)
            let mut dated = ids(format!(
                "SELECT p.id FROM pledge p WHERE {cond} AND p.deadline IS NOT NULL ORDER BY p.deadline, p.id"
            ))?;
            dated.extend(ids(format!(
                "SELECT p.id FROM pledge p WHERE {cond} AND p.deadline IS NULL ORDER BY p.id"
            ))?);
            return Ok(dated);
        }
        if let Some(statements) = overdue_statements(filter, sort, "p.id") {
            let mut all = Vec::new();
            for sql in statements {
                all.extend(ids(sql)?);
            }
            return Ok(all);
        }
        ids(format!(
            "SELECT p.id FROM pledge p WHERE {cond} ORDER BY {}",
            order_by(sort, filter.overdue_only())
        ))
    }

    /// These pledges, in the order given (ids that are gone are skipped).
    pub fn pledges(&self, ids: &[i64]) -> Result<Vec<Pledge>> {
        listing::pledges(&mut Lite(&self.conn), Dialect::Lite, ids)
    }

    /// Every owner named in the ledger, for filtering.
    pub fn owners(&self) -> Result<Vec<String>> {
        listing::owners(&mut Lite(&self.conn), Dialect::Lite)
    }

    /// Sub-items of a pledge, in id order.
    pub fn children(&self, id: i64) -> Result<Vec<Pledge>> {
        super::records::children(&mut Lite(&self.conn), id)
    }

    /// Changes to a pledge, oldest first.
    pub fn history(&self, id: i64) -> Result<Vec<Change>> {
        super::records::history(&mut Lite(&self.conn), id)
    }

    pub fn letter(&self, id: i64) -> Result<Option<Letter>> {
        super::records::letter(&mut Lite(&self.conn), id)
    }

    pub fn letters(&self) -> Result<Vec<Letter>> {
        super::records::letters(&mut Lite(&self.conn))
    }
}

pub(crate) fn find_pledge(sql: &mut impl crate::sql::Sql, id: i64) -> Result<Option<Pledge>> {
    use crate::sql::Query;
    let statement = format!("SELECT {PLEDGE_COLUMNS} FROM pledge p WHERE p.id = ?1");
    sql.optional(&statement, &[&id], |r| rows::pledge(r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::store::Seed;

    /// Every row reaches the caller while the statement reading it is still running (stepped,
    /// not done): rows are handed over as they are read, never gathered first.
    #[test]
    fn each_pledge_hands_over_rows_while_the_query_runs() -> Result<()> {
        let store = Store::open_in_memory(Seed::Builtin)?;
        for sort in Sort::ALL {
            for filter in [
                Filter::default(),
                Filter {
                    status: Some(Status::Pending),
                    ..Filter::default()
                },
            ] {
                let mut rows = 0;
                store.each_pledge(&filter, sort, Quotes::Without, &mut |_| {
                    assert!(store.conn.is_busy(), "{sort:?} {filter:?}: row {rows}");
                    rows += 1;
                    Ok(())
                })?;
                assert!(rows > 3, "{sort:?} {filter:?}: {rows} rows");
                assert!(!store.conn.is_busy());
            }
        }
        Ok(())
    }

    /// The export's reads hand rows over the same way.
    #[test]
    fn the_exports_reads_hand_over_rows_while_the_query_runs() -> Result<()> {
        let store = Store::open_in_memory(Seed::Builtin)?;
        let mut rows = 0;
        let mut busy = |_| {
            assert!(store.conn.is_busy(), "row {rows}");
            rows += 1;
            Ok(())
        };
        store.each_pledge_by_id(&mut |p| busy(p.id))?;
        store.each_change(&mut |c| busy(c.id))?;
        store.each_letter(&mut |l| busy(l.id))?;
        assert!(rows >= 41, "{rows}");
        Ok(())
    }

    #[test]
    fn each_pledge_stops_when_the_caller_fails() -> Result<()> {
        let store = Store::open_in_memory(Seed::Builtin)?;
        let mut seen = 0;
        let err = store.each_pledge(&Filter::default(), Sort::Id, Quotes::With, &mut |_| {
            seen += 1;
            Err(Error::Ledger(crate::store::Refusal::NoSuchPledge {
                id: 0,
                ids: None,
            }))
        });
        assert!(err.is_err());
        assert_eq!(seen, 1);
        Ok(())
    }

    #[test]
    fn the_default_order_read_in_two_parts_is_the_sorted_order() -> Result<()> {
        let mut store = Store::open_in_memory(Seed::Builtin)?;
        // Overdue lists are read in two parts too: past their deadline, then past one
        // cleared while overdue.
        let clear = crate::request::Edit {
            deadline: Some(None),
            ..Default::default()
        };
        store.edit_pledge(17, &clear, "x", Some("撤销"))?;
        for filter in [
            Filter::default(),
            Filter {
                owner: Some("香港".into()),
                ..Filter::default()
            },
            Filter {
                overdue_on: crate::date::parse("2026-11-28").ok(),
                ..Filter::default()
            },
        ] {
            let sql = list_sql(&FilterSql::new(&filter), Sort::Deadline);
            let named = FilterSql::new(&filter);
            let mut stmt = store.conn.prepare(&sql)?;
            let sorted: Vec<i64> = stmt
                .query_map(named.named().as_slice(), |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            // Sub-items then move under their parent, in either read.
            let sorted =
                Nesting::read(&mut Lite(&store.conn), &named, Sort::Deadline)?.arrange(sorted)?;
            let streamed: Vec<i64> = store
                .list(&filter, Sort::Deadline)?
                .iter()
                .map(|p| p.id)
                .collect();
            assert_eq!(streamed, sorted);
            assert_eq!(store.list_ids(&filter, Sort::Deadline)?, sorted);
            // An overdue list's parts come in their indexes' order; any other list's dated
            // part is read along the table and sorted, never a seek per row.
            for (n, sql) in list_statements(&named, Sort::Deadline, Quotes::With)
                .iter()
                .enumerate()
            {
                let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
                let plan: Vec<String> = stmt
                    .query_map(named.named().as_slice(), |r| r.get(3))?
                    .collect::<rusqlite::Result<_>>()?;
                let plan = plan.join("\n");
                if filter.overdue_on.is_some() || n > 0 {
                    assert!(!plan.contains("TEMP B-TREE"), "{plan}");
                } else {
                    assert!(plan.contains("SCAN p") && !plan.contains("INDEX"), "{plan}");
                }
            }
        }
        Ok(())
    }
}
