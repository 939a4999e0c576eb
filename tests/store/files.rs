//! What only a ledger file has: opening, creating and refusing files, on SQLite's `Store`.

use super::*;
use std::path::Path;

fn io(e: std::io::Error) -> Error {
    Error::io(pledge::error::Doing::Read, e)
}

fn sha(path: &Path) -> String {
    std::fs::read(path)
        .map(|b| pledge::store::sha256_bytes(&b))
        .unwrap_or_default()
}

fn sidecars(path: &Path) -> bool {
    ["-wal", "-shm"].iter().any(|s| {
        let mut p = path.as_os_str().to_owned();
        p.push(s);
        Path::new(&p).exists()
    })
}

#[test]
fn the_schema_is_what_we_shipped() -> Result<()> {
    let dir = tempfile::tempdir().map_err(io)?;
    let path = dir.path().join("l.db");
    drop(Store::create(&path, Seed::Empty, false)?);
    let conn = Connection::open(&path)?;
    let mut stmt = conn.prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")?;
    let rows: Vec<String> = stmt
        .query_map([], |r| {
            Ok(format!(
                "{} {}\n{}\n",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?.unwrap_or_default()
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    insta::assert_snapshot!(format!(
        "user_version {version}\napplication_id {app:#x}\njournal_mode {mode}\n\n{}",
        rows.join("\n")
    ));
    Ok(())
}

#[test]
fn notes_and_history_are_append_only_even_against_direct_sql() -> Result<()> {
    let dir = tempfile::tempdir().map_err(io)?;
    let path = dir.path().join("l.db");
    let mut store = Store::create(&path, Seed::Builtin, false)?;
    store.add_note(&note(1, "2026-01-01", "原始记录"))?;
    drop(store);
    let conn = Connection::open(&path)?;
    for sql in [
        "UPDATE note SET body = 'x'",
        "DELETE FROM note",
        "DELETE FROM history",
    ] {
        let err = conn.execute(sql, []).expect_err(sql);
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    let err = conn
        .execute("UPDATE pledge SET deadline = '2025-02-30' WHERE id = 1", [])
        .expect_err("impossible date");
    assert!(err.to_string().contains("CHECK"), "{err}");
    Ok(())
}

#[test]
fn a_ledger_from_a_newer_pledge_is_refused_untouched() -> Result<()> {
    let dir = tempfile::tempdir().map_err(io)?;
    let path = dir.path().join("l.db");
    drop(Store::create(&path, Seed::Builtin, false)?);
    let conn = Connection::open(&path)?;
    conn.pragma_update(None, "user_version", 99)?;
    drop(conn);
    let before = sha(&path);
    let err = Store::open(&path)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("newer pledge") && err.contains("99"), "{err}");
    assert_eq!(sha(&path), before);
    Ok(())
}

#[test]
fn files_that_are_not_ledgers_are_refused_unchanged() -> Result<()> {
    let dir = tempfile::tempdir().map_err(io)?;
    let other = dir.path().join("other.sqlite");
    Connection::open(&other)?.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")?;
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").map_err(io)?;
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, "这不是数据库".repeat(50)).map_err(io)?;
    for (path, says) in [
        (&other, "another program"),
        (&empty, "empty file (0 bytes)"),
        (&junk, "not an SQLite database"),
        (&dir.path().join("missing.db"), "no ledger at"),
    ] {
        let before = sha(path);
        let err = Store::open(path)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains(says), "{}: {err}", path.display());
        assert_eq!(sha(path), before);
        assert!(
            !sidecars(path),
            "{}: SQLite left files behind",
            path.display()
        );
    }
    assert!(!dir.path().join("missing.db").exists());
    Ok(())
}

#[test]
fn create_never_replaces_a_ledger_and_replaces_an_empty_file_only_when_asked() -> Result<()> {
    let dir = tempfile::tempdir().map_err(io)?;
    let path = dir.path().join("l.db");
    drop(Store::create(&path, Seed::Builtin, false)?);
    assert!(Store::create(&path, Seed::Empty, true).is_err());
    assert_eq!(Store::open(&path)?.counts()?.1, 20);
    let empty = dir.path().join("e.db");
    std::fs::write(&empty, b"").map_err(io)?;
    assert!(Store::create(&empty, Seed::Empty, false).is_err());
    assert_eq!(
        Store::create(&empty, Seed::Empty, true)?.counts()?,
        (0, 0, 0)
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .map_err(io)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".new"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    Ok(())
}
