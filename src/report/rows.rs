//! The report's rows: which section a pledge belongs to, and its groups read one at a time,
//! from the ledger or from memory.

use std::collections::{HashMap, VecDeque};

use chrono::NaiveDate;

use super::spill::{ReadAhead, Spill};
use super::{GroupHead, Item, Options, OwnerGroup, Section, Summary};
use crate::error::command::Refusal;
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::store::{OpenPledge, Placed, ReportQuery};

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
        // Owners named bodies: the filter holds them, and the owner texts need not name them.
        owners: if opts.filter.bodies.is_some() {
            &[]
        } else {
            &opts.owners
        },
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
        last_note_by,
        last_note_evidence,
        body,
        role,
        first: _,
    } = row;
    let progress_text = p.progress_text();
    // The body is said only when another than the owner reported.
    let last_note_by = last_note_by.filter(|b| *b != p.owner);
    let last_note_on = last_note.as_ref().map(|n| n.0);
    let since_day = crate::store::silent_since(
        last_note_on,
        || p.letter.and_then(|l| issued.get(&l).copied()),
        Some(&p.created_at),
        opts.as_of,
    );
    let from = p.overdue_from();
    let base = Item {
        id: p.id,
        title: p.title,
        owner: body.unwrap_or(p.owner),
        role,
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
        moved: p
            .original_deadline
            .filter(|_| p.deadline_moves > 0)
            .map(|originally| pledge_core::report::Moved {
                times: p.deadline_moves,
                originally,
            }),
        cleared_deadline: p.cleared_deadline,
        last_note_by,
        last_note_evidence,
    };
    // A deadline cleared while overdue keeps the pledge overdue, counted from that
    // deadline, until the supervision office confirms it (`pledge confirm`).
    let window = crate::store::Window {
        as_of: opts.as_of,
        within_days: opts.within_days,
        stale_days: opts.stale_days,
    };
    match crate::store::place(&window, from, last_note_on) {
        Placed::Overdue(d) => Place::Listed(
            Section::Overdue,
            Item {
                days_overdue: Some(crate::date::days_between(d, opts.as_of)),
                ..base
            },
        ),
        Placed::DueSoon(d) => Place::Listed(
            Section::DueSoon,
            Item {
                days_left: Some(crate::date::days_between(opts.as_of, d)),
                ..base
            },
        ),
        Placed::LeftOut => Place::LeftOut,
        Placed::Later => Place::Later,
        Placed::NoDeadline => Place::Listed(
            Section::NoDeadline,
            Item {
                days_since: Some(crate::date::days_between(since_day, opts.as_of)),
                ..base
            },
        ),
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

/// The rows read from the ledger group by group, inside the read the summary was made in.
/// The groups, in report order, fall into batches of consecutive groups: the table is read
/// once, the first batch kept in memory and each later one written to its own temporary
/// file, read back when its turn comes. One pass over a large table costs more than writing
/// its rows aside and reading them again.
pub struct Stored<'a, L: Ledger> {
    store: &'a L,
    summary: &'a Summary,
    batch: HashMap<(Section, String), Vec<Item>>,
    /// The batches after the one in memory, the next first, each with its groups, once the
    /// table is read.
    spilled: Option<VecDeque<(Spill, Batch<'a>)>>,
    /// The rows the summary wrote aside as it read them; without them, the table is read.
    from: Option<Spill>,
    /// Items a batch holds at most, unless one group alone is more.
    limit: usize,
    passes: Passes,
}

/// A batch's groups, in report order.
type Batch<'a> = Vec<(Section, &'a GroupHead)>;

/// What reading the rows took: passes over the table, batches held, the most items one held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Passes {
    scans: usize,
    batches: usize,
    most: usize,
}

/// Items a batch holds at most, unless one group alone is larger. 100,000 took a 1M-pledge
/// report of 40 owners to 106 MB; 20,000 holds it to 56 MB at no cost in time.
pub(super) const BATCH: usize = 20_000;

impl<'a, L: Ledger> Stored<'a, L> {
    pub fn new(store: &'a L, summary: &'a Summary) -> Stored<'a, L> {
        let ahead = summary.ahead.0.take();
        let (batch, spilled, from) = match ahead {
            // A report small enough was gathered whole with its counts.
            Some(ReadAhead::Held(mut batch)) => {
                for items in batch.values_mut() {
                    items.sort_unstable_by_key(|i| (key(i), i.id));
                }
                (batch, Some(VecDeque::new()), None)
            }
            Some(ReadAhead::Spilled(spill)) => (HashMap::new(), None, Some(spill)),
            None => (HashMap::new(), None, None),
        };
        Stored {
            store,
            summary,
            batch,
            spilled,
            from,
            limit: BATCH,
            passes: Passes::default(),
        }
    }

    /// Each owner's batch in each section, and each batch's groups: groups in report order,
    /// a batch closed when the next group would take it over the limit.
    #[allow(clippy::type_complexity)]
    fn plan(
        &self,
    ) -> (
        HashMap<&'a str, [usize; 3]>,
        Vec<Vec<(Section, &'a GroupHead)>>,
    ) {
        let summary = self.summary;
        let mut plan: HashMap<&str, [usize; 3]> = HashMap::new();
        let mut batches = vec![(0, Vec::new())];
        for s in Section::ALL {
            for h in summary.section(s) {
                let last = batches.len() - 1;
                let (size, _) = batches[last];
                let n = if size > 0 && size + h.count > self.limit {
                    batches.push((0, Vec::new()));
                    last + 1
                } else {
                    last
                };
                batches[n].0 += h.count;
                batches[n].1.push((s, h));
                plan.entry(h.owner.as_str()).or_default()[s.index()] = n;
            }
        }
        (plan, batches.into_iter().map(|(_, g)| g).collect())
    }

    /// Makes room for a batch's groups, each its size: grown as read, a batch's vectors
    /// would take up to twice its items.
    fn make_room(&mut self, groups: &[(Section, &GroupHead)]) -> usize {
        self.batch.clear();
        for (s, h) in groups {
            self.batch
                .insert((*s, h.owner.clone()), Vec::with_capacity(h.count));
        }
        groups.iter().map(|(_, h)| h.count).sum()
    }

    /// Reads the rows once, from the summary's file or else the table: the first batch into
    /// memory, the others to their files.
    fn read_table(&mut self) -> Result<()> {
        let summary = self.summary;
        let (plan, mut groups) = self.plan();
        let first = groups.remove(0);
        let held = self.make_room(&first);
        let mut spills = VecDeque::new();
        for g in groups {
            spills.push_back((Spill::new()?, g));
        }
        let batch = &mut self.batch;
        let mut failed = None;
        let mut route = |t: Section, item: Item| {
            let n = plan.get(item.owner.as_str()).map(|b| b[t.index()]);
            match n.and_then(|n| n.checked_sub(1)) {
                // Not a group of the summary's: the counts check says so.
                _ if n.is_none() || failed.is_some() => {}
                None => {
                    if let Some(group) = batch.get_mut(&(t, item.owner.clone())) {
                        group.push(item);
                    }
                }
                Some(k) => {
                    if let Some(Err(e)) = spills.get_mut(k).map(|(f, _)| f.push(t, &item)) {
                        failed = Some(e);
                    }
                }
            }
        };
        match self.from.take() {
            Some(from) => from.read_each(route)?,
            None => {
                let opts = &summary.opts;
                self.store.open_pledges(&query(opts), |row| {
                    if let Place::Listed(t, item) = classify(row, opts, &summary.issued) {
                        route(t, item);
                    }
                })?;
                self.passes.scans += 1;
            }
        }
        if let Some(e) = failed {
            return Err(e);
        }
        self.spilled = Some(spills);
        self.held(held);
        Ok(())
    }

    /// Puts the next batch written aside in memory, in place of the last.
    fn read_spilled(&mut self) -> Result<()> {
        let Some((spill, groups)) = self.spilled.as_mut().and_then(|s| s.pop_front()) else {
            self.batch.clear();
            return Ok(());
        };
        let held = self.make_room(&groups);
        let batch = &mut self.batch;
        spill.read_each(|s, item| {
            if let Some(group) = batch.get_mut(&(s, item.owner.clone())) {
                group.push(item);
            }
        })?;
        self.held(held);
        Ok(())
    }

    /// Sorts the batch just read, each group in report order, and notes its size.
    fn held(&mut self, items: usize) {
        for group in self.batch.values_mut() {
            group.sort_unstable_by_key(|i| (key(i), i.id));
        }
        self.passes.batches += 1;
        self.passes.most = self.passes.most.max(items);
    }
}

impl<L: Ledger> Rows for Stored<'_, L> {
    fn section(
        &mut self,
        s: Section,
        each: &mut dyn FnMut(OwnerGroup) -> Result<()>,
    ) -> Result<()> {
        for head in self.summary.section(s) {
            let at = (s, head.owner.clone());
            if !self.batch.contains_key(&at) {
                match self.spilled {
                    None => self.read_table()?,
                    Some(_) => self.read_spilled()?,
                }
            }
            let items = self.batch.remove(&at).unwrap_or_default();
            if items.len() != head.count {
                // Both passes read one snapshot, so this means a rule read them differently.
                return Err(Error::Command(Refusal::ReportMiscounted {
                    owner: head.owner.clone(),
                    section: s,
                    counted: head.count,
                    read: items.len(),
                }));
            }
            each(OwnerGroup {
                owner: head.owner.clone(),
                items,
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Format, Look, TextStyle};
    use crate::store::{Seed, Store};

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
        assert!(summary.ahead.0.borrow().is_none());
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
            for (limit, aside) in [1, 2, 3, 5, BATCH]
                .into_iter()
                .flat_map(|l| [(l, false), (l, true)])
            {
                // Rows written aside with the counts, or read from the table again.
                let spilled = aside.then(|| {
                    super::super::summarize_holding(&store, "ledger.db", &opts, 0).expect("sum")
                });
                if let Some(s) = &spilled {
                    assert_eq!(format!("{:?}", s.ahead), "Ahead(spilled)");
                }
                let summary = spilled.as_ref().unwrap_or(summary);
                let mut rows = Stored::new(&store, summary);
                rows.limit = limit;
                let mut out = Vec::new();
                super::super::write(summary, &mut rows, format, look, &mut out).expect("write");
                let name = format!("{}, batches of {limit}, aside {aside}", format.name());
                assert_eq!(out, whole, "{name}");
                let Passes {
                    scans,
                    batches,
                    most,
                } = rows.passes;
                assert!(most <= limit.max(largest), "{most} items in one batch");
                // However many batches, the table is read once: with the counts if aside.
                assert_eq!(scans, usize::from(!aside), "{name}");
                if limit == 1 {
                    assert!(
                        batches >= groups,
                        "{name}: {batches} batches of {groups} groups"
                    );
                } else if limit == BATCH {
                    assert_eq!(batches, 1, "{name}: one batch for a small ledger");
                }
            }
        }
    }
}
