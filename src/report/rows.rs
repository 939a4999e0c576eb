//! The report's rows: which section a pledge belongs to, and its groups read one at a time,
//! from the ledger or from memory.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{GroupHead, Item, Options, OwnerGroup, Section, Summary};
use crate::error::{Error, Result};
use crate::store::{DeadlineRange, GroupQuery, OpenPledge, ReportQuery, ReportRead, Store};

/// A report's rows, handed out one owner's group at a time in report order.
pub trait Rows {
    /// Hands each owner's group of section `s` to `each`, in report order.
    fn section(&mut self, s: Section, each: &mut dyn FnMut(OwnerGroup) -> Result<()>)
    -> Result<()>;
}

/// What the report reads from the ledger for `opts`.
pub(super) fn query(opts: &Options) -> ReportQuery<'_> {
    let due_by = opts
        .as_of
        .checked_add_signed(chrono::Duration::days(opts.within_days.max(0)))
        .map_or(crate::date::LAST, |d| d.min(crate::date::LAST));
    ReportQuery {
        filter: &opts.filter,
        owners: &opts.owners,
        as_of: opts.as_of,
        due_by,
    }
}

/// Where an open pledge goes in the report.
// Made and taken apart at once for every row: a box would cost an allocation each.
#[allow(clippy::large_enum_variant)]
pub(super) enum Place {
    Listed(Section, Item),
    /// Undated with recent progress: counted in the footer, not listed.
    LeftOut,
    /// Due after the days the report looks ahead.
    Later,
}

/// Where an open pledge goes in the report, with its item: the one rule both passes of a
/// report follow.
pub(super) fn classify(row: OpenPledge, opts: &Options, issued: &HashMap<i64, NaiveDate>) -> Place {
    let OpenPledge {
        pledge: p,
        last_note,
    } = row;
    let progress_text = p.progress_text();
    let last_note_on = last_note.as_ref().map(|n| n.0);
    let since_day = last_note_on
        .or_else(|| p.letter.and_then(|l| issued.get(&l).copied()))
        .or_else(|| {
            p.created_at
                .get(..10)
                .and_then(|d| crate::date::parse(d).ok())
        })
        .unwrap_or(opts.as_of);
    let base = Item {
        id: p.id,
        title: p.title,
        owner: p.owner,
        deadline: p.deadline,
        deadline_text: p.deadline_text,
        status: p.status,
        target: p.target,
        progress: p.progress,
        days_overdue: None,
        days_left: None,
        days_since: None,
        last_note_on,
        last_note: last_note.map(|n| n.1),
        progress_text,
    };
    match p.deadline {
        Some(d) if d < opts.as_of => Place::Listed(
            Section::Overdue,
            Item {
                days_overdue: Some(crate::date::days_between(d, opts.as_of)),
                ..base
            },
        ),
        Some(d) => {
            let left = crate::date::days_between(opts.as_of, d);
            if left > opts.within_days {
                return Place::Later;
            }
            Place::Listed(
                Section::DueSoon,
                Item {
                    days_left: Some(left),
                    ..base
                },
            )
        }
        None => {
            let since = crate::date::days_between(since_day, opts.as_of);
            if base.last_note.is_some() && since <= opts.stale_days {
                return Place::LeftOut;
            }
            Place::Listed(
                Section::NoDeadline,
                Item {
                    days_since: Some(since),
                    ..base
                },
            )
        }
    }
}

/// How urgent an item is within its section, smaller first: the longest overdue, the soonest
/// due, the longest without progress.
pub(super) fn key(i: &Item) -> i64 {
    match (i.days_overdue, i.days_left, i.days_since) {
        (Some(d), _, _) => -d,
        (None, Some(d), _) => d,
        (None, None, d) => -d.unwrap_or(0),
    }
}

fn range(s: Section) -> DeadlineRange {
    match s {
        Section::Overdue => DeadlineRange::Before,
        Section::DueSoon => DeadlineRange::Within,
        Section::NoDeadline => DeadlineRange::Undated,
    }
}

/// The rows read from the ledger group by group, inside the read the summary was made in.
/// Groups are read in batches of consecutive groups, one pass over the table each.
pub struct Stored<'a> {
    store: &'a Store,
    summary: &'a Summary,
    batch: HashMap<(Section, String), Vec<Item>>,
    /// Items a batch gathers at most, unless one group alone is more.
    limit: usize,
    /// Passes made over the table, and the most items one gathered.
    passes: (usize, usize),
}

/// Items a pass over the ledger gathers at most, unless one group alone is larger: each pass
/// reads the whole table, so fewer passes are quicker, and this many items take a few tens
/// of megabytes.
pub(super) const BATCH: usize = 100_000;

impl<'a> Stored<'a> {
    pub fn new(store: &'a Store, summary: &'a Summary) -> Stored<'a> {
        // A report small enough was gathered whole with its counts.
        let mut batch = summary.kept.take().unwrap_or_default();
        for items in batch.values_mut() {
            items.sort_unstable_by_key(|i| (key(i), i.id));
        }
        Stored {
            store,
            summary,
            batch,
            limit: BATCH,
            passes: (0, 0),
        }
    }

    /// Reads the groups from the `n`th of section `s` on, in report order, until about
    /// [`BATCH`] items are held; each group's items in report order.
    fn read_batch(&mut self, s: Section, n: usize) -> Result<()> {
        let summary = self.summary;
        let mut wanted: Vec<(Section, &GroupHead)> = Vec::new();
        let mut items = 0;
        let later = Section::ALL.into_iter().skip(s.index());
        'heads: for (i, t) in later.enumerate() {
            for h in summary.section(t).iter().skip(if i == 0 { n } else { 0 }) {
                if !wanted.is_empty() && items + h.count > self.limit {
                    break 'heads;
                }
                items += h.count;
                wanted.push((t, h));
            }
        }
        self.batch.clear();
        for (t, h) in &wanted {
            self.batch
                .insert((*t, h.owner.clone()), Vec::with_capacity(h.count));
        }
        let mut owners: Vec<&str> = wanted.iter().map(|(_, h)| h.owner.as_str()).collect();
        owners.sort_unstable();
        owners.dedup();
        // One section's groups: the table is narrowed to its deadlines as it is read.
        let one = wanted.iter().all(|(t, _)| *t == s);
        let group = GroupQuery {
            owners: &owners,
            range: one.then(|| range(s)),
        };
        let (opts, batch) = (&summary.opts, &mut self.batch);
        self.store
            .open_pledges(&query(opts), ReportRead::Groups(&group), |row| {
                if let Place::Listed(t, item) = classify(row, opts, &summary.issued) {
                    // Only the groups asked for: an owner's others come in their own batch.
                    if let Some(items) = batch.get_mut(&(t, item.owner.clone())) {
                        items.push(item);
                    }
                }
            })?;
        for items in self.batch.values_mut() {
            items.sort_unstable_by_key(|i| (key(i), i.id));
        }
        self.passes = (self.passes.0 + 1, self.passes.1.max(items));
        Ok(())
    }
}

impl Rows for Stored<'_> {
    fn section(
        &mut self,
        s: Section,
        each: &mut dyn FnMut(OwnerGroup) -> Result<()>,
    ) -> Result<()> {
        for (n, head) in self.summary.section(s).iter().enumerate() {
            let at = (s, head.owner.clone());
            if !self.batch.contains_key(&at) {
                self.read_batch(s, n)?;
            }
            let items = self.batch.remove(&at).unwrap_or_default();
            if items.len() != head.count {
                // Both passes read one snapshot, so this means a rule read them differently.
                return Err(Error::Refused(format!(
                    "the report counted {} pledge(s) of {} in {} but read {}",
                    head.count,
                    head.owner,
                    s.key(),
                    items.len()
                )));
            }
            each(OwnerGroup {
                owner: head.owner.clone(),
                items,
            })?;
        }
        Ok(())
    }
}

/// A report held whole in memory, for the TUI's report screen, laid out again at each width.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub summary: Summary,
    pub(super) groups: [Vec<OwnerGroup>; 3],
}

impl Report {
    /// Reads every group of `summary` from `store`, in the read the summary was made in.
    pub(super) fn read(store: &Store, summary: Summary) -> Result<Report> {
        let mut groups: [Vec<OwnerGroup>; 3] = Default::default();
        let mut rows = Stored::new(store, &summary);
        for s in Section::ALL {
            rows.section(s, &mut |g| {
                groups[s.index()].push(g);
                Ok(())
            })?;
        }
        Ok(Report { summary, groups })
    }

    pub fn groups(&self, s: Section) -> &[OwnerGroup] {
        &self.groups[s.index()]
    }

    /// Every item with its section, in report order.
    pub fn items(&self) -> impl Iterator<Item = (Section, &Item)> {
        Section::ALL.into_iter().flat_map(move |s| {
            self.groups(s)
                .iter()
                .flat_map(move |g| g.items.iter().map(move |i| (s, i)))
        })
    }
}

impl Rows for &Report {
    fn section(
        &mut self,
        s: Section,
        each: &mut dyn FnMut(OwnerGroup) -> Result<()>,
    ) -> Result<()> {
        self.groups(s).iter().cloned().try_for_each(each)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Format, Look, TextStyle};
    use crate::store::Seed;

    #[test]
    fn groups_read_in_small_batches_are_the_report_read_whole() {
        let mut store = Store::open_in_memory(Seed::Empty).expect("store");
        let data = serde_json::from_str(include_str!("../../tests/fixtures/report-ledger.json"))
            .expect("fixture");
        store.import(&data).expect("import");
        let opts = Options::new(crate::date::parse("2026-11-28").expect("date"));
        let look = Look {
            style: TextStyle {
                width: 100,
                color: false,
            },
            bom: false,
        };
        let held = super::super::build(&store, "ledger.db", &opts).expect("report");
        let summary = &held.summary;
        // The rows gathered with the counts went to the held report: these are read in batches.
        assert!(summary.kept.borrow().is_none());
        let largest = Section::ALL
            .into_iter()
            .flat_map(|s| summary.section(s).iter().map(|h| h.count))
            .max()
            .unwrap_or(0);
        let groups: usize = Section::ALL
            .into_iter()
            .map(|s| summary.section(s).len())
            .sum();
        assert!(groups >= 4, "{summary:?}");
        for format in Format::ALL {
            let whole = super::super::render(&held, format, look);
            for limit in [1, 2, 3, 5, BATCH] {
                let mut rows = Stored::new(&store, summary);
                rows.limit = limit;
                let mut out = Vec::new();
                super::super::write(summary, &mut rows, format, look, &mut out).expect("write");
                assert_eq!(out, whole, "{} in batches of {limit}", format.name());
                let (passes, most) = rows.passes;
                assert!(most <= limit.max(largest), "{most} items in one pass");
                if limit == 1 {
                    assert!(
                        passes >= summary.section(Section::Overdue).len(),
                        "{passes}"
                    );
                } else if limit == BATCH {
                    assert_eq!(passes, 1, "one pass for a small ledger");
                }
            }
        }
    }
}
