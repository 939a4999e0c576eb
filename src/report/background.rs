//! One read on a thread of its own, over a read-only view of the ledger of its own (the
//! period report screen's): the screen opens at once and shows what was read when it
//! arrives. Dropping it interrupts the read, so an abandoned one stops: SQLite's interrupt
//! does nothing between two statements, so it is repeated until the thread has ended.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use crate::ledger::{Interrupt, Ledger};

/// What was read, or what went wrong in words.
pub type Read<T> = std::result::Result<T, String>;

pub struct Background<T> {
    answer: Receiver<Read<T>>,
    interrupt: Option<Box<dyn Interrupt>>,
    /// Set by the thread as it ends.
    done: Arc<AtomicBool>,
}

/// How often an abandoned read is interrupted again until its thread has ended. An interrupt
/// that falls between two statements is lost, so a read of short statements is caught only
/// by one that lands inside one: every millisecond (an atomic store each) catches it within
/// milliseconds, where every 20 let a loaded machine run a test's whole read past its stop.
const AGAIN: Duration = Duration::from_millis(1);

impl<T: Send + 'static> Background<T> {
    /// Runs `read` over `reader` on a thread of its own; `None` when no thread can start.
    pub fn start<L: Ledger>(
        reader: L,
        read: impl FnOnce(&L) -> crate::error::Result<T> + Send + 'static,
    ) -> Option<Background<T>> {
        let (send, answer) = mpsc::channel();
        let interrupt: Box<dyn Interrupt> = Box::new(reader.interrupter());
        let done = Arc::new(AtomicBool::new(false));
        let ended = Arc::clone(&done);
        std::thread::Builder::new()
            .name("pledge-read".into())
            .spawn(move || {
                let read = read(&reader).map_err(|e| e.to_string());
                ended.store(true, Ordering::SeqCst);
                // Nobody is waiting when the screen was left: nothing to do.
                let _ = send.send(read);
            })
            .ok()?;
        Some(Background {
            answer,
            interrupt: Some(interrupt),
            done,
        })
    }

    /// What was read, once it has arrived, without waiting; a thread that ended without an
    /// answer says so.
    pub fn arrived(&self) -> Option<Read<T>> {
        match self.answer.try_recv() {
            Ok(read) => Some(read),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err(crate::messages::report::reading_stopped().to_string()))
            }
        }
    }
}

/// What the read kept in `slot` brought, once it has arrived, without waiting; the slot is
/// then empty.
pub fn take_arrived<T: Send + 'static>(slot: &mut Option<Background<T>>) -> Option<Read<T>> {
    let read = slot.as_ref()?.arrived()?;
    *slot = None;
    Some(read)
}

impl<T> Drop for Background<T> {
    fn drop(&mut self) {
        let (Some(interrupt), false) = (self.interrupt.take(), self.done.load(Ordering::SeqCst))
        else {
            return;
        };
        let done = Arc::clone(&self.done);
        // Interrupted again until it ends: each of its statements stops as it starts.
        let _ = std::thread::Builder::new()
            .name("pledge-read-stop".into())
            .spawn(move || {
                while !done.load(Ordering::SeqCst) {
                    interrupt.interrupt();
                    std::thread::sleep(AGAIN);
                }
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Seed, Store};
    use std::time::{Duration, Instant};

    fn wait<T: Send + 'static>(b: &Background<T>) -> Read<T> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(read) = b.arrived() {
                return read;
            }
            assert!(Instant::now() < deadline, "nothing arrived");
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn a_read_on_its_thread_answers_what_it_read_or_what_went_wrong() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("l.db");
        let store = Store::create(&path, Seed::Builtin, false).unwrap();
        let counted = Background::start(store.reader().unwrap(), |r: &Store| r.counts());
        assert_eq!(wait(&counted.unwrap()), Ok((1, 20, 0)));
        let failing = Background::start(store.reader().unwrap(), |r: &Store| {
            r.pledge(999).map(|p| p.id)
        });
        let said = wait(&failing.unwrap());
        assert!(said.is_err_and(|e| e.contains("999")));
    }

    #[test]
    fn a_read_left_midway_is_stopped_though_it_is_between_statements_when_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("l.db");
        let store = Store::create(&path, Seed::Builtin, false).unwrap();
        let (started, finished) = (
            Arc::new(AtomicBool::new(false)),
            Arc::new(AtomicBool::new(false)),
        );
        let (s, f) = (Arc::clone(&started), Arc::clone(&finished));
        // Statement after statement, with pauses between them, as a period read's passes.
        let reading = Background::start(store.reader().unwrap(), move |r: &Store| {
            s.store(true, Ordering::SeqCst);
            for _ in 0..10_000 {
                r.counts()?;
                std::thread::sleep(Duration::from_millis(1));
            }
            f.store(true, Ordering::SeqCst);
            Ok(())
        })
        .unwrap();
        while !started.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(1));
        }
        let done = Arc::clone(&reading.done);
        drop(reading);
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while !done.load(Ordering::SeqCst) {
            assert!(
                std::time::Instant::now() < deadline,
                "the read was not stopped"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(
            !finished.load(Ordering::SeqCst),
            "stopped before the end of its passes"
        );
    }
}
