//! The report's rows: which section a pledge belongs to, and its groups read one at a time,
//! from the ledger or from memory.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Item, Options, OwnerGroup, Section, Summary};
use crate::error::{Error, Result};
use crate::store::{DeadlineRange, GroupQuery, OpenPledge, ReportQuery, Store};

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
pub struct Stored<'a> {
    store: &'a Store,
    summary: &'a Summary,
}

impl<'a> Stored<'a> {
    pub fn new(store: &'a Store, summary: &'a Summary) -> Stored<'a> {
        Stored { store, summary }
    }

    fn group(&self, s: Section, owner: &str) -> Result<Vec<Item>> {
        let opts = &self.summary.opts;
        let mut items = Vec::new();
        let group = GroupQuery {
            owner,
            range: range(s),
        };
        self.store.open_pledges(&query(opts), Some(&group), |row| {
            // The range holds the section's pledges and, undated, those left out.
            if let Place::Listed(found, item) = classify(row, opts, &self.summary.issued) {
                if found == s {
                    items.push(item);
                }
            }
        })?;
        items.sort_unstable_by_key(|i| (key(i), i.id));
        Ok(items)
    }
}

impl Rows for Stored<'_> {
    fn section(
        &mut self,
        s: Section,
        each: &mut dyn FnMut(OwnerGroup) -> Result<()>,
    ) -> Result<()> {
        for head in self.summary.section(s) {
            let items = self.group(s, &head.owner)?;
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
