//! A private PostgreSQL cluster for the tests of a server ledger: one per test binary, on a
//! Unix socket in a temporary folder (no TCP port), a fresh database per test, stopped when
//! the binary exits. PostgreSQL refuses to run as root, so as root the cluster belongs to the
//! unprivileged `postgres` user. When the server truly cannot start, a test says so loudly
//! and passes, unless `PLEDGE_PG_REQUIRED=1` (set by `.ci/run`), which makes that a failure.
//! The scale benchmark starts the same cluster with the server's own durability
//! ([`start_durable`]), since it times commits.
// Each test file uses its own share of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

const BINDIR_FALLBACK: &str = "/usr/lib/postgresql/15/bin";

pub struct Cluster {
    /// The folder holding the data directory and the socket; removed at exit.
    root: PathBuf,
    /// Run the server's programs as this user (as root), else as ourselves.
    user: Option<&'static str>,
    bindir: PathBuf,
}

static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
static NEXT_DB: AtomicUsize = AtomicUsize::new(0);

/// The tests' settings: no test survives a crash of the machine, so nothing is synced.
const FOR_TESTS: &str = "-c fsync=off";

fn cluster() -> &'static Result<Cluster, String> {
    CLUSTER.get_or_init(|| start(FOR_TESTS))
}

/// Starts the cluster as a server is shipped (fsync on), for timings of commits that are
/// durable as a ledger file's are; why it cannot start, unprinted, for the caller to say.
/// Must come before any other use, which would start the tests' cluster instead.
pub fn start_durable() -> Result<(), String> {
    CLUSTER
        .get_or_init(|| start(""))
        .as_ref()
        .map(|_| ())
        .map_err(Clone::clone)
}

/// A URL of a new empty database (UTF-8, `C.UTF-8`) in this binary's cluster, or `None`
/// after printing why the server could not start (a failure under `PLEDGE_PG_REQUIRED=1`).
pub fn database(test: &str) -> Option<String> {
    database_made(test, "")
}

/// [`database`] sorting text as Chinese readers expect (ICU's `zh`), not by code point: an
/// office's database is made so, and a ledger must list in the same order on it.
#[allow(dead_code)] // not every test binary sorts
pub fn database_zh(test: &str) -> Option<String> {
    database_made(test, " LOCALE_PROVIDER icu ICU_LOCALE 'zh'")
}

fn database_made(test: &str, options: &str) -> Option<String> {
    match cluster() {
        Ok(cluster) => {
            let n = NEXT_DB.fetch_add(1, Ordering::SeqCst);
            let name = format!(
                "t{n}_{}",
                test.replace(|c: char| !c.is_ascii_alphanumeric(), "_")
            );
            cluster.sql(&format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'{options}"
            ));
            Some(cluster.url(&name))
        }
        Err(why) => skipped(why),
    }
}

/// A new database made with the `C` locale under SQL_ASCII, which has no trigrams for Chinese.
pub fn database_sql_ascii(test: &str) -> Option<String> {
    match cluster() {
        Ok(cluster) => {
            let name = format!("a{}_{test}", NEXT_DB.fetch_add(1, Ordering::SeqCst));
            cluster.sql(&format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'SQL_ASCII' LOCALE 'C'"
            ));
            Some(cluster.url(&name))
        }
        Err(why) => skipped(why),
    }
}

/// Runs SQL in a database of the cluster as its superuser (for setting up a test's case).
pub fn psql(url: &str, sql: &str) {
    if let Err(e) = try_psql(url, sql) {
        panic!("psql {sql}: {e}");
    }
}

/// [`psql`], with what the server said when it refused; the output when it did not.
pub fn try_psql(url: &str, sql: &str) -> Result<String, String> {
    let Some(Ok(cluster)) = CLUSTER.get() else {
        return Err("no cluster".into());
    };
    let base = url.split('?').next().unwrap_or_default();
    let db = base.rsplit('/').next().unwrap_or_default();
    cluster.try_psql(db, sql)
}

fn skipped(why: &str) -> Option<String> {
    if std::env::var("PLEDGE_PG_REQUIRED").is_ok_and(|v| v == "1") {
        panic!("PostgreSQL is required here (PLEDGE_PG_REQUIRED=1) but: {why}");
    }
    eprintln!("\n======== SKIPPED: the PostgreSQL tests did not run: {why} ========\n");
    None
}

impl Cluster {
    fn url(&self, db: &str) -> String {
        let user = self.user.map_or_else(whoami_name, str::to_string);
        format!(
            "postgresql://{user}@localhost/{db}?host={}",
            self.root.display()
        )
    }

    fn command(&self, program: &str) -> Command {
        let exe = self.bindir.join(program);
        match self.user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(exe);
                c
            }
            None => Command::new(exe),
        }
    }

    fn try_psql(&self, db: &str, sql: &str) -> Result<String, String> {
        let out = self
            .command("psql")
            .args(["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h"])
            .arg(&self.root)
            .args(["-d", db, "-c", sql])
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }

    fn sql(&self, sql: &str) {
        if let Err(e) = self.try_psql("postgres", sql) {
            panic!("psql {sql}: {e}");
        }
    }
}

fn whoami_name() -> String {
    std::env::var("USER").unwrap_or_else(|_| "postgres".into())
}

fn bindir() -> PathBuf {
    Command::new("pg_config")
        .arg("--bindir")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .filter(|p| p.join("initdb").exists())
        .unwrap_or_else(|| PathBuf::from(BINDIR_FALLBACK))
}

/// Starts a cluster with `settings` (`-c name=value` options) beside the socket's.
fn start(settings: &str) -> Result<Cluster, String> {
    let bindir = bindir();
    if !bindir.join("initdb").exists() {
        return Err(format!(
            "no initdb in {} (install postgresql-15)",
            bindir.display()
        ));
    }
    let root_user = unsafe { libc::geteuid() } == 0;
    let user = root_user.then_some("postgres");
    // Short: a Unix socket path is limited to ~100 bytes.
    let root = tempfile::Builder::new()
        .prefix("pgt")
        .tempdir_in("/tmp")
        .map_err(|e| e.to_string())?
        .keep();
    let cluster = Cluster { root, user, bindir };
    if let Some(user) = user {
        let ok = Command::new("chown")
            .args([user, &cluster.root.display().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return Err(format!(
                "could not give {} to {user}",
                cluster.root.display()
            ));
        }
    }
    let data = cluster.root.join("data");
    let init = cluster
        .command("initdb")
        .args(["-A", "trust", "--locale=C.UTF-8", "-E", "UTF8", "-D"])
        .arg(&data)
        .stdout(Stdio::null())
        .output()
        .map_err(|e| format!("initdb: {e}"))?;
    if !init.status.success() {
        return Err(format!("initdb: {}", String::from_utf8_lossy(&init.stderr)));
    }
    let options = format!(
        "-k {} -c listen_addresses='' {settings}",
        cluster.root.display()
    );
    let log = cluster.root.join("log");
    let started = cluster
        .command("pg_ctl")
        .args(["-w", "-s", "-D"])
        .arg(&data)
        .arg("-l")
        .arg(&log)
        .args(["-o", &options, "start"])
        .status()
        .map_err(|e| format!("pg_ctl: {e}"))?;
    if !started.success() {
        let log = std::fs::read_to_string(&log).unwrap_or_default();
        return Err(format!("pg_ctl start failed: {log}"));
    }
    stop_at_exit(&cluster);
    Ok(cluster)
}

/// Stops the cluster when the test binary exits, however its tests ended: a panicking test
/// does not end the process, and `atexit` runs after the harness reports.
fn stop_at_exit(cluster: &Cluster) {
    static STOP: OnceLock<(Option<&'static str>, PathBuf, PathBuf)> = OnceLock::new();
    let _ = STOP.set((cluster.user, cluster.bindir.clone(), cluster.root.clone()));
    extern "C" fn stop() {
        if let Some((user, bindir, root)) = STOP.get() {
            let exe = bindir.join("pg_ctl");
            let mut c = match user {
                Some(u) => {
                    let mut c = Command::new("runuser");
                    c.args(["-u", u, "--"]).arg(exe);
                    c
                }
                None => Command::new(exe),
            };
            let _ = c
                .args(["-s", "-m", "immediate", "-D"])
                .arg(root.join("data"))
                .arg("stop")
                .status();
            let _ = std::fs::remove_dir_all(root);
        }
    }
    unsafe { libc::atexit(stop) };
}

/// The data folder, for tests that look at the server's own files.
pub fn root() -> Option<&'static Path> {
    CLUSTER
        .get()
        .and_then(|c| c.as_ref().ok())
        .map(|c| c.root.as_path())
}

/// Whether the cluster runs; says loudly why not (a failure under `PLEDGE_PG_REQUIRED=1`).
pub fn available() -> bool {
    match cluster() {
        Ok(_) => true,
        Err(why) => skipped(why).is_some(),
    }
}
