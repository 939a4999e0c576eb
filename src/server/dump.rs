//! Every record of a server ledger in id order, as a file's export reads it
//! (`store::dump`): the same statements.

use super::Server;
use crate::body::{Body, Link};
use crate::error::Result;
use crate::ledger::Dump;
use crate::model::{Change, Confirmation, Letter, Note, Pledge};
use crate::store::dump as shared;
use crate::store::{Collected, Identity};

impl Dump for Server {
    fn each_letter(&self, each: &mut dyn FnMut(Letter) -> Result<()>) -> Result<()> {
        self.read(|sql| shared::each_letter(sql, each))
    }

    fn each_pledge_by_id(&self, each: &mut dyn FnMut(Pledge) -> Result<()>) -> Result<()> {
        self.read(|sql| shared::each_pledge_by_id(sql, each))
    }

    fn each_note(&self, each: &mut dyn FnMut(Note) -> Result<()>) -> Result<()> {
        self.read(|sql| shared::each_note(sql, each))
    }

    fn each_change(&self, each: &mut dyn FnMut(Change) -> Result<()>) -> Result<()> {
        self.read(|sql| shared::each_change(sql, each))
    }

    fn each_body(&self, each: &mut dyn FnMut(Body) -> Result<()>) -> Result<()> {
        self.read(|sql| shared::each_body(sql, each))
    }

    fn each_link(&self, each: &mut dyn FnMut(Link) -> Result<()>) -> Result<()> {
        self.read(|sql| shared::each_link(sql, each))
    }

    fn each_confirmation(&self, each: &mut dyn FnMut(Confirmation) -> Result<()>) -> Result<()> {
        self.read(|sql| shared::each_confirmation(sql, each))
    }

    fn each_collected(&self, each: &mut dyn FnMut(Collected) -> Result<()>) -> Result<()> {
        self.read(|sql| shared::each_collected(sql, each))
    }

    fn identity(&self) -> Result<Option<Identity>> {
        self.read(|sql| shared::identity(sql))
    }
}
