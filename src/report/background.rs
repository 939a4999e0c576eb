//! One read on a thread of its own, over a read-only view of the ledger of its own (the
//! period report screen's): the screen opens at once and shows what was read when it
//! arrives. Dropping it interrupts the read, so an abandoned one stops.

use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::ledger::{Interrupt, Ledger};

/// What was read, or what went wrong in words.
pub type Read<T> = std::result::Result<T, String>;

pub struct Background<T> {
    answer: Receiver<Read<T>>,
    interrupt: Box<dyn Interrupt>,
}

impl<T: Send + 'static> Background<T> {
    /// Runs `read` over `reader` on a thread of its own; `None` when no thread can start.
    pub fn start<L: Ledger>(
        reader: L,
        read: impl FnOnce(&L) -> crate::error::Result<T> + Send + 'static,
    ) -> Option<Background<T>> {
        let (send, answer) = mpsc::channel();
        let interrupt = Box::new(reader.interrupter());
        std::thread::Builder::new()
            .name("pledge-read".into())
            .spawn(move || {
                // Nobody is waiting when the screen was left: nothing to do.
                let _ = send.send(read(&reader).map_err(|e| e.to_string()));
            })
            .ok()?;
        Some(Background { answer, interrupt })
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

impl<T> Drop for Background<T> {
    fn drop(&mut self) {
        self.interrupt.interrupt();
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
}
