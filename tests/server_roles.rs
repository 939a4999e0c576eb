//! The README's set-up of a server ledger, run as written: an owner role that owns the
//! database and makes the schema, a group role for the desks with the grants of the README's
//! SQL block (which must be `docs/server-roles.sql` as it is), and a login role per person.
//! As that person every command works and is the author of what it writes; the records stay
//! records: a desk has no right to change or delete them, and the owner, who has, is refused
//! by the schema's triggers. Runs against a private cluster (tests/support/pg.rs).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing
#[path = "support/cli.rs"]
mod cli;
#[allow(dead_code)] // this file fills answers, no CSV or formulas
#[path = "sheets/fill.rs"]
mod fill;
#[path = "support/pg.rs"]
mod pg;
#[allow(dead_code)] // the sessions of a ledger file are not used here
#[path = "tui_pty/session.rs"]
mod session;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::Stdio;

use postgres::error::SqlState;

const README: &str = include_str!("../README.md");
const ROLES_SQL: &str = include_str!("../docs/server-roles.sql");

/// The SQL block of the README's team-ledger section: what an administrator copies.
fn readme_sql() -> &'static str {
    let (_, section) = README
        .split_once("### Team ledger (PostgreSQL)\n")
        .expect("the README's team-ledger section");
    let section = section.split_once("\n## ").map_or(section, |(s, _)| s);
    let (_, block) = section
        .split_once("```sql\n")
        .expect("an SQL block in the section");
    block.split_once("```").expect("the block's end").0
}

#[test]
fn the_readme_shows_docs_server_roles_sql_as_it_is() {
    assert_eq!(
        readme_sql(),
        ROLES_SQL,
        "the README's SQL block and docs/server-roles.sql differ: make them the same"
    );
}

/// A ledger set up as the README says, and its roles' URLs.
struct Office {
    db: String,
    owner_role: String,
    desks: String,
    person: String,
    /// Signed in as the administrator (the cluster's superuser), the owner, the person.
    admin: String,
    owner: String,
    desk: String,
}

/// One of the server's client programs run as the administrator; it must succeed.
fn admin(program: &str, args: &[&str]) {
    if let Err(e) = pg::program(program, args) {
        panic!("{program} {args:?}: {e}");
    }
}

/// The README's SQL, run by the administrator in `db` for the desks' group `desks`.
fn grant(db: &str, desks: &str) {
    if let Err(e) = pg::psql_script(db, readme_sql(), &[("desks", desks)]) {
        panic!("the README's SQL: {e}");
    }
}

/// The README's set-up, step by step, with the names of test `name` and one `person`;
/// `None` when the cluster cannot start (said loudly; a failure under PLEDGE_PG_REQUIRED=1).
fn office(name: &str, person: &str) -> Option<Office> {
    if !pg::available() {
        return None;
    }
    let owner_role = format!("{name}_owner");
    let desks = format!("{name}_desks");
    let db = format!("{name}_pledge");
    // As the administrator: the owner role and a UTF-8 database it owns.
    admin("createuser", &[&owner_role]);
    admin(
        "createdb",
        &[
            "-T",
            "template0",
            "-E",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "-O",
            &owner_role,
            &db,
        ],
    );
    let admin_url = pg::url(&db);
    let owner = pg::url_as(&admin_url, &owner_role);
    // As the owner: the schema, with the built-in letter.
    ok(&owner, &["init"]);
    // As the administrator: the desks' group, its grants, one login role per person.
    admin("createuser", &["--no-login", &desks]);
    grant(&db, &desks);
    admin("createuser", &["--role", &desks, person]);
    let desk = pg::url_as(&admin_url, person);
    Some(Office {
        db,
        owner_role,
        desks,
        person: person.to_string(),
        admin: admin_url,
        owner,
        desk,
    })
}

/// What `pledge ARGS…` printed, signed in at `db`; it must have succeeded.
fn ok(db: &str, args: &[&str]) -> String {
    let out = cli::pledge(Path::new(db), args);
    assert!(
        out.status.success(),
        "pledge {args:?} at {db}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// How `pledge ARGS…` failed at `db`: its exit code and what it said.
fn refused(db: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = cli::pledge(Path::new(db), args);
    assert!(!out.status.success(), "pledge {args:?} at {db} succeeded");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// One value the administrator reads.
fn read(o: &Office, sql: &str) -> String {
    pg::try_psql(&o.admin, sql).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[test]
fn a_desk_runs_every_command_and_is_the_author_of_what_it_writes() {
    let Some(o) = office("roles_cli", "王五") else {
        return;
    };
    let d = o.desk.as_str();
    let history_at_init: i64 = read(&o, "SELECT max(id) FROM history").parse().unwrap();
    let dir = tempfile::tempdir().expect("tempdir");

    assert!(ok(d, &["list"]).contains("20 pledges, 1 overdue"));
    assert!(ok(d, &[]).contains("20 pledges, 1 overdue"), "no terminal");
    // Three characters and more read the trigram index; fewer, strpos.
    assert!(ok(d, &["list", "--search", "氧化镓"]).contains("1 pledge,"));
    ok(d, &["list", "--search", "港大", "--format", "json"]);
    ok(d, &["list", "--overdue", "--format", "csv"]);
    ok(d, &["show", "10", "--format", "json"]);
    let added = ok(
        d,
        &[
            "add",
            "--title",
            "建设联合实验室",
            "--lead",
            "省科技厅",
            "--co-owner",
            "长春理工大学",
            "--deadline",
            "2027-06-30",
            "--target",
            "3",
            "--unit",
            "个",
        ],
    );
    assert!(added.starts_with("added pledge #21"), "{added}");
    ok(
        d,
        &[
            "note",
            "21",
            "完成选址",
            "--progress",
            "1",
            "--status",
            "in_progress",
        ],
    );
    ok(
        d,
        &[
            "set",
            "21",
            "--title",
            "建设联合实验室（一期）",
            "--deadline",
            "2027-09-30",
            "--why",
            "选址延后",
        ],
    );
    // A deadline cleared while overdue, and the office's confirmation that it may go.
    ok(
        d,
        &["set", "17", "--deadline", "none", "--why", "改为常态化工作"],
    );
    assert!(ok(d, &["confirm", "17", "--why", "经督查室核准"]).contains("Confirmed #17"));

    ok(d, &["bodies"]);
    ok(d, &["body", "show", "省科技厅", "--format", "json"]);
    ok(d, &["body", "alias", "省商务厅", "吉林省商务厅"]);
    ok(d, &["body", "rename", "省科技厅", "科技厅"]);
    ok(
        d,
        &[
            "body",
            "set",
            "省科研院",
            "--parent",
            "科技厅",
            "--contact",
            "张三",
        ],
    );
    ok(d, &["body", "merge", "澳门科技大学", "香港大学"]);
    ok(d, &["letters", "--format", "json"]);
    ok(d, &["letter", "show", "1"]);
    ok(
        d,
        &[
            "letter",
            "set",
            "1",
            "--reference",
            "吉科建〔2025〕12号",
            "--category",
            "A",
        ],
    );

    // The monthly cycle: a sheet requested, filled in by 香港大学, collected.
    let sheets = dir.path().join("sheets");
    let requested = ok(d, &["request", "-o", &sheets.display().to_string()]);
    let sheet = std::fs::read_dir(&sheets)
        .expect("the sheets")
        .map(|e| e.expect("an entry").path())
        .find(|p| p.display().to_string().contains("香港大学"))
        .unwrap_or_else(|| panic!("no sheet of 香港大学: {requested}"));
    let cells = fill::grid(&sheet);
    let row = fill::row_of(&cells, 4);
    let answers = [
        (row, fill::NOTE, fill::t("首批 20 名高级人才已入职")),
        (row, fill::ON, fill::t("2026年11月20日")),
        (row, fill::QUANTITY, fill::V::Number(20.0)),
    ];
    let filled = fill::refill(&sheet, &dir.path().join("回收-港大.xlsx"), &answers);
    let collected = ok(d, &["collect", &filled.display().to_string(), "--yes"]);
    assert!(collected.contains("added 1 note"), "{collected}");

    ok(d, &["report", "overdue"]);
    ok(d, &["report", "overdue", "--format", "json"]);
    ok(d, &["report", "period", "--from", "2026-11-01"]);
    ok(d, &["report", "scorecard"]);
    ok(d, &["calendar"]);
    assert!(ok(d, &["check"]).contains("is sound: 1 letter(s), 21 pledge(s), 2 note(s)"));

    // A backup and a copy into new ledger files hold what the server holds.
    let export = ok(d, &["export"]);
    let backup = dir.path().join("backup.db").display().to_string();
    ok(d, &["backup", &backup]);
    let copy = dir.path().join("copy.db").display().to_string();
    ok(d, &["copy", "--from", d, "--to", &copy]);
    for file in [&backup, &copy] {
        assert_eq!(ok(file, &["export"]), export, "{file}");
    }

    // Everything the desk wrote is written by its role's name: notes, changes (those of the
    // built-in letter are the program's), the confirmation, the collected row.
    let exported: serde_json::Value = serde_json::from_str(&export).expect("JSON");
    let authors: Vec<&str> = exported["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| n["author"].as_str().expect("an author"))
        .collect();
    assert_eq!(authors, [o.person.as_str(); 2]);
    assert_eq!(
        read(
            &o,
            &format!("SELECT DISTINCT changed_by FROM history WHERE id > {history_at_init}")
        ),
        o.person
    );
    assert_eq!(
        read(&o, "SELECT DISTINCT confirmed_by FROM confirmation"),
        o.person
    );
    assert_eq!(
        read(&o, "SELECT DISTINCT collected_by FROM collected"),
        o.person
    );
    let shown: serde_json::Value =
        serde_json::from_str(&ok(d, &["show", "21", "--format", "json"])).expect("JSON");
    assert_eq!(shown["notes"][0]["author"], o.person.as_str());
    assert!(
        shown["history"]
            .as_array()
            .expect("history")
            .iter()
            .all(|h| h["changed_by"] == o.person.as_str()),
        "{shown}"
    );
}

#[test]
fn a_desk_reads_and_writes_in_the_full_screen_view_and_sees_another_desks_note() {
    let Some(o) = office("roles_tui", "李四") else {
        return;
    };
    let other = "赵六";
    admin("createuser", &["--role", &o.desks, other]);
    let other_desk = pg::url_as(&o.admin, other);
    let mut cmd = session::command(Path::new(&o.desk));
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/pledge-tests");
    let mut s = session::Session::spawn(cmd);
    s.wait_for("TITLE");
    s.wait_for("1 overdue");
    s.send(b"/");
    s.send("氧化镓".as_bytes());
    s.wait_for_listed("search=\"氧化镓\"");
    s.send(b"\r");
    s.send(b"\r");
    s.wait_for("Notes (0, newest first)");
    // Another desk's note appears without R.
    ok(&other_desk, &["note", "10", "别的科室写的进展"]);
    s.wait_for("Notes (1, newest first)");
    s.wait_for("别的科室写的进展");
    // A note of its own, and undone: withdrawn, a fact in the history.
    s.send(b"n");
    s.wait_for("What was reported");
    s.send("督办会上汇报".as_bytes());
    s.wait_for("督办会上汇报");
    s.send(b"\x13");
    s.wait_for("note #2 saved to pledge #10");
    s.send(b"u");
    s.wait_for("undone on pledge #10");
    // The list's own keys say it is back (a key sent sooner would follow Esc as Alt-key).
    let list = "a add  / search";
    s.send(b"\x1b");
    s.wait_for(list);
    // Every screen that reads.
    for (key, shows) in [
        (&b"d"[..], "without a note for over 90 days"),
        (b"b", "bodies, the most overdue first"),
        (b"L", "ISSUER"),
        (b"r", "OVERDUE REPORT"),
        (b"m", "PERIOD REPORT"),
    ] {
        s.send(key);
        s.wait_for(shows);
        s.send(b"\x1b");
        s.wait_for(list);
    }
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    assert_eq!(
        read(&o, "SELECT string_agg(author, ',' ORDER BY id) FROM note"),
        format!("{other},{}", o.person)
    );
    assert_eq!(
        read(
            &o,
            "SELECT changed_by FROM history WHERE field = 'note_withdrawn' AND old_value = '2'"
        ),
        o.person
    );
}

/// What the server said to `sql`, which it must have refused.
fn refusal(client: &mut postgres::Client, sql: &str) -> postgres::Error {
    match client.batch_execute(sql) {
        Ok(()) => panic!("{sql}: done"),
        Err(e) => e,
    }
}

#[test]
fn a_desk_may_not_change_the_records_and_the_owner_is_refused_by_the_triggers() {
    let Some(o) = office("roles_records", "孙八") else {
        return;
    };
    ok(&o.desk, &["note", "10", "一条记录"]);
    ok(
        &o.desk,
        &["set", "17", "--deadline", "none", "--why", "常态化"],
    );
    ok(&o.desk, &["confirm", "17", "--why", "核准"]);
    let rows = |o: &Office| {
        read(
            o,
            "SELECT (SELECT count(*) FROM note) || ' ' || (SELECT count(*) FROM history) || ' ' \
             || (SELECT count(*) FROM confirmation) || ' ' || (SELECT count(*) FROM collected) \
             || ' ' || (SELECT string_agg(body, '|') FROM note) \
             || ' ' || (SELECT quote FROM pledge WHERE id = 10)",
        )
    };
    let before = rows(&o);

    let mut desk = postgres::Client::connect(&o.desk, postgres::NoTls).expect("the desk");
    let records = ["note", "history", "confirmation", "collected"];
    for table in records {
        for sql in [
            format!("UPDATE {table} SET id = id"),
            format!("DELETE FROM {table}"),
            format!("TRUNCATE {table}"),
        ] {
            let e = refusal(&mut desk, &sql);
            assert_eq!(
                e.code(),
                Some(&SqlState::INSUFFICIENT_PRIVILEGE),
                "{sql}: {e}"
            );
            let said = e.as_db_error().map(|d| d.message().to_string());
            assert_eq!(
                said.as_deref(),
                Some(format!("permission denied for table {table}").as_str()),
                "{sql}"
            );
        }
    }
    // Nor what the program never changes: a pledge's quote and first deadline, a letter's
    // text, a pledge or letter deleted, the ledger's identity, the schema.
    for sql in [
        "UPDATE pledge SET quote = 'x'",
        "UPDATE pledge SET original_deadline = NULL, deadline_moves = 0",
        "UPDATE letter SET body = 'x'",
        "DELETE FROM pledge WHERE id = 20",
        "DELETE FROM letter",
        "UPDATE ledger_identity SET made_at = 'x'",
        "UPDATE pledge_schema SET version = 1",
        "CREATE TABLE mine (a int)",
    ] {
        let e = refusal(&mut desk, sql);
        assert_eq!(
            e.code(),
            Some(&SqlState::INSUFFICIENT_PRIVILEGE),
            "{sql}: {e}"
        );
    }

    // The owner has the right, and the schema's triggers refuse it.
    let mut owner = postgres::Client::connect(&o.owner, postgres::NoTls).expect("the owner");
    for (table, sql) in [
        ("note", "UPDATE note SET body = 'x'"),
        ("note", "DELETE FROM note"),
        // Without CASCADE the reference from collected refuses it first.
        ("note", "TRUNCATE note CASCADE"),
        ("history", "UPDATE history SET reason = 'x'"),
        ("history", "DELETE FROM history"),
        ("history", "TRUNCATE history"),
        ("confirmation", "UPDATE confirmation SET reason = 'x'"),
        ("confirmation", "DELETE FROM confirmation"),
        ("confirmation", "TRUNCATE confirmation"),
        ("collected", "TRUNCATE collected"),
    ] {
        let e = refusal(&mut owner, sql);
        let said = e.as_db_error().map(|d| d.message().to_string());
        let said = said.unwrap_or_default();
        assert!(
            said.ends_with("is append-only: add a correcting entry instead")
                && (said.starts_with(table) || table == "note"),
            "{sql}: {said}"
        );
    }
    assert_eq!(rows(&o), before, "nothing changed");
}

#[test]
fn a_desks_write_whose_connection_is_lost_is_made_again_and_saved_once() {
    let Some(o) = office("roles_lost", "周九") else {
        return;
    };
    let mut child = cli::command(Path::new(&o.desk), &["note", "10", "断线后保存"])
        .env("PLEDGE_TEST_PAUSE", "commit note:1000")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pledge starts");
    let mut lines = BufReader::new(child.stderr.take().expect("its stderr")).lines();
    let paused = "pledge-test: paused at commit note";
    loop {
        match lines.next() {
            Some(Ok(line)) if line == paused => break,
            Some(Ok(_)) => {}
            _ => panic!("it ended before its commit: {:?}", child.wait()),
        }
    }
    // Its connection ends before the commit is sent: the write is lost with it.
    let ended = read(
        &o,
        &format!(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
             WHERE usename = '{}' AND datname = '{}'",
            o.person, o.db
        ),
    );
    assert_eq!(ended, "1");
    let rest: Vec<String> = lines.map(|l| l.expect("a line")).collect();
    let mut said = String::new();
    child
        .stdout
        .take()
        .expect("its stdout")
        .read_to_string(&mut said)
        .expect("stdout");
    let status = child.wait().expect("it ends");
    assert!(status.success(), "{rest:?}");
    assert_eq!(said, "added note #2 to pledge #10 (2026-11-28)\n");
    // Tried again on a new connection (its key looked up first, not found), saved once.
    assert_eq!(rest, [paused], "{rest:?}");
    assert_eq!(
        read(&o, "SELECT count(*) FROM note WHERE body = '断线后保存'"),
        "1"
    );
}

#[test]
fn an_upgrade_is_the_owners_and_the_grants_are_run_again_after_it() {
    let Some(o) = office("roles_upgrade", "吴十") else {
        return;
    };
    // A ledger of the step before: what an older pledge made.
    pg::psql(
        &o.admin,
        "DROP TABLE write_key; UPDATE pledge_schema SET version = 4",
    );
    // A desk cannot make the new step's table: it is told the owner upgrades; nothing changes.
    let (code, said) = refused(&o.desk, &["list"]);
    assert_eq!(code, Some(1));
    assert!(
        said.contains("version 4, older than this program's") && said.contains("owner role"),
        "{said}"
    );
    assert_eq!(read(&o, "SELECT version FROM pledge_schema"), "4");
    // The owner's first command brings the schema up to date.
    ok(&o.owner, &["check"]);
    assert_eq!(
        read(&o, "SELECT version FROM pledge_schema"),
        pledge::server::LATEST_VERSION.to_string()
    );
    // The new table has no grants yet: a desk reads, and cannot write until they are run.
    ok(&o.desk, &["list"]);
    let (code, said) = refused(&o.desk, &["note", "1", "升级后"]);
    assert_eq!(code, Some(1));
    assert!(
        said.contains("permission denied for table write_key"),
        "{said}"
    );
    grant(&o.db, &o.desks);
    ok(&o.desk, &["note", "1", "升级后"]);
}

#[test]
fn copying_a_ledger_into_a_server_is_the_owners() {
    let Some(o) = office("roles_copy", "郑十一") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = cli::ledger_in(dir.path()).display().to_string();
    ok(&file, &["note", "3", "文件里的进展"]);
    let db = format!("{}_copied", o.db);
    admin(
        "createdb",
        &[
            "-T",
            "template0",
            "-E",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "-O",
            &o.owner_role,
            &db,
        ],
    );
    let into = pg::url(&db);
    let (_, said) = refused(
        &o.desk,
        &[
            "copy",
            "--from",
            &file,
            "--to",
            &pg::url_as(&into, &o.person),
        ],
    );
    assert!(said.contains("permission denied"), "{said}");
    ok(
        &o.owner,
        &[
            "copy",
            "--from",
            &file,
            "--to",
            &pg::url_as(&into, &o.owner_role),
        ],
    );
    grant(&db, &o.desks);
    let desk = pg::url_as(&into, &o.person);
    assert_eq!(ok(&desk, &["export"]), ok(&file, &["export"]));
    ok(&desk, &["note", "3", "服务器上的进展"]);
}
