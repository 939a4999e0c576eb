//! Items written aside while the ledger is read once, and read back a batch at a time: one
//! pass over the table costs more than writing its rows out and reading them again.
//!
//! The file is an unnamed temporary file in the system's temporary directory, gone when it is
//! closed, never beside the ledger. Its encoding is this module's own: lengths and numbers in
//! little-endian bytes, an item after another.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};

use chrono::{Datelike, NaiveDate};

use super::{Item, Section};
use crate::body::Role;
use crate::error::{Error, Result};
use crate::model::{Quantity, Status, Target};

/// The rows read with a report's counts: held when few enough, else written aside in the
/// order read. A copy of a summary has none: its rows are read from the ledger again.
#[derive(Default)]
pub(super) struct Ahead(pub(super) RefCell<Option<ReadAhead>>);

pub(super) enum ReadAhead {
    /// Every group's items.
    Held(HashMap<(Section, String), Vec<Item>>),
    /// Every listed item with its section, in the ledger's order.
    Spilled(Spill),
}

impl Clone for Ahead {
    fn clone(&self) -> Ahead {
        Ahead::default()
    }
}

impl PartialEq for Ahead {
    /// Rows read ahead or not, a summary says the same.
    fn eq(&self, _: &Ahead) -> bool {
        true
    }
}

impl std::fmt::Debug for Ahead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match &*self.0.borrow() {
            None => "none",
            Some(ReadAhead::Held(_)) => "held",
            Some(ReadAhead::Spilled(_)) => "spilled",
        };
        write!(f, "Ahead({what})")
    }
}

/// A temporary file of items, written whole and then read back whole.
pub(super) struct Spill {
    file: BufWriter<std::fs::File>,
    /// Items written.
    pub len: usize,
}

fn failed(e: std::io::Error) -> Error {
    Error::io(crate::error::Doing::ReportSpill, e)
}

fn bad(what: &str) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        crate::messages::report::spill_bad(what),
    )
}

impl Spill {
    pub fn new() -> Result<Spill> {
        Ok(Spill {
            file: BufWriter::new(tempfile::tempfile().map_err(failed)?),
            len: 0,
        })
    }

    pub fn push(&mut self, s: Section, item: &Item) -> Result<()> {
        let mut buf = Vec::with_capacity(256);
        buf.push(u8::try_from(s.index()).unwrap_or(0));
        encode(item, &mut buf);
        self.file.write_all(&buf).map_err(failed)?;
        self.len += 1;
        Ok(())
    }

    /// Hands each item written to `each`, in the order written; the file is closed and so
    /// removed.
    pub fn read_each(self, mut each: impl FnMut(Section, Item)) -> Result<()> {
        let mut file = self.file.into_inner().map_err(|e| failed(e.into_error()))?;
        file.seek(SeekFrom::Start(0)).map_err(failed)?;
        let mut r = BufReader::new(file);
        for _ in 0..self.len {
            let s = Section::ALL.get(usize::from(bytes::<1>(&mut r).map_err(failed)?[0]));
            let s = *s.ok_or_else(|| failed(bad("section")))?;
            each(s, decode(&mut r).map_err(failed)?);
        }
        Ok(())
    }
}

fn put_str(buf: &mut Vec<u8>, s: &str) {
    // A string over 4 GB cannot come from a ledger row SQLite handed over.
    buf.extend_from_slice(&u32::try_from(s.len()).unwrap_or(u32::MAX).to_le_bytes());
    buf.extend_from_slice(s.as_bytes());
}

fn put_opt<T>(buf: &mut Vec<u8>, v: Option<T>, put: impl FnOnce(&mut Vec<u8>, T)) {
    match v {
        None => buf.push(0),
        Some(v) => {
            buf.push(1);
            put(buf, v);
        }
    }
}

fn put_i64(buf: &mut Vec<u8>, n: i64) {
    buf.extend_from_slice(&n.to_le_bytes());
}

fn put_date(buf: &mut Vec<u8>, d: NaiveDate) {
    buf.extend_from_slice(&d.num_days_from_ce().to_le_bytes());
}

fn put_f64(buf: &mut Vec<u8>, q: Quantity) {
    buf.extend_from_slice(&q.get().to_le_bytes());
}

pub(super) fn encode(i: &Item, buf: &mut Vec<u8>) {
    put_i64(buf, i.id);
    put_str(buf, &i.title);
    put_str(buf, &i.owner);
    buf.push(u8::from(i.role == Role::CoOwner));
    put_opt(buf, i.deadline, put_date);
    put_opt(buf, i.deadline_text.as_deref(), put_str);
    let status = Status::ALL.iter().position(|s| *s == i.status).unwrap_or(0);
    buf.push(u8::try_from(status).unwrap_or(0));
    put_opt(buf, i.target.as_ref(), |buf, t| {
        put_f64(buf, t.quantity);
        put_opt(buf, t.unit.as_deref(), put_str);
        put_opt(buf, t.text.as_deref(), put_str);
    });
    put_opt(buf, i.progress, put_f64);
    put_opt(buf, i.days_overdue, put_i64);
    put_opt(buf, i.days_left, put_i64);
    put_opt(buf, i.days_since, put_i64);
    put_opt(buf, i.last_note_on, put_date);
    put_opt(buf, i.last_note.as_deref(), put_str);
    put_str(buf, &i.progress_text);
    put_opt(buf, i.moved, |buf, m| {
        put_i64(buf, m.times);
        put_date(buf, m.originally);
    });
    put_opt(buf, i.cleared_deadline, put_date);
    put_opt(buf, i.last_note_by.as_deref(), put_str);
    put_opt(buf, i.last_note_evidence.as_deref(), put_str);
}

fn bytes<const N: usize>(r: &mut impl Read) -> std::io::Result<[u8; N]> {
    let mut b = [0; N];
    r.read_exact(&mut b)?;
    Ok(b)
}

fn get_i64(r: &mut impl Read) -> std::io::Result<i64> {
    Ok(i64::from_le_bytes(bytes(r)?))
}

fn get_str(r: &mut impl Read) -> std::io::Result<String> {
    let len = u32::from_le_bytes(bytes(r)?);
    let mut s = Vec::new();
    r.take(u64::from(len)).read_to_end(&mut s)?;
    if s.len() != len as usize {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    String::from_utf8(s).map_err(|_| bad("text"))
}

fn get_date(r: &mut impl Read) -> std::io::Result<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::from_le_bytes(bytes(r)?)).ok_or_else(|| bad("day"))
}

fn get_quantity(r: &mut impl Read) -> std::io::Result<Quantity> {
    Quantity::new(f64::from_le_bytes(bytes(r)?)).map_err(|_| bad("quantity"))
}

fn get_opt<T, R: Read>(
    r: &mut R,
    get: impl FnOnce(&mut R) -> std::io::Result<T>,
) -> std::io::Result<Option<T>> {
    match bytes::<1>(r)? {
        [0] => Ok(None),
        [1] => get(r).map(Some),
        _ => Err(bad("tag")),
    }
}

pub(super) fn decode(r: &mut impl Read) -> std::io::Result<Item> {
    Ok(Item {
        id: get_i64(r)?,
        title: get_str(r)?,
        owner: get_str(r)?,
        role: match bytes::<1>(r)? {
            [0] => Role::Lead,
            [1] => Role::CoOwner,
            _ => return Err(bad("role")),
        },
        deadline: get_opt(r, get_date)?,
        deadline_text: get_opt(r, get_str)?,
        status: *Status::ALL
            .get(usize::from(bytes::<1>(r)?[0]))
            .ok_or_else(|| bad("status"))?,
        target: get_opt(r, |r| {
            Ok(Target {
                quantity: get_quantity(r)?,
                unit: get_opt(r, get_str)?,
                text: get_opt(r, get_str)?,
            })
        })?,
        progress: get_opt(r, get_quantity)?,
        days_overdue: get_opt(r, get_i64)?,
        days_left: get_opt(r, get_i64)?,
        days_since: get_opt(r, get_i64)?,
        last_note_on: get_opt(r, get_date)?,
        last_note: get_opt(r, get_str)?,
        progress_text: get_str(r)?,
        moved: get_opt(r, |r| {
            Ok(pledge_core::report::Moved {
                times: get_i64(r)?,
                originally: get_date(r)?,
            })
        })?,
        cleared_deadline: get_opt(r, get_date)?,
        last_note_by: get_opt(r, get_str)?,
        last_note_evidence: get_opt(r, get_str)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i64, full: bool) -> Item {
        let day = crate::date::parse("2026-03-01").ok();
        Item {
            id,
            title: "修缮 \"roof\"\nline".into(),
            owner: "区住建局".into(),
            role: if full { Role::CoOwner } else { Role::Lead },
            deadline: day.filter(|_| full),
            deadline_text: full.then(|| "三月底前".into()),
            status: if full {
                Status::Stalled
            } else {
                Status::Pending
            },
            target: full.then(|| Target {
                quantity: Quantity::new(2.5).unwrap_or(Quantity::ZERO),
                unit: Some("km".into()),
                text: None,
            }),
            progress: full.then_some(Quantity::ZERO),
            days_overdue: full.then_some(-3),
            days_left: None,
            days_since: (!full).then_some(400),
            last_note_on: day,
            last_note: Some(String::new()),
            progress_text: "0 / 2.5 km".into(),
            moved: day
                .filter(|_| full)
                .map(|originally| pledge_core::report::Moved {
                    times: 2,
                    originally,
                }),
            cleared_deadline: day.filter(|_| !full),
            last_note_by: full.then(|| "省商务厅".into()),
            last_note_evidence: full.then(|| "吉科办〔2025〕12号".into()),
        }
    }

    #[test]
    fn items_come_back_as_written() -> Result<()> {
        let items = vec![
            (Section::Overdue, item(1, true)),
            (Section::NoDeadline, item(i64::MAX, false)),
            (Section::DueSoon, item(-7, true)),
        ];
        let mut spill = Spill::new()?;
        for (s, i) in &items {
            spill.push(*s, i)?;
        }
        let mut back = Vec::new();
        spill.read_each(|s, i| back.push((s, i)))?;
        assert_eq!(back, items);
        Ok(())
    }

    #[test]
    fn a_cut_short_file_is_an_error_not_a_panic() {
        let mut buf = Vec::new();
        encode(&item(1, true), &mut buf);
        for cut in 0..buf.len() {
            assert!(decode(&mut &buf[..cut]).is_err(), "cut at {cut}");
        }
        assert!(decode(&mut &buf[..]).is_ok());
    }
}
