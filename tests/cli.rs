//! The built binary against temporary ledgers: every command and every bad input it must refuse.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const TODAY: &str = "2026-11-28";

struct Ledger {
    dir: tempfile::TempDir,
    db: PathBuf,
}

fn base_command(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pledge"));
    cmd.env("PLEDGE_LANG", "en");
    cmd.env_remove("PLEDGE_DB")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("USER", "tester")
        .env("NO_COLOR", "1")
        .env_remove("PLEDGE_CONFIG")
        .env("XDG_CONFIG_HOME", home.join("config"));
    cmd
}

impl Ledger {
    /// A fresh ledger with the built-in letter.
    fn new() -> Ledger {
        let ledger = Ledger::uninitialised();
        ledger.ok(&["init"]);
        ledger
    }

    fn uninitialised() -> Ledger {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let db = dir.path().join("ledger.db");
        Ledger { dir, db }
    }

    fn run_with(&self, args: &[&str], stdin: Option<&[u8]>) -> Output {
        let mut cmd = base_command(self.dir.path());
        cmd.arg("--db")
            .arg(&self.db)
            .arg("--today")
            .arg(TODAY)
            .args(args);
        cmd.stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap_or_else(|e| panic!("spawn: {e}"));
        if let (Some(bytes), Some(mut pipe)) = (stdin, child.stdin.take()) {
            pipe.write_all(bytes)
                .unwrap_or_else(|e| panic!("stdin: {e}"));
        }
        child
            .wait_with_output()
            .unwrap_or_else(|e| panic!("wait: {e}"))
    }

    /// Runs in the zone `tz` (the base command leaves the zone as the tests run).
    fn run_tz(&self, tz: &str, args: &[&str]) -> Output {
        let mut cmd = base_command(self.dir.path());
        cmd.env("TZ", tz)
            .arg("--db")
            .arg(&self.db)
            .arg("--today")
            .arg(TODAY)
            .args(args);
        cmd.output().unwrap_or_else(|e| panic!("spawn: {e}"))
    }

    /// Runs with `PLEDGE_LANG` set to `lang`; returns its standard output.
    fn run_in_lang(&self, lang: &str, args: &[&str]) -> String {
        let mut cmd = base_command(self.dir.path());
        cmd.env("PLEDGE_LANG", lang)
            .arg("--db")
            .arg(&self.db)
            .args(args);
        let out = cmd.output().unwrap_or_else(|e| panic!("spawn: {e}"));
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_with(args, None)
    }

    /// Runs a command that must succeed; returns its standard output.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs a command that must fail with `code`; returns its error message.
    fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        err
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap_or_else(|e| panic!("{args:?}: not JSON: {e}"))
    }

    fn export(&self) -> Value {
        self.json(&["export"])
    }
}

fn count(v: &Value, key: &str) -> usize {
    v[key].as_array().map_or(0, Vec::len)
}

/// Shell completions and the man page.
#[path = "cli/docs.rs"]
mod docs;
/// The writing commands: notes, changes, and the input they refuse.
#[path = "cli/writing.rs"]
mod writing;

#[path = "cli/color.rs"]
mod color;

#[path = "cli/nesting.rs"]
mod nesting;

#[path = "cli/config.rs"]
mod config;

#[path = "cli/chinese.rs"]
mod chinese;

#[test]
fn init_creates_once_and_never_over_an_existing_file() {
    let l = Ledger::uninitialised();
    let out = l.ok(&["init"]);
    assert!(out.contains("1 letter(s) and 20 pledge(s)"), "{out}");
    let err = l.fails(&["init"], 1);
    assert!(err.contains("already there"), "{err}");
    let empty = Ledger::uninitialised();
    assert!(
        empty
            .ok(&["init", "--empty"])
            .contains("0 letter(s) and 0 pledge(s)")
    );
    assert_eq!(empty.ok(&["list"]).trim(), "no pledges match");
}

#[test]
fn a_mistyped_path_is_never_created() {
    let l = Ledger::uninitialised();
    for args in [
        &["list"][..],
        &["note", "1", "x"],
        &["export"],
        &["show", "1"],
    ] {
        let err = l.fails(args, 1);
        assert!(
            err.contains("no ledger at") && err.contains("ledger.db"),
            "{err}"
        );
    }
    assert!(!l.db.exists());
}

#[test]
fn the_default_ledger_is_made_on_first_use_with_the_builtin_pledges() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = base_command(home.path())
        .args(["--today", TODAY, "list", "--format", "json"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("created a new ledger"));
    assert!(home.path().join("data/pledge/ledger.db").is_file());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(list.as_array().map_or(0, Vec::len), 20);
    // PLEDGE_DB names another ledger, which must exist.
    let out = base_command(home.path())
        .env("PLEDGE_DB", home.path().join("elsewhere.db"))
        .arg("list")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("elsewhere.db"));
}

#[test]
fn init_on_a_fresh_machine_makes_the_data_folder_but_not_a_chosen_paths() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = base_command(home.path())
        .args(["init", "--empty"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(home.path().join("data/pledge/ledger.db").is_file());
    // A folder that is not there in a path of one's own is a typo to be told, not made.
    let typo = home.path().join("no-such-folder/ledger.db");
    let out = base_command(home.path())
        .arg("--db")
        .arg(&typo)
        .arg("init")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-folder"));
    assert!(!typo.parent().is_some_and(|d| d.exists()));
}

#[test]
fn other_files_are_refused_and_left_as_they_were() {
    let l = Ledger::uninitialised();
    std::fs::write(&l.db, b"").unwrap_or_default();
    assert!(l.fails(&["list"], 1).contains("empty file (0 bytes)"));
    assert!(l.fails(&["init"], 1).contains("--force"));
    assert_eq!(std::fs::metadata(&l.db).map(|m| m.len()).ok(), Some(0));
    assert!(l.ok(&["init", "--force"]).contains("20 pledge(s)"));
    let junk = Ledger::uninitialised();
    std::fs::write(&junk.db, "garbage, not a database\n".repeat(10)).unwrap_or_default();
    assert!(
        junk.fails(&["show", "1"], 1)
            .contains("not an SQLite database")
    );
    assert!(
        junk.fails(&["init", "--force"], 1)
            .contains("will not create")
    );
}

#[test]
fn list_aligns_chinese_columns_by_display_width() {
    let l = Ledger::new();
    let out = l.ok(&["list"]);
    let lines: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("20") || l.contains("OWNER"))
        .collect();
    assert!(
        out.lines()
            .next()
            .is_some_and(|h| h.contains("TITLE") && h.contains("OWNER"))
    );
    // The DEADLINE column starts at the same display column on every row that has one.
    let starts: Vec<usize> = out
        .lines()
        .filter_map(|line| {
            let at = line
                .find("2025-12-31")
                .or_else(|| line.find("2030-05-19"))
                .or_else(|| line.find("DEADLINE"))?;
            Some(pledge::text::width(&line[..at]))
        })
        .collect();
    assert_eq!(starts.len(), 3, "{out}");
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}\n{out}");
    assert!(!lines.is_empty());
    assert!(out.contains("!17") && out.contains("332d overdue"), "{out}");
}

#[test]
fn list_filters_sorts_and_formats() {
    let l = Ledger::new();
    let overdue = l.json(&["list", "--overdue", "--format", "json"]);
    let items = overdue.as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 1);
    let p = &items[0];
    assert_eq!(p["id"], 17);
    assert_eq!(p["days_overdue"], 332);
    assert_eq!(p["deadline"], "2025-12-31");
    assert_eq!(p["deadline_text"], "2025 年");
    assert_eq!(p["target"]["quantity"], 30);
    assert_eq!(p["target"]["unit"], "家");
    for key in [
        "title", "owner", "status", "progress", "quote", "letter", "parent",
    ] {
        assert!(p.get(key).is_some(), "missing {key}");
    }
    let search = l.json(&["list", "--search", "氧化镓", "--format", "json"]);
    assert_eq!(search[0]["id"], 10);
    let owner = l.json(&["list", "--owner", "中车长客", "--format", "json"]);
    assert_eq!(owner.as_array().map(Vec::len), Some(1));
    let by_id = l.json(&[
        "list", "--sort", "id", "--status", "pending", "--format", "json",
    ]);
    assert_eq!(by_id[0]["id"], 1);
    let csv = l.ok(&["list", "--format", "csv", "--owner", "香港大学"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.records().count(), 4);
    assert!(csv.starts_with("\u{feff}id,status,title,owner,deadline"));
}

#[test]
fn show_prints_fields_quote_letter_notes_and_history() {
    let l = Ledger::new();
    l.ok(&[
        "note",
        "17",
        "已指导 12 家企业规范运作",
        "--on",
        "2026-03-02",
        "--progress",
        "12",
        "--status",
        "in_progress",
    ]);
    l.ok(&[
        "set",
        "17",
        "--deadline",
        "2026-06-30",
        "--why",
        "市场恢复较慢",
    ]);
    let text = l.ok(&["show", "17"]);
    for want in [
        "#17 指导 30 家 2025 年重点拟上市企业规范运作和信息披露",
        "省委金融办、省科技厅、省商务厅",
        "2026-06-30",
        "12/30 家",
        "紧盯重点突破",
        "吉林省科学技术厅, 2025-05-19",
        "朱立伟委员",
        "2026-03-02  tester  progress 12  status → in_progress",
        "已指导 12 家企业规范运作",
        "deadline: 2025-12-31 → 2026-06-30  why: 市场恢复较慢",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    let json = l.json(&["show", "17", "--format", "json"]);
    assert_eq!(json["notes"][0]["on"], "2026-03-02");
    assert_eq!(json["notes"][0]["body"], "已指导 12 家企业规范运作");
    assert_eq!(json["notes"][0]["author"], "tester");
    assert_eq!(json["notes"][0]["progress"], 12);
    assert_eq!(json["notes"][0]["status"], "in_progress");
    assert_eq!(json["progress"], 12);
    assert!(count(&json, "history") >= 3);
    let parent = l.json(&["show", "1", "--format", "json"]);
    assert_eq!(parent["children"], serde_json::json!([2, 3, 4, 5]));
}

#[test]
fn export_and_import_round_trip_and_refuse_bad_files_whole() {
    let l = Ledger::new();
    l.ok(&[
        "note",
        "13",
        "已提供名单，含 \"优质\" 企业, <b>|</b>",
        "--progress",
        "766",
        "--status",
        "done",
        "--why",
        "名单已提供",
    ]);
    let exported = l.ok(&["export"]);
    let file = l.dir.path().join("export.json");
    std::fs::write(&file, &exported).unwrap_or_default();
    let copy = Ledger::uninitialised();
    copy.ok(&["init", "--empty"]);
    let file_arg = file.to_string_lossy().into_owned();
    assert!(
        copy.ok(&["import", &file_arg])
            .contains("imported 1 letter(s), 20 pledge(s), 1 note(s)")
    );
    assert_eq!(copy.ok(&["export"]), exported, "lossless");
    // Into a ledger with data: refused, nothing added.
    assert!(
        copy.fails(&["import", &file_arg], 1)
            .contains("empty ledger")
    );

    let target = Ledger::uninitialised();
    target.ok(&["init", "--empty"]);
    let broken = l.dir.path().join("broken.json");
    std::fs::write(
        &broken,
        exported.replacen("\"pledges\": [", "\"pledges\": [,", 1),
    )
    .unwrap_or_default();
    let err = target.fails(&["import", &broken.to_string_lossy()], 2);
    assert!(
        err.contains("line") && err.contains("nothing imported"),
        "{err}"
    );
    let latin1 = l.dir.path().join("latin1.json");
    std::fs::write(&latin1, b"{\n\"format\": \"caf\xe9\"}").unwrap_or_default();
    let err = target.fails(&["import", &latin1.to_string_lossy()], 2);
    assert!(err.contains("not UTF-8") && err.contains("line 2"), "{err}");
    let bad_date = l.dir.path().join("bad-date.json");
    std::fs::write(&bad_date, exported.replacen("2025-12-31", "2025-02-30", 1)).unwrap_or_default();
    let err = target.fails(&["import", &bad_date.to_string_lossy()], 2);
    assert!(err.contains("2025-02-30"), "{err}");
    assert!(
        target
            .fails(&["import", &l.dir.path().to_string_lossy()], 2)
            .contains("directory")
    );
    assert_eq!(count(&target.export(), "pledges"), 0);
}

#[test]
fn a_closed_output_pipe_ends_quietly() {
    let l = Ledger::new();
    let mut child = base_command(l.dir.path())
        .arg("--db")
        .arg(&l.db)
        .arg("list")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
/// Failures said in Chinese.
#[path = "cli/errors_zh.rs"]
mod errors_zh;
/// `--lang`, `PLEDGE_LANG` and the locale.
#[path = "cli/lang.rs"]
mod lang;

#[path = "cli/letters.rs"]
mod letters;

#[path = "cli/deadlines.rs"]
mod deadlines;

/// `import-letter` given several files or a folder.
#[path = "cli/many_letters.rs"]
mod many_letters;
