//! The report's first page, read before the whole: the headings and counts from one
//! aggregate query, and the first groups' first rows by keyset, so that the report screen
//! shows its first screenful while the whole report (seconds at a million pledges) is read.
//!
//! Its column widths are measured on the rows it read, not on every row: they are
//! provisional, and the whole report, when it arrives, replaces this one.

use std::cell::RefCell;
use std::collections::HashMap;

use super::{GroupHead, OwnerGroup, Report, Section, Summary, measure, rows, spill};
use crate::body::Role;
use crate::error::Result;
use crate::ledger::Ledger;
use crate::store::PageAt;

use super::Options;

/// The report of `opts` as far as its first `wanted` rows, with every heading and count.
pub fn read(store: &impl Ledger, ledger: &str, opts: &Options, wanted: usize) -> Result<Report> {
    store.snapshot(|store| {
        let q = rows::query(opts);
        let counts = store.report_counts(&q, opts.within_days, opts.stale_days)?;
        let mut letters = store.letter_refs()?;
        // Claimed versus kept, as the whole report's header marks it.
        let flagged: std::collections::HashSet<i64> = store
            .letter_rows(opts.as_of)?
            .iter()
            .filter(|r| r.claim_not_kept())
            .map(|r| r.id)
            .collect();
        for (id, l) in &mut letters {
            l.claim_not_kept = flagged.contains(id);
        }
        let issued: HashMap<_, _> = letters.iter().map(|(id, l)| (*id, l.issued_on)).collect();
        let mut heads: [Vec<(Option<Role>, GroupHead)>; 3] = Default::default();
        let mut pledges = [0; 3];
        // The letters of every listed pledge, not only of the rows read.
        let mut cited = std::collections::HashSet::new();
        for g in counts.groups {
            cited.extend(g.letters);
            let Some(section) = heads.get_mut(g.section) else {
                continue;
            };
            pledges[g.section] += g.first_rows;
            let head = GroupHead {
                owner: g.owner,
                count: g.count,
                first: g.first,
            };
            section.push((Role::parse(&g.role), head));
        }
        // The order the whole report's pass gives its groups.
        let heads = heads.map(|mut heads| {
            heads.sort_unstable_by(|(ra, a), (rb, b)| {
                (a.first, ra, &a.owner).cmp(&(b.first, rb, &b.owner))
            });
            heads.into_iter().map(|(_, h)| h).collect::<Vec<_>>()
        });
        let (mut columns, mut statuses) = (Default::default(), Vec::new());
        let mut groups: [Vec<OwnerGroup>; 3] = Default::default();
        let mut left = wanted;
        'sections: for s in Section::ALL {
            for head in &heads[s.index()] {
                if left == 0 {
                    break 'sections;
                }
                let at = PageAt {
                    section: s.index(),
                    owner: &head.owner,
                    after: None,
                    limit: left,
                };
                let page = store.report_page(&q, opts.within_days, opts.stale_days, &at)?;
                let mut items = Vec::new();
                for (_, row) in page {
                    if let rows::Place::Listed(_, item) = rows::classify(row, opts, &issued) {
                        measure(&mut columns, &mut statuses, &item);
                        items.push(item);
                    }
                }
                left = left.saturating_sub(items.len().max(1));
                groups[s.index()].push(OwnerGroup {
                    owner: head.owner.clone(),
                    items,
                });
            }
        }
        let summary = Summary {
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
            undated_recent: counts.undated_recent,
            columns,
            // The HTML page's chart: nothing is saved from a first page.
            standings: Vec::new(),
            pledges,
            heads,
            opts: opts.clone(),
            issued,
            ahead: spill::Ahead(RefCell::new(None)),
        };
        Ok(Report { summary, groups })
    })
}

#[cfg(test)]
mod tests;
