//! The SQLite ledger behind [`crate::ledger::Ledger`]: each method is the `Store` method of
//! the same name, so callers holding a `Store` and callers generic over a backend agree.

use std::path::Path;

use chrono::NaiveDate;

use super::Store;
use crate::body::{Body, Link, Named, Page, Standing};
use crate::error::{Error, Result};
use crate::ledger::{Bodies, Dump, Ledger, Letters, Lists, Records, Reports, Sheets};
use crate::model::{Change, Letter, Note, Pledge};
use crate::problem::Field;
use crate::request::{
    Edit, Filter, Guarded, LetterRef, NewNote, NewPledge, OpenPledge, Quotes, ReportQuery, Saving,
    Seen, Sort, Summary, Withdrawal,
};

impl crate::ledger::Interrupt for rusqlite::InterruptHandle {
    fn interrupt(&self) {
        rusqlite::InterruptHandle::interrupt(self);
    }
}

impl Records for Store {
    fn path(&self) -> Option<&Path> {
        Store::path(self)
    }
    fn is_read_only(&self) -> bool {
        Store::is_read_only(self)
    }
    fn read_only_error(&self, saving: Saving) -> Error {
        Store::read_only_error(self, saving)
    }
    fn add_pledge(&mut self, new: &NewPledge, who: &str) -> Result<i64> {
        Store::add_pledge(self, new, who)
    }
    fn edit_pledge(
        &mut self,
        id: i64,
        edit: &Edit,
        who: &str,
        reason: Option<&str>,
    ) -> Result<Vec<Change>> {
        Store::edit_pledge(self, id, edit, who, reason)
    }
    fn edit_pledge_seen(
        &mut self,
        id: i64,
        edit: &Edit,
        seen: &[Seen],
        who: &str,
        reason: Option<&str>,
    ) -> Result<Guarded<Vec<Change>>> {
        Store::edit_pledge_seen(self, id, edit, seen, who, reason)
    }
    fn add_note(&mut self, new: &NewNote) -> Result<i64> {
        Store::add_note(self, new)
    }
    fn withdraw_note(&mut self, w: &Withdrawal) -> Result<Guarded<i64>> {
        Store::withdraw_note(self, w)
    }
    fn pledge(&self, id: i64) -> Result<Pledge> {
        Store::pledge(self, id)
    }
    fn find_pledge(&self, id: i64) -> Result<Option<Pledge>> {
        Store::find_pledge(self, id)
    }
    fn children(&self, id: i64) -> Result<Vec<Pledge>> {
        Store::children(self, id)
    }
    fn history(&self, id: i64) -> Result<Vec<Change>> {
        Store::history(self, id)
    }
    fn notes(&self, pledge: i64) -> Result<Vec<Note>> {
        Store::notes(self, pledge)
    }
    fn letter(&self, id: i64) -> Result<Option<Letter>> {
        Store::letter(self, id)
    }
    fn letters(&self) -> Result<Vec<Letter>> {
        Store::letters(self)
    }
    fn counts(&self) -> Result<(i64, i64, i64)> {
        Store::counts(self)
    }
    fn add_pledge_with(&mut self, new: &NewPledge, bodies: &[Named], who: &str) -> Result<i64> {
        Store::add_pledge_with(self, new, bodies, who)
    }
    fn edit_pledge_with(
        &mut self,
        id: i64,
        edit: &Edit,
        bodies: Option<&[Named]>,
        who: &str,
        reason: Option<&str>,
    ) -> Result<Vec<Change>> {
        Store::edit_pledge_with(self, id, edit, bodies, who, reason)
    }
    fn bodies_named(&self, field: Field, name: &str) -> Result<Vec<i64>> {
        Store::bodies_named(self, field, name)
    }
    fn pledge_bodies(&self, pledge: i64) -> Result<Vec<(Body, crate::body::Role)>> {
        Store::pledge_bodies(self, pledge)
    }
    fn add_letter(
        &mut self,
        letter: &Letter,
        pledges: &[NewPledge],
        who: &str,
    ) -> Result<(i64, Vec<i64>)> {
        Store::add_letter(self, letter, pledges, who)
    }
    fn letter_with_sha(&self, sha256: &str) -> Result<Option<i64>> {
        Store::letter_with_sha(self, sha256)
    }
}

impl Lists for Store {
    fn pledges(&self, ids: &[i64]) -> Result<Vec<Pledge>> {
        Store::pledges(self, ids)
    }
    fn listed(&self, filter: &Filter, sort: Sort) -> Result<crate::ledger::Listed> {
        Store::listed(self, filter, sort)
    }
    fn each_listed(
        &self,
        filter: &Filter,
        sort: Sort,
        quotes: Quotes,
        each: &mut dyn FnMut(Pledge, usize) -> Result<()>,
    ) -> Result<()> {
        Store::each_listed(self, filter, sort, quotes, each)
    }
    fn summary(&self, today: NaiveDate) -> Result<Summary> {
        Store::summary(self, today)
    }
    fn owners(&self) -> Result<Vec<String>> {
        Store::owners(self)
    }
    fn snapshot<T>(&self, f: impl FnOnce(&Self) -> Result<T>) -> Result<T> {
        Store::snapshot(self, f)
    }
}

impl Reports for Store {
    fn letter_refs(&self) -> Result<Vec<(i64, LetterRef)>> {
        Store::letter_refs(self)
    }
    fn open_pledges(&self, q: &ReportQuery<'_>, each: impl FnMut(OpenPledge)) -> Result<()> {
        Store::open_pledges(self, q, each)
    }
    fn report_bound(&self) -> Result<usize> {
        Store::report_bound(self)
    }
    fn report_counts(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
    ) -> Result<super::ReportCounts> {
        Store::report_counts(self, q, within_days, stale_days)
    }
    fn report_page(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
        at: &super::PageAt<'_>,
    ) -> Result<Vec<((i64, i64), OpenPledge)>> {
        Store::report_page(self, q, within_days, stale_days, at)
    }
    fn overview(&self, today: NaiveDate, stale_days: i64) -> Result<crate::dashboard::Overview> {
        Store::overview(self, today, stale_days)
    }
    fn tracked(&self, offset: usize, limit: usize) -> Result<Vec<crate::dashboard::Tracked>> {
        Store::tracked(self, offset, limit)
    }
}

impl Letters for Store {
    fn letter_rows(&self, today: NaiveDate) -> Result<Vec<crate::request::LetterRow>> {
        Store::letter_rows(self, today)
    }
    fn set_letter(
        &mut self,
        id: i64,
        edit: &crate::request::LetterEdit,
    ) -> Result<Vec<crate::store::LetterChange>> {
        Store::set_letter(self, id, edit)
    }
    fn confirm_deadline(&mut self, id: i64, who: &str, why: &str) -> Result<NaiveDate> {
        Store::confirm_deadline(self, id, who, why)
    }
}

impl Bodies for Store {
    fn bodies(&self, today: NaiveDate) -> Result<Vec<Standing>> {
        Store::bodies(self, today)
    }
    fn body_page(&self, name: &str) -> Result<Page> {
        Store::body_page(self, name)
    }
    fn rename_body(&mut self, old: &str, new: &str, who: &str) -> Result<Body> {
        Store::rename_body(self, old, new, who)
    }
    fn alias_body(&mut self, name: &str, alias: &str) -> Result<Body> {
        Store::alias_body(self, name, alias)
    }
    fn merge_bodies(&mut self, from: &str, into: &str, who: &str) -> Result<Body> {
        Store::merge_bodies(self, from, into, who)
    }
    fn set_body(
        &mut self,
        name: &str,
        edit: &crate::body::BodyEdit,
    ) -> Result<(Body, Vec<crate::store::BodyChange>)> {
        Store::set_body(self, name, edit)
    }
    fn body_by_id(&self, id: i64) -> Result<Option<Body>> {
        Store::body_by_id(self, id)
    }
    fn bodies_with_open_pledges(&self) -> Result<Vec<i64>> {
        Store::bodies_with_open_pledges(self)
    }
}

impl Sheets for Store {
    fn ledger_secret(&self) -> Result<String> {
        Store::ledger_secret(self)
    }
    fn open_pledges_of(&self, body: i64) -> Result<Vec<crate::sheet::SheetPledge>> {
        Store::open_pledges_of(self, body)
    }
    fn collected(
        &self,
        body: i64,
        as_of: NaiveDate,
        pledge: i64,
    ) -> Result<Option<crate::sheet::Collected>> {
        Store::collected(self, body, as_of, pledge)
    }
    fn collect(&mut self, rows: &[crate::sheet::Collection], who: &str) -> Result<Vec<i64>> {
        Store::collect(self, rows, who)
    }
}

impl Dump for Store {
    fn each_letter(&self, each: &mut dyn FnMut(Letter) -> Result<()>) -> Result<()> {
        Store::each_letter(self, each)
    }
    fn each_pledge_by_id(&self, each: &mut dyn FnMut(Pledge) -> Result<()>) -> Result<()> {
        Store::each_pledge_by_id(self, each)
    }
    fn each_note(&self, each: &mut dyn FnMut(Note) -> Result<()>) -> Result<()> {
        Store::each_note(self, each)
    }
    fn each_change(&self, each: &mut dyn FnMut(Change) -> Result<()>) -> Result<()> {
        Store::each_change(self, each)
    }
    fn each_body(&self, each: &mut dyn FnMut(Body) -> Result<()>) -> Result<()> {
        Store::each_body(self, each)
    }
    fn each_link(&self, each: &mut dyn FnMut(Link) -> Result<()>) -> Result<()> {
        Store::each_link(self, each)
    }
    fn each_confirmation(
        &self,
        each: &mut dyn FnMut(crate::model::Confirmation) -> Result<()>,
    ) -> Result<()> {
        Store::each_confirmation(self, each)
    }
    fn each_collected(
        &self,
        each: &mut dyn FnMut(crate::store::Collected) -> Result<()>,
    ) -> Result<()> {
        Store::each_collected(self, each)
    }
    fn identity(&self) -> Result<Option<crate::store::Identity>> {
        Store::identity(self)
    }
}

impl Ledger for Store {
    type Interrupt = rusqlite::InterruptHandle;
    fn interrupter(&self) -> Self::Interrupt {
        self.conn.get_interrupt_handle()
    }
    type Lister = super::lists::Lists;
    fn lister(&self) -> Option<Self::Lister> {
        Store::lister(self)
    }
    fn reader(&self) -> Option<Self> {
        Store::reader(self)
    }
    fn check(&self) -> Result<()> {
        Store::check(self)
    }
    fn backup(&self, dest: &Path) -> Result<()> {
        Store::backup(self, dest)
    }
    fn data_version(&self) -> Result<i64> {
        Store::data_version(self)
    }
}
