//! A ledger on a PostgreSQL server: `init`, its refusals, the schema's record-keeping rules,
//! addresses that never print a password, and commands not yet written for a server refused
//! by name. Runs against a private cluster (tests/support/pg.rs).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing
#[path = "support/cli.rs"]
mod cli;
#[path = "support/pg.rs"]
mod pg;

use std::process::Output;

use pledge::server::{Address, LATEST_VERSION, Server};

fn pledge(url: &str, args: &[&str]) -> Output {
    cli::command(std::path::Path::new(url), args)
        .output()
        .expect("pledge runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn init(url: &str) -> Output {
    pledge(url, &["init", "--empty"])
}

#[test]
fn init_makes_the_schema_once_and_refuses_a_second_time() {
    let Some(url) = pg::database("init_once") else {
        return;
    };
    let made = init(&url);
    assert!(made.status.success(), "{}", stderr(&made));
    let said = String::from_utf8_lossy(&made.stdout);
    assert!(
        said.contains(&format!("schema version {LATEST_VERSION}")),
        "{said}"
    );
    let version = pg::try_psql(&url, "SELECT version FROM pledge_schema");
    assert_eq!(version, Ok(LATEST_VERSION.to_string()));
    assert_eq!(
        pg::try_psql(
            &url,
            "SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'"
        )
        .as_deref(),
        Ok("pg_trgm")
    );
    let again = init(&url);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already holds a ledger"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn init_refuses_a_database_holding_other_tables_and_leaves_it_alone() {
    let Some(url) = pg::database("foreign") else {
        return;
    };
    pg::psql(
        &url,
        "CREATE TABLE accounts (id int); INSERT INTO accounts VALUES (7)",
    );
    let o = init(&url);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("public.accounts"), "{}", stderr(&o));
    assert_eq!(
        pg::try_psql(
            &url,
            "SELECT to_regclass('pledge') IS NULL, (SELECT count(*) FROM accounts)"
        )
        .as_deref(),
        Ok("t|1")
    );
}

#[test]
fn init_refuses_a_database_that_is_not_utf8() {
    let Some(url) = pg::database_sql_ascii("ascii") else {
        return;
    };
    let o = init(&url);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("SQL_ASCII") && e.contains("UTF-8"), "{e}");
    assert_eq!(
        pg::try_psql(&url, "SELECT to_regclass('pledge_schema') IS NULL").as_deref(),
        Ok("t")
    );
}

#[test]
fn a_schema_newer_than_the_program_is_refused_untouched() {
    let Some(url) = pg::database("newer") else {
        return;
    };
    assert!(init(&url).status.success());
    pg::psql(&url, "UPDATE pledge_schema SET version = 99");
    let address = Address::parse(&url).expect("an address");
    let e = Server::open(&address)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        e.contains("version 99") && e.contains(&LATEST_VERSION.to_string()),
        "{e}"
    );
    assert_eq!(
        pg::try_psql(&url, "SELECT version FROM pledge_schema").as_deref(),
        Ok("99")
    );
}

#[test]
fn two_clients_creating_at_once_make_one_ledger_and_one_refusal() {
    let Some(url) = pg::database("race") else {
        return;
    };
    let address = Address::parse(&url).expect("an address");
    let results: Vec<Result<(), String>> = std::thread::scope(|s| {
        let runs: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    Server::create(&address)
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                })
            })
            .collect();
        runs.into_iter()
            .map(|r| r.join().expect("no panic"))
            .collect()
    });
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        1,
        "{results:?}"
    );
    for refused in results.iter().filter_map(|r| r.as_ref().err()) {
        assert!(refused.contains("already holds a ledger"), "{refused}");
    }
    let opened = Server::open(&address).map(|mut s| s.version().ok());
    assert_eq!(opened.ok().flatten(), Some(LATEST_VERSION));
}

#[test]
fn notes_and_history_are_append_only_on_the_server_too() {
    let Some(url) = pg::database("append_only") else {
        return;
    };
    assert!(init(&url).status.success());
    pg::psql(
        &url,
        "INSERT INTO pledge (title, owner, created_at, updated_at) VALUES ('城市更新', '住建局', 'x', 'x');
         INSERT INTO note (pledge_id, happened_on, written_at, author, body, progress)
             VALUES (1, '2026-11-02', 'x', 'ann', '已开工', 3);
         INSERT INTO history (pledge_id, field, changed_at, changed_by) VALUES (1, 'created', 'x', 'ann');",
    );
    for sql in [
        "UPDATE note SET body = 'changed'",
        "DELETE FROM note",
        "TRUNCATE note CASCADE",
        "UPDATE history SET changed_by = 'eve'",
        "DELETE FROM history",
        "TRUNCATE history",
    ] {
        let e = pg::try_psql(&url, sql).err().unwrap_or_default();
        assert!(e.contains("append-only"), "{sql}: {e}");
    }
    // The note's progress reached its pledge, as SQLite's trigger does.
    assert_eq!(
        pg::try_psql(&url, "SELECT progress, last_note_on FROM pledge").as_deref(),
        Ok("3|2026-11-02")
    );
    // A database of UTF-8 makes trigrams of Chinese (a `C`/SQL_ASCII one makes none).
    assert_eq!(
        pg::try_psql(&url, "SELECT title FROM pledge WHERE title % '城市更新'").as_deref(),
        Ok("城市更新")
    );
    // An impossible day is refused as SQLite refuses it.
    let e = pg::try_psql(
        &url,
        "INSERT INTO note (pledge_id, happened_on, written_at, author, body) VALUES (1, '2026-02-30', 'x', 'a', 'b')",
    );
    assert!(e.is_err(), "{e:?}");
}

#[test]
fn a_password_in_the_address_is_never_printed() {
    // Connecting fails (no server at that socket): the refusal names the address, hidden.
    let o = init("postgres://ann:s3cret@localhost/ledger?host=/nonexistent-pledge-socket");
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("postgres://ann:***@localhost/ledger") && !e.contains("s3cret"),
        "{e}"
    );
    let o = init("postgresql://ann@localhost/ledger?password=s3cret&sslmode=sometimes");
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("TLS") && e.contains("password=***") && !e.contains("s3cret"),
        "{e}"
    );
    // Nor when TLS is asked of a server that is not there.
    let o = init("postgresql://ann@localhost:1/ledger?password=s3cret&sslmode=require");
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("password=***") && !e.contains("s3cret"), "{e}");
}

#[test]
fn what_only_a_file_does_is_refused_on_a_server_by_name_before_connecting() {
    // `restore` puts a file's backup back in the file's place; a server has its own tools.
    let url = "postgres://ann:s3cret@localhost/ledger?host=/nonexistent-pledge-socket";
    let o = pledge(url, &["restore", "x.db"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("pledge restore") && e.contains("not yet available on a server ledger"),
        "{e}"
    );
    assert!(!e.contains("s3cret"), "{e}");
}
