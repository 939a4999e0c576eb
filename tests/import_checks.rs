//! An import keeps what makes rows trustworthy: a letter's hash is its text's, a note's two
//! spellings are one text, and time stamps are time stamps.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/cli.rs"]
mod support;

use serde_json::Value;
use support::{pledge, stdout};

/// The built-in ledger with one note, as `pledge export` writes it.
fn exported(dir: &std::path::Path) -> Value {
    let db = dir.join("source.db");
    stdout(&pledge(&db, &["init"]));
    stdout(&pledge(&db, &["note", "17", "已指导 12 家"]));
    serde_json::from_str(&stdout(&pledge(&db, &["export"]))).unwrap()
}

/// Imports `data` into a new empty ledger: the exit code, the message, the pledges it holds.
fn import(dir: &std::path::Path, name: &str, data: &Value) -> (Option<i32>, String, String) {
    let db = dir.join(format!("{name}.db"));
    stdout(&pledge(&db, &["init", "--empty"]));
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, data.to_string()).unwrap();
    let out = pledge(&db, &["import", file.to_str().unwrap()]);
    let held = stdout(&pledge(&db, &["list", "--format", "csv"]));
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        held,
    )
}

#[test]
fn a_letter_whose_hash_is_not_its_texts_is_refused_so_it_cannot_come_in_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = exported(dir.path());
    let (code, _, _) = import(dir.path(), "faithful", &data);
    assert_eq!(code, Some(0));
    // Letters of earlier versions' import-letter carry no stamp: still taken.
    let mut unstamped = data.clone();
    unstamped["letters"][0]["added_at"] = Value::from("");
    let (code, err, _) = import(dir.path(), "unstamped", &unstamped);
    assert_eq!(code, Some(0), "{err}");
    data["letters"][0]["sha256"] = Value::from("00".repeat(32));
    let (code, err, held) = import(dir.path(), "forged", &data);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("letters[0]") && err.contains("sha256") && err.contains("expected "),
        "{err}"
    );
    assert!(err.contains("nothing imported"), "{err}");
    assert_eq!(held.lines().count(), 1, "only the CSV header: {held}");
}

#[test]
fn a_note_whose_text_and_bytes_disagree_is_refused_and_agreeing_ones_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = exported(dir.path());
    // The exact bytes of a text that is not UTF-8, with the text as it reads: as export writes.
    data["notes"][0]["body"] = Value::from("A\u{FFFD}");
    data["notes"][0]["body_hex"] = Value::from("41ff");
    let (code, err, _) = import(dir.path(), "agreeing", &data);
    assert_eq!(code, Some(0), "{err}");
    data["notes"][0]["body"] = Value::from("已指导 12 家");
    let (code, err, held) = import(dir.path(), "disagreeing", &data);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("notes[0]") && err.contains("body_hex") && err.contains("nothing imported"),
        "{err}"
    );
    assert_eq!(held.lines().count(), 1, "{held}");
}

#[test]
fn time_stamps_that_are_not_time_stamps_are_refused_in_every_section() {
    let dir = tempfile::tempdir().unwrap();
    let data = exported(dir.path());
    let cases = [
        ("letters", "added_at"),
        ("pledges", "created_at"),
        ("pledges", "updated_at"),
        ("notes", "written_at"),
    ];
    for (section, field) in cases {
        let mut bad = data.clone();
        bad[section][0][field] = Value::from("garbage");
        let (code, err, held) = import(dir.path(), &format!("{section}-{field}"), &bad);
        assert_eq!(code, Some(2), "{section}.{field}: {err}");
        assert!(
            err.contains(&format!("{section}[0]"))
                && err.contains(field)
                && err.contains("YYYY-MM-DDTHH:MM:SSZ"),
            "{err}"
        );
        assert_eq!(held.lines().count(), 1, "{held}");
    }
    let mut bad = data.clone();
    let mut history = bad["history"].as_array().cloned().unwrap_or_default();
    history.push(serde_json::json!({
        "id": 1, "pledge": 17, "field": "status", "old": "pending", "new": "in_progress",
        "changed_at": "2026-13-01T00:00:00Z", "changed_by": "tester", "reason": null
    }));
    bad["history"] = Value::from(history);
    let (code, err, _) = import(dir.path(), "history", &bad);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("changed_at"), "{err}");
}

#[test]
fn an_import_of_what_is_not_a_file_says_what_it_is_with_the_name_inert() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    stdout(&pledge(&db, &["init", "--empty"]));
    let folder = dir.path().join("exports\u{1b}]2;x\u{7}");
    std::fs::create_dir(&folder).unwrap();
    let fifo = dir.path().join("pipe.json");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for (path, says) in [(&folder, "a directory"), (&fifo, "a named pipe (FIFO)")] {
        let out = pledge(&db, &["import", path.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(says), "{err}");
        assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    }
}

/// Every refusal of a file's content names where, says what is wrong and that nothing was
/// imported, with exit code 2 for a malformed file and 1 for one that cannot be imported here.
#[test]
fn refusals_of_an_exports_content_read_as_they_always_have() {
    let dir = tempfile::tempdir().unwrap();
    let data = exported(dir.path());
    let known = pledge::store::LATEST_VERSION;
    type Change = fn(&mut Value);
    let cases: [(&str, Change, i32, String); 11] = [
        (
            "format",
            |d| d["format"] = Value::from("other"),
            1,
            "{file}, line 1: not a pledge export: \"format\" is \"other\", expected \
             \"pledge-ledger\""
                .into(),
        ),
        (
            "zero",
            |d| d["schema_version"] = Value::from(0),
            2,
            format!(
                "{{file}}, line 1: \"schema_version\" is 0; an export's schema version is 1 to \
                 {known}"
            ),
        ),
        (
            "newer",
            |d| d["schema_version"] = Value::from(99),
            1,
            format!(
                "{{file}}, line 1: the export was written by a newer pledge (schema version 99; \
                 this program knows up to {known})"
            ),
        ),
        (
            "id",
            |d| d["pledges"][2]["id"] = Value::from(0),
            2,
            "{file}, line 1: pledges[2]: id 0 is not accepted; ids are whole numbers from 1 up"
                .into(),
        ),
        (
            "hex",
            |d| d["notes"][0]["body_hex"] = Value::from("zz"),
            2,
            "{file}, line 1: notes[0] (id 1): \"body_hex\" is not hexadecimal (pairs of 0-9, a-f)"
                .into(),
        ),
        (
            "rule",
            |d| d["pledges"][0]["title"] = Value::from(""),
            2,
            "{file}, line 1: pledges[0] (id 1) breaks a rule of the ledger (CHECK constraint \
             failed: trim(title) <> '')"
                .into(),
        ),
        (
            "twice",
            |d| d["history"][1]["id"] = d["history"][0]["id"].clone(),
            2,
            "{file}, line 1: history[1] (id 1): id 1 appears twice in history; each id may \
             appear once"
                .into(),
        ),
        (
            "reference",
            |d| d["notes"][0]["pledge"] = Value::from(999),
            2,
            "note 1 names pledge 999, which is not in the import".into(),
        ),
        (
            "cycle",
            |d| {
                d["pledges"][0]["parent"] = Value::from(2);
                d["pledges"][1]["parent"] = Value::from(1);
            },
            2,
            "the parents of pledges 2 → 1 → 2 go round in a cycle; a pledge cannot be its own \
             ancestor"
                .into(),
        ),
        (
            "body cycle",
            |d| {
                let (a, b) = (d["bodies"][0]["id"].clone(), d["bodies"][1]["id"].clone());
                d["bodies"][0]["parent"] = b;
                d["bodies"][1]["parent"] = a;
            },
            2,
            "the parents of bodies 1 → 2 → 1 go round in a cycle; a body cannot be above itself"
                .into(),
        ),
        (
            "day",
            |d| d["pledges"][2]["deadline"] = Value::from("2026-02-30"),
            2,
            "{file} is not a valid pledge export: line 1, column COLUMN: pledges[2]: \
             \"2026-02-30\": there is no such day in the calendar; expected a real calendar \
             date written YYYY-MM-DD (e.g. 2025-12-31), from 1900-01-01 to 9999-12-31"
                .into(),
        ),
    ];
    for (name, change, code, says) in cases {
        let mut bad = data.clone();
        change(&mut bad);
        let (got, err, held) = import(dir.path(), name, &bad);
        let file = dir.path().join(format!("{name}.json"));
        let mut says = says.replace("{file}", &file.display().to_string());
        if let Some(column) = err.split("line 1, column ").nth(1) {
            let column = column.split(':').next().unwrap_or_default();
            says = says.replace("COLUMN", column);
        }
        assert_eq!(err, format!("pledge: {says}; nothing imported\n"), "{name}");
        assert_eq!(got, Some(code), "{name}: {err}");
        assert_eq!(held.lines().count(), 1, "{name}: {held}");
    }
}

#[test]
fn an_import_into_a_ledger_that_holds_pledges_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let data = exported(dir.path());
    let file = dir.path().join("export.json");
    std::fs::write(&file, data.to_string()).unwrap();
    let db = support::ledger_in(dir.path());
    let out = pledge(&db, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "pledge: this ledger already holds 20 pledges and 1 letters; imports go into an empty \
         ledger so that every id is kept (`pledge init --empty --db NEW`, then `pledge import \
         FILE --db NEW`); nothing imported\n"
    );
}

#[test]
fn a_file_cut_in_the_middle_of_a_character_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    stdout(&pledge(&db, &["init", "--empty"]));
    let file = dir.path().join("cut.json");
    std::fs::write(&file, b"{\n \"format\": \"\xE5\xB7").unwrap();
    let out = pledge(&db, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "pledge: {} ends in the middle of a character (line 2): the file is cut short; \
             nothing imported\n",
            file.display()
        )
    );
}

/// A collected sheet row as an export writes it, for pledge 17's note 1.
fn collected_row(id: i64) -> Value {
    serde_json::json!({
        "id": id, "body_id": 1, "body_name": "吉林省科学技术厅", "as_of": "2026-11-28",
        "pledge": 17, "note": 1, "answer": "ab".repeat(32), "file": "催办单.xlsx",
        "collected_at": "2026-11-28T08:00:00Z", "collected_by": "王"
    })
}

/// A case's name, how it spoils the export, and what the refusal says.
type Case = (&'static str, fn(&mut Value), &'static str);

#[test]
fn the_identity_and_collected_rows_are_checked_as_every_row_is() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = exported(dir.path());
    assert!(
        data["identity"]["secret"].is_string(),
        "an export carries it"
    );
    data["collected"] = Value::from(vec![collected_row(1)]);
    let (code, err, _) = import(dir.path(), "kept", &data);
    assert_eq!(code, Some(0), "{err}");
    let cases: [Case; 6] = [
        (
            "secret",
            |d| d["identity"]["secret"] = Value::from("not a secret"),
            "identity[0] (id 1) breaks a rule of the ledger",
        ),
        (
            "made_at",
            |d| d["identity"]["made_at"] = Value::from("yesterday"),
            "identity[0] (id 1): \"made_at\" \"yesterday\" is not a time stamp",
        ),
        (
            "note",
            |d| d["collected"][0]["note"] = Value::from(99),
            "note_id 99",
        ),
        (
            "twice",
            |d| {
                d["collected"] = Value::from(vec![collected_row(1), collected_row(2)]);
            },
            "collected[1] (id 2) breaks a rule of the ledger (UNIQUE constraint failed",
        ),
        (
            "misspelt",
            |d| {
                let row = d["collected"][0].as_object_mut().unwrap();
                let v = row.remove("note").unwrap();
                row.insert("notes".into(), v);
            },
            "unknown field `notes`",
        ),
        (
            "stamp",
            |d| d["collected"][0]["collected_at"] = Value::from("2026-11-28"),
            "collected[0] (id 1): \"collected_at\" \"2026-11-28\" is not a time stamp",
        ),
    ];
    for (name, change, says) in cases {
        let mut bad = data.clone();
        change(&mut bad);
        let (got, err, held) = import(dir.path(), name, &bad);
        assert!(
            err.contains(says) && err.contains("nothing imported"),
            "{name}: {err}"
        );
        assert_ne!(got, Some(0), "{name}");
        assert_eq!(held.lines().count(), 1, "{name}: {held}");
    }
}
