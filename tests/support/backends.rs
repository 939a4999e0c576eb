//! Running one test on every kind of ledger: a SQLite ledger in memory and in a file, and a
//! server ledger (PostgreSQL) in a database of its own. A test file declares this module with
//! `#[macro_use]` and lists its tests in `for_each_backend!`.

#![allow(dead_code)] // each test binary uses what it needs

use std::sync::atomic::{AtomicUsize, Ordering};

use pledge::error::Result;
use pledge::store::{Seed, Store};

#[path = "pg.rs"]
pub mod pg;

/// Every backend the ledger tests run against: each gets a module of the same tests, each test
/// handed a function that opens a fresh ledger of that backend. A new backend is one line here.
/// `every` runs on every backend, each test bound by the part of the ledger it needs; `files`
/// on those that have all of [`Ledger`] (a server ledger has records, lists, bodies, letters
/// and sheets so far).
macro_rules! for_each_backend {
    (every: [$($r:ident),* $(,)?], files: [$($test:ident),* $(,)?] $(,)?) => {
        mod sqlite_in_memory {
            $(
                #[test]
                fn $r() -> pledge::error::Result<()> {
                    super::$r(&|seed| pledge::store::Store::open_in_memory(seed))
                }
            )*
            $(
                #[test]
                fn $test() -> pledge::error::Result<()> {
                    super::$test(&|seed| pledge::store::Store::open_in_memory(seed))
                }
            )*
        }
        mod sqlite_file {
            $(
                #[test]
                fn $r() -> pledge::error::Result<()> {
                    let dir = tempfile::tempdir().expect("tempdir");
                    super::$r(&|seed| super::backends::fresh_file(dir.path(), seed))
                }
            )*
            $(
                #[test]
                fn $test() -> pledge::error::Result<()> {
                    let dir = tempfile::tempdir().expect("tempdir");
                    super::$test(&|seed| super::backends::fresh_file(dir.path(), seed))
                }
            )*
        }
        mod postgres {
            $(
                #[test]
                fn $r() -> pledge::error::Result<()> {
                    if !super::backends::pg::available() {
                        return Ok(());
                    }
                    super::$r(&|seed| super::backends::fresh_server(stringify!($r), seed))
                }
            )*
        }
    };
}

/// A new server ledger in a database of its own.
pub fn fresh_server(test: &str, seed: Seed) -> Result<pledge::server::Server> {
    let url = pg::database(test).expect("the cluster runs");
    let address = pledge::server::Address::parse(&url)?;
    let mut server = pledge::server::Server::create(&address)?;
    if seed == Seed::Builtin {
        server.seed_builtin()?;
    }
    Ok(server)
}

/// How a test opens a fresh ledger of the backend it runs against.
pub type Open<'a, L> = dyn Fn(Seed) -> Result<L> + 'a;

/// A new ledger file of its own in `dir`.
pub fn fresh_file(dir: &std::path::Path, seed: Seed) -> Result<Store> {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    Store::create(&dir.join(format!("l{n}.db")), seed, false)
}
