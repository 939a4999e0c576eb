//! Sub-items directly under their parent in every order. The list is read in its own order as
//! before; only the sub-items whose parent is listed too are read ahead (ids, through the
//! parent index, so a ledger without sub-items pays one index probe) and placed under their
//! parent when it comes by, in the list's order among themselves. A sub-item whose parent is
//! not listed stands where the order puts it.

use std::collections::{HashMap, HashSet};

use super::FilterSql;
use crate::error::Result;
use crate::request::Sort;
use crate::sql::{Query, Sql};

/// The listed sub-items whose parent is listed too, by parent.
#[derive(Default)]
pub(crate) struct Nesting {
    under: HashMap<i64, Vec<i64>>,
    /// Every nested sub-item, in the list's order.
    nested: Vec<i64>,
    is_nested: HashSet<i64>,
}

impl Nesting {
    pub(crate) fn read(sql: &mut impl Sql, filter: &FilterSql, sort: Sort) -> Result<Nesting> {
        let any = sql.one(
            "SELECT EXISTS (SELECT 1 FROM pledge WHERE parent_id IS NOT NULL)",
            &[],
            |r| r.get::<bool>(0),
        )?;
        if !any {
            return Ok(Nesting::default());
        }
        let cond = filter.condition();
        // Through the parent index: only sub-items are read, and only they are sorted.
        let (statement, values) = filter.positional(
            &format!(
                "SELECT p.id, p.parent_id FROM {} WHERE p.parent_id IS NOT NULL AND {cond} ORDER BY {}",
                filter.pledges_by("pledge_parent"),
                filter.order(sort)
            ),
            &[],
        );
        let children: Vec<(i64, i64)> =
            sql.all(&statement, &values, |r| Ok((r.get(0)?, r.get(1)?)))?;
        if children.is_empty() {
            return Ok(Nesting::default());
        }
        let parents: HashSet<i64> = children.iter().map(|&(_, parent)| parent).collect();
        let parents = serde_json::to_string(&parents.into_iter().collect::<Vec<_>>())
            .unwrap_or_else(|_| "[]".into());
        let (statement, values) = filter.positional(
            &format!(
                "SELECT p.id FROM pledge p WHERE p.id IN ({}) AND {cond}",
                filter.ids_in(":parents")
            ),
            &[(":parents", &parents)],
        );
        let listed: HashSet<i64> = sql
            .all(&statement, &values, |r| r.get(0))?
            .into_iter()
            .collect();
        let mut nesting = Nesting::default();
        for (child, parent) in children {
            if listed.contains(&parent) {
                nesting.under.entry(parent).or_default().push(child);
                nesting.nested.push(child);
                nesting.is_nested.insert(child);
            }
        }
        Ok(nesting)
    }

    /// The listed sub-items shown under their parent, as the TUI marks them.
    pub(crate) fn nested_ids(&self) -> &HashSet<i64> {
        &self.is_nested
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.nested.is_empty()
    }

    /// Shown under its parent, not where the order alone would put it.
    pub(crate) fn is_nested(&self, id: i64) -> bool {
        self.is_nested.contains(&id)
    }

    /// Hands over `id`'s sub-items and theirs, depth first, with their depth (1 for a
    /// sub-item of `id`); each at most once over all calls that share `placed`, so sub-items
    /// in a cycle (written by another tool) end. A stack, not recursion: a chain of a million
    /// sub-items is a long loop, not a stack overflow.
    pub(crate) fn below(
        &self,
        id: i64,
        placed: &mut HashSet<i64>,
        each: &mut dyn FnMut(i64, usize) -> Result<()>,
    ) -> Result<()> {
        let kids = |id: i64, depth: usize| {
            self.under
                .get(&id)
                .into_iter()
                .flatten()
                .rev()
                .map(move |&k| (k, depth))
        };
        let mut stack: Vec<(i64, usize)> = kids(id, 1).collect();
        while let Some((child, depth)) = stack.pop() {
            if !placed.insert(child) {
                continue;
            }
            each(child, depth)?;
            stack.extend(kids(child, depth + 1));
        }
        Ok(())
    }

    /// Nested sub-items no walk from the list's own rows reached: only parents in a cycle
    /// leave any. Each then stands alone (depth 0) with what is below it.
    pub(crate) fn unplaced(
        &self,
        placed: &mut HashSet<i64>,
        each: &mut dyn FnMut(i64, usize) -> Result<()>,
    ) -> Result<()> {
        for &id in &self.nested {
            if placed.insert(id) {
                each(id, 0)?;
                self.below(id, placed, each)?;
            }
        }
        Ok(())
    }

    /// `ids` in the list's order, each sub-item moved under its parent.
    pub(crate) fn arrange(&self, ids: Vec<i64>) -> Result<Vec<i64>> {
        if self.is_empty() {
            return Ok(ids);
        }
        let mut out = Vec::with_capacity(ids.len());
        let mut placed = HashSet::new();
        let mut push = |id: i64, _: usize| {
            out.push(id);
            Ok(())
        };
        for id in ids {
            if !self.is_nested(id) {
                push(id, 0)?;
                self.below(id, &mut placed, &mut push)?;
            }
        }
        self.unplaced(&mut placed, &mut push)?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::request::{Filter, Quotes};
    use crate::store::{Seed, Store};

    /// The builtin ledger (#2–#5 under #1) with a sub-item of #4 due first of all, and a
    /// sub-item of #17 due last.
    fn ledger() -> Result<Store> {
        let store = Store::open_in_memory(Seed::Builtin)?;
        store.conn.execute_batch(
            "INSERT INTO pledge (id, parent_id, title, owner, deadline, created_at, updated_at)
             VALUES (21, 4, '孙项', '香港大学', '2024-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                    (22, 17, '子项', '某厅', '2031-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
        )?;
        Ok(store)
    }

    /// Every listed row with its depth, as `pledge list` reads them.
    fn listed(
        store: &Store,
        filter: &Filter,
        sort: Sort,
    ) -> Result<Vec<(i64, usize, Option<i64>)>> {
        let mut rows = Vec::new();
        store.each_listed(filter, sort, Quotes::Without, &mut |p, depth| {
            rows.push((p.id, depth, p.parent));
            Ok(())
        })?;
        Ok(rows)
    }

    #[test]
    fn sub_items_stay_under_their_parent_in_every_sort_and_filter() -> Result<()> {
        let store = ledger()?;
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28);
        let filters = [
            Filter::default(),
            Filter {
                overdue_on: today,
                ..Filter::default()
            },
            Filter {
                status: Some(Status::Pending),
                ..Filter::default()
            },
            Filter {
                owner: Some("香港".into()),
                ..Filter::default()
            },
            Filter {
                search: Some("香港大学".into()),
                ..Filter::default()
            },
        ];
        for sort in Sort::ALL {
            for filter in &filters {
                let rows = listed(&store, filter, sort)?;
                let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
                assert_eq!(
                    store.list_ids(filter, sort)?,
                    ids,
                    "{sort:?} {filter:?}: the TUI's order"
                );
                let mut once = ids.clone();
                once.sort_unstable();
                once.dedup();
                assert_eq!(once.len(), ids.len(), "{sort:?} {filter:?}: {ids:?}");
                for (at, &(id, depth, parent)) in rows.iter().enumerate() {
                    let parent_at = parent.and_then(|p| ids.iter().position(|&i| i == p));
                    match (depth, parent_at) {
                        (0, None) => {}
                        (0, Some(_)) => panic!("{sort:?} {filter:?}: #{id} apart from its parent"),
                        (d, Some(p)) => {
                            assert_eq!(rows[p].1 + 1, d, "{sort:?}: #{id}'s depth");
                            // Everything between the parent and it is below the parent.
                            assert!(
                                rows[p + 1..at].iter().all(|r| r.1 >= d),
                                "{sort:?} {filter:?}: {rows:?}"
                            );
                        }
                        (_, None) => panic!("{sort:?} {filter:?}: #{id} nested without its parent"),
                    }
                }
            }
        }
        let rows = listed(&store, &Filter::default(), Sort::Deadline)?;
        let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
        // Among themselves the sub-items of #1 keep the deadline order: #4 (dated) first.
        assert_eq!(&ids[..8], &[17, 22, 1, 4, 21, 2, 3, 5], "{rows:?}");
        // #22 is due after everything else but stays under #17.
        let owner = listed(
            &store,
            &Filter {
                owner: Some("香港大学".into()),
                ..Filter::default()
            },
            Sort::Deadline,
        )?;
        assert_eq!(
            owner,
            vec![
                (4, 0, Some(1)),
                (21, 1, Some(4)),
                (2, 0, Some(1)),
                (3, 0, Some(1)),
                (5, 0, Some(1))
            ]
        );
        Ok(())
    }

    /// Parents in a cycle (another tool's SQL) neither hang the list nor lose a row.
    #[test]
    fn parents_in_a_cycle_end_and_every_row_is_listed_once() -> Result<()> {
        let store = ledger()?;
        store
            .conn
            .execute_batch("UPDATE pledge SET parent_id = 2 WHERE id = 1;")?;
        for sort in Sort::ALL {
            let ids = store.list_ids(&Filter::default(), sort)?;
            let mut once = ids.clone();
            once.sort_unstable();
            once.dedup();
            assert_eq!(once, (1..=22).collect::<Vec<_>>(), "{sort:?}: {ids:?}");
            assert_eq!(ids.len(), 22);
            let rows = listed(&store, &Filter::default(), sort)?;
            assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), ids);
        }
        Ok(())
    }
}
