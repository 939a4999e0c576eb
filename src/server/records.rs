//! A pledge's own records on a server: the same shared statements and rules as a ledger
//! file (`store`'s functions over `crate::sql`), each write in one transaction that holds
//! the ledger's write lock, so writers take turns as they do on a file and the
//! compare-before-save rule holds across desks.

use std::path::Path;

use super::Server;
use super::sql::Pg;
use crate::body::{Body, Named, Role};
use crate::error::{Error, Result};
use crate::ledger::Records;
use crate::model::{Change, Letter, Note, Pledge};
use crate::problem::Field;
use crate::request::{Edit, Guarded, NewNote, NewPledge, Saving, Seen, Withdrawal};
use crate::store::records as shared;

/// Held by every write for the length of its transaction ("pledge-w" in ASCII): one writer
/// at a time per database, waiting no longer than the lock timeout (then the busy exit).
const WRITE_LOCK: i64 = 0x706c_6564_6765_2d77;

impl Server {
    /// Runs `f` over the connection, outside any transaction of ours.
    pub(super) fn read<T>(
        &self,
        f: impl FnOnce(&mut Pg<'_, postgres::Client>) -> Result<T>,
    ) -> Result<T> {
        let mut client = self.client.borrow_mut();
        let mut prepared = self.prepared.borrow_mut();
        f(&mut Pg {
            client: &mut client,
            prepared: &mut prepared,
        })
    }

    /// Runs `f` in one transaction holding the write lock: all of it is saved, or none.
    pub(super) fn write<T>(
        &mut self,
        saving: Saving,
        f: impl FnOnce(&mut Pg<'_, postgres::Transaction<'_>>) -> Result<T>,
    ) -> Result<T> {
        let run = || -> Result<T> {
            let client = self.client.get_mut();
            let mut tx = client.transaction()?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
            let value = f(&mut Pg {
                client: &mut tx,
                prepared: self.prepared.get_mut(),
            })?;
            // The same pause point as a file's write (`commit note`), for the tests.
            crate::hooks::pause("commit", crate::store::hook_name(saving));
            tx.commit()?;
            Ok(value)
        };
        run().map_err(|e| e.saving(saving))
    }
}

impl Server {
    /// Writes the built-in letter and its pledges, as a new ledger file has them.
    pub fn seed_builtin(&mut self) -> Result<()> {
        let data = crate::builtin::load()?;
        self.write(Saving::Builtin, |sql| shared::insert_builtin(sql, &data))
    }
}

impl Records for Server {
    fn path(&self) -> Option<&Path> {
        None
    }
    fn is_read_only(&self) -> bool {
        false
    }
    fn read_only_error(&self, saving: Saving) -> Error {
        Error::ReadOnly {
            ledger: None,
            saving,
        }
    }

    fn add_pledge(&mut self, new: &NewPledge, who: &str) -> Result<i64> {
        self.add_pledge_with(new, &[], who)
    }
    fn add_pledge_with(&mut self, new: &NewPledge, bodies: &[Named], who: &str) -> Result<i64> {
        let new = new.checked()?;
        self.write(Saving::Pledge, |sql| {
            shared::refuse_missing(sql, &new)?;
            shared::add_pledge_with(sql, &new, bodies, who)
        })
    }
    fn edit_pledge(
        &mut self,
        id: i64,
        edit: &Edit,
        who: &str,
        reason: Option<&str>,
    ) -> Result<Vec<Change>> {
        self.edit_pledge_with(id, edit, None, who, reason)
    }
    fn edit_pledge_seen(
        &mut self,
        id: i64,
        edit: &Edit,
        seen: &[Seen],
        who: &str,
        reason: Option<&str>,
    ) -> Result<Guarded<Vec<Change>>> {
        let edit = edit.normalized()?;
        self.write(Saving::Change, |sql| {
            shared::edit_seen(sql, id, &edit, seen, who, reason)?
                .ok_or_else(|| shared::no_such_pledge(sql, id))
        })
    }
    fn edit_pledge_with(
        &mut self,
        id: i64,
        edit: &Edit,
        bodies: Option<&[Named]>,
        who: &str,
        reason: Option<&str>,
    ) -> Result<Vec<Change>> {
        let edit = edit.normalized()?;
        self.write(Saving::Change, |sql| {
            shared::edit_pledge_with(sql, id, &edit, bodies, who, reason)?
                .ok_or_else(|| shared::no_such_pledge(sql, id))
        })
    }
    fn add_note(&mut self, new: &NewNote) -> Result<i64> {
        let new = shared::checked_note(new)?;
        self.write(Saving::Note, |sql| {
            shared::pledge(sql, new.pledge)?;
            shared::insert_note(sql, &new)
        })
    }
    fn withdraw_note(&mut self, w: &Withdrawal) -> Result<Guarded<i64>> {
        let by = crate::request::required(Field::Author, &w.by)?;
        self.write(Saving::Change, |sql| {
            shared::pledge(sql, w.pledge)?;
            shared::withdraw(sql, w, &by)
        })
    }

    fn add_letter(
        &mut self,
        letter: &Letter,
        pledges: &[NewPledge],
        who: &str,
    ) -> Result<(i64, Vec<i64>)> {
        shared::refuse_blank(pledges)?;
        self.write(Saving::Letter, |sql| {
            shared::add_letter(sql, letter, pledges, who)
        })
    }
    fn letter_with_sha(&self, sha256: &str) -> Result<Option<i64>> {
        self.read(|sql| shared::letter_with_sha(sql, sha256))
    }

    fn pledge(&self, id: i64) -> Result<Pledge> {
        self.read(|sql| shared::pledge(sql, id))
    }
    fn find_pledge(&self, id: i64) -> Result<Option<Pledge>> {
        self.read(|sql| shared::find_pledge(sql, id))
    }
    fn children(&self, id: i64) -> Result<Vec<Pledge>> {
        self.read(|sql| shared::children(sql, id))
    }
    fn history(&self, id: i64) -> Result<Vec<Change>> {
        self.read(|sql| shared::history(sql, id))
    }
    fn notes(&self, pledge: i64) -> Result<Vec<Note>> {
        self.read(|sql| shared::notes(sql, pledge))
    }
    fn letter(&self, id: i64) -> Result<Option<Letter>> {
        self.read(|sql| shared::letter(sql, id))
    }
    fn letters(&self) -> Result<Vec<Letter>> {
        self.read(|sql| shared::letters(sql))
    }
    fn counts(&self) -> Result<(i64, i64, i64)> {
        self.read(|sql| shared::counts(sql))
    }
    fn pledge_bodies(&self, pledge: i64) -> Result<Vec<(Body, Role)>> {
        self.read(|sql| shared::pledge_bodies(sql, pledge))
    }
    fn bodies_named(&self, field: Field, name: &str) -> Result<Vec<i64>> {
        self.read(|sql| shared::bodies_named(sql, field, name))
    }
}
