//! Reading an export file as a stream: bytes checked as they arrive (UTF-8, no NUL, no string
//! past a bound), rows parsed one at a time and handed to the store's importer.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::io::{self, BufReader, Read, Seek};
use std::marker::PhantomData;
use std::rc::Rc;

use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use crate::error::{Error, Result};
use crate::store::{EXPORT_FORMAT, Importer, check_import_header, nothing_imported};

/// The longest string an export may hold, in bytes as written: several times the largest
/// letter `import-letter` reads (10 MB of GB18030 is 15 MB of UTF-8), far past any note
/// (1 MB). A longer one is not ours, and would be held whole in memory to be parsed.
pub const MAX_STRING_BYTES: u64 = 64 << 20;

/// A problem found in the bytes, in words, kept for the caller since `Read` can only fail with
/// an `io::Error`.
type Problem = Rc<RefCell<Option<Error>>>;

/// The file's bytes, checked on the way through.
pub struct Checked<R> {
    inner: R,
    shown: String,
    problem: Problem,
    at_start: bool,
    /// Bytes read so far (after a UTF-8 byte-order mark), and the line they reached.
    offset: u64,
    line: u64,
    /// The start of a UTF-8 sequence cut by the end of the last read.
    carry: Vec<u8>,
    in_string: bool,
    /// The index in the current read of a byte a backslash escapes.
    escaped_at: Option<usize>,
    string_bytes: u64,
}

impl<R: Read> Checked<R> {
    pub fn new(inner: R, shown: &str) -> (Checked<R>, Problem) {
        let problem = Problem::default();
        let checked = Checked {
            inner,
            shown: shown.to_string(),
            problem: Rc::clone(&problem),
            at_start: true,
            offset: 0,
            line: 1,
            carry: Vec::new(),
            in_string: false,
            escaped_at: None,
            string_bytes: 0,
        };
        (checked, problem)
    }

    fn fail(&self, e: Error) -> io::Error {
        *self.problem.borrow_mut() = Some(e);
        io::Error::new(io::ErrorKind::InvalidData, "the file was refused")
    }

    fn not_utf8(&self, at: usize, buf: &[u8]) -> io::Error {
        let line = self.line + newlines(&buf[..at.min(buf.len())]);
        self.fail(Error::Usage(format!(
            "{} is not UTF-8 text (line {line}, byte {}); expected the JSON of `pledge export`; nothing imported",
            self.shown,
            self.offset + at as u64
        )))
    }

    /// Checks UTF-8 across reads: a sequence cut at the end of one read is finished by the
    /// first bytes of the next.
    fn check_utf8(&mut self, buf: &[u8]) -> io::Result<()> {
        let mut start = 0;
        if let Some(&lead) = self.carry.first() {
            let len = match lead {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            start = (len - self.carry.len()).min(buf.len());
            self.carry.extend_from_slice(&buf[..start]);
            if self.carry.len() < len {
                return Ok(());
            }
            if std::str::from_utf8(&self.carry).is_err() {
                return Err(self.not_utf8(0, buf));
            }
            self.carry.clear();
        }
        match std::str::from_utf8(&buf[start..]) {
            Ok(_) => Ok(()),
            Err(e) if e.error_len().is_none() => {
                self.carry
                    .extend_from_slice(&buf[start + e.valid_up_to()..]);
                Ok(())
            }
            Err(e) => Err(self.not_utf8(start + e.valid_up_to(), buf)),
        }
    }

    /// NUL bytes, and strings past [`MAX_STRING_BYTES`] (counted as written, escapes and
    /// all); lines counted on the way. Only quotes and backslashes are visited one by one.
    fn check_bytes(&mut self, buf: &[u8]) -> io::Result<()> {
        if let Some(i) = memchr::memchr(0, buf) {
            self.line += newlines(&buf[..i]);
            return Err(self.fail(Error::Usage(format!(
                "{} contains a NUL byte (line {}, byte {}); a pledge export is text; nothing imported",
                self.shown,
                self.line,
                self.offset + i as u64
            ))));
        }
        // Where the part of the current string not yet counted begins.
        let mut from = 0;
        for i in memchr::memchr2_iter(b'"', b'\\', buf) {
            if !self.in_string {
                if buf[i] == b'"' {
                    self.in_string = true;
                    self.string_bytes = 0;
                    from = i + 1;
                }
            } else if std::mem::take(&mut self.escaped_at) == Some(i) {
            } else if buf[i] == b'\\' {
                self.escaped_at = Some(i + 1);
            } else {
                self.in_string = false;
                self.count_string(&buf[..i], from)?;
            }
        }
        if self.in_string {
            self.count_string(buf, from)?;
        }
        // An escape that ends this read covers the first byte of the next.
        self.escaped_at = self.escaped_at.filter(|&at| at == buf.len()).map(|_| 0);
        self.line += newlines(buf);
        Ok(())
    }

    /// Adds `buf[from..]` to the length of the string being read.
    fn count_string(&mut self, buf: &[u8], from: usize) -> io::Result<()> {
        self.string_bytes += buf.len().saturating_sub(from) as u64;
        if self.string_bytes > MAX_STRING_BYTES {
            let line = self.line + newlines(buf);
            return Err(self.fail(Error::Usage(format!(
                "{}: the string that ends line {line} is longer than {} MB; no field of a \
                 pledge export is that long; nothing imported",
                self.shown,
                MAX_STRING_BYTES >> 20
            ))));
        }
        Ok(())
    }
}

fn newlines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}

impl<R: Read> Read for Checked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut n = self.inner.read(buf)?;
        if self.at_start && n > 0 {
            self.at_start = false;
            if buf[..n].starts_with(&[0xFF, 0xFE]) || buf[..n].starts_with(&[0xFE, 0xFF]) {
                return Err(self.fail(Error::Usage(format!(
                    "{} is UTF-16 text; save it as UTF-8 (as `pledge export` writes it); nothing imported",
                    self.shown
                ))));
            }
            if buf[..n].starts_with(b"\xEF\xBB\xBF") {
                buf.copy_within(3..n, 0);
                n -= 3;
            }
        }
        if n == 0 && !self.carry.is_empty() {
            return Err(self.fail(Error::Usage(format!(
                "{} ends in the middle of a character (line {}): the file is cut short; nothing imported",
                self.shown, self.line
            ))));
        }
        self.check_utf8(&buf[..n])?;
        self.check_bytes(&buf[..n])?;
        self.offset += n as u64;
        Ok(n)
    }
}

mod split;

/// Reads an export file into `importer`: the quick way first, and where that is unsure, the
/// rows it loaded are undone and the general parser reads the file again from its start
/// (see [`split`]). Both check the bytes as they arrive.
pub fn read_file(
    file: &std::fs::File,
    path: &std::path::Path,
    importer: &mut Importer,
    shown: &str,
) -> Result<()> {
    importer.mark()?;
    let (checked, problem) = Checked::new(file, shown);
    if let split::Split::Done = split::read(checked, &problem, importer, shown)? {
        return importer.keep();
    }
    importer.restart()?;
    let mut file = file;
    file.rewind()
        .map_err(|e| Error::io_at("cannot read", path, e))?;
    let (checked, problem) = Checked::new(file, shown);
    let reader = BufReader::with_capacity(1 << 16, checked);
    parse(reader, &problem, importer, shown)
}

/// Where the parser is: a row of a section, or the top level.
type At = Cell<Option<(&'static str, u64)>>;

/// Parses an export from `reader`, handing each row to `importer` as soon as it is read.
/// A failure names the line, the row (`pledges[3]`) and what is accepted.
pub fn parse<R: Read>(
    reader: R,
    problem: &Problem,
    importer: &mut Importer,
    shown: &str,
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
    if let Some(p) = problem.borrow_mut().take() {
        return Err(p);
    }
    if let Some(f) = failed.borrow_mut().take() {
        return Err(nothing_imported(
            f,
            &format!("{shown}, line {}: ", e.line()),
        ));
    }
    let place = at
        .get()
        .map(|(section, index)| format!("{section}[{index}]: "))
        .unwrap_or_default();
    let words = e.to_string();
    let words = words
        .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
        .unwrap_or(&words);
    Err(Error::Usage(format!(
        "{shown} is not a valid pledge export: line {}, column {}: {place}{words}; nothing imported",
        e.line(),
        e.column()
    )))
}

const FIELDS: &[&str] = &[
    "format",
    "schema_version",
    "letters",
    "pledges",
    "notes",
    "history",
];

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
        f.write_str("the object `pledge export` writes")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> std::result::Result<(), A::Error> {
        let mut seen = [false; 6];
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
                _ => map.next_value_seed(self.section("history", Importer::change))?,
            }
            // The header is checked as soon as it is read, before the rows that follow.
            if field < 2 {
                let f = format.as_deref().unwrap_or(EXPORT_FORMAT);
                check_import_header(f, version.unwrap_or(1)).map_err(|e| self.refuse(e))?;
            }
        }
        if let Some(missing) = seen.iter().position(|s| !s) {
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
        write!(f, "a list of {}", self.name)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out one byte per read, so that every escape and quote falls on a boundary.
    struct ByteByByte<'a>(&'a [u8]);

    impl Read for ByteByByte<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let Some((&b, rest)) = self.0.split_first() else {
                return Ok(0);
            };
            buf[0] = b;
            self.0 = rest;
            Ok(1)
        }
    }

    #[test]
    fn escapes_cut_by_a_read_keep_the_string_open() {
        let text = "{\"a\": \"x\\\"y\\\\\",\n \"b\": \"长\"}\n";
        let (mut checked, problem) = Checked::new(ByteByByte(text.as_bytes()), "f");
        let mut back = String::new();
        checked.read_to_string(&mut back).unwrap();
        assert_eq!(back, text);
        assert!(problem.borrow().is_none());
        assert!(!checked.in_string, "every string was closed");
        assert_eq!(checked.line, 3);
        assert_eq!(checked.string_bytes, "长".len() as u64);
    }
}
