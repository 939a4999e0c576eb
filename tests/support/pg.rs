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

/// The URL of database `db` of the cluster as its superuser (the cluster must run).
pub fn url(db: &str) -> String {
    match CLUSTER.get() {
        Some(Ok(cluster)) => cluster.url(db),
        _ => panic!("the cluster does not run"),
    }
}

/// `url` signed in as `role` instead (the cluster trusts every role on its socket).
pub fn url_as(url: &str, role: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a URL");
    let (_, place) = rest.split_once('@').expect("a user in the URL");
    format!("{scheme}://{role}@{place}")
}

/// Runs one of the server's client programs (`createdb`, `createuser`, …) on the cluster as
/// its superuser, as an administrator would; what it printed, or what it said when it failed.
pub fn program(name: &str, args: &[&str]) -> Result<String, String> {
    let Some(Ok(cluster)) = CLUSTER.get() else {
        return Err("no cluster".into());
    };
    let out = cluster
        .command(name)
        .arg("-h")
        .arg(&cluster.root)
        .args(args)
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// Runs a psql script (given as its text, on standard input) in database `db` as the
/// superuser, with `-v NAME=VALUE` for each of `vars`, stopping at the first error.
pub fn psql_script(db: &str, script: &str, vars: &[(&str, &str)]) -> Result<String, String> {
    use std::io::Write;
    let Some(Ok(cluster)) = CLUSTER.get() else {
        return Err("no cluster".into());
    };
    let mut cmd = cluster.command("psql");
    cmd.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h"])
        .arg(&cluster.root)
        .args(["-d", db]);
    for (name, value) in vars {
        cmd.arg("-v").arg(format!("{name}={value}"));
    }
    let mut child = cmd
        .args(["-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    child
        .stdin
        .take()
        .expect("psql's input")
        .write_all(script.as_bytes())
        .map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    // psql says a failed statement on standard error and goes on unless it stops there; a
    // script that ran whole says nothing there.
    if out.status.success() && stderr.trim().is_empty() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(stderr)
    }
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

/// Restarts the cluster (every connection to it cut, as a server restarted by its
/// administrator), waiting until it takes connections again.
#[allow(dead_code)] // the fault tests only
pub fn restart() {
    restart_with("");
}

/// Stops the cluster, as a server gone down; [`restart`] starts it again.
#[allow(dead_code)] // the fault tests only
pub fn stop() {
    let Some(Ok(cluster)) = CLUSTER.get() else {
        return;
    };
    let ok = cluster
        .command("pg_ctl")
        .args(["-w", "-s", "-m", "fast", "-D"])
        .arg(cluster.root.join("data"))
        .arg("stop")
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "pg_ctl stop");
}

/// [`restart`] with more of the server's options (`-c name=value …`).
fn restart_with(extra: &str) {
    let Some(Ok(cluster)) = CLUSTER.get() else {
        return;
    };
    let options = format!(
        "-k {} -c listen_addresses='' -c fsync=off {extra}",
        cluster.root.display()
    );
    let ok = cluster
        .command("pg_ctl")
        .args(["-w", "-s", "-m", "fast", "-D"])
        .arg(cluster.root.join("data"))
        .arg("-l")
        .arg(cluster.root.join("log"))
        .args(["-o", &options, "restart"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "pg_ctl restart");
}

/// Restarts the cluster taking TLS connections, and only those, on 127.0.0.1 (port 5432) as
/// well as its socket (the role `clerk`, if made, signing in there with its password), with a certificate for `localhost` and 127.0.0.1 signed by an
/// authority made here: the authority's certificate, to trust as a root. `None` when
/// `openssl` cannot make one.
#[allow(dead_code)] // the TLS tests only
pub fn serve_tls() -> Option<PathBuf> {
    // Once per binary: a second restart would cut the connections of tests under way.
    static SERVED: OnceLock<Option<PathBuf>> = OnceLock::new();
    SERVED.get_or_init(restart_serving_tls).clone()
}

fn restart_serving_tls() -> Option<PathBuf> {
    let Some(Ok(cluster)) = CLUSTER.get() else {
        return None;
    };
    let file = |name: &str| cluster.root.join(name);
    let (ca, cert, key) = (file("ca.crt"), file("server.crt"), file("server.key"));
    let ext = file("server.ext");
    let _ = std::fs::write(
        &ext,
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n\
         keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
    );
    let openssl = |args: &[&str]| {
        Command::new("openssl")
            .args(args)
            .current_dir(&cluster.root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    // An authority of the test's own, and the server's certificate signed by it.
    let made = openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=pledge test authority",
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
    ]) && openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=localhost",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
    ]) && openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "server.ext",
        "-out",
        "server.crt",
    ]);
    if !made {
        return skipped("openssl could not make a certificate").map(PathBuf::from);
    }
    if let Some(user) = cluster.user {
        for f in [&cert, &key] {
            let _ = Command::new("chown").arg(user).arg(f).status();
        }
    }
    let _ = Command::new("chmod").arg("600").arg(&key).status();
    // Over TCP, TLS or nothing: a connection that gets in used it.
    let hba = cluster.root.join("data/pg_hba.conf");
    let rules = std::fs::read_to_string(&hba).unwrap_or_default();
    let _ = std::fs::write(
        &hba,
        format!(
            "hostnossl all all 127.0.0.1/32 reject\n\
             hostssl all clerk 127.0.0.1/32 scram-sha-256\n{rules}"
        ),
    );
    restart_with(&format!(
        "-c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file={} -c ssl_key_file={}",
        cert.display(),
        key.display()
    ));
    Some(ca)
}

/// The cluster's Unix socket, for a test that stands between a client and the server.
#[allow(dead_code)] // the fault tests only
pub fn socket() -> Option<PathBuf> {
    match CLUSTER.get() {
        Some(Ok(cluster)) => Some(cluster.root.join(".s.PGSQL.5432")),
        _ => None,
    }
}

/// The role tests connect as.
#[allow(dead_code)] // the fault tests only
pub fn user() -> String {
    match CLUSTER.get() {
        Some(Ok(cluster)) => cluster.user.map_or_else(whoami_name, str::to_string),
        _ => whoami_name(),
    }
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
