//! Failures with `--lang zh`: the same exit codes as in English, said in Chinese on stderr.

use super::*;

/// Runs `args` in both languages; both fail with the same code. Returns (Chinese, English).
fn both(l: &Ledger, args: &[&str], code: i32) -> (String, String) {
    let english = l.fails(args, code);
    let mut zh = vec!["--lang", "zh"];
    zh.extend(args);
    let chinese = l.fails(&zh, code);
    assert!(
        chinese
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{args:?}: {chinese}"
    );
    (chinese, english)
}

/// What is left of `said` outside quotes (“…”, "…", `…`): no three English words in a row.
fn assert_no_english_sentence(said: &str) {
    let mut kept = String::new();
    let mut closing = None;
    for c in said.chars() {
        match (closing, c) {
            (Some(end), c) if c == end => closing = None,
            (Some(_), _) => {}
            (None, '“') => closing = Some('”'),
            (None, '"') => closing = Some('"'),
            (None, '`') => closing = Some('`'),
            (None, c) => kept.push(c),
        }
    }
    for run in kept.split(|c: char| !c.is_ascii()) {
        let words = run
            .split_whitespace()
            .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
            .count();
        assert!(words < 3, "English {run:?} in {said}");
    }
}

#[test]
fn a_bad_id_and_a_missing_ledger_are_refused_in_chinese_with_the_english_codes() {
    let l = Ledger::new();
    let before = l.export();
    let (zh, en) = both(&l, &["note", "999", "进展顺利"], 1);
    assert!(en.contains("no pledge with id 999"), "{en}");
    assert!(
        zh.contains("没有编号为 999 的事项；本台账的事项编号为 1 至 20"),
        "{zh}"
    );
    assert_no_english_sentence(&zh);
    assert_eq!(l.export(), before, "nothing written");

    let missing = Ledger::uninitialised();
    let (zh, en) = both(&missing, &["list"], 1);
    assert!(en.contains("no ledger at"), "{en}");
    assert!(zh.contains("处没有台账；可用 `pledge init --db"), "{zh}");
    assert_no_english_sentence(&zh);
    assert!(!missing.db.exists(), "no ledger made");
}

#[test]
fn a_busy_ledger_says_so_in_chinese_and_exits_as_in_english() {
    let l = Ledger::new();
    let lock = rusqlite::Connection::open(&l.db).unwrap();
    lock.execute_batch("BEGIN IMMEDIATE").unwrap();
    // Both wait out the busy timeout at once.
    let spawn = |lang: &str| {
        base_command(l.dir.path())
            .args(["--lang", lang, "--db"])
            .arg(&l.db)
            .args(["--today", TODAY, "note", "1", "被挡住的备注"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (zh, en) = (spawn("zh"), spawn("en"));
    let (zh, en) = (
        zh.wait_with_output().unwrap(),
        en.wait_with_output().unwrap(),
    );
    lock.execute_batch("ROLLBACK").unwrap();
    assert_eq!(en.status.code(), Some(4));
    assert_eq!(zh.status.code(), en.status.code());
    let said = String::from_utf8_lossy(&zh.stderr);
    assert!(
        said.contains("台账正忙（另一个 pledge 进程正在写入），请稍后重试；备注未保存"),
        "{said}"
    );
    assert_no_english_sentence(&said);
    assert!(!l.export().to_string().contains("被挡住的备注"));
}

#[test]
fn a_refused_import_file_and_letter_are_said_in_chinese_with_the_english_codes() {
    let l = Ledger::uninitialised();
    l.ok(&["init", "--empty"]);
    let nul = l.dir.path().join("export.json");
    std::fs::write(&nul, b"{\"format\": \"pledge-\0export\"}").unwrap();
    let nul = nul.to_str().unwrap();
    let (zh, en) = both(&l, &["import", nul], 2);
    assert!(en.contains("contains a NUL byte"), "{en}");
    assert!(zh.contains("含有 NUL 字节（第 1 行"), "{zh}");
    assert!(zh.trim_end().ends_with("未导入任何内容"), "{zh}");
    assert_no_english_sentence(&zh);

    let other = l.dir.path().join("other.json");
    std::fs::write(&other, br#"{"format": "csv"}"#).unwrap();
    let (zh, _) = both(&l, &["import", other.to_str().unwrap()], 1);
    assert!(
        zh.contains("不是 pledge 导出文件：\"format\" 为 \"csv\""),
        "{zh}"
    );
    assert_no_english_sentence(&zh);

    let pdf = l.dir.path().join("答复函.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n").unwrap();
    let (zh, en) = both(&l, &["import-letter", pdf.to_str().unwrap(), "--yes"], 2);
    assert!(en.contains("is a damaged PDF"), "{en}");
    assert!(zh.contains("是已损坏的 PDF 文件"), "{zh}");
    assert_no_english_sentence(&zh);
    assert_eq!(count(&l.export(), "letters"), 0, "nothing imported");
}
