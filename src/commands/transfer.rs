//! `pledge init`, `pledge export` and `pledge import`.

use std::cell::RefCell;
use std::io::Write;

mod read;

use super::{Location, confirmed, written};
use crate::cli::{ImportArgs, InitArgs};
use crate::error::{Doing, Error, Result};
use crate::ledger::{Dump, Lists};
use crate::messages::import as words;
use crate::request::Saved;
use crate::store::{EXPORT_FORMAT, ImportRefusal, LATEST_VERSION, Seed, Store};

pub fn init(location: &Location, args: &InitArgs, out: &mut dyn Write) -> Result<()> {
    let seed = if args.empty {
        Seed::Empty
    } else {
        Seed::Builtin
    };
    let path = location.path();
    location.make_folder()?;
    let store = Store::create(path, seed, args.force)?;
    let (letters, pledges, _) = store.counts()?;
    confirmed(
        out,
        Saved::Ledger(path.to_path_buf()),
        format_args!("{}", words::ledger_created(path, letters, pledges)),
    )
}

/// Writes the export as rows are read, in one snapshot: the same bytes as serializing
/// [`crate::store::Export`], without holding the ledger in memory.
pub fn export<L: Dump + Lists>(store: &L, out: &mut dyn Write) -> Result<()> {
    use serde::ser::{SerializeStruct, Serializer};
    let failed = RefCell::new(None);
    store.snapshot(|store| {
        let mut ser = crate::json::serializer(&mut *out);
        let written = (|| {
            let mut obj = ser.serialize_struct("Export", 11)?;
            obj.serialize_field("format", EXPORT_FORMAT)?;
            obj.serialize_field("schema_version", &LATEST_VERSION)?;
            obj.serialize_field("letters", &Rows::new(L::each_letter, store, &failed))?;
            obj.serialize_field("pledges", &Rows::new(L::each_pledge_by_id, store, &failed))?;
            obj.serialize_field("notes", &Rows::new(L::each_note, store, &failed))?;
            obj.serialize_field("history", &Rows::new(L::each_change, store, &failed))?;
            obj.serialize_field("bodies", &Rows::new(L::each_body, store, &failed))?;
            obj.serialize_field("links", &Rows::new(L::each_link, store, &failed))?;
            obj.serialize_field(
                "confirmations",
                &Rows::new(L::each_confirmation, store, &failed),
            )?;
            obj.serialize_field("collected", &Rows::new(L::each_collected, store, &failed))?;
            match store.identity() {
                Ok(Some(identity)) => obj.serialize_field("identity", &identity)?,
                Ok(None) => {}
                Err(e) => {
                    *failed.borrow_mut() = Some(e);
                    return Err(serde::ser::Error::custom("reading the ledger failed"));
                }
            }
            obj.end()
        })();
        match (failed.take(), written) {
            (Some(e), _) => Err(e),
            (None, Err(e)) => Err(crate::json::failed(e)),
            (None, Ok(())) => Ok(()),
        }
    })?;
    written(writeln!(out))
}

/// The rows a store method reads, as a JSON array written while they are read. A failed
/// read is kept in `failed`, since a serializer can only carry its own errors.
struct Rows<'s, L, T> {
    read: EachRow<L, T>,
    store: &'s L,
    failed: &'s RefCell<Option<Error>>,
}

/// A ledger's method that hands each row it reads to a callback, as the export's are.
type EachRow<L, T> = fn(&L, &mut dyn FnMut(T) -> Result<()>) -> Result<()>;

impl<'s, L, T> Rows<'s, L, T> {
    fn new(read: EachRow<L, T>, store: &'s L, failed: &'s RefCell<Option<Error>>) -> Self {
        Rows {
            read,
            store,
            failed,
        }
    }
}

impl<L, T: serde::Serialize> serde::Serialize for Rows<'_, L, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq};
        let mut seq = s.serialize_seq(None)?;
        let mut json_error = None;
        let read = (self.read)(self.store, &mut |row| {
            seq.serialize_element(&row).map_err(|e| {
                json_error = Some(e);
                // Replaced by the serializer's own error just below: never shown.
                Error::io(Doing::WriteOutput, std::io::ErrorKind::Other.into())
            })
        });
        if let Some(e) = json_error {
            return Err(e);
        }
        if let Err(e) = read {
            *self.failed.borrow_mut() = Some(e);
            return Err(S::Error::custom("reading the ledger failed"));
        }
        seq.end()
    }
}

/// Opens an export to read: a regular file (a FIFO would wait forever).
fn open_export(args: &ImportArgs) -> Result<std::fs::File> {
    let path = &args.file;
    let meta =
        std::fs::metadata(path).map_err(|e| Error::io_at(crate::error::Doing::Read, path, e))?;
    if let Some(what) = crate::files::kind_of(&meta) {
        return Err(ImportRefusal::NotAFile {
            path: path.clone(),
            kind: what,
        }
        .into());
    }
    std::fs::File::open(path).map_err(|e| Error::io_at(crate::error::Doing::Read, path, e))
}

/// Reads the file as a stream inside the import's one write transaction: no more of it is
/// held than the row being parsed.
/// `pledge import` into a server ledger, which must hold nothing: the export is read and
/// checked into a ledger file of its own first (every check a file's import makes), then
/// copied whole onto the server in one transaction, ids kept.
pub fn import_into_server(
    server: &mut crate::server::Server,
    args: &ImportArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let (letters, pledges, notes) = crate::ledger::Records::counts(server)?;
    if letters + pledges + notes > 0 {
        return Err(ImportRefusal::LedgerNotEmpty { pledges, letters }.into());
    }
    let file = open_export(args)?;
    let dir = tempfile::tempdir().map_err(|e| Error::io(Doing::Write, e))?;
    let mut store = Store::create(&dir.path().join("import.db"), Seed::Empty, false)?;
    let counts = store.import_rows(|importer| read::read_file(&file, &args.file, importer))?;
    server.copy_from(&store)?;
    confirmed(
        out,
        Saved::Import,
        format_args!("{}", words::imported(&counts)),
    )
}

pub fn import(store: &mut Store, args: &ImportArgs, out: &mut dyn Write) -> Result<()> {
    let file = open_export(args)?;
    let counts = store.import_rows(|importer| read::read_file(&file, &args.file, importer))?;
    confirmed(
        out,
        Saved::Import,
        format_args!("{}", words::imported(&counts)),
    )
}
