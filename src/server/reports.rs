//! The overdue report and the dashboard on a server: the same statements as a file's
//! (`store::report`, `store::dashboard`), in PostgreSQL's words where they differ.

use chrono::NaiveDate;

use super::Server;
use crate::dashboard::{Overview, Tracked};
use crate::error::Result;
use crate::ledger::Reports;
use crate::request::{LetterRef, OpenPledge, ReportQuery};
use crate::store::listing::{self as shared, Dialect};
use crate::store::{PageAt, ReportCounts};

impl Reports for Server {
    fn letter_refs(&self) -> Result<Vec<(i64, LetterRef)>> {
        self.read(|sql| shared::letter_refs(sql))
    }

    fn open_pledges(&self, q: &ReportQuery<'_>, mut each: impl FnMut(OpenPledge)) -> Result<()> {
        self.read(|sql| shared::open_pledges(sql, Dialect::Pg, q, &mut each))
    }

    fn report_bound(&self) -> Result<usize> {
        self.read(|sql| shared::report_bound(sql))
    }

    fn report_counts(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
    ) -> Result<ReportCounts> {
        self.read(|sql| shared::report_counts(sql, Dialect::Pg, q, within_days, stale_days))
    }

    fn report_page(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
        at: &PageAt<'_>,
    ) -> Result<Vec<((i64, i64), OpenPledge)>> {
        self.read(|sql| shared::report_page(sql, Dialect::Pg, q, (within_days, stale_days), at))
    }

    fn overview(&self, today: NaiveDate, stale_days: i64) -> Result<Overview> {
        self.read(|sql| shared::overview(sql, Dialect::Pg, today, stale_days))
    }

    fn tracked(&self, offset: usize, limit: usize) -> Result<Vec<Tracked>> {
        self.read(|sql| shared::tracked(sql, Dialect::Pg, offset, limit))
    }
}
