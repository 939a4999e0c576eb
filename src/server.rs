//! A ledger kept by a PostgreSQL server, for an office of many desks: the address (TLS and
//! passwords as libpq takes them), the connection kept through faults, the schema's numbered
//! steps, and every part of [`crate::ledger::Ledger`] over `store`'s shared statements
//! (`crate::sql`). Every statement written for PostgreSQL alone lives in this module, as
//! every SQLite one lives in `store`. The `postgres` crate is used nowhere else.

mod address;
mod copy;
mod dump;
mod link;
mod lists;
mod migrate;
mod parts;
mod password;
mod records;
mod reports;
mod sql;
mod tls;
mod views;

pub use address::Address;
pub use copy::Copied;
pub use migrate::LATEST_VERSION;
pub use views::Cancel;

use crate::error::server::Refusal;
use crate::error::{Error, Result};
use crate::request::Saving;

/// An open connection to a server ledger whose schema is current. Reads take `&self`, as a
/// file's do, so the connection sits in a `RefCell`: one thread uses it at a time.
pub struct Server {
    client: std::cell::RefCell<postgres::Client>,
    prepared: std::cell::RefCell<sql::Prepared>,
    /// Whether a `snapshot` transaction is open on the connection.
    in_snapshot: std::cell::Cell<bool>,
    /// This connection's server process, once it listens for the other desks' writes.
    backend: std::cell::Cell<Option<i32>>,
    /// The other desks' commits seen so far.
    changes_seen: std::cell::Cell<i64>,
    /// Whether a read is running on the connection: only then does a cancel stop anything.
    reading: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// A write whose connection was lost before its answer came, if any.
    pending: std::cell::RefCell<Option<link::Pending>>,
    address: Address,
}

impl Server {
    /// Creates the schema in an empty UTF-8 database; refuses one holding any table.
    pub fn create(address: &Address) -> Result<Server> {
        let mut client = connect(address)?;
        migrate::create(&mut client, address)?;
        Ok(Server::on(client, address))
    }

    /// Opens a ledger, first bringing an older schema up to date; a newer one is refused.
    pub fn open(address: &Address) -> Result<Server> {
        let mut client = connect(address)?;
        migrate::upgrade(&mut client, address)?;
        Ok(Server::on(client, address))
    }

    fn on(client: postgres::Client, address: &Address) -> Server {
        Server {
            client: client.into(),
            prepared: Default::default(),
            in_snapshot: Default::default(),
            backend: Default::default(),
            changes_seen: Default::default(),
            reading: Default::default(),
            pending: Default::default(),
            address: address.clone(),
        }
    }

    pub fn address(&self) -> &Address {
        &self.address
    }

    /// The database role this connection signed in as: the author of what it writes.
    pub fn role(&mut self) -> Result<String> {
        Ok(self
            .client
            .get_mut()
            .query_one("SELECT current_user::text", &[])?
            .get(0))
    }

    /// The schema version the database records.
    pub fn version(&mut self) -> Result<i64> {
        migrate::version(self.client.get_mut())?.ok_or_else(|| {
            Error::Server(Refusal::NotLedger {
                address: self.address.shown().to_string(),
            })
        })
    }
}

/// How long a connection is tried, unless the address says (`connect_timeout=`).
const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long a statement waits for another client's lock before giving up with the busy
/// exit: as long as a ledger file waits for another writer.
const LOCK_TIMEOUT: &str = "SET lock_timeout = '5s'";

fn connect(address: &Address) -> Result<postgres::Client> {
    let mut config = address.config();
    password::fill(&mut config);
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    let unreachable = |e: postgres::Error| {
        // The driver's word and its causes (a TLS handshake's: the certificate's fault).
        let mut why = e.to_string();
        let mut cause = std::error::Error::source(&e);
        while let Some(c) = cause {
            why = format!("{why}: {c}");
            cause = c.source();
        }
        Error::Server(Refusal::Unreachable {
            address: address.shown().to_string(),
            why: address.scrub(&why),
        })
    };
    // TLS is for the network: a Unix socket's connection never has it (libpq ignores
    // sslmode there too).
    let on_socket = config
        .get_hosts()
        .iter()
        .all(|h| matches!(h, postgres::config::Host::Unix(_)));
    let mut client = match address.tls() {
        _ if on_socket => {
            config.ssl_mode(postgres::config::SslMode::Disable);
            config.connect(postgres::NoTls)
        }
        tls::Tls::Plain => config.connect(postgres::NoTls),
        tls => config.connect(tls_connector(address, tls)?),
    }
    .map_err(unreachable)?;
    client.batch_execute(LOCK_TIMEOUT)?;
    Ok(client)
}

/// The TLS of a connection to `address`, or the refusal naming why it cannot be made.
fn tls_connector(address: &Address, tls: &tls::Tls) -> Result<tls::Connector> {
    let config = tls.config().map_err(|why| {
        Error::Server(Refusal::BadTls {
            address: address.shown().to_string(),
            why,
        })
    })?;
    Ok(tls::Connector(
        tokio_postgres_rustls::MakeRustlsConnect::new(config),
    ))
}

/// The server's failures sorted into the ones a person can act on: a lock waited on past
/// its timeout is the documented busy exit, the rest says what the server said.
impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Error {
        use postgres::error::SqlState;
        match e.code() {
            Some(c) if *c == SqlState::LOCK_NOT_AVAILABLE || *c == SqlState::QUERY_CANCELED => {
                Error::Busy(Saving::Change)
            }
            Some(c) if *c == SqlState::DISK_FULL => Error::DiskFull {
                saving: Saving::Change,
            },
            _ => Error::Server(Refusal::Failed {
                why: e
                    .as_db_error()
                    .map_or_else(|| e.to_string(), |d| d.message().to_string()),
            }),
        }
    }
}
