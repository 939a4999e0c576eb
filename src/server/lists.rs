//! Lists on a server: the same filters, orders and nesting as a file's, in PostgreSQL's
//! words where they differ (`store::listing`), and one consistent view for a read that goes
//! over the ledger twice.

use chrono::NaiveDate;

use super::Server;
use crate::error::Result;
use crate::ledger::{Listed, Lists};
use crate::model::Pledge;
use crate::request::{Filter, Quotes, Sort, Summary};
use crate::store::listing::{self as shared, Dialect, FilterSql};

impl Lists for Server {
    fn pledges(&self, ids: &[i64]) -> Result<Vec<Pledge>> {
        self.read(|sql| shared::pledges(sql, Dialect::Pg, ids))
    }

    fn listed(&self, filter: &Filter, sort: Sort) -> Result<Listed> {
        let filter = FilterSql::on(filter, Dialect::Pg);
        self.read(|sql| shared::listed(sql, &filter, sort))
    }

    fn each_listed(
        &self,
        filter: &Filter,
        sort: Sort,
        quotes: Quotes,
        each: &mut dyn FnMut(Pledge, usize) -> Result<()>,
    ) -> Result<()> {
        let filter = FilterSql::on(filter, Dialect::Pg);
        self.read(|sql| shared::each_listed(sql, &filter, sort, quotes, each))
    }

    fn summary(&self, today: NaiveDate) -> Result<Summary> {
        self.read(|sql| shared::summary(sql, Dialect::Pg, today))
    }

    fn owners(&self) -> Result<Vec<String>> {
        self.read(|sql| shared::owners(sql, Dialect::Pg))
    }

    /// One read-only transaction that sees the ledger as it was when it began
    /// (`REPEATABLE READ`), however many reads `f` makes; a snapshot inside one is that one.
    fn snapshot<T>(&self, f: impl FnOnce(&Self) -> Result<T>) -> Result<T> {
        if self.in_snapshot.get() {
            return f(self);
        }
        self.client
            .borrow_mut()
            .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        self.in_snapshot.set(true);
        let value = f(self);
        self.in_snapshot.set(false);
        let end = if value.is_ok() { "COMMIT" } else { "ROLLBACK" };
        self.client.borrow_mut().batch_execute(end)?;
        value
    }
}
