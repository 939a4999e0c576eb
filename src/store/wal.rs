//! Telling whether a `-wal` file beside a ledger was written for that ledger, before SQLite
//! replays it.
//!
//! SQLite's WAL names no database: a valid WAL left by another file (a deleted ledger, the
//! ledger a backup was copied over) is replayed into whatever file now has the name. The link
//! used here is the header's change counter: a transaction that writes page 1 stamps it with
//! the counter its connection last read from disk plus one (a connection writing alone keeps
//! its cached page, so the stamp may repeat), and pledge writes page 1 in every transaction
//! and starts every new ledger and backup at a random counter. So the first page-1 frame of a
//! WAL that belongs holds the ledger's counter or that + 1, or (once a checkpoint copied it)
//! is the ledger's page 1 byte for byte.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

const MAGIC_LE: u32 = 0x377f_0682;
const MAGIC_BE: u32 = 0x377f_0683;
const VERSION: u32 = 3_007_000;
const HEADER: usize = 32;
const FRAME_HEADER: usize = 24;

pub use crate::error::ledger::Foreign;

/// What the WAL is checked against: the ledger's page 1 as it is on disk.
pub struct Ledger<'a> {
    pub page1: &'a [u8],
}

impl Ledger<'_> {
    fn be32(&self, at: usize) -> u32 {
        be32(&self.page1[at..at + 4])
    }
    fn counter(&self) -> u32 {
        self.be32(24)
    }
    /// The page count in the header, when the header says it is current.
    fn pages(&self) -> Option<u32> {
        (self.be32(92) == self.counter()).then(|| self.be32(28))
    }
}

fn be32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

fn word(b: &[u8], big: bool) -> u32 {
    let w = [b[0], b[1], b[2], b[3]];
    if big {
        u32::from_be_bytes(w)
    } else {
        u32::from_le_bytes(w)
    }
}

/// SQLite's WAL checksum, continued from `s` over `data` (a multiple of 8 bytes).
fn checksum(data: &[u8], big: bool, s: (u32, u32)) -> (u32, u32) {
    let (mut s0, mut s1) = s;
    for pair in data.chunks_exact(8) {
        s0 = s0.wrapping_add(word(&pair[..4], big)).wrapping_add(s1);
        s1 = s1.wrapping_add(word(&pair[4..], big)).wrapping_add(s0);
    }
    (s0, s1)
}

/// Reads the WAL as SQLite's recovery would (frames while salts and checksums chain, up to
/// the last commit) and says whether it belongs to `ledger`. Stops at the first proof.
pub fn check(wal: &Path, ledger: &Ledger) -> std::io::Result<Result<(), Foreign>> {
    let mut file = BufReader::with_capacity(1 << 16, File::open(wal)?);
    let mut header = [0u8; HEADER];
    let got = read_full(&mut file, &mut header)?;
    if got < HEADER {
        // SQLite ignores a WAL shorter than its header, and so does the check.
        return Ok(if got >= 4 && !is_magic(be32(&header)) {
            Err(Foreign::NotWal)
        } else {
            Ok(())
        });
    }
    let magic = be32(&header);
    if header.iter().all(|&b| b == 0) {
        // What a power cut can leave of a WAL being started: SQLite ignores it, as this does.
        return Ok(Ok(()));
    }
    if !is_magic(magic) {
        return Ok(Err(Foreign::NotWal));
    }
    let big = magic == MAGIC_BE;
    let sum = checksum(&header[..24], big, (0, 0));
    if be32(&header[4..]) != VERSION || sum != (be32(&header[24..]), be32(&header[28..])) {
        return Ok(Err(Foreign::BadHeader));
    }
    let page_size = be32(&header[8..]) as usize;
    if page_size != ledger.page1.len() {
        return Ok(Err(Foreign::PageSize));
    }
    let salt = &header[16..24];
    let mut frame = vec![0u8; FRAME_HEADER + page_size];
    let mut sum = sum;
    let mut pending = Seen::default();
    let mut committed = Seen::default();
    while read_full(&mut file, &mut frame)? == frame.len() {
        if &frame[8..16] != salt {
            break;
        }
        sum = checksum(&frame[..8], big, sum);
        sum = checksum(&frame[FRAME_HEADER..], big, sum);
        if sum != (be32(&frame[16..]), be32(&frame[20..])) {
            break;
        }
        let page = &frame[FRAME_HEADER..];
        if be32(&frame) == 1 {
            pending.first_counter.get_or_insert(be32(&page[24..]));
            pending.equal |= page == ledger.page1;
        }
        let size_after = be32(&frame[4..]);
        if size_after != 0 {
            if pending.first_counter.is_none() && ledger.pages().is_some_and(|n| n != size_after) {
                pending.size_differs = true;
            }
            pending.commits += 1;
            committed = pending.clone();
            if committed.links_to(ledger) {
                return Ok(Ok(()));
            }
        }
    }
    Ok(if committed.commits == 0 || committed.links_to(ledger) {
        Ok(())
    } else if committed.first_counter.is_some() || committed.size_differs {
        Err(Foreign::OtherDatabase)
    } else {
        Ok(())
    })
}

/// What the committed frames so far showed about page 1.
#[derive(Debug, Default, Clone)]
struct Seen {
    commits: u64,
    /// The change counter of the first frame of page 1.
    first_counter: Option<u32>,
    /// Some frame of page 1 is the ledger's page 1 byte for byte (it was checkpointed).
    equal: bool,
    /// A commit before any page-1 frame gave a size other than the ledger's.
    size_differs: bool,
}

impl Seen {
    fn links_to(&self, ledger: &Ledger) -> bool {
        self.equal
            || self.first_counter.is_some_and(|c| {
                let counter = ledger.counter();
                c == counter || c == counter.wrapping_add(1)
            })
    }
}

fn is_magic(m: u32) -> bool {
    m == MAGIC_LE || m == MAGIC_BE
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// A random change counter for a new ledger or backup, so that no two files share a WAL
/// lineage by chance (two ledgers made the same way would otherwise have equal counters).
pub fn random_counter() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.write_u32(std::process::id());
    // Not near u32::MAX: the counter only grows, and wrapping is allowed but needless.
    (h.finish() as u32) >> 1
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_checksum_is_sqlites_for_both_byte_orders() {
        // Two words: s0 = x0 + 0, s1 = x1 + s0.
        let data = [0, 0, 0, 1, 0, 0, 0, 2];
        assert_eq!(checksum(&data, true, (0, 0)), (1, 3));
        assert_eq!(
            checksum(&data, false, (0, 0)),
            (1 << 24, (2 << 24) + (1 << 24))
        );
    }

    /// A WAL of three commits, as SQLite writes it, with the database's page 1 beside it.
    fn real_wal(dir: &Path) -> (std::path::PathBuf, Vec<u8>) {
        let db = dir.join("t.db");
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t (x);",
        )
        .unwrap();
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
        for i in 0..3 {
            conn.execute("INSERT INTO t VALUES (?1)", [i]).unwrap();
            conn.pragma_update(None, "application_id", 7).unwrap();
        }
        let wal = dir.join("copy-wal");
        std::fs::copy(dir.join("t.db-wal"), &wal).unwrap();
        let page1 = std::fs::read(&db).unwrap()[..4096].to_vec();
        (wal, page1)
    }

    #[test]
    fn a_wal_belongs_to_its_own_file_and_to_no_other() {
        let dir = tempfile::tempdir().unwrap();
        let (wal, page1) = real_wal(dir.path());
        assert_eq!(check(&wal, &Ledger { page1: &page1 }).unwrap(), Ok(()));
        let mut other = page1.clone();
        other[24..28].copy_from_slice(&12345u32.to_be_bytes());
        other[92..96].copy_from_slice(&12345u32.to_be_bytes());
        assert_eq!(
            check(&wal, &Ledger { page1: &other }).unwrap(),
            Err(Foreign::OtherDatabase)
        );
        let small = vec![0u8; 1024];
        assert_eq!(
            check(&wal, &Ledger { page1: &small }).unwrap(),
            Err(Foreign::PageSize)
        );
        // A torn tail is what a crash leaves: the committed frames still decide.
        let bytes = std::fs::read(&wal).unwrap();
        std::fs::write(&wal, &bytes[..bytes.len() - 100]).unwrap();
        assert_eq!(check(&wal, &Ledger { page1: &page1 }).unwrap(), Ok(()));
        let mut scribbled = bytes.clone();
        scribbled[20] ^= 1;
        std::fs::write(&wal, &scribbled).unwrap();
        assert_eq!(
            check(&wal, &Ledger { page1: &page1 }).unwrap(),
            Err(Foreign::BadHeader)
        );
        std::fs::write(&wal, [0u8; 64]).unwrap();
        assert_eq!(check(&wal, &Ledger { page1: &page1 }).unwrap(), Ok(()));
    }

    #[test]
    fn a_file_that_is_not_a_wal_is_named_so() {
        let dir = tempfile::tempdir().unwrap();
        let wal = dir.path().join("x-wal");
        std::fs::write(&wal, vec![b'x'; 4096]).unwrap();
        let page1 = vec![0u8; 4096];
        let got = check(&wal, &Ledger { page1: &page1 }).unwrap();
        assert_eq!(got, Err(Foreign::NotWal));
    }
}
