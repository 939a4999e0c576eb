//! The quick reading of an export: the file cut into its rows by their brackets, each row
//! parsed from a slice of the buffer. serde_json reading from a `Read` takes the bytes one by
//! one; from a slice it is several times faster, and the rows are most of the file.
//!
//! Only the shape `pledge export` writes is read this way. Anything else (an error of any
//! kind, an escape in a key, a value of an unexpected shape) is [`Split::Unsure`]: the rows
//! read so far are undone and the general parser reads the file from its start, so that what
//! is accepted, and every message, is the general parser's.

use std::io::{self, Read};
use std::path::Path;
use std::sync::mpsc::{self, Receiver, SyncSender};

use serde::de::DeserializeOwned;

use super::Problem;
use crate::body::{Body, Link};
use crate::error::{Error, Result};
use crate::model::{Change, Confirmation, Letter, Note, Pledge};
use crate::store::{Collected, Identity, ImportLine, Importer, nothing_imported};

/// What the quick reading came to.
pub enum Split {
    /// Every row read and loaded.
    Done,
    /// Not sure the general parser would read it the same way: read it again with that.
    Unsure,
}

/// The bytes the general parser reads in one go; the quick reading reads the same, so the
/// byte checks fail at the same point in both.
const CHUNK: usize = 1 << 16;

/// The file's bytes, with what has been read but not yet used.
struct Bytes<R> {
    inner: R,
    /// Read bytes up to `filled`; the rest is room for the next read, zeroed only once.
    buf: Vec<u8>,
    filled: usize,
    /// Where the unread part of `buf` begins.
    pos: usize,
    /// The line `pos` is on.
    line: u64,
    end: bool,
}

/// Why a step cannot go on: the general parser should decide, or the file is refused.
enum Stop {
    Unsure,
    Refused(Error),
}

type Step<T> = std::result::Result<T, Stop>;

fn unsure<T>() -> Step<T> {
    Err(Stop::Unsure)
}

impl<R: Read> Bytes<R> {
    /// Reads another chunk onto the end of the buffer; false at the end of the file.
    fn more(&mut self) -> Step<bool> {
        if self.end {
            return Ok(false);
        }
        if self.pos > CHUNK && self.pos * 2 > self.filled {
            self.buf.copy_within(self.pos..self.filled, 0);
            self.filled -= self.pos;
            self.pos = 0;
        }
        let old = self.filled;
        if self.buf.len() < old + CHUNK {
            self.buf.resize(old + CHUNK, 0);
        }
        let n = loop {
            match self.inner.read(&mut self.buf[old..old + CHUNK]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return unsure(),
            }
        };
        self.filled += n;
        self.end = n == 0;
        Ok(n > 0)
    }

    /// The byte at `pos + ahead`, reading more when needed; `None` at the end of the file.
    fn byte(&mut self, ahead: usize) -> Step<Option<u8>> {
        while self.pos + ahead >= self.filled {
            if !self.more()? {
                return Ok(None);
            }
        }
        Ok(Some(self.buf[self.pos + ahead]))
    }

    /// Moves past `n` bytes, counting their lines.
    fn take(&mut self, n: usize) {
        let taken = &self.buf[self.pos..self.pos + n];
        self.line += memchr::memchr_iter(b'\n', taken).count() as u64;
        self.pos += n;
    }

    /// Skips JSON's white space; the next byte, if any.
    fn next(&mut self) -> Step<Option<u8>> {
        loop {
            match self.byte(0)? {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.take(1),
                other => return Ok(other),
            }
        }
    }

    /// Takes the byte `b`, after white space.
    fn expect(&mut self, b: u8) -> Step<()> {
        if self.next()? != Some(b) {
            return unsure();
        }
        self.take(1);
        Ok(())
    }

    /// The length of the JSON value at `pos`: a string, an object (up to its closing brace),
    /// or a scalar (up to the next delimiter). Its syntax is checked by whoever parses it;
    /// this only finds where it ends.
    fn value_len(&mut self) -> Step<usize> {
        match self.byte(0)? {
            Some(b'"') => Ok(self.string_end(1)? + 1),
            Some(b'{') => self.object_len(),
            None | Some(b'[' | b']' | b'}' | b',') => unsure(),
            Some(_) => {
                let mut i = 1;
                loop {
                    match self.byte(i)? {
                        None | Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b'}' | b']') => {
                            return Ok(i);
                        }
                        Some(_) => i += 1,
                    }
                }
            }
        }
    }

    /// The length of the object at `pos`, found by its braces outside strings (a bracket
    /// out of place is the parser's to find).
    fn object_len(&mut self) -> Step<usize> {
        let (mut i, mut depth) = (1, 1);
        loop {
            let rest = &self.buf[self.pos + i..self.filled];
            let Some(at) = memchr::memchr3(b'"', b'{', b'}', rest) else {
                i += rest.len();
                if !self.more()? {
                    return unsure();
                }
                continue;
            };
            i += at;
            match self.buf[self.pos + i] {
                b'"' => i = self.string_end(i + 1)?,
                b'{' => depth += 1,
                _ => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(i + 1);
                    }
                }
            }
            i += 1;
        }
    }

    /// The offset (from `pos`) of the quote that closes a string whose text starts at `from`.
    fn string_end(&mut self, mut from: usize) -> Step<usize> {
        loop {
            let rest = &self.buf[(self.pos + from).min(self.filled)..self.filled];
            match memchr::memchr2(b'"', b'\\', rest) {
                Some(at) if rest[at] == b'"' => return Ok(from + at),
                Some(at) => {
                    // The escaped byte may be in the next chunk.
                    from += at + 2;
                    if self.byte(from.saturating_sub(1))?.is_none() {
                        return unsure();
                    }
                }
                None => {
                    from += rest.len();
                    if !self.more()? {
                        return unsure();
                    }
                }
            }
        }
    }

    /// The line the general parser names for a row it refuses: it has looked past the row,
    /// its comma and the white space after it, to the next token (or the end of the file).
    fn line_after_row(&mut self) -> Step<u64> {
        let (mut i, mut lines, mut comma) = (0, 0, false);
        loop {
            match self.byte(i)? {
                Some(b'\n') => lines += 1,
                Some(b' ' | b'\t' | b'\r') => {}
                Some(b',') if !comma => comma = true,
                _ => return Ok(self.line + lines),
            }
            i += 1;
        }
    }

    /// Parses the value at `pos` as a `T` and moves past it.
    fn value<T: DeserializeOwned>(&mut self) -> Step<T> {
        self.next()?;
        let len = self.value_len()?;
        let value = parse(&self.buf[self.pos..self.pos + len]);
        self.take(len);
        value
    }

    /// A key: a string without escapes, which is all `pledge export` writes.
    fn key(&mut self) -> Step<String> {
        if self.next()? != Some(b'"') {
            return unsure();
        }
        let end = self.string_end(1)?;
        let raw = &self.buf[self.pos + 1..self.pos + end];
        if raw.contains(&b'\\') {
            return unsure();
        }
        let key = String::from_utf8(raw.to_vec()).or_else(|_| unsure())?;
        self.take(end + 1);
        self.expect(b':')?;
        Ok(key)
    }
}

/// Parses one value. Its bytes are checked as UTF-8 here, once: the quick reading leaves
/// that check out of [`super::Checked`], and serde_json takes a `str` as it is.
fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Step<T> {
    let text = std::str::from_utf8(bytes).or_else(|_| unsure())?;
    serde_json::from_str(text).or_else(|_| unsure())
}

/// One row as parsed, for the importer on the other side of the queue.
enum Row {
    Letter(Letter),
    Pledge(Pledge),
    Note(Note),
    Change(Change),
    Body(Body),
    Link(Link),
    Confirmation(Confirmation),
    Collected(Collected),
    Identity(Identity),
}

/// What the reading thread hands on, in the file's order. Rows are nearly every item:
/// boxing them would cost an allocation each for the sake of two headers.
#[allow(clippy::large_enum_variant)]
enum Item {
    /// The header as read so far (after `format` or `schema_version`), to be checked.
    Header(Option<String>, Option<i64>),
    /// A row, and the line a refusal of it names (as the general parser would name it).
    Row(Row, u64),
}

/// Rows handed over together: one at a time, the queue costs as much as parsing them.
const BATCH: usize = 256;
/// Batches waiting for the importer at most, so the memory held stays small whatever the
/// file's size.
const QUEUE: usize = 8;

/// The reading thread's end of the queue.
struct Out {
    queue: SyncSender<Vec<Item>>,
    batch: Vec<Item>,
}

impl Out {
    fn push(&mut self, item: Item) -> Step<()> {
        self.batch.push(item);
        if self.batch.len() < BATCH {
            return Ok(());
        }
        self.flush()
    }

    /// Hands on what is waiting; the importer may have stopped (a row refused), which ends
    /// the reading too.
    fn flush(&mut self) -> Step<()> {
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        self.queue.send(batch).or_else(|_| unsure())
    }
}

/// Reads an export the quick way, handing each row to `importer`; see [`Split`]. The file is
/// read and parsed on a thread of its own while this one inserts (the two took about the
/// same time one after the other). A row the importer refuses is refused here, naming the
/// line the general parser would name.
pub fn read<R: Read + Send>(
    reader: R,
    problem: &Problem,
    importer: &mut Importer,
    path: &Path,
) -> Result<Split> {
    let (queue, items) = mpsc::sync_channel(QUEUE);
    let outcome = std::thread::scope(|scope| {
        let reading = scope.spawn(move || {
            let mut bytes = Bytes {
                inner: reader,
                buf: Vec::new(),
                filled: 0,
                pos: 0,
                line: 1,
                end: false,
            };
            let mut out = Out {
                queue,
                batch: Vec::with_capacity(BATCH),
            };
            top(&mut bytes, &mut out).and_then(|()| out.flush())
        });
        let loaded = load(&items, importer, path);
        // A reading thread still sending finds the queue closed and stops.
        drop(items);
        let read = match reading.join() {
            Ok(read) => read,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        loaded.and(read)
    });
    match outcome {
        Ok(()) => Ok(Split::Done),
        Err(Stop::Refused(e)) => Err(e),
        Err(Stop::Unsure) => {
            // The general parser will find the byte problem again, at its place in the file.
            problem.slot().take();
            Ok(Split::Unsure)
        }
    }
}

/// Hands each row the reading thread sends to `importer`, until the queue ends.
fn load(items: &Receiver<Vec<Item>>, importer: &mut Importer<'_>, path: &Path) -> Step<()> {
    for batch in items {
        for item in batch {
            match item {
                Item::Header(format, version) => {
                    let f = format.as_deref().unwrap_or(crate::store::EXPORT_FORMAT);
                    if importer.header(f, version.unwrap_or(1)).is_err() {
                        return unsure();
                    }
                }
                Item::Row(row, line) => {
                    insert(importer, row).map_err(|e| refused_at(path, line, e))?
                }
            }
        }
    }
    Ok(())
}

fn insert(importer: &mut Importer<'_>, row: Row) -> Result<()> {
    match row {
        Row::Letter(r) => importer.letter(&r),
        Row::Pledge(r) => importer.pledge(&r),
        Row::Note(r) => importer.note(&r),
        Row::Change(r) => importer.change(&r),
        Row::Body(r) => importer.body(&r),
        Row::Link(r) => importer.link(&r),
        Row::Confirmation(r) => importer.confirmation(&r),
        Row::Collected(r) => importer.collected(&r),
        Row::Identity(r) => importer.identity(&r),
    }
}

fn top<R: Read>(bytes: &mut Bytes<R>, out: &mut Out) -> Step<()> {
    bytes.expect(b'{')?;
    let mut seen = [false; super::FIELDS.len()];
    let (mut format, mut version) = (None, None);
    loop {
        let key = bytes.key()?;
        let Some(field) = super::FIELDS.iter().position(|f| *f == key) else {
            return unsure();
        };
        if std::mem::replace(&mut seen[field], true) {
            return unsure();
        }
        match field {
            0 => format = Some(bytes.value::<String>()?),
            1 => version = Some(bytes.value::<i64>()?),
            2 => rows(bytes, out, Row::Letter)?,
            3 => rows(bytes, out, Row::Pledge)?,
            4 => rows(bytes, out, Row::Note)?,
            5 => rows(bytes, out, Row::Change)?,
            6 => rows(bytes, out, Row::Body)?,
            7 => rows(bytes, out, Row::Link)?,
            8 => rows(bytes, out, Row::Confirmation)?,
            9 => rows(bytes, out, Row::Collected)?,
            _ => {
                let identity = bytes.value::<Identity>()?;
                let line = bytes.line_after_row()?;
                out.push(Item::Row(Row::Identity(identity), line))?;
            }
        }
        if field < 2 {
            out.push(Item::Header(format.clone(), version))?;
        }
        match bytes.next()? {
            Some(b',') => bytes.take(1),
            Some(b'}') => {
                bytes.take(1);
                break;
            }
            _ => return unsure(),
        }
    }
    if seen[..super::REQUIRED].contains(&false) || bytes.next()?.is_some() {
        return unsure();
    }
    Ok(())
}

/// A row the importer refused, at the line the general parser would name.
fn refused_at(path: &Path, line: u64, e: crate::error::Error) -> Stop {
    let at = ImportLine {
        path: path.to_path_buf(),
        line,
    };
    Stop::Refused(nothing_imported(e, Some(at)))
}

/// One section's array, each row parsed from its slice and handed on at once.
fn rows<R: Read, T: DeserializeOwned>(
    bytes: &mut Bytes<R>,
    out: &mut Out,
    wrap: fn(T) -> Row,
) -> Step<()> {
    bytes.expect(b'[')?;
    if bytes.next()? == Some(b']') {
        bytes.take(1);
        return Ok(());
    }
    loop {
        if bytes.next()? != Some(b'{') {
            return unsure();
        }
        let len = bytes.value_len()?;
        let row: T = parse(&bytes.buf[bytes.pos..bytes.pos + len])?;
        bytes.take(len);
        let line = bytes.line_after_row()?;
        out.push(Item::Row(wrap(row), line))?;
        match bytes.next()? {
            Some(b',') => bytes.take(1),
            Some(b']') => {
                bytes.take(1);
                return Ok(());
            }
            _ => return unsure(),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::store::{Collected, NewNote, Seed, Store};

    #[test]
    fn an_export_with_collected_rows_and_identity_is_read_the_quick_way_to_its_end() {
        let mut source = Store::open_in_memory(Seed::Builtin).unwrap();
        let note = source
            .add_note(&NewNote::new(
                4,
                crate::date::parse("2026-11-20").unwrap(),
                "王",
                "已引进高级人才20名",
            ))
            .unwrap();
        let mut data = source.export().unwrap();
        data.collected.push(Collected {
            id: 1,
            body_id: 1,
            body_name: "香港大学".into(),
            as_of: crate::date::parse("2026-11-28").unwrap(),
            pledge: 4,
            note,
            answer: "ab".repeat(32),
            file: "催办单.xlsx".into(),
            collected_at: "2026-11-28T08:00:00Z".into(),
            collected_by: "王".into(),
        });
        assert!(data.identity.is_some());
        let text = crate::json::to_string(&data).unwrap();
        let path = Path::new("export.json");
        let mut target = Store::open_in_memory(Seed::Empty).unwrap();
        let mut quick = false;
        target
            .import_rows(|im| {
                let (mut checked, problem) = super::super::Checked::new(text.as_bytes(), path);
                checked.utf8 = false;
                quick = matches!(read(checked, &problem, im, path)?, Split::Done);
                Ok(())
            })
            .unwrap();
        assert!(quick, "read to its end without the general parser");
        assert_eq!(target.export().unwrap(), data);
    }
}
