//! What a server ledger offers besides its records: views of their own for other threads
//! (the list reader, the report screen's reader), stopping a read from another thread, the
//! other desks' writes seen as they commit (LISTEN/NOTIFY), a check, and a backup into a file.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Server;
use crate::error::Result;
use crate::ledger::{Dump, Interrupt};

/// The channel every write notifies at commit (the schema's step 4).
const CHANNEL: &str = "LISTEN pledge_ledger";

/// Stops the statement a server connection is running now (a cancel request), if it is
/// reading: a cancel reaches the server a moment after it is sent, and one sent to an idle
/// connection could stop the next read instead.
pub struct Cancel {
    token: postgres::CancelToken,
    reading: Arc<AtomicBool>,
    /// The connection's own TLS, which the cancel request is sent over too.
    tls: Option<super::tls::Connector>,
}

impl Interrupt for Cancel {
    fn interrupt(&self) {
        if self.reading.load(Ordering::SeqCst) {
            // The server gone or the read over: either way nothing is left running.
            let _ = match &self.tls {
                Some(tls) => self.token.cancel_query(tls.clone()),
                None => self.token.cancel_query(postgres::NoTls),
            };
        }
    }
}

impl Server {
    /// The handle that stops what this connection is reading now.
    pub fn cancel(&self) -> Cancel {
        Cancel {
            token: self.client.borrow().cancel_token(),
            reading: Arc::clone(&self.reading),
            tls: match self.address.tls() {
                super::tls::Tls::Plain => None,
                tls => super::tls_connector(&self.address, tls).ok(),
            },
        }
    }

    /// A read-only connection of its own to the same ledger, for another thread.
    pub fn view(&self) -> Result<Server> {
        let view = Server::open(&self.address)?;
        view.client
            .borrow_mut()
            .batch_execute("SET default_transaction_read_only = on")?;
        Ok(view)
    }

    /// A count that grows when another connection's write to the ledger has committed
    /// since the last look, as a file's `data_version` does: one poll of the connection for
    /// the notices the ledger's triggers send (waiting a millisecond at most), no query. This connection's own writes are
    /// not counted.
    pub fn changes(&self) -> Result<i64> {
        // A connection lost is made again; what was missed meanwhile counts as a change.
        match self.notices() {
            Ok(seen) => {
                let version = self.changes_seen.get() + seen;
                self.changes_seen.set(version);
                Ok(version)
            }
            Err(_) if self.lost() => {
                self.reconnect()?;
                Ok(self.changes_seen.get())
            }
            Err(e) => Err(e),
        }
    }

    /// How many of the other connections' notices have come since the last look.
    fn notices(&self) -> Result<i64> {
        let mut client = self.client.borrow_mut();
        if client.is_closed() {
            client.batch_execute("")?;
        }
        let own = match self.backend.get() {
            Some(pid) => pid,
            None => {
                client.batch_execute(CHANNEL)?;
                let pid: i32 = client.query_one("SELECT pg_backend_pid()", &[])?.get(0);
                self.backend.set(Some(pid));
                pid
            }
        };
        let mut seen = 0;
        use postgres::fallible_iterator::FallibleIterator;
        let mut notices = client.notifications();
        let mut iter = notices.timeout_iter(std::time::Duration::from_millis(1));
        while let Some(notice) = iter.next()? {
            seen += i64::from(notice.process_id() != own);
        }
        Ok(seen)
    }

    /// Reads every record of the ledger as the program reads it, in one snapshot: a row no
    /// model accepts is an error naming it (the schema's checks keep the rest).
    pub fn check_all(&self) -> Result<()> {
        self.snapshot_read(|server| {
            server.each_letter(&mut |_| Ok(()))?;
            server.each_pledge_by_id(&mut |_| Ok(()))?;
            server.each_note(&mut |_| Ok(()))?;
            server.each_change(&mut |_| Ok(()))?;
            server.each_body(&mut |_| Ok(()))?;
            server.each_link(&mut |_| Ok(()))?;
            server.each_confirmation(&mut |_| Ok(()))?;
            server.each_collected(&mut |_| Ok(()))?;
            server.identity()?;
            Ok(())
        })
    }

    /// The whole ledger, as of one moment, into a new ledger file at `dest` (never over an
    /// existing file): the file a desk keeps, restores or opens without the server.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        crate::files::new_file_target(dest)?;
        let mut store = crate::store::Store::create(dest, crate::store::Seed::Empty, false)?;
        let copied = self.copy_into(&mut store);
        if let Err(e) = copied {
            drop(store);
            crate::store::remove_made_ledger(dest);
            return Err(e);
        }
        Ok(())
    }

    /// `f` over one consistent view of the ledger, as `Lists::snapshot`.
    fn snapshot_read<T>(&self, f: impl FnOnce(&Server) -> Result<T>) -> Result<T> {
        crate::ledger::Lists::snapshot(self, f)
    }
}

impl crate::ledger::Ledger for Server {
    type Interrupt = Cancel;
    fn interrupter(&self) -> Cancel {
        self.cancel()
    }
    type Lister = crate::store::Lists<Cancel>;
    fn lister(&self) -> Option<Self::Lister> {
        let view = self.view().ok()?;
        let cancel = view.cancel();
        crate::store::Lists::over(view, cancel).ok()
    }
    fn reader(&self) -> Option<Self> {
        self.view().ok()
    }
    fn check(&self) -> Result<()> {
        self.check_all()
    }
    fn backup(&self, dest: &Path) -> Result<()> {
        self.backup_to(dest)
    }
    fn data_version(&self) -> Result<i64> {
        self.changes()
    }
}
