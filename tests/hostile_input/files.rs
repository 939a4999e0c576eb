//! Hostile files and outputs: broken imports, notes that are not UTF-8, outputs that cannot
//! be written.

use super::*;

#[test]
fn impossible_dates_are_refused_everywhere_with_the_accepted_form() {
    let (dir, db) = hostile_ledger();
    for date in [
        "2025-02-30",
        "2025-02-29",
        "2025-13-01",
        "0000-01-01",
        "2025-2-30",
        " 2025-02-03",
        "+262144-01-01",
        "31/12/2025",
        "",
    ] {
        for args in [
            &["note", "3", "x", "--on", date][..],
            &["set", "3", "--deadline", date],
            &["list", "--today", date],
            &["report", "overdue", "--as-of", date],
        ] {
            let out = pledge(&db, args);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.contains("YYYY-MM-DD"), "{args:?}: {err}");
        }
        let file = dir.path().join("dated.json");
        let export = stdout(&pledge(&db, &["export"])).replace("2026-03-31", date);
        std::fs::write(&file, export).unwrap();
        let copy = dir.path().join("copy.db");
        let _ = std::fs::remove_file(&copy);
        assert!(pledge(&copy, &["init", "--empty"]).status.success());
        let out = pledge(&copy, &["import", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{date:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    }
    assert!(
        pledge(
            &db,
            &["set", "3", "--deadline", "2024-02-29", "--why", "闰日"]
        )
        .status
        .success()
    );
}

fn import_file(bytes: &[u8], name: &[u8]) -> (tempfile::TempDir, PathBuf, Output) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    assert!(pledge(&db, &["init", "--empty"]).status.success());
    let file = dir.path().join(std::ffi::OsStr::from_bytes(name));
    std::fs::write(&file, bytes).unwrap();
    let out = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .env_remove("PLEDGE_DB")
        .arg("--db")
        .arg(&db)
        .arg("import")
        .arg(&file)
        .output()
        .unwrap();
    (dir, db, out)
}

fn pledges_in(db: &Path) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row("SELECT count(*) FROM pledge", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn broken_import_files_are_refused_whole_with_where_and_why() {
    let (_dir, db) = hostile_ledger();
    let good = stdout(&pledge(&db, &["export"]));
    let latin1: Vec<u8> = good
        .replacen("普通标题", "caf\u{e9}", 1)
        .chars()
        .map(|c| c as u32 as u8)
        .collect();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(good.encode_utf16().flat_map(u16::to_le_bytes));
    let mut nul = good.clone().into_bytes();
    let at = good.find("\"notes\"").unwrap();
    nul[at] = 0;
    for (bytes, says) in [
        (latin1, "not UTF-8 text (line"),
        (utf16, "UTF-16"),
        (nul, "NUL byte (line"),
    ] {
        let (_d, db, out) = import_file(&bytes, b"import.json");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains(says) && err.contains("nothing imported"),
            "{err}"
        );
        assert_eq!(pledges_in(&db), 0);
    }
    // CRLF line ends are still JSON, and a file name that is not UTF-8 is still a file.
    let (_d, db, out) = import_file(good.replace('\n', "\r\n").as_bytes(), b"crlf.json");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(pledges_in(&db), 3);
    let (_d, db, out) = import_file(good.as_bytes(), b"\xe5\xaf\xbc\xff\xfe.json");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(pledges_in(&db), 3);
    // A directory and a FIFO (reading which would wait forever) are refused.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let empty = dir.path().join("ledger.db");
    assert!(pledge(&empty, &["init", "--empty"]).status.success());
    for (path, says) in [
        (&fifo, "not a regular file"),
        (&dir.path().to_path_buf(), "directory"),
    ] {
        let out = pledge(&empty, &["import", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains(says));
    }
}

#[test]
fn a_note_that_is_not_utf8_still_works_and_exports_its_bytes() {
    let (dir, db) = hostile_ledger();
    let conn = Connection::open(&db).unwrap();
    conn.execute(
        "INSERT INTO note (pledge_id, happened_on, written_at, author, body) \
         VALUES (3, '2026-03-01', '2026-03-01T00:00:00Z', 'other tool', CAST(x'e8bf9bff4142' AS TEXT))",
        [],
    )
    .unwrap();
    drop(conn);
    let shown = stdout(&pledge(&db, &["show", "3"]));
    assert!(shown.contains("进\u{fffd}AB"), "{shown}");
    for args in [&["list"][..], &["report", "overdue"], &["check"]] {
        stdout(&pledge(&db, args));
    }
    let export = stdout(&pledge(&db, &["export"]));
    assert!(
        export.contains("\"body_hex\": \"e8bf9bff4142\""),
        "{export}"
    );
    let file = dir.path().join("e.json");
    std::fs::write(&file, &export).unwrap();
    let copy = dir.path().join("copy.db");
    assert!(pledge(&copy, &["init", "--empty"]).status.success());
    stdout(&pledge(&copy, &["import", file.to_str().unwrap()]));
    let conn = Connection::open(&copy).unwrap();
    let hex: String = conn
        .query_row(
            "SELECT hex(body) FROM note WHERE author = 'other tool'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hex, "E8BF9BFF4142");
    assert_eq!(stdout(&pledge(&copy, &["export"])), export);
}

#[test]
fn output_that_cannot_be_written_is_an_error_and_a_closed_pipe_is_not() {
    let (_dir, db) = hostile_ledger();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .env_remove("PLEDGE_DB")
        .arg("--db")
        .arg(&db)
        .arg("export")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write the output"));
    let mut child = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .env_remove("PLEDGE_DB")
        .arg("--db")
        .arg(&db)
        .arg("export")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty());
}
