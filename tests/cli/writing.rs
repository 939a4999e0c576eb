//! The writing commands against a temporary ledger: notes from arguments or standard input,
//! every change recorded, and bad input refused by name with nothing written.

use super::*;

#[test]
fn notes_come_from_arguments_or_standard_input() {
    let l = Ledger::new();
    l.ok(&[
        "note",
        "4",
        "首批 20 名高级人才已入选",
        "--author",
        "王科长",
    ]);
    let out = l.run_with(
        &["note", "4", "-"],
        Some("第一行\n第二行：引进团队 3 个\n".as_bytes()),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = l.json(&["show", "4", "--format", "json"]);
    let bodies: Vec<&str> = shown["notes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n["body"].as_str())
        .collect();
    assert!(
        bodies.contains(&"第一行\n第二行：引进团队 3 个"),
        "{bodies:?}"
    );
    assert!(bodies.contains(&"首批 20 名高级人才已入选"));
    assert_eq!(shown["notes"][1]["author"], "王科长");
    let bad = l.run_with(&["note", "4", "-"], Some(b"\xff\xfe not utf-8"));
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(count(&l.export(), "notes"), 2);
}

#[test]
fn bad_input_names_the_field_the_value_and_what_is_accepted_and_writes_nothing() {
    let l = Ledger::new();
    let before = l.export();
    for date in [
        "2025-02-30",
        "2025-13-01",
        "2025-2-30",
        "2025/6-3",
        "31/12/2025",
        "0000-01-01",
        "",
    ] {
        let err = l.fails(
            &["add", "--title", "t", "--owner", "o", "--deadline", date],
            2,
        );
        assert!(
            err.contains("--deadline") && err.contains(date) && err.contains("YYYY-MM-DD"),
            "{err}"
        );
        let err = l.fails(&["note", "1", "x", "--on", date], 2);
        assert!(err.contains("--on") && err.contains("YYYY-MM-DD"), "{err}");
        let err = l.fails(&["set", "1", "--deadline", date], 2);
        assert!(err.contains("--deadline") && err.contains("none"), "{err}");
    }
    for (args, says) in [
        (&["note", "1", "x", "--progress", "-3"][..], "zero or more"),
        (&["note", "1", "x", "--progress", "abc"], "not a number"),
        (
            &["note", "1", "x", "--status", "finished"],
            "pending, in_progress, stalled, done, partial, dropped",
        ),
        (&["set", "1", "--status", "closed"], "expected one of"),
        (&["add", "--title", "", "--owner", "o"], "--title"),
        (&["add", "--title", "t", "--owner", "   "], "--owner"),
        (
            &["add", "--title", "t", "--owner", "o", "--target", "-1"],
            "--target",
        ),
        (&["show", "abc"], "pledge id"),
        (&["show", "0"], "pledge id"),
        (&["note", "1", "   "], "expected some text"),
        (&["note", "1", "x", "--on", "2026-12-01"], "after today"),
        (&["set", "1"], "nothing to change"),
        (&["list", "--sort", "colour"], "possible values"),
        (&["list", "--today", "2026-02-30"], "--today"),
    ] {
        let err = l.fails(args, 2);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    for (args, says) in [
        (&["show", "99"][..], "no pledge with id 99"),
        (&["note", "99", "x"], "no pledge with id 99"),
        (&["set", "99", "--status", "done"], "no pledge with id 99"),
        (
            &["add", "--title", "t", "--owner", "o", "--parent", "99"],
            "99",
        ),
    ] {
        let err = l.fails(args, 1);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert_eq!(l.export(), before, "nothing was written");
}

#[test]
fn add_and_set_record_every_change() {
    let l = Ledger::new();
    let out = l.ok(&[
        "add",
        "--title",
        "建成 3 条示范线",
        "--owner",
        "中车长客",
        "--deadline",
        "2027-06-30",
        "--deadline-text",
        "明年上半年",
        "--target",
        "3",
        "--unit",
        "条",
        "--quote",
        "将建成示范线。",
        "--parent",
        "6",
        "--letter",
        "1",
        "--status",
        "in_progress",
    ]);
    assert!(out.contains("added pledge #21"), "{out}");
    let p = l.json(&["show", "21", "--format", "json"]);
    assert_eq!(p["parent"], 6);
    assert_eq!(p["letter"], 1);
    assert_eq!(p["status"], "in_progress");
    assert_eq!(p["target"]["text"], Value::Null);
    let out = l.ok(&[
        "set",
        "21",
        "--owner",
        "中车长春轨道客车股份有限公司",
        "--target",
        "5",
        "--unit",
        "条",
        "--why",
        "扩大范围",
    ]);
    assert!(
        out.contains("owner: 中车长客 → 中车长春轨道客车股份有限公司"),
        "{out}"
    );
    assert!(out.contains("target_quantity: 3 → 5"), "{out}");
    assert!(
        l.ok(&["set", "21", "--deadline", "none", "--why", "改为常态化工作"])
            .contains("deadline: 2027-06-30 → (none)")
    );
    assert!(
        l.ok(&["set", "21", "--no-target"])
            .contains("target_quantity: 5 → (none)")
    );
    assert!(
        l.ok(&["set", "21", "--status", "in_progress"])
            .contains("nothing changed")
    );
    let history = l.json(&["show", "21", "--format", "json"])["history"].clone();
    let fields: Vec<&str> = history
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["field"].as_str())
        .collect();
    assert_eq!(
        fields,
        [
            "created",
            "owner",
            "target_quantity",
            // The new owner names another body.
            "bodies",
            "deadline",
            "target_quantity",
            "target_unit"
        ]
    );
    assert_eq!(history[1]["reason"], "扩大范围");
}

#[test]
fn with_user_unset_a_note_is_written_by_the_login_name_the_system_knows() {
    let ledger = Ledger::new();
    let login = Command::new("id").arg("-un").output().unwrap();
    let login = String::from_utf8(login.stdout).unwrap().trim().to_string();
    let mut cmd = base_command(ledger.dir.path());
    cmd.env_remove("USER")
        .env_remove("LOGNAME")
        .env_remove("USERNAME")
        .arg("--db")
        .arg(&ledger.db)
        .args(["--today", TODAY, "note", "1", "选址已定"]);
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let shown = ledger.json(&["show", "1", "--format", "json"]);
    assert_eq!(shown["notes"][0]["author"], login.as_str(), "{shown}");
    assert_ne!(login, "anonymous");
}
