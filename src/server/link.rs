//! The connection kept through faults: a read or write that finds it lost makes it again
//! (for a while, as a server restarts), and a write whose commit's answer was lost with it
//! is resolved by its key (`write_key`, made in the write's own transaction): found, it was
//! saved and is not made twice; not found, it is made now.

use std::ops::DerefMut;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::sql::Pg;
use super::{Server, connect};
use crate::error::server::Refusal;
use crate::error::{Error, Result};
use crate::request::Saving;

/// Held by every write for the length of its transaction ("pledge-w" in ASCII): one writer
/// at a time per database, waiting no longer than the lock timeout (then the busy exit).
const WRITE_LOCK: i64 = 0x706c_6564_6765_2d77;

/// How long a lost connection is tried again: a server restarting is back within it.
const RECONNECT_FOR: Duration = Duration::from_secs(15);
const RECONNECT_EVERY: Duration = Duration::from_millis(250);

/// What a write keeps with its key, to answer with when its commit's answer was lost: its
/// result (new ids), or nothing (the write is then said to be saved, unconfirmed).
pub(super) enum Kept<T> {
    Result(fn(&T) -> Option<String>, fn(&str) -> Option<T>),
    Nothing,
}

/// A write that may be asked again after its connection was lost: its fingerprint (what
/// was asked) and the key its last try left, if one was made.
#[derive(Default)]
pub(super) struct Pending {
    fingerprint: u64,
    key: Option<String>,
}

impl Server {
    /// Runs `f` over the connection, outside any transaction of ours; a connection found
    /// lost is made again first, and a read it loses is read again once (outside a
    /// snapshot, whose view would not be the same).
    pub(super) fn read<T>(
        &self,
        mut f: impl FnMut(&mut Pg<'_, postgres::Client>) -> Result<T>,
    ) -> Result<T> {
        let mut again = !self.in_snapshot.get();
        loop {
            if self.closed() {
                self.reconnect()?;
            }
            let read = {
                let mut client = self.client.borrow_mut();
                let mut prepared = self.prepared.borrow_mut();
                self.reading
                    .store(true, std::sync::atomic::Ordering::SeqCst);
                let read = f(&mut Pg {
                    client: client.deref_mut(),
                    prepared: &mut prepared,
                });
                self.reading
                    .store(false, std::sync::atomic::Ordering::SeqCst);
                read
            };
            match read {
                Err(_) if again && self.lost() => again = false,
                read => return read,
            }
        }
    }

    /// Runs `f` in one transaction holding the write lock: all of it is saved, or none.
    /// Its answer is not kept: a commit whose answer was lost is said to be saved.
    pub(super) fn write<T>(
        &mut self,
        saving: Saving,
        f: impl FnMut(&mut Pg<'_, postgres::Transaction<'_>>) -> Result<T>,
    ) -> Result<T> {
        self.write_with(saving, None, Kept::Nothing, f)
    }

    /// [`Server::write`] keeping its result with its key: a write asked again (the same
    /// `request`) after its connection was lost answers with what the saved one made.
    pub(super) fn write_kept<T: Serialize + DeserializeOwned>(
        &mut self,
        saving: Saving,
        request: &dyn std::fmt::Debug,
        f: impl FnMut(&mut Pg<'_, postgres::Transaction<'_>>) -> Result<T>,
    ) -> Result<T> {
        let kept = Kept::Result(
            |v: &T| serde_json::to_string(v).ok(),
            |s: &str| serde_json::from_str(s).ok(),
        );
        self.write_with(saving, Some(fingerprint(saving, request)), kept, f)
    }

    fn write_with<T>(
        &mut self,
        saving: Saving,
        fingerprint: Option<u64>,
        kept: Kept<T>,
        mut f: impl FnMut(&mut Pg<'_, postgres::Transaction<'_>>) -> Result<T>,
    ) -> Result<T> {
        // The same request as one whose last try was lost: its key says whether it was saved.
        let mut key = match (fingerprint, self.pending.get_mut().take()) {
            (Some(asked), Some(p)) if p.fingerprint == asked => p.key,
            _ => None,
        };
        let mut tries = 0;
        loop {
            tries += 1;
            // A connection that cannot be made again has already been tried for a while.
            let (tried, again) = match self.closed() {
                true => match self.reconnect() {
                    Ok(()) => (self.try_write(saving, &mut key, &kept, &mut f), true),
                    Err(e) => (Err(e), false),
                },
                false => (self.try_write(saving, &mut key, &kept, &mut f), true),
            };
            match tried {
                Err(_) if again && tries < 3 && self.lost() => {}
                Err(e) if self.lost() => {
                    // A key made means its commit was sent: whether it landed is not known.
                    let unknown = key.is_some();
                    if let Some(asked) = fingerprint {
                        *self.pending.get_mut() = Some(Pending {
                            fingerprint: asked,
                            key,
                        });
                    }
                    return Err(if unknown {
                        Error::Server(Refusal::LostUnknown { saving })
                    } else {
                        e.saving(saving)
                    });
                }
                tried => return tried.map_err(|e| e.saving(saving)),
            }
        }
    }

    /// One try of a write: the key of an earlier try looked up first (found: it was saved),
    /// then `f`, and the new key made and noted in `key` before the commit is sent.
    fn try_write<T>(
        &mut self,
        saving: Saving,
        key: &mut Option<String>,
        kept: &Kept<T>,
        f: &mut impl FnMut(&mut Pg<'_, postgres::Transaction<'_>>) -> Result<T>,
    ) -> Result<T> {
        let client = self.client.get_mut();
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
        if let Some(k) = key.as_deref() {
            let found = tx.query_opt("SELECT result FROM write_key WHERE key = $1", &[&k])?;
            if let Some(row) = found {
                let result: Option<String> = row.get(0);
                return match (kept, result) {
                    (Kept::Result(_, restore), Some(r)) => {
                        restore(&r).ok_or_else(|| Error::Server(Refusal::LostCommitted { saving }))
                    }
                    _ => Err(Error::Server(Refusal::LostCommitted { saving })),
                };
            }
        }
        let value = f(&mut Pg {
            client: &mut tx,
            prepared: self.prepared.get_mut(),
        })?;
        let result = match kept {
            Kept::Result(keep, _) => keep(&value),
            Kept::Nothing => None,
        };
        let made: String = tx
            .query_one(
                "INSERT INTO write_key (key, result) VALUES (gen_random_uuid()::text, $1) \
                 RETURNING key",
                &[&result],
            )?
            .get(0);
        *key = Some(made);
        tx.execute(
            "DELETE FROM write_key WHERE written_at < now() - interval '1 day'",
            &[],
        )?;
        // The same pause point as a file's write (`commit note`), for the tests.
        crate::hooks::pause("commit", crate::store::hook_name(saving));
        tx.commit()?;
        Ok(value)
    }

    /// Whether the connection is known to be gone, without asking the server.
    fn closed(&self) -> bool {
        self.client.borrow().is_closed()
    }

    /// Whether the connection is gone: closed, or not answering (asked after a failure).
    pub(super) fn lost(&self) -> bool {
        let mut client = self.client.borrow_mut();
        client.is_closed() || client.simple_query("").is_err()
    }

    /// Makes the connection again, trying for a while (a restarting server); what belonged
    /// to the old one (prepared statements, listening) goes with it, and the other desks'
    /// writes missed meanwhile count as a change.
    pub(super) fn reconnect(&self) -> Result<()> {
        let until = Instant::now() + RECONNECT_FOR;
        let client = loop {
            match connect(&self.address) {
                Ok(client) => break client,
                Err(_) if Instant::now() < until => std::thread::sleep(RECONNECT_EVERY),
                Err(e) => return Err(e),
            }
        };
        *self.client.borrow_mut() = client;
        *self.prepared.borrow_mut() = Default::default();
        self.in_snapshot.set(false);
        self.backend.set(None);
        self.changes_seen.set(self.changes_seen.get() + 1);
        Ok(())
    }
}

/// What a write asks, as a number: the same request asked again has the same one.
fn fingerprint(saving: Saving, request: &dyn std::fmt::Debug) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    format!("{saving:?} {request:?}").hash(&mut h);
    h.finish()
}
