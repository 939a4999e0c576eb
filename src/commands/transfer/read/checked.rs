//! An export's bytes, checked as they arrive: UTF-8, no NUL, no string past a bound.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::error::Error;
use crate::store::ImportRefusal;

/// The longest string an export may hold, in bytes as written: several times the largest
/// letter `import-letter` reads (10 MB of GB18030 is 15 MB of UTF-8), far past any note
/// (1 MB). A longer one is not ours, and would be held whole in memory to be parsed.
pub const MAX_STRING_BYTES: u64 = 64 << 20;

/// A problem found in the bytes, kept for the caller since `Read` can only fail with
/// an `io::Error`. Shared, since the quick reading reads on a thread of its own.
#[derive(Default, Clone)]
pub struct Problem(Arc<Mutex<Option<Error>>>);

impl Problem {
    /// The problem kept; a panic elsewhere while it was held leaves it readable.
    pub fn slot(&self) -> MutexGuard<'_, Option<Error>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The file's bytes, checked on the way through.
pub struct Checked<R> {
    inner: R,
    path: PathBuf,
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
    /// Whether UTF-8 is checked here; the quick reading checks each value as it parses it.
    pub(super) utf8: bool,
}

impl<R: Read> Checked<R> {
    pub fn new(inner: R, path: &Path) -> (Checked<R>, Problem) {
        let problem = Problem::default();
        let checked = Checked {
            inner,
            path: path.to_path_buf(),
            problem: problem.clone(),
            at_start: true,
            offset: 0,
            line: 1,
            carry: Vec::new(),
            in_string: false,
            escaped_at: None,
            string_bytes: 0,
            utf8: true,
        };
        (checked, problem)
    }

    fn fail(&self, refusal: ImportRefusal) -> io::Error {
        *self.problem.slot() = Some(Error::Import(refusal));
        // The parser's error in place of the refusal kept above: never shown.
        io::Error::from(io::ErrorKind::InvalidData)
    }

    fn not_utf8(&self, at: usize, buf: &[u8]) -> io::Error {
        let line = self.line + newlines(&buf[..at.min(buf.len())]);
        self.fail(ImportRefusal::NotUtf8 {
            path: self.path.clone(),
            line,
            byte: self.offset + at as u64,
        })
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
            return Err(self.fail(ImportRefusal::Nul {
                path: self.path.clone(),
                line: self.line,
                byte: self.offset + i as u64,
            }));
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
            return Err(self.fail(ImportRefusal::StringTooLong {
                path: self.path.clone(),
                line,
                max_mb: MAX_STRING_BYTES >> 20,
            }));
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
                return Err(self.fail(ImportRefusal::Utf16 {
                    path: self.path.clone(),
                }));
            }
            if buf[..n].starts_with(b"\xEF\xBB\xBF") {
                buf.copy_within(3..n, 0);
                n -= 3;
            }
        }
        if !self.utf8 {
            self.check_bytes(&buf[..n])?;
            self.offset += n as u64;
            return Ok(n);
        }
        if n == 0 && !self.carry.is_empty() {
            return Err(self.fail(ImportRefusal::CutMidCharacter {
                path: self.path.clone(),
                line: self.line,
            }));
        }
        self.check_utf8(&buf[..n])?;
        self.check_bytes(&buf[..n])?;
        self.offset += n as u64;
        Ok(n)
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
        let (mut checked, problem) = Checked::new(ByteByByte(text.as_bytes()), Path::new("f"));
        let mut back = String::new();
        checked.read_to_string(&mut back).unwrap();
        assert_eq!(back, text);
        assert!(problem.slot().is_none());
        assert!(!checked.in_string, "every string was closed");
        assert_eq!(checked.line, 3);
        assert_eq!(checked.string_bytes, "长".len() as u64);
    }
}
