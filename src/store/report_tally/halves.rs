//! A large ledger file's counts read on two cores: the ids split in two, the upper half
//! read on a view of its own on a thread of its own, both of one snapshot. At a million
//! pledges the one pass is most of what opening the report screen waits for.

use rusqlite::TransactionState;

use super::{ReportCounts, Window, counts, lookups, tally};
use crate::error::Result;
use crate::request::ReportQuery;
use crate::sql::{Lite, Query};
use crate::store::filter::Dialect;
use crate::store::{Store, lists, open::ReadOnly};

/// Ledgers whose ids span fewer than this are read in one pass: a view of its own and a
/// thread cost more than they save.
const SPLIT_FROM: i64 = 50_000;

/// Files smaller than this (about 12,000 pledges) are not looked at for a split at all: a
/// view would be opened only to find the ledger small.
const SPLIT_FROM_BYTES: u64 = 16 << 20;

impl Store {
    /// The report's groups and counts for `q`: a dated pledge by the days to or past its
    /// deadline (or the deadline cleared while overdue), an undated one left out if its
    /// latest note up to `q.as_of` is at most `stale_days` old.
    pub fn report_counts(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
    ) -> Result<ReportCounts> {
        let window = Window::of(q, within_days, stale_days);
        let large = self
            .path
            .as_deref()
            .and_then(|p| std::fs::metadata(p).ok())
            .is_some_and(|m| m.len() >= SPLIT_FROM_BYTES);
        let split_from = large.then_some(SPLIT_FROM);
        if self.conn.is_autocommit() {
            // Both halves need one snapshot, held while they read.
            return self.snapshot(|s| Ok(s.counts_of(q, &window, split_from, || ())?.0));
        }
        Ok(self.counts_of(q, &window, split_from, || ())?.0)
    }

    /// The counts, in two halves when the ids span at least `split_from` (none: one pass)
    /// and a second view of the same snapshot can be had; `between` runs after this connection's snapshot is
    /// taken and before the view's (tests write there). Also says whether it read in halves.
    pub(super) fn counts_of(
        &self,
        q: &ReportQuery<'_>,
        window: &Window,
        split_from: Option<i64>,
        between: impl FnOnce(),
    ) -> Result<(ReportCounts, bool)> {
        // A snapshot taken before this call cannot be matched: the view's version is read
        // before this connection's snapshot begins.
        let fresh = self.conn.transaction_state(Some("main"))? == TransactionState::None;
        let view = self.path.as_deref().filter(|_| {
            fresh
                && split_from.is_some()
                && !matches!(self.read_only, Some(ReadOnly::Folder | ReadOnly::DiskFull))
        });
        let view = view.and_then(|path| lists::reader(path).ok());
        let before = view.as_ref().and_then(|v| v.data_version().ok());
        let sql = &mut Lite(&self.conn);
        let looked = lookups(sql, Dialect::Lite)?;
        let (low, high): (i64, i64) = sql.one(
            "SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM pledge",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        between();
        let span = i128::from(high) - i128::from(low);
        let view = match (view, before) {
            (Some(view), Some(before)) if split_from.is_some_and(|f| span >= i128::from(f)) => {
                view.same_snapshot(before)
            }
            _ => None,
        };
        let read = |sql: &mut Lite<'_>, ids| tally(sql, Dialect::Lite, q, window, &looked, ids);
        let Some(view) = view else {
            let t = read(sql, (i64::MIN, i64::MAX))?;
            return Ok((counts(sql, q.as_of, &looked.names, t)?, false));
        };
        // The midpoint of two i64 is one: no overflow in i128.
        let split = i64::try_from((i128::from(low) + i128::from(high)) / 2).unwrap_or(low);
        let (lower, upper) = ((i64::MIN, split), (split.saturating_add(1), i64::MAX));
        let stop_view = view.conn.get_interrupt_handle();
        let t = std::thread::scope(|s| {
            let theirs = std::thread::Builder::new()
                .name("pledge-counts".into())
                .spawn_scoped(s, move || read(&mut Lite(&view.conn), upper));
            let mine = read(sql, lower);
            // Stopped or failed here: the view need not finish its half.
            if mine.is_err() {
                stop_view.interrupt();
            }
            let theirs = theirs.map(|t| t.join());
            let mut t = mine?;
            // A thread that could not start, failed or stopped: its half is read here.
            let theirs = match theirs {
                Ok(Ok(Ok(theirs))) => theirs,
                _ => read(sql, upper)?,
            };
            t.merge(theirs);
            Ok::<_, crate::error::Error>(t)
        })?;
        Ok((counts(sql, q.as_of, &looked.names, t)?, true))
    }

    /// This view in a read transaction of the snapshot the ledger had when its version was
    /// `before`; `None` when another connection has committed since (or it cannot begin).
    fn same_snapshot(self, before: i64) -> Option<Store> {
        self.conn.execute_batch("BEGIN").ok()?;
        // The version read in the transaction is that of its snapshot: unchanged, no commit
        // came between the version read before and this snapshot, so none came between
        // the other connection's snapshot (taken in that interval) and this one.
        let now = self.data_version().ok()?;
        (now == before).then_some(self)
    }
}

#[cfg(test)]
mod tests;
