//! Several letters imported at once: a folder's letter files one after another, a bad one
//! refused without stopping the others, and a summary at the end in either language.

use super::*;

const ROADS: &str = "张三代表:\n您提出的《关于加强农村公路养护的建议》收悉。现答复如下:\n\
    二、下一步工作打算\n1.加快危桥改造。2026年底前完成剩余8座危桥改造。\n\
    2.县公路段将于2027年6月底前完成养护站建设。\n\
    感谢您对交通工作的关心。\n某县交通运输局\n2026年3月1日\n";

const WATER: &str = "李四委员:\n您提出的《关于改善农村饮水的提案》收悉。现答复如下:\n\
    下一步,我局将于2026年底前新建3座水厂。\n\
    感谢您对水利工作的关心。\n某县水利局\n2026年4月2日\n";

/// A folder of two good letters, one file that is no letter and one that is not read at all.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let put =
        |name: &str, bytes: &[u8]| std::fs::write(dir.path().join(name), bytes).expect("write");
    put("a-roads.txt", ROADS.as_bytes());
    put("b-scan.docx", b"%PDF-1.7 a scan saved under the wrong name");
    put(
        "c-water.html",
        format!(
            "<html><body><p>{}</p></body></html>",
            WATER.replace('\n', "</p><p>")
        )
        .as_bytes(),
    );
    put("notes.md", "not a letter, not read".as_bytes());
    dir
}

fn letters(l: &Ledger) -> usize {
    l.json(&["letters", "--format", "json"])
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn a_folder_is_added_letter_by_letter_and_a_bad_file_stops_none_of_the_others() {
    let l = Ledger::new();
    let before = (letters(&l), count(&l.export(), "pledges"));
    let dir = folder();
    let path = dir.path().to_str().expect("path");
    let out = l.run(&["import-letter", path, "--yes"]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    let added: Vec<&str> = stdout
        .lines()
        .filter(|s| s.contains("added letter #"))
        .collect();
    assert_eq!(added.len(), 2, "{stdout}");
    assert!(
        added[0].contains("a-roads.txt: added letter") && added[1].contains("c-water.html"),
        "{stdout}"
    );
    assert!(
        stdout.contains("2 letters read, 3 pledges found, 1 letter refused, 3 pledges added"),
        "{stdout}"
    );
    let refused = stdout
        .lines()
        .find(|s| s.contains("b-scan.docx"))
        .expect("refusal said");
    assert!(
        refused.starts_with("  ") && refused.ends_with("nothing imported"),
        "{refused}"
    );
    assert!(!stdout.contains("notes.md"), "{stdout}");
    assert!(stderr.contains("1 letter of 3 not imported"), "{stderr}");
    assert_eq!(
        (letters(&l), count(&l.export(), "pledges")),
        (before.0 + 2, before.1 + 3),
        "both good letters added whole, the bad one not at all"
    );

    // Again: both are already in the ledger; nothing is added twice.
    let again = l.run(&["import-letter", path, "--yes"]);
    let said = String::from_utf8_lossy(&again.stdout).into_owned();
    assert_eq!(again.status.code(), Some(1), "{said}");
    assert!(
        said.contains("a-roads.txt: this letter is already in the ledger"),
        "{said}"
    );
    assert!(
        said.contains("3 letters refused, 0 pledges added"),
        "{said}"
    );
    assert_eq!(letters(&l), before.0 + 2);
}

#[test]
fn the_summary_is_said_in_chinese_too() {
    let l = Ledger::new();
    let dir = folder();
    let mut cmd = base_command(l.dir.path());
    let out = cmd
        .env("PLEDGE_LANG", "zh")
        .arg("--db")
        .arg(&l.db)
        .args(["import-letter", dir.path().to_str().expect("path"), "--yes"])
        .output()
        .expect("run");
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("读取来函2件，找到事项3项，未导入来函1件，已添加事项3项"),
        "{said}"
    );
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(err.contains("3件来函中有1件未导入"), "{err}");
}

#[test]
fn several_files_named_are_printed_by_a_dry_run_and_nothing_is_written() {
    let l = Ledger::new();
    let before = letters(&l);
    let dir = folder();
    let roads = dir.path().join("a-roads.txt");
    let water = dir.path().join("c-water.html");
    let said = l.ok(&[
        "import-letter",
        roads.to_str().expect("path"),
        water.to_str().expect("path"),
        "--dry-run",
    ]);
    assert!(
        said.contains("── ") && said.contains("a-roads.txt ──"),
        "{said}"
    );
    assert!(said.contains("某县水利局"), "{said}");
    assert!(
        said.contains("2 letters read, 3 pledges found, 0 letters refused"),
        "{said}"
    );
    assert!(!said.contains("added"), "{said}");
    assert_eq!(letters(&l), before);
    // Reviewing needs a terminal: refused before any letter is read or added.
    let err = l.fails(&["import-letter", dir.path().to_str().expect("path")], 2);
    assert!(err.contains("terminal"), "{err}");
    assert_eq!(letters(&l), before);
}

#[test]
fn no_progress_bar_reaches_a_standard_error_that_is_not_a_terminal() {
    let l = Ledger::new();
    let dir = folder();
    let out = l.run(&["import-letter", dir.path().to_str().expect("path"), "--yes"]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !err.contains('\u{1b}') && !err.contains("/3") && !err.contains('█'),
        "a pipe gets no bar: {err:?}"
    );
    assert!(err.contains("1 letter of 3 not imported"), "{err}");
}
