//! A report read on a thread of its own, over a read-only view of the ledger of its own: the
//! report screen opens at once, says it is reading, and shows the report when it arrives.
//! Leaving the screen drops the reading without waiting for it, and stops it: SQLite's
//! interrupt on the thread's connection ends the query under way, and a flag keeps the next
//! step from starting, so an abandoned read does not go on burning seconds of CPU.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::{Options, Report, build_unless};
use crate::ledger::{Interrupt, Ledger};

/// What the thread hands back: the report, or what went wrong in words.
pub type Read = std::result::Result<Report, String>;

/// What has come from the thread: first a first page (when it could be read), then the
/// whole report or what went wrong.
#[derive(Debug, PartialEq)]
pub enum Arrival {
    /// The headings, counts and first rows, with provisional column widths.
    First(Report),
    Whole(Read),
}

/// A report being read elsewhere.
pub struct Reading {
    answer: Receiver<Arrival>,
    stopped: Arc<AtomicBool>,
    interrupt: Box<dyn Interrupt>,
}

impl std::fmt::Debug for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(std::any::type_name::<Self>())
            .field("stopped", &self.stopped)
            .finish_non_exhaustive()
    }
}

impl Reading {
    /// Starts reading the report of `opts` from `reader` on a thread of its own, its first
    /// `first_rows` rows first; `None` when no thread can be started (the report is then read
    /// where it is asked for).
    pub fn start<L: Ledger>(
        reader: L,
        ledger: String,
        opts: Options,
        first_rows: usize,
    ) -> Option<Reading> {
        let (send, answer) = mpsc::channel();
        let stopped = Arc::new(AtomicBool::new(false));
        let interrupt = Box::new(reader.interrupter());
        let stop = Arc::clone(&stopped);
        std::thread::Builder::new()
            .name("pledge-report".into())
            .spawn(move || {
                let asked_to_stop = || stop.load(Ordering::SeqCst);
                // A first page that cannot be read is no loss: the whole read says why.
                if !asked_to_stop()
                    && let Ok(first) = super::first::read(&reader, &ledger, &opts, first_rows)
                    && send.send(Arrival::First(first)).is_err()
                {
                    return;
                }
                let read = build_unless(&reader, &ledger, &opts, &asked_to_stop);
                // Stopped midway, whichever step noticed: said as such, not as SQLite's words.
                let read = match read {
                    Err(_) if asked_to_stop() => {
                        Err(crate::messages::report::reading_stopped().to_string())
                    }
                    read => read.map_err(|e| e.to_string()),
                };
                // Nobody is waiting when the screen was left: nothing to do.
                let _ = send.send(Arrival::Whole(read));
            })
            .ok()?;
        Some(Reading {
            answer,
            stopped,
            interrupt,
        })
    }

    /// Stops the read: the query under way ends, and no further step starts.
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        self.interrupt.interrupt();
    }

    /// What has arrived, without waiting; a thread that ended without the whole says so.
    pub fn arrived(&self) -> Option<Arrival> {
        match self.answer.try_recv() {
            Ok(arrival) => Some(arrival),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Arrival::Whole(Err(
                crate::messages::report::reading_stopped().to_string(),
            ))),
        }
    }

    /// The whole report when it has arrived, without waiting, passing over a first page.
    pub fn whole(&self) -> Option<Read> {
        loop {
            match self.arrived()? {
                Arrival::First(_) => continue,
                Arrival::Whole(read) => return Some(read),
            }
        }
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{NewPledge, Seed, Store};
    use std::time::{Duration, Instant};

    #[test]
    fn the_report_read_on_its_thread_is_the_one_read_here() -> crate::error::Result<()> {
        let dir = tempfile::tempdir()
            .map_err(|e| crate::error::Error::io(crate::error::Doing::Read, e))?;
        let path = dir.path().join("l.db");
        let mut store = Store::create(&path, Seed::Builtin, false)?;
        store.add_pledge(
            &NewPledge {
                title: "推进氧化镓功率器件实验室建设".into(),
                owner: "吉林省科学技术厅".into(),
                deadline: crate::date::parse("2026-01-31").ok(),
                ..NewPledge::default()
            },
            "王",
        )?;
        let opts = Options::new(crate::date::parse("2026-11-28").expect("date"));
        let reader = store.reader().expect("a file has a reader");
        let reading = Reading::start(reader, "l.db".into(), opts.clone(), 10).expect("a thread");
        let deadline = Instant::now() + Duration::from_secs(20);
        let read = loop {
            if let Some(read) = reading.whole() {
                break read;
            }
            assert!(Instant::now() < deadline, "no report");
            std::thread::sleep(Duration::from_millis(2));
        };
        let here = super::super::build(&store, "l.db", &opts)?;
        assert!(here.summary.total() > 0);
        assert_eq!(read, Ok(here));
        assert!(Store::open_in_memory(Seed::Builtin)?.reader().is_none());
        Ok(())
    }
}

#[cfg(test)]
mod stop_tests;
