//! Faults between a desk and the server: the desk's connection cut while its write waits to
//! commit, the server restarted meanwhile, and the commit's answer lost after the server
//! saved it. Each time the write is saved exactly once and the desk says so as usual. One
//! test, its cases in turn: a restart cuts every connection of this binary's cluster.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing
#[path = "support/cli.rs"]
mod cli;
#[path = "support/pg.rs"]
mod pg;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// A note being written against `url`, paused for `millis` where its write is about to
/// commit (returned once it says it is paused), and the rest of what it says on stderr.
struct Paused {
    child: Child,
    stderr: std::thread::JoinHandle<String>,
}

fn paused_note(url: &str, body: &str, millis: u32) -> Paused {
    let mut cmd = cli::command(Path::new(url), &["note", "1", body]);
    cmd.env("PLEDGE_TEST_PAUSE", format!("commit note:{millis}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("pledge starts");
    let stderr = child.stderr.take().expect("its stderr");
    let mut lines = BufReader::new(stderr).lines();
    loop {
        match lines.next() {
            Some(Ok(line)) if line == "pledge-test: paused at commit note" => break,
            Some(Ok(_)) => {}
            _ => panic!("pledge never paused"),
        }
    }
    // Read on, so a retry's pause and the last word never wait on a full pipe.
    let stderr = std::thread::spawn(move || {
        lines
            .map_while(Result::ok)
            .filter(|l| !l.starts_with("pledge-test:"))
            .collect::<Vec<_>>()
            .join("\n")
    });
    Paused { child, stderr }
}

fn finished(p: Paused) -> Output {
    let mut out = p.child.wait_with_output().expect("pledge ends");
    out.stderr = p.stderr.join().expect("stderr read").into_bytes();
    out
}

/// The note saying `body` is in the ledger once, and the desk said its id.
fn saved_once(url: &str, body: &str, said: &str) {
    assert_eq!(notes_saying(url, body), "1", "saved once: {body}");
    let id =
        pg::try_psql(url, &format!("SELECT id FROM note WHERE body = '{body}'")).expect("its id");
    assert!(
        said.contains(&format!("note #{id} ")),
        "answers with the saved note's id {id}: {said}"
    );
}

fn notes_saying(url: &str, body: &str) -> String {
    pg::try_psql(
        url,
        &format!("SELECT count(*) FROM note WHERE body = '{body}'"),
    )
    .expect("counted")
}

/// Cuts every other connection to the database of `url`, as an administrator (or a crash
/// of the desk's server process) would.
fn cut_connections(url: &str) {
    pg::try_psql(
        url,
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .expect("terminated");
}

/// Stands between clients and the server's socket, passing everything, until armed: then
/// the next `COMMIT` a client sends reaches the server, and the server's answer never
/// reaches the client, whose connection is cut.
struct Proxy {
    port: u16,
    armed: Arc<AtomicBool>,
}

/// The simple-query message `COMMIT` (how a client ends a transaction).
const COMMIT: &[u8] = b"Q\0\0\0\x0bCOMMIT\0";

impl Proxy {
    fn start(socket: std::path::PathBuf) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("listens");
        let port = listener.local_addr().expect("address").port();
        let armed = Arc::new(AtomicBool::new(false));
        let trigger = Arc::clone(&armed);
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let server = UnixStream::connect(&socket).expect("the server's socket");
                pass(client, server, Arc::clone(&trigger));
            }
        });
        Proxy { port, armed }
    }
}

fn pass(client: TcpStream, server: UnixStream, armed: Arc<AtomicBool>) {
    let cut = Arc::new(AtomicBool::new(false));
    let (mut from_client, mut to_server) = (
        client.try_clone().expect("clone"),
        server.try_clone().expect("clone"),
    );
    let (mut from_server, mut to_client) = (server, client);
    let cut_up = Arc::clone(&cut);
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n) = from_client.read(&mut buf) {
            if n == 0 || to_server.write_all(&buf[..n]).is_err() {
                break;
            }
            let sent = &buf[..n];
            if sent.windows(COMMIT.len()).any(|w| w == COMMIT)
                && armed.swap(false, Ordering::SeqCst)
            {
                cut_up.store(true, Ordering::SeqCst);
                // The server commits; then the client's connection goes, unanswered.
                std::thread::sleep(Duration::from_millis(300));
                let _ = from_client.shutdown(std::net::Shutdown::Both);
                break;
            }
        }
        let _ = to_server.shutdown(std::net::Shutdown::Both);
    });
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n) = from_server.read(&mut buf) {
            if n == 0 || cut.load(Ordering::SeqCst) || to_client.write_all(&buf[..n]).is_err() {
                break;
            }
        }
        let _ = to_client.shutdown(std::net::Shutdown::Both);
    });
}

#[test]
fn a_write_cut_off_from_the_server_is_saved_exactly_once() {
    let Some(url) = pg::database("faults") else {
        return;
    };
    assert!(!cli::stdout(&cli::pledge(Path::new(&url), &["init"])).is_empty());

    // The connection cut while the note waits to commit: not saved, so saved again.
    let child = paused_note(&url, "断线重连", 1500);
    cut_connections(&url);
    let out = finished(child);
    let said = cli::stdout(&out);
    saved_once(&url, "断线重连", &said);

    // The server restarted meanwhile: the desk waits for it, then saves once.
    let child = paused_note(&url, "服务器重启", 1500);
    pg::restart();
    let said = cli::stdout(&finished(child));
    saved_once(&url, "服务器重启", &said);

    // The server gone while the note waits to commit, and not back: the desk says it may be
    // saved (its commit was sent), not that nothing was.
    let child = paused_note(&url, "服务器停机", 1500);
    pg::stop();
    let out = finished(child);
    pg::restart();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("may be saved"), "{said}");
    assert_eq!(notes_saying(&url, "服务器停机"), "0", "here it was not");

    // The commit saved, its answer lost with the connection: the key says it was saved, and
    // the desk answers with the note the server keeps, not a second one.
    let proxy = Proxy::start(pg::socket().expect("the cluster's socket"));
    let db = url
        .split('/')
        .nth(3)
        .and_then(|s| s.split('?').next())
        .expect("the database's name");
    let through = format!("postgresql://{}@127.0.0.1:{}/{db}", pg::user(), proxy.port);
    proxy.armed.store(true, Ordering::SeqCst);
    let out = cli::pledge(Path::new(&through), &["note", "1", "提交后断线"]);
    let said = cli::stdout(&out);
    assert!(
        !proxy.armed.load(Ordering::SeqCst),
        "the commit's answer was cut"
    );
    saved_once(&url, "提交后断线", &said);
}
