//! The commands that keep a pledge's own records (`init`, `add`, `note`, `set`, `show`) run
//! the same against a ledger file and a server ledger: each case below runs on both, and
//! what they print is compared. Then what only many desks do: writers at once on one server
//! ledger lose nothing, and an edit over a value another desk changed is refused.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing
#[path = "support/cli.rs"]
mod cli;
#[path = "support/pg.rs"]
mod pg;

use std::path::Path;
use std::process::Output;

use pledge::ledger::Records;
use pledge::server::{Address, Server};
use pledge::store::{Edit, Guarded, NewNote, Seen};

fn run(db: &str, args: &[&str]) -> Output {
    cli::pledge(Path::new(db), args)
}

fn ok(db: &str, args: &[&str]) -> String {
    cli::stdout(&run(db, args))
}

/// A new ledger with the built-in letter, on each backend: a file and a server database.
fn both(test: &str) -> Option<(tempfile::TempDir, [String; 2])> {
    both_on(pg::database(test)?)
}

/// The same writes on each ledger, each expected to succeed.
fn write_on_both(dbs: &[String; 2], steps: &[&[&str]]) {
    for db in dbs {
        for args in steps {
            ok(db, args);
        }
    }
}

fn both_on(url: String) -> Option<(tempfile::TempDir, [String; 2])> {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ledger.db").display().to_string();
    for db in [&file, &url] {
        ok(db, &["init"]);
    }
    Some((dir, [file, url]))
}

/// `show` as JSON without what differs by the clock, or by who signed in (the login name on
/// a file, the database role on a server: tested on its own below).
fn shown(db: &str, id: &str) -> serde_json::Value {
    let mut v: serde_json::Value =
        serde_json::from_str(&ok(db, &["show", id, "--format", "json"])).expect("json");
    scrub(&mut v);
    v
}

fn scrub(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if k.ends_with("_at") || k == "changed_by" || k == "author" {
                    *x = serde_json::Value::Null;
                } else {
                    scrub(x);
                }
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(scrub),
        _ => {}
    }
}

#[test]
fn the_writing_commands_say_and_keep_the_same_on_a_file_and_a_server() {
    let Some((_dir, dbs)) = both("same_on_both") else {
        return;
    };
    let said: Vec<Vec<String>> = dbs
        .iter()
        .map(|db| {
            vec![
                ok(
                    db,
                    &[
                        "add",
                        "--title",
                        "建设氧化镓实验室",
                        "--lead",
                        "吉林省科技厅",
                        "--co-owner",
                        "吉林大学",
                        "--deadline",
                        "2027-06-30",
                    ],
                ),
                ok(
                    db,
                    &[
                        "note",
                        "21",
                        "完成选址",
                        "--progress",
                        "1",
                        "--on",
                        "2026-11-20",
                    ],
                ),
                ok(
                    db,
                    &[
                        "set",
                        "21",
                        "--deadline",
                        "2027-12-31",
                        "--why",
                        "设备延期到货",
                    ],
                ),
                ok(db, &["set", "21", "--status", "in_progress"]),
                ok(db, &["note", "4", "首批人才入选", "--author", "王科长"]),
            ]
        })
        .collect();
    assert_eq!(said[0], said[1]);
    assert!(said[0][0].contains("#21"), "{:?}", said[0]);
    for id in ["21", "4", "1", "19"] {
        assert_eq!(shown(&dbs[0], id), shown(&dbs[1], id), "pledge {id}");
    }
    let p = shown(&dbs[1], "21");
    assert_eq!(p["original_deadline"], "2027-06-30", "{p}");
    assert_eq!(p["deadline_moves"], 1, "{p}");
    assert_eq!(p["progress"], 1, "{p}");
}

#[test]
fn refusals_are_the_same_and_write_nothing_on_a_server() {
    let Some((_dir, dbs)) = both("refusals") else {
        return;
    };
    for args in [
        &["note", "999", "x"][..],
        &["set", "1", "--deadline", "2027-02-30"][..],
        &["set", "1", "--status", "done"][..],
        &["add", "--title", " ", "--owner", "o"][..],
        &["show", "0"][..],
        &["note", "1", "--on", "2030-01-01", "太早"][..],
    ] {
        let outs: Vec<Output> = dbs.iter().map(|db| run(db, args)).collect();
        assert_eq!(outs[0].status.code(), outs[1].status.code(), "{args:?}");
        assert_ne!(outs[0].status.code(), Some(0), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&outs[0].stderr),
            String::from_utf8_lossy(&outs[1].stderr),
            "{args:?}"
        );
    }
    assert_eq!(
        pg::try_psql(&dbs[1], "SELECT count(*) FROM note").as_deref(),
        Ok("0")
    );
    assert_eq!(
        pg::try_psql(&dbs[1], "SELECT count(*) FROM pledge").as_deref(),
        Ok("20")
    );
}

#[test]
fn the_author_on_a_server_is_the_role_that_signed_in() {
    let Some(url) = pg::database("author") else {
        return;
    };
    ok(&url, &["init"]);
    ok(&url, &["note", "1", "督办"]);
    let role = pg::try_psql(&url, "SELECT current_user").expect("role");
    assert_eq!(
        pg::try_psql(&url, "SELECT author FROM note").as_deref(),
        Ok(role.as_str())
    );
    assert_ne!(
        role, "tester",
        "the login name is not the author on a server"
    );
}

fn note(pledge: i64, body: &str) -> NewNote {
    NewNote::new(
        pledge,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("day"),
        "desk",
        body,
    )
}

#[test]
fn four_desks_writing_at_once_lose_nothing() {
    let Some(url) = pg::database("four_desks") else {
        return;
    };
    ok(&url, &["init"]);
    let address = Address::parse(&url).expect("address");
    let desks: Vec<_> = (0..4)
        .map(|desk| {
            let address = address.clone();
            std::thread::spawn(move || {
                let mut server = Server::open(&address).expect("open");
                for n in 0..25 {
                    server
                        .add_note(&note(1 + (n % 3), &format!("desk {desk} note {n}")))
                        .expect("note");
                    let edit = Edit {
                        title: Some(format!("desk {desk} title {n}")),
                        ..Edit::default()
                    };
                    server.edit_pledge(5, &edit, "desk", None).expect("edit");
                }
            })
        })
        .collect();
    for d in desks {
        d.join().expect("a desk finished");
    }
    let server = Server::open(&address).expect("open");
    let notes: usize = (1..=3).map(|p| server.notes(p).expect("notes").len()).sum();
    assert_eq!(notes, 100);
    // Every title change is in the history, each from the title before it: none was lost.
    let titles: Vec<_> = server
        .history(5)
        .expect("history")
        .into_iter()
        .filter(|c| c.field == "title")
        .collect();
    assert_eq!(titles.len(), 100);
    for pair in titles.windows(2) {
        assert_eq!(pair[0].new, pair[1].old);
    }
}

#[test]
fn an_edit_over_a_value_another_desk_changed_is_refused_and_writes_nothing() {
    let Some(url) = pg::database("stale") else {
        return;
    };
    ok(&url, &["init"]);
    let address = Address::parse(&url).expect("address");
    let mut mine = Server::open(&address).expect("open");
    let mut theirs = Server::open(&address).expect("open");
    let seen = mine.pledge(2).expect("pledge").deadline;
    let moved = Edit {
        deadline: Some(chrono::NaiveDate::from_ymd_opt(2028, 1, 1)),
        ..Edit::default()
    };
    theirs
        .edit_pledge(2, &moved, "李", Some("上级调整"))
        .expect("their edit");
    let mine_edit = Edit {
        deadline: Some(chrono::NaiveDate::from_ymd_opt(2027, 3, 1)),
        ..Edit::default()
    };
    let seen = [Seen::new("deadline", seen.map(pledge::date::format))];
    let got = mine
        .edit_pledge_seen(2, &mine_edit, &seen, "王", Some("提前"))
        .expect("answered");
    match got {
        Guarded::Stale(stale) => {
            assert_eq!(stale[0].field, "deadline");
            assert_eq!(stale[0].now.as_deref(), Some("2028-01-01"));
            assert_eq!(stale[0].by.as_deref(), Some("李"));
        }
        Guarded::Done(_) => panic!("an edit over a changed value was saved"),
    }
    assert_eq!(
        mine.pledge(2).expect("pledge").deadline,
        chrono::NaiveDate::from_ymd_opt(2028, 1, 1)
    );
}

#[test]
fn a_desk_waiting_on_another_desks_write_gives_up_with_the_busy_exit_and_saves_nothing() {
    let Some(url) = pg::database("busy") else {
        return;
    };
    ok(&url, &["init"]);
    let frozen = cli::command(Path::new(&url), &["note", "1", "frozen"]);
    let frozen = cli::paused_at(frozen, "commit note");
    // Reading does not wait for a writer.
    let start = std::time::Instant::now();
    ok(&url, &["show", "1"]);
    assert!(start.elapsed() < std::time::Duration::from_secs(4));
    let start = std::time::Instant::now();
    let blocked = run(&url, &["note", "1", "blocked"]);
    let waited = start.elapsed();
    assert_eq!(blocked.status.code(), Some(4));
    let said = String::from_utf8_lossy(&blocked.stderr);
    assert!(
        said.contains("the ledger is busy") && said.contains("note NOT saved"),
        "{said}"
    );
    assert!(waited >= std::time::Duration::from_secs(4), "{waited:?}");
    // The frozen writer killed before its commit saved nothing either; the ledger takes
    // the next note at once.
    cli::kill9(frozen);
    ok(&url, &["note", "1", "after"]);
    assert_eq!(
        pg::try_psql(&url, "SELECT string_agg(body, ',') FROM note").as_deref(),
        Ok("after")
    );
}

/// `list` shows the same on both, in every order, format and filter: sub-items under their
/// parent, a deadline cleared while overdue, bodies named by a pledge, notes found by a
/// search of one, two and three characters, and text in the order of its bytes.
#[test]
fn list_shows_the_same_on_a_file_and_a_server() {
    // On a database that sorts by Chinese rules, as an office's would.
    let Some((_dir, dbs)) = pg::database_zh("list_same").and_then(both_on) else {
        return;
    };
    write_on_both(
        &dbs,
        &[
            &[
                "add",
                "--title",
                "子项：遴选首批团队",
                "--owner",
                "吉林大学",
                "--parent",
                "1",
            ][..],
            &[
                "add",
                "--title",
                "second",
                "--lead",
                "Zeta 厅",
                "--co-owner",
                "吉林大学",
            ][..],
            &[
                "add",
                "--title",
                "lower-case owner",
                "--owner",
                "alpha office",
                "--deadline",
                "2026-03-01",
            ][..],
            &["note", "6", "港铁试点线路已部署", "--on", "2026-11-01"][..],
            &["set", "17", "--deadline", "none", "--why", "撤销"][..],
            &["set", "9", "--status", "done", "--why", "已完成"][..],
        ],
    );
    let sorts = ["deadline", "overdue", "owner", "id"];
    let filters: [&[&str]; 10] = [
        &[],
        &["--overdue"],
        &["--status", "pending"],
        &["--search", "氧"],
        &["--search", "试点"],
        &["--search", "氧化镓"],
        &["--owner", "吉林大学"],
        &["--owner", "吉林大学", "--lead-only"],
        &["--letter", "1"],
        &["--member", "委员"],
    ];
    for sort in sorts {
        for filter in filters {
            for format in ["table", "csv"] {
                let mut args = vec!["list", "--sort", sort, "--format", format];
                args.extend_from_slice(filter);
                let outs: Vec<String> = dbs.iter().map(|db| ok(db, &args)).collect();
                assert_eq!(outs[0], outs[1], "{args:?}");
            }
        }
    }
    let json = |db: &str| {
        let mut v: serde_json::Value =
            serde_json::from_str(&ok(db, &["list", "--format", "json", "--overdue"]))
                .expect("json");
        scrub(&mut v);
        v
    };
    assert_eq!(json(&dbs[0]), json(&dbs[1]));
    let overdue = ok(&dbs[1], &["list", "--overdue", "--format", "csv"]);
    assert!(overdue.contains("lower-case owner"), "{overdue}");
}

/// `export` writes the same ledger from both, every table in id order, after the same
/// writes (what differs by the clock and the ledger's own secret aside); and a server's
/// export is a ledger a file imports.
#[test]
fn export_writes_the_same_ledger_from_a_file_and_a_server() {
    let Some((dir, dbs)) = both("export_same") else {
        return;
    };
    write_on_both(
        &dbs,
        &[
            &[
                "add",
                "--title",
                "联合攻关",
                "--lead",
                "吉林大学",
                "--co-owner",
                "长春新区",
            ][..],
            &["note", "6", "港铁试点线路已部署", "--on", "2026-11-01"][..],
            &["set", "17", "--deadline", "none", "--why", "撤销"][..],
        ],
    );
    let export = |db: &str| {
        let mut v: serde_json::Value = serde_json::from_str(&ok(db, &["export"])).expect("json");
        v["identity"] = serde_json::Value::Null;
        scrub(&mut v);
        v
    };
    let from_server = export(&dbs[1]);
    assert_eq!(export(&dbs[0]), from_server);
    assert_eq!(from_server["pledges"].as_array().map(Vec::len), Some(21));
    assert_eq!(
        from_server["links"].as_array().map(Vec::len).map(|n| n > 2),
        Some(true)
    );
    let file = dir.path().join("export.json");
    std::fs::write(&file, ok(&dbs[1], &["export"])).expect("written");
    let file = file.display().to_string();
    let copy = dir.path().join("copy.db").display().to_string();
    ok(&copy, &["init", "--empty"]);
    ok(&copy, &["import", &file]);
    assert_eq!(export(&copy), from_server);
    // And a file's export goes onto a new, empty server ledger whole, as into a file; into
    // one that holds pledges it is refused as a file refuses it, nothing written.
    let empty = pg::database("export_into").expect("the cluster runs");
    ok(&empty, &["init", "--empty"]);
    let again = dir.path().join("again.db").display().to_string();
    ok(&again, &["init", "--empty"]);
    assert_eq!(
        ok(&empty, &["import", &file]),
        ok(&again, &["import", &file])
    );
    assert_eq!(export(&empty), from_server);
    let identity = |db: &str| {
        let v: serde_json::Value = serde_json::from_str(&ok(db, &["export"])).expect("json");
        v["identity"]["secret"].clone()
    };
    assert_eq!(
        identity(&empty),
        identity(&dbs[1]),
        "the ledger's secret comes along"
    );
    let refused: Vec<Output> = [&empty, &again]
        .iter()
        .map(|db| run(db, &["import", &file]))
        .collect();
    assert_eq!(refused[0].status.code(), refused[1].status.code());
    assert_ne!(refused[0].status.code(), Some(0));
    let said = String::from_utf8_lossy(&refused[0].stderr);
    assert!(said.contains("21"), "names what the ledger holds: {said}");
    assert_eq!(
        pg::try_psql(&empty, "SELECT count(*) FROM pledge").as_deref(),
        Ok("21")
    );
}

/// The reports, the calendar, `check` and `backup` say the same on both after the same
/// writes, the ledger's own name aside: every format of the overdue report, a period's
/// report and the scorecard.
#[test]
fn reports_and_the_ledgers_own_commands_say_the_same_on_a_file_and_a_server() {
    let Some((dir, dbs)) = both("reports_same") else {
        return;
    };
    write_on_both(
        &dbs,
        &[
            &[
                "add",
                "--title",
                "联合攻关",
                "--lead",
                "吉林大学",
                "--co-owner",
                "长春新区",
                "--deadline",
                "2026-10-01",
            ][..],
            &["note", "6", "港铁试点线路已部署", "--on", "2026-11-01"][..],
            &[
                "note",
                "13",
                "已提供名单",
                "--on",
                "2026-11-20",
                "--progress",
                "300",
            ][..],
            &["set", "17", "--deadline", "none", "--why", "撤销"][..],
            &["set", "7", "--deadline", "2026-12-05", "--why", "提前"][..],
        ],
    );
    // The ledger's own name (a path, an address) as each format writes it, escaped or not,
    // and the calendar's clock stamps and ledger-made event names.
    let named = |text: String| {
        text.split_inclusive('\n')
            .map(|line| {
                let plain = line.replace('\\', "");
                if plain.contains("ledger.db") || plain.contains("reports_same") {
                    "LEDGER\n".to_string()
                } else if line.starts_with("DTSTAMP:") || line.starts_with("LAST-MODIFIED:") {
                    "STAMP\n".to_string()
                } else if let Some((uid, _)) =
                    line.split_once('@').filter(|_| line.starts_with("UID:"))
                {
                    // The ledger's calendar name comes from when it was first written.
                    format!("{uid}@LEDGER\n")
                } else {
                    line.to_string()
                }
            })
            .collect::<String>()
    };
    let mut cases: Vec<Vec<&str>> = ["text", "markdown", "csv", "json", "html"]
        .iter()
        .map(|f| vec!["report", "overdue", "--format", f, "--width", "120"])
        .collect();
    cases.push(vec![
        "report",
        "overdue",
        "--owner",
        "吉林大学",
        "--lead-only",
    ]);
    cases.push(vec![
        "report",
        "period",
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-28",
    ]);
    cases.push(vec!["report", "scorecard", "--format", "json"]);
    cases.push(vec!["calendar"]);
    cases.push(vec!["check"]);
    for args in &cases {
        let outs: Vec<String> = dbs.iter().map(|db| named(ok(db, args))).collect();
        assert_eq!(outs[0], outs[1], "{args:?}");
    }
    let overdue = ok(&dbs[1], &["report", "overdue"]);
    assert!(
        overdue.contains("联合攻关") && overdue.contains("cleared while overdue"),
        "{overdue}"
    );
    let backup = dir.path().join("backup.db").display().to_string();
    let said = ok(&dbs[1], &["backup", &backup]);
    assert!(said.contains("backup.db"), "{said}");
    let exported = |db: &str| {
        let mut v: serde_json::Value = serde_json::from_str(&ok(db, &["export"])).expect("json");
        scrub(&mut v);
        v
    };
    assert_eq!(
        exported(&backup),
        exported(&dbs[1]),
        "the backup is the ledger"
    );
    let again = run(&dbs[1], &["backup", &backup]);
    assert_ne!(again.status.code(), Some(0), "never over a file");
}

/// `import-letter --yes` adds a reply letter and its pledges on a server as on a file, and
/// the same letter again is said to be in the ledger already.
#[test]
fn a_reply_letter_is_imported_the_same_on_a_file_and_a_server() {
    let Some((_dir, dbs)) = both("import_letter") else {
        return;
    };
    let letter = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/letters/huoqiu-cgj-reply-2023-07-31.txt"
    );
    let said: Vec<String> = dbs
        .iter()
        .map(|db| ok(db, &["import-letter", letter, "--yes"]))
        .collect();
    assert_eq!(said[0], said[1]);
    assert!(said[1].contains("#2"), "the second letter: {}", said[1]);
    let again: Vec<String> = dbs
        .iter()
        .map(|db| ok(db, &["import-letter", letter, "--yes"]))
        .collect();
    assert_eq!(again[0], again[1]);
    for args in [&["letters"][..], &["list", "--letter", "2"][..]] {
        let outs: Vec<String> = dbs.iter().map(|db| ok(db, args)).collect();
        assert_eq!(outs[0], outs[1], "{args:?}");
    }
    assert_eq!(shown(&dbs[0], "21"), shown(&dbs[1], "21"));
}

/// A server named as the config file's `ledger` is the ledger when `--db` names none.
#[test]
fn a_server_named_in_the_config_file_is_the_ledger() {
    let Some(url) = pg::database("config_ledger") else {
        return;
    };
    ok(&url, &["init"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, format!("ledger = \"{url}\"\n")).expect("written");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pledge"))
        .env("PLEDGE_LANG", "en")
        .env("PLEDGE_CONFIG", &config)
        .env_remove("PLEDGE_DB")
        .args(["list", "--format", "csv"])
        .output()
        .expect("pledge runs");
    let listed = cli::stdout(&out);
    assert_eq!(
        listed.lines().count(),
        21,
        "a heading and the 20 pledges: {listed}"
    );
}

/// `config` on a server shows the address (its password hidden) and, unless the file names
/// an author, the role the address signs in as.
#[test]
fn config_on_a_server_names_the_address_and_the_role_as_author() {
    let url = "postgres://clerk:s3cret@dbhost/pledge";
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "language = \"en\"\n").expect("written");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pledge"))
        .env("PLEDGE_LANG", "en")
        .env("PLEDGE_CONFIG", &config)
        .args(["--db", url, "config"])
        .output()
        .expect("pledge runs");
    let said = cli::stdout(&out);
    assert!(
        said.contains("postgres://clerk:***@dbhost/pledge"),
        "{said}"
    );
    assert!(!said.contains("s3cret"), "{said}");
    let author = said
        .lines()
        .find(|l| l.starts_with("author"))
        .unwrap_or_default();
    assert!(
        author.contains("clerk") && author.contains("the role the server ledger signs in as"),
        "{said}"
    );
}
