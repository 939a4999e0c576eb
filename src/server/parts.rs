//! Bodies, letters and request sheets on a server: the same shared statements and rules as
//! a ledger file (`store::parts`), each write in one transaction holding the write lock.

use chrono::NaiveDate;

use super::Server;
use crate::body::{Body, BodyEdit, Page, Standing, check_name};
use crate::error::Result;
use crate::ledger::{Bodies, Letters, Sheets};
use crate::problem::Field;
use crate::request::{LetterEdit, LetterRow, Saving};
use crate::sheet::{Collected, Collection, SheetPledge};
use crate::store::parts::{self as shared, Dialect};
use crate::store::{BodyChange, LetterChange};

impl Bodies for Server {
    fn bodies(&self, today: NaiveDate) -> Result<Vec<Standing>> {
        self.read(|sql| shared::bodies(sql, Dialect::Pg, today))
    }
    fn body_page(&self, name: &str) -> Result<Page> {
        self.read(|sql| shared::body_page(sql, name))
    }
    fn rename_body(&mut self, old: &str, new: &str, who: &str) -> Result<Body> {
        let new = check_name(Field::Body, new)?;
        self.write(Saving::Change, |sql| {
            shared::rename_body(sql, old, &new, who)
        })
    }
    fn alias_body(&mut self, name: &str, alias: &str) -> Result<Body> {
        let alias = check_name(Field::Alias, alias)?;
        self.write(Saving::Change, |sql| shared::alias_body(sql, name, &alias))
    }
    fn merge_bodies(&mut self, from: &str, into: &str, who: &str) -> Result<Body> {
        self.write(Saving::Change, |sql| {
            shared::merge_bodies(sql, from, into, who)
        })
    }
    fn set_body(&mut self, name: &str, edit: &BodyEdit) -> Result<(Body, Vec<BodyChange>)> {
        let edit = edit.checked()?;
        self.write(Saving::Change, |sql| shared::set_body(sql, name, &edit))
    }
    fn body_by_id(&self, id: i64) -> Result<Option<Body>> {
        self.read(|sql| shared::body_by_id(sql, id))
    }
    fn bodies_with_open_pledges(&self) -> Result<Vec<i64>> {
        self.read(|sql| shared::bodies_with_open_pledges(sql, Dialect::Pg))
    }
}

impl Letters for Server {
    fn letter_rows(&self, today: NaiveDate) -> Result<Vec<LetterRow>> {
        self.read(|sql| shared::letter_rows(sql, today))
    }
    fn set_letter(&mut self, id: i64, edit: &LetterEdit) -> Result<Vec<LetterChange>> {
        self.write(Saving::Letter, |sql| shared::set_letter(sql, id, edit))
    }
    fn confirm_deadline(&mut self, id: i64, who: &str, why: &str) -> Result<NaiveDate> {
        let why = crate::request::required(Field::Reason, why)?;
        self.write(Saving::Change, |sql| {
            shared::confirm_deadline(sql, id, who, &why)
        })
    }
}

impl Sheets for Server {
    fn ledger_secret(&self) -> Result<String> {
        self.read(|sql| shared::ledger_secret(sql))
    }
    fn open_pledges_of(&self, body: i64) -> Result<Vec<SheetPledge>> {
        self.read(|sql| shared::open_pledges_of(sql, body))
    }
    fn collected(&self, body: i64, as_of: NaiveDate, pledge: i64) -> Result<Option<Collected>> {
        self.read(|sql| shared::collected(sql, body, as_of, pledge))
    }
    fn collect(&mut self, rows: &[Collection], who: &str) -> Result<Vec<i64>> {
        let (who, notes) = shared::checked_collection(rows, who)?;
        self.write(Saving::Note, |sql| shared::collect(sql, rows, &notes, &who))
    }
}
