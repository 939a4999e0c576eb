//! The one interface through which commands, the full-screen view and the report talk to a
//! ledger, whatever keeps it: a ledger file ([`crate::store::Store`], SQLite) or a shared
//! ledger on a PostgreSQL server ([`crate::server::Server`]), both with the same statements
//! (`crate::sql`, the dialects' few differences said once). It comes in parts named for what
//! they serve ([`Records`], [`Lists`], [`Reports`], [`Letters`], [`Bodies`], [`Sheets`],
//! [`Dump`]), so a command is bound on what it reads and a test runs on every ledger that has
//! that part; [`Ledger`] is all of them and what other threads need.
//!
//! A trait rather than an enum over backends: a backend is then a type of its own, in its own
//! module or crate with its own migrations, added without editing a central `match` per method
//! (an enum needs every method written twice, once per arm), and the store's tests run
//! against any implementation unchanged. It is used as a generic bound, not as `dyn Ledger`:
//! the backend is chosen once when the ledger is opened, and static dispatch keeps what the
//! hot paths rely on: `snapshot` hands its closure the ledger itself (`&Self`), and the
//! streaming reads call back for every row without a box or a virtual call.
//!
//! The methods are the `Store` methods their callers use today, with the same names and
//! signatures, so switching a caller to `impl Ledger` changes no call. Opening and creating
//! a ledger stay with each backend: a file path and a server address are not alike, and so
//! do loading an export (a file's importer; a server takes one through a file of its own).

use std::path::Path;

use chrono::NaiveDate;

use crate::body::{Body, Link, Named, Page, Standing};
use crate::error::{Error, Result};
use crate::model::{Change, Letter, Note, Pledge};
use crate::problem::Field;
use crate::request::{
    Edit, Filter, Guarded, LetterRef, NewNote, NewPledge, OpenPledge, Quotes, ReportQuery, Saving,
    Seen, Sort, Summary, Withdrawal,
};

/// The ids a list shows, in order, and which sit under their (listed) parent: a sub-item
/// not among them stands apart and names its parent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listed {
    pub ids: Vec<i64>,
    pub nested: std::collections::HashSet<i64>,
}

/// A list read off the drawing path, for ask number `ask`: the list, or what went wrong in
/// words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub ask: u64,
    pub listed: std::result::Result<Listed, String>,
}

/// Reads lists on a thread of its own, over its own view of the ledger, so that a slow list
/// (a short search at a million pledges) never holds up a keystroke. A newer ask stops the
/// reading of an older one, which is then never answered.
pub trait Lister {
    /// Asks for what [`Lists::listed`] gives for `filter` and `sort`, as ask `number`
    /// (larger than any before); false when the reader is gone and will answer nothing.
    fn ask(&self, number: u64, filter: &Filter, sort: Sort) -> bool;
    /// An answer that has arrived, without waiting for one.
    fn answer(&self) -> Option<Answer>;
}

/// Stops, from another thread, the read a view of a ledger is making now: the report screen
/// left while its report is read need not burn seconds finishing it.
pub trait Interrupt: Send + 'static {
    fn interrupt(&self);
}

/// `Send` and `'static`: a view of its own (`reader`) is read on another thread.
/// What every command that keeps a pledge's own records needs: adding and changing pledges
/// and notes, and reading one pledge with its notes, history, letter and bodies. A ledger on
/// a server has these; [`Ledger`] is the rest.
pub trait Records: Send + 'static {
    /// The file the ledger lives in, when it is one.
    fn path(&self) -> Option<&Path>;
    /// The ledger was opened for reading only: every write will be refused.
    fn is_read_only(&self) -> bool;
    /// Why `saving` cannot be saved in a ledger opened for reading only.
    fn read_only_error(&self, saving: Saving) -> Error;
    fn add_pledge(&mut self, new: &NewPledge, who: &str) -> Result<i64>;
    fn edit_pledge(
        &mut self,
        id: i64,
        edit: &Edit,
        who: &str,
        reason: Option<&str>,
    ) -> Result<Vec<Change>>;
    /// The edit, only while each field in `seen` still holds what was seen there.
    fn edit_pledge_seen(
        &mut self,
        id: i64,
        edit: &Edit,
        seen: &[Seen],
        who: &str,
        reason: Option<&str>,
    ) -> Result<Guarded<Vec<Change>>>;
    fn add_note(&mut self, new: &NewNote) -> Result<i64>;
    /// Withdraws a note entered by mistake, while what it set is still in force.
    fn withdraw_note(&mut self, w: &Withdrawal) -> Result<Guarded<i64>>;
    /// The pledge with this id, or a refusal naming the id.
    fn pledge(&self, id: i64) -> Result<Pledge>;
    fn find_pledge(&self, id: i64) -> Result<Option<Pledge>>;
    fn children(&self, id: i64) -> Result<Vec<Pledge>>;
    /// A pledge's changes, oldest first.
    fn history(&self, id: i64) -> Result<Vec<Change>>;
    /// A pledge's notes, newest first; withdrawn ones too (its history says which).
    fn notes(&self, pledge: i64) -> Result<Vec<Note>>;
    fn letter(&self, id: i64) -> Result<Option<Letter>>;
    fn letters(&self) -> Result<Vec<Letter>>;
    /// How many letters, pledges and notes the ledger holds.
    fn counts(&self) -> Result<(i64, i64, i64)>;
    /// [`Records::add_pledge`] linked to the bodies named, when any are, rather than to
    /// those its owner text names.
    fn add_pledge_with(&mut self, new: &NewPledge, bodies: &[Named], who: &str) -> Result<i64>;
    /// [`Records::edit_pledge`] and, when `bodies` is given, the pledge's bodies set to them.
    fn edit_pledge_with(
        &mut self,
        id: i64,
        edit: &Edit,
        bodies: Option<&[Named]>,
        who: &str,
        reason: Option<&str>,
    ) -> Result<Vec<Change>>;
    /// The bodies a name picks (its own body, else every body a name of which contains it);
    /// none is a refusal naming `field`.
    fn bodies_named(&self, field: Field, name: &str) -> Result<Vec<i64>>;
    /// The bodies a pledge is linked to, each with its part, in the order of its owner text.
    fn pledge_bodies(&self, pledge: i64) -> Result<Vec<(Body, crate::body::Role)>>;
    /// A letter and its pledges, all or nothing; returns the letter's id and the pledges'.
    fn add_letter(
        &mut self,
        letter: &Letter,
        pledges: &[NewPledge],
        who: &str,
    ) -> Result<(i64, Vec<i64>)>;
    fn letter_with_sha(&self, sha256: &str) -> Result<Option<i64>>;
}

/// Lists of pledges by filter and order, and the counts over them: what `list` and the
/// full-screen list read.
pub trait Lists: Records {
    /// These pledges, in the order given; ids that are gone are skipped.
    fn pledges(&self, ids: &[i64]) -> Result<Vec<Pledge>>;
    fn list(&self, filter: &Filter, sort: Sort) -> Result<Vec<Pledge>> {
        let mut all = Vec::new();
        self.each_pledge(filter, sort, Quotes::With, &mut |p| {
            all.push(p);
            Ok(())
        })?;
        Ok(all)
    }
    /// The ids a list shows, in order.
    fn list_ids(&self, filter: &Filter, sort: Sort) -> Result<Vec<i64>> {
        Ok(self.listed(filter, sort)?.ids)
    }
    /// [`Lists::list_ids`] with the sub-items shown right under their parent.
    fn listed(&self, filter: &Filter, sort: Sort) -> Result<Listed>;
    /// Hands every pledge a list shows to `each`, in order, as it is read.
    fn each_pledge(
        &self,
        filter: &Filter,
        sort: Sort,
        quotes: Quotes,
        each: &mut dyn FnMut(Pledge) -> Result<()>,
    ) -> Result<()> {
        self.each_listed(filter, sort, quotes, &mut |p, _| each(p))
    }
    /// [`Lists::each_pledge`] with each pledge's depth: 0 for one standing by itself, 1 for
    /// a sub-item right under its parent, and so on (sub-items follow a listed parent).
    fn each_listed(
        &self,
        filter: &Filter,
        sort: Sort,
        quotes: Quotes,
        each: &mut dyn FnMut(Pledge, usize) -> Result<()>,
    ) -> Result<()>;
    fn summary(&self, today: NaiveDate) -> Result<Summary>;
    fn owners(&self) -> Result<Vec<String>>;
    /// Runs `f` over one consistent view: reads inside see the same ledger while others write.
    fn snapshot<T>(&self, f: impl FnOnce(&Self) -> Result<T>) -> Result<T>;
}

/// The overdue report and the dashboard: what they read of the ledger.
pub trait Reports: Lists {
    /// Every letter by id, without its text, for the report's citations.
    fn letter_refs(&self) -> Result<Vec<(i64, LetterRef)>>;
    /// The open pledges a report may list, each with its latest note as of `q.as_of`.
    fn open_pledges(&self, q: &ReportQuery<'_>, each: impl FnMut(OpenPledge)) -> Result<()>;
    /// How many pledges a report may list, at most.
    fn report_bound(&self) -> Result<usize>;
    /// The report's groups and counts, from the ledger alone: the report screen's first page.
    fn report_counts(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
    ) -> Result<crate::store::ReportCounts>;
    /// A page of one group's rows in report order, each with the (key, id) to go on after.
    fn report_page(
        &self,
        q: &ReportQuery<'_>,
        within_days: i64,
        stale_days: i64,
        at: &crate::store::PageAt<'_>,
    ) -> Result<Vec<((i64, i64), OpenPledge)>>;
    /// Open pledges gone quiet for more than `stale_days`, notes per month for the twelve
    /// months ending with `today`'s, and how many pledges have a gauge: the dashboard's counts.
    fn overview(&self, today: NaiveDate, stale_days: i64) -> Result<crate::dashboard::Overview>;
    /// A page of the open pledges with a numeric target and a deadline, the soonest first.
    fn tracked(&self, offset: usize, limit: usize) -> Result<Vec<crate::dashboard::Tracked>>;
}

/// Letters as records of their own: their rows, their metadata, and confirming a deadline
/// cleared while overdue.
pub trait Letters: Records {
    /// Every letter without its text, its pledges counted as of `today`.
    fn letter_rows(&self, today: NaiveDate) -> Result<Vec<crate::request::LetterRow>>;
    /// Changes a letter's metadata; returns the fields changed with their old and new values.
    fn set_letter(
        &mut self,
        id: i64,
        edit: &crate::request::LetterEdit,
    ) -> Result<Vec<crate::store::LetterChange>>;
    /// The supervision office confirms a deadline cleared while overdue; returns it.
    fn confirm_deadline(&mut self, id: i64, who: &str, why: &str) -> Result<NaiveDate>;
}

/// Bodies (承办单位) as records of their own: how they stand, their pages, and renaming,
/// aliasing, merging and setting them.
pub trait Bodies: Records {
    /// Every body with how its pledges stand as of `today`, the most overdue first.
    fn bodies(&self, today: NaiveDate) -> Result<Vec<Standing>>;
    /// A body, found by any of its names, with its pledges and its part in each.
    fn body_page(&self, name: &str) -> Result<Page>;
    fn rename_body(&mut self, old: &str, new: &str, who: &str) -> Result<Body>;
    fn alias_body(&mut self, name: &str, alias: &str) -> Result<Body>;
    /// Makes `from` part of `into`: its links, aliases and name move to `into`.
    fn merge_bodies(&mut self, from: &str, into: &str, who: &str) -> Result<Body>;
    /// Sets a body's parent and contact; returns the body and what changed.
    fn set_body(
        &mut self,
        name: &str,
        edit: &crate::body::BodyEdit,
    ) -> Result<(Body, Vec<crate::store::BodyChange>)>;
    /// A body by id, if it is still in the ledger.
    fn body_by_id(&self, id: i64) -> Result<Option<Body>>;
    /// Every body with an open pledge, lead or co-owner, by name.
    fn bodies_with_open_pledges(&self) -> Result<Vec<i64>>;
}

/// The monthly request sheets: signing them, the pledges each body is asked about, and
/// collecting what comes back.
pub trait Sheets: Records {
    /// The ledger's own secret, made once: request sheets are signed with it.
    fn ledger_secret(&self) -> Result<String>;
    /// A body's open pledges, led ones first, each with its part and its latest note.
    fn open_pledges_of(&self, body: i64) -> Result<Vec<crate::sheet::SheetPledge>>;
    /// The row of a body's sheet of `as_of` for `pledge`, if it was collected.
    fn collected(
        &self,
        body: i64,
        as_of: NaiveDate,
        pledge: i64,
    ) -> Result<Option<crate::sheet::Collected>>;
    /// Adds the collected rows' notes and records the rows, all or nothing; the notes' ids.
    fn collect(&mut self, rows: &[crate::sheet::Collection], who: &str) -> Result<Vec<i64>>;
}

/// Every record of the ledger in id order, handed over as read: what an export and a copy
/// read.
pub trait Dump: Records {
    /// Every letter, pledge, note and history entry in id order, handed over as read.
    fn each_letter(&self, each: &mut dyn FnMut(Letter) -> Result<()>) -> Result<()>;
    fn each_pledge_by_id(&self, each: &mut dyn FnMut(Pledge) -> Result<()>) -> Result<()>;
    fn each_note(&self, each: &mut dyn FnMut(Note) -> Result<()>) -> Result<()>;
    fn each_change(&self, each: &mut dyn FnMut(Change) -> Result<()>) -> Result<()>;
    /// Every body and every link, in id order, for an export.
    fn each_body(&self, each: &mut dyn FnMut(Body) -> Result<()>) -> Result<()>;
    fn each_link(&self, each: &mut dyn FnMut(Link) -> Result<()>) -> Result<()>;
    /// Every confirmation of a cleared deadline and every collected sheet row, in id order.
    fn each_confirmation(
        &self,
        each: &mut dyn FnMut(crate::model::Confirmation) -> Result<()>,
    ) -> Result<()>;
    fn each_collected(
        &self,
        each: &mut dyn FnMut(crate::store::Collected) -> Result<()>,
    ) -> Result<()>;
    /// The ledger's identity (the secret its sheets are signed with, and when it was made).
    fn identity(&self) -> Result<Option<crate::store::Identity>>;
}

/// All a ledger is: what the full-screen view, the report and every command need, and what
/// reads it from another thread.
pub trait Ledger: Lists + Reports + Letters + Bodies + Sheets + Dump {
    /// What stops a read of this ledger from another thread.
    type Interrupt: Interrupt;
    /// The handle that stops what this view is reading now; a read begun after it stops
    /// runs as usual.
    fn interrupter(&self) -> Self::Interrupt;
    /// What reads this ledger's lists off the drawing path.
    type Lister: Lister;
    /// A reader of lists of its own, when this ledger can have one (a file opened for
    /// writing); without one, lists are read where they are asked for.
    fn lister(&self) -> Option<Self::Lister>;
    /// A read-only view of its own of this ledger, to be read on another thread (the report
    /// screen's report), when this ledger can have one; else reads are made here.
    fn reader(&self) -> Option<Self>
    where
        Self: Sized;
    /// Reads all of the ledger and checks it is sound.
    fn check(&self) -> Result<()>;
    /// A consistent copy of the whole ledger at `dest`, never over an existing file.
    fn backup(&self, dest: &Path) -> Result<()>;
    /// Changes when another process has written to the ledger since it was last asked.
    fn data_version(&self) -> Result<i64>;
}

/// One value of a row moved between kinds of ledger by `pledge copy`.
#[derive(Debug, Clone, PartialEq)]
pub enum Datum {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    /// Text that is not UTF-8 (a note's exact bytes): only a ledger file can keep it.
    Bytes(Vec<u8>),
}

/// A table or column name as both dialects quote it (`"only"` is a word PostgreSQL keeps).
pub fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Columns as a statement lists them: `"id", "title"`.
pub fn column_list(columns: &[String]) -> String {
    columns
        .iter()
        .map(|c| quoted(c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The tables `pledge copy` moves whole, in the order it writes them: the identity before
/// anything is in the ledger, notes and confirmations before the pledges whose columns their
/// triggers would keep (the copied pledges bring those columns as they are). Search indexes
/// are derived, and built by the ledger that receives the rows.
pub const COPIED_TABLES: [&str; 10] = [
    "ledger_identity",
    "letter",
    "note",
    "confirmation",
    "pledge",
    "history",
    "body",
    "body_alias",
    "pledge_body",
    "collected",
];
