//! Lists read on a thread of their own, over a read-only connection of their own: the TUI's
//! search asks here and goes on echoing keys while the list is read. A newer ask stops the
//! query of an older one (SQLite's interrupt, a server's cancel), whose answer is then never
//! sent. Any ledger's view serves: a file's read-only connection, a server's own.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use rusqlite::{Connection, InterruptHandle, OpenFlags};

use super::Store;
use crate::error::Result;
use crate::ledger::{Answer, Interrupt, Lister};
use crate::request::{Filter, Sort};

struct Ask {
    number: u64,
    filter: Filter,
    sort: Sort,
}

/// The thread that reads lists, and the ways to reach it.
pub struct Lists<I: Interrupt = InterruptHandle> {
    asks: Option<Sender<Ask>>,
    answers: Receiver<Answer>,
    /// The newest ask's number: an older one still being read is not answered.
    latest: Arc<AtomicU64>,
    interrupt: I,
    thread: Option<JoinHandle<()>>,
}

impl Lists {
    /// Starts the reader over the ledger file at `path`, read-only.
    pub(super) fn start(path: &Path) -> Result<Lists> {
        let store = reader(path)?;
        let interrupt = store.conn.get_interrupt_handle();
        Lists::over(store, interrupt)
    }
}

impl<I: Interrupt> Lists<I> {
    /// Starts the reader over `store`, a view of a ledger of its own, which `interrupt` stops.
    pub fn over<L: crate::ledger::Lists>(store: L, interrupt: I) -> Result<Lists<I>> {
        let (asks, asked) = mpsc::channel::<Ask>();
        let (answer, answers) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let newest = Arc::clone(&latest);
        let thread = std::thread::Builder::new()
            .name("pledge-lists".into())
            .spawn(move || serve(&store, &asked, &answer, &newest))
            .map_err(|e| crate::error::Error::io(crate::error::Doing::Read, e))?;
        Ok(Lists {
            asks: Some(asks),
            answers,
            latest,
            interrupt,
            thread: Some(thread),
        })
    }
}

/// A read-only view of its own of the ledger file at `path`, for a thread of its own.
pub(super) fn reader(path: &Path) -> Result<Store> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let store = Store::init(
        conn,
        Some(path.to_path_buf()),
        Some(super::open::ReadOnly::File),
    )?;
    store.conn.pragma_update(None, "query_only", true)?;
    Ok(store)
}

/// Answers each ask in turn, skipping those a newer one has replaced, until the app is gone.
fn serve(
    store: &impl crate::ledger::Lists,
    asked: &Receiver<Ask>,
    answer: &Sender<Answer>,
    latest: &AtomicU64,
) {
    while let Ok(mut ask) = asked.recv() {
        while let Ok(newer) = asked.try_recv() {
            ask = newer;
        }
        if latest.load(Ordering::SeqCst) != ask.number {
            continue;
        }
        // A stop meant for an older ask may land on this one (a server's cancel arrives a
        // moment late): read again while this is still the newest ask, a few times at most.
        let mut listed = store.listed(&ask.filter, ask.sort);
        for _ in 0..2 {
            if listed.is_ok() || latest.load(Ordering::SeqCst) != ask.number {
                break;
            }
            listed = store.listed(&ask.filter, ask.sort);
        }
        let listed = listed.map_err(|e| e.to_string());
        // Interrupted, or finished just as a newer ask came: the newer one answers.
        if latest.load(Ordering::SeqCst) != ask.number {
            continue;
        }
        let sent = answer.send(Answer {
            ask: ask.number,
            listed,
        });
        if sent.is_err() {
            return;
        }
    }
}

impl<I: Interrupt> Lister for Lists<I> {
    fn ask(&self, number: u64, filter: &Filter, sort: Sort) -> bool {
        self.latest.store(number, Ordering::SeqCst);
        // Before the ask is sent, so that only an older query can be the one stopped.
        self.interrupt.interrupt();
        let ask = Ask {
            number,
            filter: filter.clone(),
            sort,
        };
        self.asks
            .as_ref()
            .is_some_and(|asks| asks.send(ask).is_ok())
    }

    fn answer(&self) -> Option<Answer> {
        self.answers.try_recv().ok()
    }
}

impl<I: Interrupt> Drop for Lists<I> {
    fn drop(&mut self) {
        self.asks = None;
        self.interrupt.interrupt();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Seed;
    use std::time::{Duration, Instant};

    fn wait(lists: &Lists) -> Answer {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(a) = lists.answer() {
                return a;
            }
            assert!(Instant::now() < deadline, "no answer");
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn the_newest_ask_is_answered_with_what_the_ledger_lists() -> Result<()> {
        let dir = tempfile::tempdir()
            .map_err(|e| crate::error::Error::io(crate::error::Doing::Read, e))?;
        let path = dir.path().join("l.db");
        let store = Store::create(&path, Seed::Builtin, false)?;
        let lists = Lists::start(&path)?;
        let search = |text: &str| Filter {
            search: Some(text.into()),
            ..Filter::default()
        };
        for (n, text) in ["氧", "氧化", "港"].iter().enumerate() {
            lists.ask(n as u64 + 1, &search(text), Sort::Id);
        }
        let mut last = wait(&lists);
        // An older answer may have been sent before the newer asks came; never after.
        while last.ask < 3 {
            last = wait(&lists);
        }
        assert_eq!(last.ask, 3);
        let expected = store.listed(&search("港"), Sort::Id)?;
        assert!(!expected.ids.is_empty());
        assert_eq!(last.listed, Ok(expected));
        assert!(lists.answer().is_none(), "nothing after the newest");
        Ok(())
    }
}
