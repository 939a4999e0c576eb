//! Loading an export into an empty ledger: each row checked and inserted as it is read, all
//! in one write transaction, then the whole checked (references, cycles) before the commit.

use rusqlite::{Statement, Transaction};

use std::borrow::Cow;

use super::Store;
use super::transfer::{EXPORT_FORMAT, Export, insert_letter};
use crate::error::{Error, Result};
use crate::model::{Change, Letter, Note, Pledge};

mod records;
mod rows;
mod set_aside;
pub(super) mod tuning;
mod whole;

pub use crate::error::import::{ImportRefusal, Line as ImportLine, Row as ImportRow};
use rows::{
    INSERT_CHANGE, INSERT_NOTE, INSERT_PLEDGE, check_id, check_stamp, insert_change_row,
    insert_note_row, insert_pledge_row, refused_row, unhex,
};
use set_aside::{build_what_the_triggers_keep, set_aside};
use whole::{Tree, check_cycles, check_references, refuse_unless_empty};

/// How many rows of each kind an import loaded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub letters: u64,
    pub pledges: u64,
    pub notes: u64,
    pub history: u64,
}

/// Takes the rows of one import as they are read; see [`Store::import_rows`]. Its errors
/// name the row (`pledges[3] (id 5)`) and what is wrong; the caller says where in the file.
pub struct Importer<'a> {
    tx: &'a Transaction<'a>,
    counts: Counts,
    /// Bodies and links loaded, to name a refused row (an import's message counts the rest).
    bodies: u64,
    links: u64,
    confirmations: u64,
    collected: u64,
    /// Body aliases copied from a server as rows of their own (an export nests them).
    aliases: u64,
    /// The schema version the export was written at, as its header says.
    version: i64,
    /// The inserts of a million rows, prepared once.
    pledges: Statement<'a>,
    notes: Statement<'a>,
    history: Statement<'a>,
}

/// Refuses an export from another program or a newer pledge (without "nothing imported").
pub fn check_header(format: &str, schema_version: i64) -> Result<()> {
    let known = super::LATEST_VERSION;
    if format != EXPORT_FORMAT {
        return Err(ImportRefusal::NotAnExport {
            format: format.to_string(),
        }
        .into());
    }
    if schema_version > known {
        return Err(ImportRefusal::NewerExport {
            version: schema_version,
            known,
        }
        .into());
    }
    if schema_version < 1 {
        return Err(ImportRefusal::SchemaVersion {
            version: schema_version,
            known,
        }
        .into());
    }
    Ok(())
}

/// Says that nothing was imported (and where, when known) of a refusal of the file's content;
/// other failures (disk full, a busy ledger) keep their own words.
pub fn nothing_imported(e: Error, at: Option<ImportLine>) -> Error {
    match e {
        Error::Import(r) => Error::Import(ImportRefusal::NothingImported {
            at,
            refusal: Box::new(r),
        }),
        other => other,
    }
}

impl Importer<'_> {
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// Checks the export's header (see [`check_header`]) and keeps its version: an export
    /// made before a step gets at the end what that step derived from its rows.
    pub fn header(&mut self, format: &str, schema_version: i64) -> Result<()> {
        check_header(format, schema_version)?;
        self.version = schema_version;
        Ok(())
    }

    /// Marks the point [`Importer::restart`] goes back to.
    pub fn mark(&mut self) -> Result<()> {
        self.tx.execute_batch("SAVEPOINT import_rows")?;
        Ok(())
    }

    /// Undoes every row loaded since [`Importer::mark`], to read the file again.
    pub fn restart(&mut self) -> Result<()> {
        self.tx.execute_batch("ROLLBACK TO import_rows")?;
        self.counts = Counts::default();
        (self.bodies, self.links, self.confirmations, self.collected) = (0, 0, 0, 0);
        self.aliases = 0;
        Ok(())
    }

    /// Keeps the rows loaded since [`Importer::mark`].
    pub fn keep(&mut self) -> Result<()> {
        self.tx.execute_batch("RELEASE import_rows")?;
        Ok(())
    }

    pub fn letter(&mut self, l: &Letter) -> Result<()> {
        let row = ImportRow {
            section: "letters",
            index: self.counts.letters,
            id: l.id,
        };
        check_id(row)?;
        // Letters added by `import-letter` before it stamped them carry an empty stamp.
        if !l.added_at.is_empty() {
            check_stamp(row, "added_at", &l.added_at)?;
        }
        // The hash is the letter's identity: a wrong one would let the same letter in twice.
        let sha = super::sha256_hex(&l.body);
        if l.sha256 != sha {
            return Err(ImportRefusal::WrongSha {
                row,
                given: l.sha256.clone(),
                expected: sha,
            }
            .into());
        }
        insert_letter(&mut crate::sql::Lite(self.tx), l, true).map_err(|e| refused_row(e, row))?;
        self.counts.letters += 1;
        Ok(())
    }

    pub fn pledge(&mut self, p: &Pledge) -> Result<()> {
        let row = ImportRow {
            section: "pledges",
            index: self.counts.pledges,
            id: p.id,
        };
        check_id(row)?;
        check_stamp(row, "created_at", &p.created_at)?;
        check_stamp(row, "updated_at", &p.updated_at)?;
        if p.parent == Some(p.id) {
            return Err(ImportRefusal::OwnParent { row }.into());
        }
        insert_pledge_row(&mut self.pledges, p).map_err(|e| refused_row(e, row))?;
        self.counts.pledges += 1;
        if self.counts.pledges == 1 {
            crate::hooks::pause("import", "first pledge");
        }
        Ok(())
    }

    pub fn note(&mut self, n: &Note) -> Result<()> {
        let row = ImportRow {
            section: "notes",
            index: self.counts.notes,
            id: n.id,
        };
        check_id(row)?;
        check_stamp(row, "written_at", &n.written_at)?;
        let body: Cow<[u8]> = match &n.body_hex {
            Some(hex) => {
                crate::model::check_note_size(hex.len() / 2).map_err(|problem| {
                    ImportRefusal::NoteTooLarge {
                        row,
                        hex: true,
                        problem,
                    }
                })?;
                let bytes = unhex(hex).ok_or(ImportRefusal::NotHex { row })?;
                // An export writes both: the exact bytes, and the text as it reads. Two
                // different notes in one row would lose one of them.
                if String::from_utf8_lossy(&bytes) != n.body {
                    return Err(ImportRefusal::TwoTexts { row }.into());
                }
                Cow::Owned(bytes)
            }
            None => {
                crate::model::check_note_size(n.body.len()).map_err(|problem| {
                    ImportRefusal::NoteTooLarge {
                        row,
                        hex: false,
                        problem,
                    }
                })?;
                Cow::Borrowed(n.body.as_bytes())
            }
        };
        insert_note_row(&mut self.notes, n, &body).map_err(|e| refused_row(e, row))?;
        self.counts.notes += 1;
        Ok(())
    }

    pub fn change(&mut self, c: &Change) -> Result<()> {
        let row = ImportRow {
            section: "history",
            index: self.counts.history,
            id: c.id,
        };
        check_id(row)?;
        check_stamp(row, "changed_at", &c.changed_at)?;
        insert_change_row(&mut self.history, c).map_err(|e| refused_row(e, row))?;
        self.counts.history += 1;
        Ok(())
    }
}

impl Importer<'_> {
    pub fn body(&mut self, b: &crate::body::Body) -> Result<()> {
        let row = ImportRow {
            section: "bodies",
            index: self.bodies,
            id: b.id,
        };
        check_id(row)?;
        rows::insert_body(self.tx, b).map_err(|e| rows::refused_body_row(e, row))?;
        self.bodies += 1;
        Ok(())
    }

    pub fn link(&mut self, l: &crate::body::Link) -> Result<()> {
        let row = ImportRow {
            section: "links",
            index: self.links,
            id: l.pledge,
        };
        rows::insert_link(self.tx, l).map_err(|e| rows::refused_body_row(e, row))?;
        self.links += 1;
        Ok(())
    }

    pub fn confirmation(&mut self, c: &crate::model::Confirmation) -> Result<()> {
        let row = ImportRow {
            section: "confirmations",
            index: self.confirmations,
            id: c.id,
        };
        check_id(row)?;
        check_stamp(row, "confirmed_at", &c.confirmed_at)?;
        rows::insert_confirmation(self.tx, c).map_err(|e| refused_row(e, row))?;
        self.confirmations += 1;
        Ok(())
    }
}

impl Store {
    /// Loads rows into this ledger, which must be empty, keeping every id: `read` hands each
    /// row to the importer as it is parsed, inside one write transaction (so two imports
    /// started together cannot both find the ledger empty). All or nothing.
    pub fn import_rows(
        &mut self,
        read: impl FnOnce(&mut Importer) -> Result<()>,
    ) -> Result<Counts> {
        let cache: i64 = self
            .conn
            .pragma_query_value(None, "cache_size", |r| r.get(0))?;
        self.conn
            .pragma_update(None, "cache_size", -tuning::CACHE_KIB)?;
        // Parents and letters may come later in the file than the rows naming them, so no
        // row can be checked as it is inserted: `check_references` checks every one of the
        // schema's foreign keys once at the end, through their indexes built in one go.
        // (SQLite takes this setting only outside a transaction.)
        self.conn.pragma_update(None, "foreign_keys", false)?;
        let loaded = self.write(super::Saving::Import, |tx| {
            refuse_unless_empty(tx)?;
            let set_aside = set_aside(tx)?;
            let mut importer = Importer {
                tx,
                counts: Counts::default(),
                bodies: 0,
                links: 0,
                confirmations: 0,
                collected: 0,
                aliases: 0,
                version: super::LATEST_VERSION,
                pledges: tx.prepare(INSERT_PLEDGE)?,
                notes: tx.prepare(INSERT_NOTE)?,
                history: tx.prepare(INSERT_CHANGE)?,
            };
            read(&mut importer)?;
            let (counts, version) = (importer.counts, importer.version);
            drop(importer);
            for sql in &set_aside.indexes {
                tx.execute_batch(sql)?;
            }
            let whole = |e: Error| nothing_imported(e, None);
            check_references(tx).map_err(whole)?;
            // An export made before bodies: its pledges are linked as an upgrade links them.
            super::bodies::derive_all(tx)?;
            check_cycles(tx, Tree::Pledges).map_err(whole)?;
            check_cycles(tx, Tree::Bodies).map_err(whole)?;
            build_what_the_triggers_keep(tx, counts)?;
            // An export made before pledges kept their original deadline: worked out from
            // its history rows, as the upgrade step does.
            if version < super::migrate::DEADLINES_STEP {
                tx.execute_batch(super::migrate::deadlines_from_history())?;
            }
            for sql in &set_aside.triggers {
                tx.execute_batch(sql)?;
            }
            Ok(counts)
        });
        let restored = self
            .conn
            .pragma_update(None, "foreign_keys", true)
            .and_then(|()| self.conn.pragma_update(None, "cache_size", cache));
        let counts = loaded?;
        restored?;
        Ok(counts)
    }

    /// Loads an export held in memory; see [`Store::import_rows`].
    pub fn import(&mut self, data: &Export) -> Result<()> {
        check_header(&data.format, data.schema_version).map_err(|e| nothing_imported(e, None))?;
        self.import_rows(|im| {
            im.version = data.schema_version;
            let mut rows = || -> Result<()> {
                data.letters.iter().try_for_each(|l| im.letter(l))?;
                data.pledges.iter().try_for_each(|p| im.pledge(p))?;
                data.notes.iter().try_for_each(|n| im.note(n))?;
                data.history.iter().try_for_each(|c| im.change(c))?;
                data.bodies.iter().try_for_each(|b| im.body(b))?;
                data.links.iter().try_for_each(|l| im.link(l))?;
                data.confirmations
                    .iter()
                    .try_for_each(|c| im.confirmation(c))?;
                data.collected.iter().try_for_each(|c| im.collected(c))?;
                data.identity.iter().try_for_each(|i| im.identity(i))
            };
            rows().map_err(|e| nothing_imported(e, None))
        })?;
        Ok(())
    }
}
