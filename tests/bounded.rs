//! Bounded at any size: `list` and `export` write rows as they are read, `import` reads its
//! file as a stream in one transaction; and what an import file must be to be accepted.
//! Memory figures live in the scale benchmark; these tests check behaviour, never a timing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/cli.rs"]
mod support;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use rusqlite::Connection;
use serde_json::{Value, json};
use support::{BIN, pledge, stdout};

/// The built-in ledger (20 pledges, parents included) with a note and a change, exported.
fn exported() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    stdout(&pledge(&db, &["init"]));
    stdout(&pledge(
        &db,
        &["note", "3", "已完成选址论证", "--on", "2026-01-05"],
    ));
    stdout(&pledge(&db, &["set", "4", "--status", "stalled"]));
    let text = stdout(&pledge(&db, &["export"]));
    (dir, text)
}

fn count(db: &Path, table: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// Imports `text` into a new empty ledger: the output, and the ledger.
fn import_text(dir: &Path, name: &str, text: &str) -> (Output, PathBuf) {
    let db = dir.join(format!("{name}.db"));
    stdout(&pledge(&db, &["init", "--empty"]));
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, text).unwrap();
    (pledge(&db, &["import", file.to_str().unwrap()]), db)
}

/// Imports a changed export and expects it refused whole, with a message holding `says`.
fn refused(dir: &Path, name: &str, data: &Value, says: &[&str]) -> String {
    let (out, db) = import_text(dir, name, &serde_json::to_string_pretty(data).unwrap());
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{name}: {err}");
    for s in says.iter().chain(&["nothing imported"]) {
        assert!(err.contains(s), "{name}: wanted {s:?} in: {err}");
    }
    for table in ["letter", "pledge", "note", "history"] {
        assert_eq!(
            count(&db, table),
            0,
            "{name}: nothing imported into {table}"
        );
    }
    assert_eq!(
        schema(&db),
        schema(&fresh(dir)),
        "{name}: the schema is as it was"
    );
    err
}

/// Every table, index and trigger with its SQL, by name.
fn schema(db: &Path) -> Vec<(String, String, Option<String>)> {
    Connection::open(db)
        .unwrap()
        .prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// A new empty ledger, to compare schemas with.
fn fresh(dir: &Path) -> PathBuf {
    let db = dir.join("fresh.db");
    if !db.exists() {
        stdout(&pledge(&db, &["init", "--empty"]));
    }
    db
}

#[test]
fn import_refuses_unknown_fields_naming_the_row_the_line_and_the_accepted_fields() {
    let (dir, text) = exported();
    let data: Value = serde_json::from_str(&text).unwrap();
    let cases: [(&str, &str, &[&str]); 5] = [
        (
            "pledges",
            "dedline",
            &["pledges[3]", "unknown field `dedline`", "`deadline`"],
        ),
        (
            "letters",
            "titel",
            &["letters[0]", "unknown field `titel`", "`title`"],
        ),
        (
            "notes",
            "bodyy",
            &["notes[0]", "unknown field `bodyy`", "`body`"],
        ),
        (
            "history",
            "why",
            &["history[2]", "unknown field `why`", "`reason`"],
        ),
        (
            "",
            "comment",
            &["unknown field `comment`", "`schema_version`"],
        ),
    ];
    for (section, field, says) in cases {
        let mut changed = data.clone();
        let row = match section {
            "" => &mut changed,
            "pledges" => &mut changed[section][3],
            "history" => &mut changed[section][2],
            _ => &mut changed[section][0],
        };
        row.as_object_mut()
            .unwrap()
            .insert(field.into(), json!("x"));
        let err = refused(dir.path(), field, &changed, says);
        assert!(err.contains("line "), "{err}");
    }
    let mut target = data.clone();
    let at = data["pledges"]
        .as_array()
        .unwrap()
        .iter()
        .position(|p| p["target"].is_object())
        .unwrap();
    target["pledges"][at]["target"]["unit_name"] = json!("个");
    let place = format!("pledges[{at}]");
    refused(
        dir.path(),
        "target",
        &target,
        &[&place, "unknown field `unit_name`"],
    );
}

#[test]
fn import_refuses_ids_below_one_in_every_section() {
    let (dir, text) = exported();
    let data: Value = serde_json::from_str(&text).unwrap();
    for (section, id) in [
        ("letters", 0),
        ("pledges", -3),
        ("notes", 0),
        ("history", -1),
    ] {
        let mut changed = data.clone();
        changed[section][0]["id"] = json!(id);
        refused(
            dir.path(),
            &format!("{section}{id}"),
            &changed,
            &[
                &format!("{section}[0]: id {id} is not accepted"),
                "from 1 up",
            ],
        );
    }
}

#[test]
fn import_refuses_parents_that_go_round_naming_the_pledges() {
    let (dir, text) = exported();
    let data: Value = serde_json::from_str(&text).unwrap();
    let mut pair = data.clone();
    // Pledge 2's parent is 1 in the built-in ledger; 1 → 2 closes the loop.
    pair["pledges"][0]["parent"] = json!(2);
    let err = refused(dir.path(), "pair", &pair, &["go round in a cycle"]);
    assert!(
        err.contains("1 → 2 → 1") || err.contains("2 → 1 → 2"),
        "{err}"
    );
    let mut own = data.clone();
    own["pledges"][5]["parent"] = json!(6);
    refused(
        dir.path(),
        "own",
        &own,
        &["pledges[5] (id 6) names itself as its parent"],
    );
}

#[test]
fn import_refuses_notes_over_the_size_limit_as_text_or_as_hex() {
    let (dir, text) = exported();
    let data: Value = serde_json::from_str(&text).unwrap();
    let mut big = data.clone();
    big["notes"][0]["body"] = json!("进".repeat(400_000));
    refused(
        dir.path(),
        "body",
        &big,
        &["notes[0] (id 1)", "\"body\"", "at most 1 MB"],
    );
    let mut hex = data.clone();
    hex["notes"][0]["body_hex"] = json!("ff".repeat(1_100_000));
    refused(
        dir.path(),
        "hex",
        &hex,
        &["notes[0] (id 1)", "\"body_hex\"", "at most 1 MB"],
    );
}

#[test]
fn import_refuses_references_to_rows_it_does_not_hold_naming_them() {
    let (dir, text) = exported();
    let data: Value = serde_json::from_str(&text).unwrap();
    let cases: [(&str, usize, &str, i64, &str); 4] = [
        ("pledges", 2, "letter", 9, "pledge 3 names letter 9"),
        (
            "pledges",
            2,
            "parent",
            99,
            "pledge 3 names parent pledge 99",
        ),
        ("notes", 0, "pledge", 77, "note 1 names pledge 77"),
        (
            "history",
            1,
            "pledge",
            88,
            "history entry 2 names pledge 88",
        ),
    ];
    for (section, row, field, id, says) in cases {
        let mut changed = data.clone();
        changed[section][row][field] = json!(id);
        refused(
            dir.path(),
            &format!("{section}-{field}"),
            &changed,
            &[says, "not in the import"],
        );
    }
}

#[test]
fn import_refuses_the_neighbours_bad_values_duplicates_headers_truncation_and_huge_strings() {
    let (dir, text) = exported();
    let data: Value = serde_json::from_str(&text).unwrap();
    let mut status = data.clone();
    status["pledges"][1]["status"] = json!("finished");
    refused(
        dir.path(),
        "status",
        &status,
        &["pledges[1]", "`finished`", "in_progress"],
    );
    let mut date = data.clone();
    date["notes"][0]["on"] = json!("2026-02-30");
    refused(
        dir.path(),
        "date",
        &date,
        &["notes[0]", "2026-02-30", "YYYY-MM-DD"],
    );
    let mut twice = data.clone();
    let first = twice["pledges"][0].clone();
    twice["pledges"].as_array_mut().unwrap().push(first);
    refused(
        dir.path(),
        "twice",
        &twice,
        &["pledges[20] (id 1): id 1 appears twice"],
    );
    let mut version = data.clone();
    version["schema_version"] = json!(0);
    refused(
        dir.path(),
        "version",
        &version,
        &["\"schema_version\" is 0"],
    );
    let mut missing = data.clone();
    missing.as_object_mut().unwrap().remove("history");
    refused(
        dir.path(),
        "missing",
        &missing,
        &["missing field `history`"],
    );

    // These are not JSON a serializer writes: changed as text.
    let mut half = text.len() / 2;
    while !text.is_char_boundary(half) {
        half -= 1;
    }
    for (name, broken, says) in [
        ("truncated", text[..half].to_string(), "EOF while parsing"),
        ("trailing", format!("{text}{{}}"), "trailing characters"),
        (
            "huge",
            text.replacen(
                "\"title\": \"",
                &format!("\"title\": \"{}", "长".repeat(22 << 20)),
                1,
            ),
            "longer than 64 MB",
        ),
    ] {
        let (out, db) = import_text(dir.path(), name, &broken);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(
            err.contains(says) && err.contains("nothing imported"),
            "{name}: {err}"
        );
        assert_eq!(count(&db, "pledge"), 0, "{name}");
    }
    // A file from another program is still refused by name.
    let mut format = data.clone();
    format["format"] = json!("tasks");
    let (out, db) = import_text(dir.path(), "format", &format.to_string());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a pledge export"));
    assert_eq!(count(&db, "pledge"), 0);
}

#[test]
fn export_import_export_gives_the_same_bytes_whatever_the_order_of_the_sections() {
    let (dir, text) = exported();
    let (out, db) = import_text(dir.path(), "copy", &text);
    stdout(&out);
    assert_eq!(stdout(&pledge(&db, &["export"])), text);
    // What the import builds at the end instead of row by row: the search indexes, and
    // the same schema as a ledger that never imported.
    assert_eq!(schema(&db), schema(&fresh(dir.path())));
    let original = dir.path().join("ledger.db");
    for search in ["氧化镓", "选址论证", "香港"] {
        let args = ["list", "--search", search, "--format", "csv"];
        let found = stdout(&pledge(&db, &args));
        assert!(found.lines().count() > 1, "{search}: {found}");
        assert_eq!(found, stdout(&pledge(&original, &args)), "{search}");
    }
    // Keys sorted (as `jq -S` writes them): notes come before the pledges they update.
    let sorted = serde_json::to_string(&serde_json::from_str::<Value>(&text).unwrap()).unwrap();
    assert!(sorted.find("\"notes\"") < sorted.find("\"pledges\""));
    let (out, db) = import_text(dir.path(), "sorted", &sorted);
    stdout(&out);
    assert_eq!(
        stdout(&pledge(&db, &["export"])),
        text,
        "progress carried over"
    );
}

#[test]
fn the_streamed_export_is_the_serialized_export_byte_for_byte() {
    let (dir, _) = exported();
    let db = dir.path().join("ledger.db");
    let streamed = stdout(&pledge(&db, &["export"]));
    let whole = pledge::store::Store::open(&db).unwrap().export().unwrap();
    assert_eq!(streamed, pledge::json::to_string(&whole).unwrap());
}

#[path = "bounded/streaming.rs"]
mod streaming;
