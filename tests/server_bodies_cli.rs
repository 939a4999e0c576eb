//! The bodies', letters' and request sheets' commands (`bodies`, `body …`, `letters`,
//! `letter …`, `confirm`, `request`, `collect`) say the same on a ledger file and on a server
//! ledger: each step runs on both and what they print, and how they exit, is compared. The
//! server's database sorts text by Chinese rules, as an office's is made: the lists still come
//! in the file's order.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing
#[path = "support/cli.rs"]
mod cli;
#[allow(dead_code)] // this file fills answers, no CSV or formulas
#[path = "sheets/fill.rs"]
mod fill;
#[path = "support/pg.rs"]
mod pg;

use std::path::{Path, PathBuf};

/// A new ledger with the built-in letter on each backend: a file, and a server database that
/// sorts by Chinese rules.
fn both(test: &str) -> Option<(tempfile::TempDir, [String; 2])> {
    let url = pg::database_zh(test)?;
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ledger.db").display().to_string();
    for db in [&file, &url] {
        assert!(cli::pledge(Path::new(db), &["init"]).status.success());
    }
    Some((dir, [file, url]))
}

/// How a command ended and what it printed, with `place` (a folder of this ledger's own)
/// written as `DIR`.
fn said(
    db: &str,
    lang: &str,
    args: &[&str],
    place: Option<&Path>,
) -> (Option<i32>, String, String) {
    let out = cli::command(Path::new(db), args)
        .env("PLEDGE_LANG", lang)
        .output()
        .expect("the pledge binary runs");
    let text = |b: &[u8]| {
        let s = String::from_utf8_lossy(b).into_owned();
        match place {
            Some(p) => s.replace(&p.display().to_string(), "DIR"),
            None => s,
        }
    };
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

/// Runs each step on both ledgers and asserts they said the same; returns what the file said.
fn same(dbs: &[String; 2], lang: &str, steps: &[&[&str]]) -> Vec<(Option<i32>, String, String)> {
    let mut all = Vec::new();
    for args in steps {
        let [file, server] = dbs.each_ref().map(|db| said(db, lang, args, None));
        assert_eq!(file, server, "{args:?}");
        all.push(file);
    }
    all
}

#[test]
fn the_body_and_letter_commands_say_the_same_on_a_file_and_a_server() {
    let Some((_dir, dbs)) = both("bodies_cli") else {
        return;
    };
    let steps: &[&[&str]] = &[
        &["bodies"],
        &["bodies", "--format", "json"],
        &["bodies", "--format", "csv"],
        &["body", "show", "省科技厅"],
        &["body", "show", "吉林省科技厅", "--format", "json"],
        &["body", "alias", "省商务厅", "吉林省商务厅"],
        &["body", "alias", "省商务厅", "Commerce"],
        &["body", "alias", "省商务厅", "省科技厅"],
        &["body", "alias", "没有的单位", "别名"],
        &["body", "rename", "省科技厅", "科技厅"],
        &["body", "rename", "省商务厅", "省委金融办"],
        &[
            "body",
            "set",
            "省科研院",
            "--parent",
            "科技厅",
            "--contact",
            "张三",
        ],
        &["body", "set", "科技厅", "--parent", "省科研院"],
        &["body", "set", "科技厅", "--parent", "没有的单位"],
        &["body", "set", "科技厅"],
        &["body", "merge", "澳门科技大学", "香港大学"],
        &["body", "merge", "香港大学", "香港大学"],
        &["body", "show", "澳门科技大学", "--format", "json"],
        &["body", "show", "省科研院"],
        &["bodies"],
        &["letters"],
        &["letters", "--format", "csv"],
        &[
            "letter",
            "set",
            "1",
            "--reference",
            "吉科建〔2025〕12号",
            "--category",
            "A",
        ],
        &["letter", "set", "1", "--reference", "吉科建〔2025〕12号"],
        &["letter", "set", "9", "--reference", "x"],
        &["letter", "set", "1", "--category", "Z"],
        &["letter", "show", "1"],
        &["letter", "show", "1", "--format", "json"],
        &["set", "17", "--deadline", "none", "--why", "改为常态化工作"],
        &["confirm", "17", "--why", " "],
        &["confirm", "4", "--why", "核准"],
        &["letters", "--format", "json"],
        &["confirm", "17", "--why", "经督查室核准"],
        &["confirm", "17", "--why", "再次"],
        &["letters", "--format", "json"],
    ];
    let said = same(&dbs, "en", steps);
    // What was compared is what a file says: the refusals refused, the rest done.
    let codes: Vec<Option<i32>> = said.iter().map(|(c, _, _)| *c).collect();
    let refused = [7, 8, 10, 12, 13, 14, 16, 24, 25, 29, 30, 33];
    for (n, code) in codes.iter().enumerate() {
        let want = if refused.contains(&n) { 2 } else { 0 };
        assert_eq!(*code, Some(want), "{:?}: {}", steps[n], said[n].2);
    }
    assert!(said[0].1.starts_with("BODY"), "{}", said[0].1);
    let order: Vec<&str> = said[19]
        .1
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        order,
        [
            "科技厅",
            "省商务厅",
            "省委金融办",
            "香港大学",
            "中国农科院特产研究所",
            "中车长客",
            "省科研院",
            "长春新区",
            "长春理工大学",
        ],
        "by overdue, open, then the bytes of the name"
    );
    assert!(said[32].1.contains("Confirmed #17"), "{}", said[32].1);
    // In Chinese too.
    same(
        &dbs,
        "zh",
        &[&["bodies"], &["body", "show", "省委金融办"], &["letters"]],
    );
}

/// The sheet `request` wrote for `body` into `out`, as it said.
fn sheet_of(said: &str, out: &Path, body: &str) -> PathBuf {
    let line = said
        .lines()
        .find(|l| l.contains(body))
        .unwrap_or_else(|| panic!("{said}"));
    let name = line
        .split_once("DIR/")
        .and_then(|(_, rest)| rest.split_once(' '))
        .map(|(name, _)| name)
        .unwrap_or_else(|| panic!("{line}"));
    out.join(name)
}

#[test]
fn request_and_collect_say_the_same_on_a_file_and_a_server() {
    let Some((dir, dbs)) = both("sheets_cli") else {
        return;
    };
    let outs = [dir.path().join("file-out"), dir.path().join("server-out")];
    let run = |n: usize, args: &[&str]| said(&dbs[n], "en", args, Some(&outs[n]));
    let pair = |args: &dyn Fn(usize) -> Vec<String>| {
        let [a, b] = [0, 1].map(|n| {
            let args = args(n);
            run(n, &args.iter().map(String::as_str).collect::<Vec<_>>())
        });
        assert_eq!(a, b);
        a
    };
    let out = |n: usize| outs[n].display().to_string();
    let requested = pair(&|n| vec!["request".into(), "-o".into(), out(n)]);
    assert_eq!(requested.0, Some(0), "{}", requested.2);
    assert_eq!(requested.1.lines().count(), 10, "{}", requested.1);
    // A sheet of each, filled in as 香港大学 would, and collected.
    let filled: Vec<PathBuf> = (0..2)
        .map(|n| {
            let sheet = sheet_of(&requested.1, &outs[n], "香港大学");
            let cells = fill::grid(&sheet);
            let row = fill::row_of(&cells, 4);
            let answers = [
                (row, fill::NOTE, fill::t("首批 20 名高级人才已入职")),
                (row, fill::ON, fill::t("2026年11月20日")),
                (row, fill::QUANTITY, fill::V::Number(20.0)),
                (row, fill::STATUS, fill::t("推进中")),
            ];
            fill::refill(&sheet, &outs[n].join("回收-港大.xlsx"), &answers)
        })
        .collect();
    let path = |n: usize| filled[n].display().to_string();
    let dry = pair(&|n| vec!["collect".into(), path(n), "--dry-run".into()]);
    assert_eq!(dry.0, Some(0), "{}", dry.2);
    let added = pair(&|n| vec!["collect".into(), path(n), "--yes".into()]);
    assert_eq!(added.0, Some(0), "{}", added.2);
    assert!(added.1.ends_with("added 1 note (#1–#1)\n"), "{}", added.1);
    let again = pair(&|n| vec!["collect".into(), path(n), "--yes".into()]);
    assert_eq!(again.0, Some(0), "{}", again.2);
    assert!(again.1.ends_with("nothing to add\n"), "{}", again.1);
    // A sheet of the other ledger is refused: each is signed with its own ledger's secret.
    for n in 0..2 {
        let crossed = run(n, &["collect", &path(1 - n), "--dry-run"]);
        assert_ne!(crossed.0, Some(0), "{}", crossed.1);
    }
    let page = pair(&|_| vec!["body".into(), "show".into(), "香港大学".into()]);
    assert!(
        page.1.contains("4  lead      in_progress  2030-05-19"),
        "{}",
        page.1
    );
    assert!(
        again.1.contains("collected before (note #1)"),
        "{}",
        again.1
    );
}
