//! The overdue report (督办通报): what is late, what is due soon, and what has no deadline and
//! no recent progress, grouped by owner. One model, rendered as text, markdown, CSV, JSON, HTML;
//! the CLI and the TUI both print it from here.
//!
//! A report is read once, inside one read of the ledger: what every heading, count and column
//! width needs ([`Summary`]) is gathered while its rows are held (a small report) or written to
//! a temporary file in the ledger's order. The rows are then handed out one owner's group at a
//! time in report order ([`Rows`]), each written before the next is taken, from batches of
//! consecutive groups read back from temporary files. Memory is bounded by a batch, or the
//! largest group, not by the ledger.

pub mod background;
pub mod calendar;
pub mod csv;
pub mod doc;
pub mod docx;
pub mod first;
mod format;
mod held;
pub mod html;
pub mod json;
pub mod markdown;
mod marks;
pub mod period;
mod pipeline;
pub mod reading;
mod rows;
pub mod scorecard;
mod spill;
pub mod svg;
pub mod text;

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use crate::error::Result;
use crate::ledger::Ledger;
use crate::model::Status;
pub use crate::store::LetterRef;
use format::output;
pub use format::{Format, Look, MIN_WIDTH, TextStyle, render, write};
pub use held::Report;
pub use rows::{Rows, Stored};

pub use pledge_core::report::{
    Columns, GroupHead, Item, Options, OwnerGroup, STALE_DAYS, Section, WITHIN_DAYS,
};

/// Everything the report says except its rows: the one source of the headings, every count,
/// the column widths and the sentence on pledges left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub as_of: NaiveDate,
    pub ledger: String,
    /// The letters the listed pledges come from, in the ledger's order.
    pub letters: Vec<LetterRef>,
    pub within_days: i64,
    pub stale_days: i64,
    /// The statuses of the listed pledges, in the order first met: what their column's
    /// width is measured by in the language the report is written in.
    pub statuses: Vec<Status>,
    /// Open undated pledges left out because they had recent progress (said in the footer).
    pub undated_recent: usize,
    pub columns: Columns,
    /// The listed bodies' overdue, open (not overdue) and done pledges as of the report's
    /// day, in name order: the HTML page's chart.
    pub standings: Vec<(String, [usize; 3])>,
    /// The pledges listed in each section, each once though it is in a section per body.
    pledges: [usize; 3],
    heads: [Vec<GroupHead>; 3],
    opts: Options,
    issued: HashMap<i64, NaiveDate>,
    /// The rows, read with the counts for the rows to take.
    ahead: spill::Ahead,
}

/// Items by section and owner.
type Groups = HashMap<(Section, String), Vec<Item>>;

impl Summary {
    /// The section's owners in report order, each with its count.
    pub fn section(&self, s: Section) -> &[GroupHead] {
        &self.heads[s.index()]
    }

    /// The pledges listed in a section: a pledge in several bodies' groups counts once.
    pub fn count(&self, s: Section) -> usize {
        self.pledges[s.index()]
    }

    pub fn total(&self) -> usize {
        Section::ALL.into_iter().map(|s| self.count(s)).sum()
    }

    /// A description of the owner filter or TUI filter in force, if any, worded in the
    /// language the report is written in.
    pub fn scope(&self) -> Option<String> {
        crate::messages::report::scope(&self.opts.owners, &self.opts.filter)
    }

    /// What the footer says of undated pledges left out for recent progress, if any were.
    pub fn left_out(&self) -> Option<String> {
        (self.undated_recent > 0)
            .then(|| crate::messages::report::left_out(self.undated_recent, self.stale_days))
    }

    /// Per owner: counts in each section, owners in name order.
    pub fn by_owner(&self) -> Vec<(String, [usize; 3])> {
        let mut counts: BTreeMap<String, [usize; 3]> = BTreeMap::new();
        for s in Section::ALL {
            for g in self.section(s) {
                counts.entry(g.owner.clone()).or_default()[s.index()] += g.count;
            }
        }
        counts.into_iter().collect()
    }
}

/// Widens the columns to hold `item`, and notes its status if it is the first of its kind:
/// the whole report's pass and its first page measure alike.
fn measure(columns: &mut Columns, statuses: &mut Vec<Status>, item: &Item) {
    columns.id = columns.id.max(item.id.to_string().len());
    columns.status = columns.status.max(item.status.as_str().len());
    if !statuses.contains(&item.status) {
        statuses.push(item.status);
    }
    columns.progress = columns
        .progress
        .max(crate::text::width(&item.progress_text));
}

/// Reads what the report says before its rows. Call it inside [`Store::reading`], with the
/// rows read in the same read, or the counts may not be the rows'.
pub fn summarize(store: &impl Ledger, ledger: &str, opts: &Options) -> Result<Summary> {
    summarize_holding(store, ledger, opts, rows::BATCH)
}

/// [`summarize`], holding the rows read if the report may list `hold` or fewer, else writing
/// them aside.
fn summarize_holding(
    store: &impl Ledger,
    ledger: &str,
    opts: &Options,
    hold: usize,
) -> Result<Summary> {
    let mut letters = store.letter_refs()?;
    // Claimed versus kept, as of the report's day: the header marks such a letter.
    let flagged: HashSet<i64> = store
        .letter_rows(opts.as_of)?
        .iter()
        .filter(|r| r.claim_not_kept())
        .map(|r| r.id)
        .collect();
    for (id, l) in &mut letters {
        l.claim_not_kept = flagged.contains(id);
    }
    let issued: HashMap<i64, NaiveDate> =
        letters.iter().map(|(id, l)| (*id, l.issued_on)).collect();
    let mut heads: HashMap<(Section, String), GroupHead> = HashMap::new();
    let mut columns = Columns::default();
    let mut undated_recent = 0;
    let mut statuses = Vec::new();
    let mut pledges = [0; 3];
    // Each group's most urgent item and the body's part in it: of groups whose most urgent
    // item is the same pledge, the one that leads it comes first.
    let mut ranks: HashMap<(Section, String), ((i64, i64), crate::body::Role)> = HashMap::new();
    let q = rows::query(opts);
    // Rows and counts are read in one pass: a small report's rows held, a large one's
    // written aside, to be read back a batch at a time in report order.
    let keep = store.report_bound()? <= hold;
    let mut kept = Groups::new();
    let mut spill = if keep {
        None
    } else {
        Some(spill::Spill::new()?)
    };
    let mut failed = None;
    // The letters the listed pledges come from: a report scoped to one owner names only theirs.
    let mut cited = HashSet::new();
    store.open_pledges(&q, |row| {
        let letter = row.pledge.letter;
        let first_row = row.first;
        let place = rows::classify(row, opts, &issued);
        if let (rows::Place::Listed(..), Some(letter)) = (&place, letter) {
            cited.insert(letter);
        }
        match place {
            rows::Place::Later => {}
            rows::Place::LeftOut => undated_recent += 1,
            rows::Place::Listed(s, item) => {
                pledges[s.index()] += usize::from(first_row);
                measure(&mut columns, &mut statuses, &item);
                let first = (rows::key(&item), item.id);
                let rank = (first, item.role);
                let best = ranks.entry((s, item.owner.clone())).or_insert(rank);
                *best = (*best).min(rank);
                let head = heads
                    .entry((s, item.owner.clone()))
                    .or_insert_with_key(|(_, owner)| GroupHead {
                        owner: owner.clone(),
                        count: 0,
                        first,
                    });
                head.count += 1;
                head.first = head.first.min(first);
                match spill.as_mut() {
                    None => kept.entry((s, item.owner.clone())).or_default().push(item),
                    Some(spill) if failed.is_none() => failed = spill.push(s, &item).err(),
                    Some(_) => {}
                }
            }
        }
    })?;
    if let Some(e) = failed {
        return Err(e);
    }
    let mut sections: [Vec<(_, GroupHead)>; 3] = Default::default();
    for ((s, owner), head) in heads {
        let rank = ranks.get(&(s, owner)).map(|r| r.1);
        sections[s.index()].push((rank, head));
    }
    // Bodies by their most urgent item, then leading it before co-owning it, then by name:
    // names are unique, so the order is fully determined.
    let sections = sections.map(|mut heads| {
        heads.sort_unstable_by(|(ra, a), (rb, b)| {
            (a.first, ra, &a.owner).cmp(&(b.first, rb, &b.owner))
        });
        heads.into_iter().map(|(_, h)| h).collect::<Vec<_>>()
    });
    let listed: HashSet<&str> = sections
        .iter()
        .flatten()
        .map(|h| h.owner.as_str())
        .collect();
    let mut standings: Vec<(String, [usize; 3])> = store
        .bodies(opts.as_of)?
        .into_iter()
        .filter(|b| listed.contains(b.name.as_str()))
        .map(|b| {
            let n = |v: i64| usize::try_from(v).unwrap_or(0);
            (
                b.name,
                [
                    n(b.overdue),
                    n(b.open).saturating_sub(n(b.overdue)),
                    n(b.done),
                ],
            )
        })
        .collect();
    standings.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Summary {
        standings,
        as_of: opts.as_of,
        ledger: ledger.to_string(),
        letters: letters
            .into_iter()
            .filter(|(id, _)| cited.contains(id))
            .map(|(_, l)| l)
            .collect(),
        within_days: opts.within_days,
        stale_days: opts.stale_days,
        statuses,
        undated_recent,
        columns,
        pledges,
        heads: sections,
        opts: opts.clone(),
        issued,
        ahead: spill::Ahead(RefCell::new(Some(match spill {
            None => spill::ReadAhead::Held(kept),
            Some(spill) => spill::ReadAhead::Spilled(spill),
        }))),
    })
}

/// Reads the report and writes it in `format`, each group as it is read: the CLI's report.
pub fn stream(
    store: &impl Ledger,
    ledger: &str,
    opts: &Options,
    format: Format,
    look: Look,
    out: &mut dyn std::io::Write,
) -> Result<Summary> {
    store.snapshot(|store| {
        let summary = summarize(store, ledger, opts)?;
        write(
            &summary,
            &mut Stored::new(store, &summary),
            format,
            look,
            out,
        )?;
        Ok(summary)
    })
}

/// Reads the whole report into memory: the TUI's report screen, which lays it all out anyway.
pub fn build(store: &impl Ledger, ledger: &str, opts: &Options) -> Result<Report> {
    build_unless(store, ledger, opts, &|| false)
}

/// [`build`], given up between its steps once `stopped` says so: SQLite's interrupt stops the
/// step under way, and this keeps the next one from starting.
pub fn build_unless(
    store: &impl Ledger,
    ledger: &str,
    opts: &Options,
    stopped: &dyn Fn() -> bool,
) -> Result<Report> {
    let stop =
        || crate::error::Error::Command(crate::error::command::Refusal::ReportReadingStopped);
    if stopped() {
        return Err(stop());
    }
    store.snapshot(|store| {
        let summary = summarize(store, ledger, opts)?;
        if stopped() {
            return Err(stop());
        }
        Report::read(store, summary, stopped)
    })
}

#[cfg(test)]
mod counts_tests;
