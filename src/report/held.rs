//! A report held whole in memory, for the TUI's report screen.

use super::{Item, OwnerGroup, Rows, Section, Stored, Summary};
use crate::error::Result;
use crate::ledger::Ledger;

/// A report held whole in memory, for the TUI's report screen, laid out again at each width.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub summary: Summary,
    pub(super) groups: [Vec<OwnerGroup>; 3],
}

impl Report {
    /// Reads every group of `summary` from `store`, in the read the summary was made in,
    /// until `stopped` says to stop: the rows come back from temporary files, which SQLite's
    /// interrupt does not reach.
    pub(super) fn read(
        store: &impl Ledger,
        summary: Summary,
        stopped: &dyn Fn() -> bool,
    ) -> Result<Report> {
        let mut groups: [Vec<OwnerGroup>; 3] = Default::default();
        let mut rows = Stored::new(store, &summary);
        for s in Section::ALL {
            rows.section(s, &mut |g| {
                if stopped() {
                    return Err(crate::error::Error::Command(
                        crate::error::command::Refusal::ReportReadingStopped,
                    ));
                }
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
