//! Reading an export file as a stream: bytes checked as they arrive (UTF-8, no NUL, no string
//! past a bound), rows parsed one at a time and handed to the store's importer.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::io::{BufReader, Read, Seek};
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};

mod checked;
mod split;

use checked::{Checked, Problem};

use crate::error::{Error, Result};
use crate::store::{EXPORT_FORMAT, ImportLine, ImportRefusal, Importer, nothing_imported};

/// Reads an export file into `importer`: the quick way first, and where that is unsure, the
/// rows it loaded are undone and the general parser reads the file again from its start
/// (see [`split`]). Both check the bytes as they arrive.
pub fn read_file(
    file: &std::fs::File,
    path: &std::path::Path,
    importer: &mut Importer,
) -> Result<()> {
    importer.mark()?;
    let progress = crate::progress::Progress::bytes(file.metadata().map(|m| m.len()).unwrap_or(0));
    let counted = Counted {
        inner: file,
        progress: &progress,
    };
    let (mut checked, problem) = Checked::new(counted, path);
    checked.utf8 = false;
    if let split::Split::Done = split::read(checked, &problem, importer, path)? {
        return importer.keep();
    }
    importer.restart()?;
    let mut file = file;
    file.rewind()
        .map_err(|e| Error::io_at(crate::error::Doing::Read, path, e))?;
    progress.restart();
    let counted = Counted {
        inner: file,
        progress: &progress,
    };
    let (checked, problem) = Checked::new(counted, path);
    let reader = BufReader::with_capacity(1 << 16, checked);
    parse(reader, &problem, importer, path)
}

/// A reader that moves the progress bar on by what it reads.
struct Counted<'a, R> {
    inner: R,
    progress: &'a crate::progress::Progress,
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.advance(n as u64);
        Ok(n)
    }
}

/// Where the parser is: a row of a section, or the top level.
type At = Cell<Option<(&'static str, u64)>>;

/// Parses an export from `reader`, handing each row to `importer` as soon as it is read.
/// A failure names the line, the row (`pledges[3]`) and what is accepted.
pub fn parse<R: Read>(
    reader: R,
    problem: &Problem,
    importer: &mut Importer,
    path: &std::path::Path,
) -> Result<()> {
    let at = At::new(None);
    let failed = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_reader(reader);
    let top = Top {
        importer,
        at: &at,
        failed: &failed,
    };
    let parsed = top.deserialize(&mut de).and_then(|()| de.end());
    let Err(e) = parsed else {
        return Ok(());
    };
    if let Some(p) = problem.slot().take() {
        return Err(p);
    }
    if let Some(f) = failed.borrow_mut().take() {
        let at = ImportLine {
            path: path.to_path_buf(),
            line: e.line() as u64,
        };
        return Err(nothing_imported(f, Some(at)));
    }
    let words = e.to_string();
    // serde_json's own place, given here as facts.
    let words = words
        .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
        .unwrap_or(&words);
    Err(ImportRefusal::Malformed {
        path: path.to_path_buf(),
        line: e.line() as u64,
        column: e.column() as u64,
        row: at.get(),
        words: words.to_string(),
    }
    .into())
}

const FIELDS: &[&str] = &[
    "format",
    "schema_version",
    "letters",
    "pledges",
    "notes",
    "history",
    "bodies",
    "links",
    "confirmations",
    "collected",
    "identity",
];

/// The fields every export has; an export made before bodies has no `bodies` or `links`,
/// and its pledges are linked to the bodies of their owner texts as an upgrade links them;
/// one made before `pledge confirm` has no `confirmations`, one made before the request
/// sheets no `collected` or `identity`.
const REQUIRED: usize = 6;

struct Top<'p, 'i> {
    importer: &'p mut Importer<'i>,
    at: &'p At,
    failed: &'p RefCell<Option<Error>>,
}

impl<'de> DeserializeSeed<'de> for Top<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl Top<'_, '_> {
    /// Keeps a refusal in words and stops the parser.
    fn refuse<E: de::Error>(&self, e: Error) -> E {
        *self.failed.borrow_mut() = Some(e);
        E::custom("refused")
    }
}

impl<'de> Visitor<'de> for Top<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(crate::messages::import::expecting_export())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> std::result::Result<(), A::Error> {
        let mut seen = [false; FIELDS.len()];
        let (mut format, mut version) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            let Some(field) = FIELDS.iter().position(|f| *f == key) else {
                return Err(de::Error::unknown_field(&key, FIELDS));
            };
            if std::mem::replace(&mut seen[field], true) {
                return Err(de::Error::duplicate_field(FIELDS[field]));
            }
            match field {
                0 => format = Some(map.next_value::<String>()?),
                1 => version = Some(map.next_value::<i64>()?),
                2 => map.next_value_seed(self.section("letters", Importer::letter))?,
                3 => map.next_value_seed(self.section("pledges", Importer::pledge))?,
                4 => map.next_value_seed(self.section("notes", Importer::note))?,
                5 => map.next_value_seed(self.section("history", Importer::change))?,
                6 => map.next_value_seed(self.section("bodies", Importer::body))?,
                7 => map.next_value_seed(self.section("links", Importer::link))?,
                8 => map.next_value_seed(self.section("confirmations", Importer::confirmation))?,
                9 => map.next_value_seed(self.section("collected", Importer::collected))?,
                _ => {
                    let identity = map.next_value::<crate::store::Identity>()?;
                    let taken = self.importer.identity(&identity);
                    taken.map_err(|e| self.refuse(e))?;
                }
            }
            // The header is checked as soon as it is read, before the rows that follow.
            if field < 2 {
                let f = format.as_deref().unwrap_or(EXPORT_FORMAT);
                let checked = self.importer.header(f, version.unwrap_or(1));
                checked.map_err(|e| self.refuse(e))?;
            }
        }
        if let Some(missing) = seen[..REQUIRED].iter().position(|s| !s) {
            return Err(de::Error::missing_field(FIELDS[missing]));
        }
        Ok(())
    }
}

impl<'i> Top<'_, 'i> {
    fn section<T>(
        &mut self,
        name: &'static str,
        insert: fn(&mut Importer<'i>, &T) -> Result<()>,
    ) -> Section<'_, 'i, T> {
        Section {
            importer: self.importer,
            at: self.at,
            failed: self.failed,
            name,
            insert,
            row: PhantomData,
        }
    }
}

/// One section's array: each row inserted as soon as it is parsed, none kept.
struct Section<'p, 'i, T> {
    importer: &'p mut Importer<'i>,
    at: &'p At,
    failed: &'p RefCell<Option<Error>>,
    name: &'static str,
    insert: fn(&mut Importer<'i>, &T) -> Result<()>,
    row: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for Section<'_, '_, T> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Section<'_, '_, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&crate::messages::import::expecting_rows(self.name))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let mut index = 0;
        loop {
            self.at.set(Some((self.name, index)));
            let Some(row) = seq.next_element::<T>()? else {
                break;
            };
            (self.insert)(self.importer, &row).map_err(|e| {
                *self.failed.borrow_mut() = Some(e);
                de::Error::custom("refused")
            })?;
            index += 1;
        }
        self.at.set(None);
        Ok(())
    }
}
