//! Another process's writes appear without `R`: when idle the loop ticks, and a tick asks the
//! ledger whether anyone else wrote since the last look (one cheap read), re-reading what is on
//! screen only then. Open editors keep their drafts: only the list and open pledges are read.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;

/// Ticks in a row another writer may keep changing the ledger before it is re-read anyway.
const MOVING_AT_MOST: u32 = 5;

/// What the ticks have seen of the ledger.
#[derive(Debug, Default)]
pub struct Watch {
    /// The ledger's `data_version` at the last look.
    version: Option<i64>,
    /// Ticks that saw it change since the screen was last re-read for it.
    unshown: u32,
}

impl Watch {
    pub fn new(version: i64) -> Watch {
        Watch {
            version: Some(version),
            unshown: 0,
        }
    }

    /// Whether to re-read now that the ledger's version is `version`. A change is shown once
    /// the other writer has been still for a tick: a bulk import is read once, when it is
    /// done, instead of mid-way, where every read keeps its log from being reused (the WAL
    /// grows). One that never stops is shown every few ticks.
    fn reread(&mut self, version: i64) -> bool {
        let moved = self.version.replace(version) != Some(version);
        if moved {
            self.unshown += 1;
        }
        let due = self.unshown > 0 && (!moved || self.unshown >= MOVING_AT_MOST);
        if due {
            self.unshown = 0;
        }
        due
    }
}

impl<L: Ledger> App<L> {
    pub(super) fn tick(&mut self) -> Result<(), Error> {
        let version = self.store.data_version()?;
        if self.watch.reread(version) {
            self.reload()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_shown_once_still_and_a_steady_writer_every_few_ticks() {
        let mut w = Watch::new(1);
        assert!(!w.reread(1), "nothing changed");
        assert!(!w.reread(2), "still being written");
        assert!(w.reread(2), "still for a tick: shown");
        assert!(!w.reread(2), "shown once");
        let shown: Vec<bool> = (3..13).map(|v| w.reread(v)).collect();
        let at: Vec<usize> = (0..shown.len()).filter(|&i| shown[i]).collect();
        assert_eq!(
            at,
            [4, 9],
            "a writer that never stops: every {MOVING_AT_MOST} ticks"
        );
    }
}
