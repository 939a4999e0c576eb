//! `pledge collect` on a terminal: it shows what it will add and asks; `n` adds nothing, `y`
//! adds it. The progress shown on a terminal by request, collect, import and backup.

use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};

use super::session::*;

/// The request of 香港大学 answered for pledge #4 and saved as CSV; its path.
fn answered_sheet(dir: &std::path::Path, db: &std::path::Path) -> std::path::PathBuf {
    let out = dir.join("out");
    let made = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .args(["--today", "2026-11-28", "--db"])
        .arg(db)
        .args(["request", "--owner", "香港大学", "-o"])
        .arg(&out)
        .output()
        .expect("request");
    assert!(made.status.success(), "{made:?}");
    let sheet = std::fs::read_dir(&out)
        .expect("out")
        .next()
        .expect("a sheet")
        .expect("entry");
    let mut book: Xlsx<_> = open_workbook(sheet.path()).expect("xlsx");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("sheet");
    let mut csv = csv::Writer::from_writer(Vec::new());
    for row in range.rows() {
        let mut cells: Vec<String> = row
            .iter()
            .map(|d| match d {
                Data::Empty => String::new(),
                Data::Float(f) => format!("{f}"),
                other => other.to_string(),
            })
            .collect();
        if cells.first().map(String::as_str) == Some("4") {
            cells[7] = "首批人才已到岗".into();
        }
        csv.write_record(&cells).expect("row");
    }
    let path = dir.join("answered.csv");
    std::fs::write(&path, csv.into_inner().expect("csv")).expect("write");
    path
}

#[test]
fn collect_asks_on_a_terminal_and_adds_only_after_yes() {
    let (dir, db) = ledger();
    let sheet = answered_sheet(dir.path(), &db);
    let run = || {
        let mut cmd = command(&db);
        cmd.arg("collect");
        cmd.arg(&sheet);
        Session::spawn(cmd)
    };
    let mut s = run();
    s.wait_for("Add this note? [y/N]");
    s.send(b"n\r");
    s.wait_for("nothing added");
    assert!(s.wait_exit().success());
    let mut s = run();
    s.wait_for("#4 5 年内培养 100 名以上高…");
    s.wait_for("Add this note? [y/N]");
    s.send(b"y\r");
    s.wait_for("added 1 note");
    assert!(s.wait_exit().success());
}

#[test]
fn request_and_collect_on_a_terminal_count_bodies_and_files_on_a_bar() {
    let (dir, db) = ledger();
    let out = dir.path().join("requests");
    let mut cmd = command(&db);
    cmd.arg("request");
    cmd.arg("-o");
    cmd.arg(&out);
    let mut s = Session::spawn(cmd);
    assert!(s.wait_exit().success());
    let made = std::fs::read_dir(&out).expect("out").count();
    assert!(made > 1, "{made} sheets");
    s.wait_for("(1 pledge)");
    let raw = String::from_utf8_lossy(&s.raw.lock().expect("raw")).into_owned();
    assert!(counted(&raw, made), "the bar counts the bodies: {raw}");

    let sheet = answered_sheet(dir.path(), &db);
    let mut cmd = command(&db);
    cmd.args(["collect", "--dry-run"]);
    for _ in 0..3 {
        cmd.arg(&sheet);
    }
    let mut s = Session::spawn(cmd);
    assert!(s.wait_exit().success());
    let raw = String::from_utf8_lossy(&s.raw.lock().expect("raw")).into_owned();
    assert!(counted(&raw, 3), "the bar counts the files: {raw}");
}

/// Whether `raw` shows a count `k/len` of a bar.
fn counted(raw: &str, len: usize) -> bool {
    let of = format!("/{len} ");
    raw.match_indices(&of)
        .any(|(at, _)| raw[..at].ends_with(|c: char| c.is_ascii_digit()))
}

#[test]
fn import_of_a_large_export_and_backup_on_a_terminal_show_their_progress() {
    let (dir, db) = ledger();
    // Notes near the size limit make an export past the size a bar is drawn from.
    let long = "进展情况说明。".repeat(40_000);
    for _ in 0..5 {
        let mut note = Command::new(BIN)
            .env("PLEDGE_LANG", "en")
            .arg("--db")
            .arg(&db)
            .args(["note", "4", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("note");
        use std::io::Write;
        note.stdin
            .take()
            .expect("stdin")
            .write_all(long.as_bytes())
            .expect("written");
        assert!(note.wait().expect("note").success());
    }
    let export = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .arg("--db")
        .arg(&db)
        .arg("export")
        .output()
        .expect("export");
    let file = dir.path().join("export.json");
    std::fs::write(&file, &export.stdout).expect("written");
    assert!(
        export.stdout.len() as u64 >= 4 << 20,
        "{}",
        export.stdout.len()
    );
    let copy = dir.path().join("copy.db");
    let made = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .arg("--db")
        .arg(&copy)
        .args(["init", "--empty"])
        .output()
        .expect("init");
    assert!(made.status.success(), "{made:?}");
    let mut cmd = command(&copy);
    cmd.arg("import");
    cmd.arg(&file);
    let mut s = Session::spawn(cmd);
    assert!(s.wait_exit().success());
    let raw = String::from_utf8_lossy(&s.raw.lock().expect("raw")).into_owned();
    assert!(
        raw.contains(" MiB/"),
        "the bar counts the bytes read: {raw}"
    );

    let mut cmd = command(&db);
    cmd.arg("backup");
    cmd.arg(dir.path().join("backup.db"));
    let mut s = Session::spawn(cmd);
    assert!(s.wait_exit().success());
    let raw = String::from_utf8_lossy(&s.raw.lock().expect("raw")).into_owned();
    // indicatif's spinner (a braille dot) and the time so far.
    let spun = ["⠁", "⠂", "⠄", "⡀", "⢀", "⠠", "⠐", "⠈"]
        .iter()
        .any(|dot| raw.contains(&format!("{dot} 0s")));
    assert!(spun, "the spinner with the time so far: {raw}");
}
