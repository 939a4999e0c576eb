//! Numbered schema upgrades, each in its own write transaction with its version bump.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use super::open::APPLICATION_ID;
use crate::error::{Error, Result};

/// Step N brings a file from `user_version` N-1 to N. Never edit a shipped step; add one.
const STEPS: &[&str] = &[
    include_str!("../../schema.sql"),
    include_str!("../../migrations/0002-open-deadline-index.sql"),
    include_str!("../../migrations/0003-pledge-carries-its-notes.sql"),
    include_str!("../../migrations/0004-full-text-search.sql"),
    include_str!("../../migrations/0005-notes-can-be-withdrawn.sql"),
    include_str!("../../migrations/0006-bodies.sql"),
    include_str!("../../migrations/0007-letters-and-deadlines.sql"),
    include_str!("../../migrations/0008-request-sheets.sql"),
    include_str!("../../migrations/0009-single-character-search.sql"),
    include_str!("../../migrations/0010-letter-origin.sql"),
    include_str!("../../migrations/0011-notes-by-day.sql"),
    include_str!("../../migrations/0012-open-pledges-counted.sql"),
];

/// The step that gave pledges their original deadline, moves and cleared deadline.
pub(super) const DEADLINES_STEP: i64 = 7;

/// The statement of step 7 that works out, from history, each pledge's first deadline, how
/// often it moved and a deadline cleared while overdue: run again by an import of an export
/// made before that step, so both derive them alike.
pub(super) fn deadlines_from_history() -> &'static str {
    use std::sync::LazyLock;
    static SQL: LazyLock<&'static str> = LazyLock::new(|| {
        let step = STEPS[DEADLINES_STEP as usize - 1];
        let start = step.find("UPDATE pledge SET").unwrap_or(step.len());
        let end = step[start..]
            .find(";\n")
            .map_or(step.len(), |e| start + e + 1);
        &step[start..end]
    });
    &SQL
}

/// The step that made the single-character search indexes (its file is numbered 0009: a
/// step 8 was being written beside it; the number here follows its place in [`STEPS`]).
const CHARS_STEP: i64 = 9;

/// What a step does beyond its SQL, in its transaction: step 6 links every pledge to the
/// bodies of its owner text, which takes the core's rules, not SQL; the single-character
/// indexes are filled from the texts already there much faster in Rust.
fn after_step(target: i64, conn: &Connection) -> Result<()> {
    match target {
        6 => super::bodies::derive_all(conn),
        CHARS_STEP => super::chars::build(conn),
        _ => Ok(()),
    }
}

/// The schema version this program writes.
pub const LATEST_VERSION: i64 = STEPS.len() as i64;

/// Brings the file up to date, or refuses one written by a newer program before writing.
pub fn upgrade(conn: &mut Connection, path: Option<&Path>) -> Result<()> {
    let version = user_version(conn)?;
    refuse_newer_version(version, path)?;
    for (index, step) in STEPS.iter().enumerate() {
        let target = index as i64 + 1;
        if version >= target {
            continue;
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Read again under the write lock: another process may have upgraded meanwhile.
        let now = tx.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))?;
        refuse_newer_version(now, path)?;
        if now >= target {
            continue;
        }
        if target == 1 {
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        tx.execute_batch(step)?;
        after_step(target, &tx)?;
        tx.pragma_update(None, "user_version", target)?;
        crate::hooks::pause("upgrade", "");
        tx.commit()?;
    }
    Ok(())
}

/// For a file opened read-only: readable if not newer than this program.
pub fn refuse_newer(conn: &Connection, path: Option<&Path>) -> Result<()> {
    refuse_newer_version(user_version(conn)?, path)
}

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

fn refuse_newer_version(version: i64, path: Option<&Path>) -> Result<()> {
    if version <= LATEST_VERSION {
        return Ok(());
    }
    Err(Error::Ledger(super::Refusal::NewerSchema {
        ledger: path.map(Path::to_path_buf),
        version,
        known: LATEST_VERSION,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The import reruns step 7's statement: it must be found whole in the step.
    #[test]
    fn the_deadlines_statement_is_step_7s_whole_update() {
        let sql = deadlines_from_history();
        assert!(sql.starts_with("UPDATE pledge SET"), "{sql}");
        assert!(sql.ends_with("END;"), "{sql}");
        for column in ["original_deadline", "deadline_moves", "cleared_deadline"] {
            assert!(sql.contains(&format!("{column} =")), "{column}: {sql}");
        }
        assert!(!sql.contains("CREATE"), "{sql}");
    }

    #[test]
    fn upgrading_twice_changes_nothing() -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        upgrade(&mut conn, None)?;
        let schema = |c: &Connection| -> Result<Vec<String>> {
            let mut stmt = c.prepare("SELECT sql FROM sqlite_schema ORDER BY name")?;
            let rows = stmt.query_map([], |r| r.get::<_, Option<String>>(0))?;
            Ok(rows.filter_map(|r| r.ok().flatten()).collect())
        };
        let before = schema(&conn)?;
        upgrade(&mut conn, None)?;
        assert_eq!(schema(&conn)?, before);
        assert_eq!(user_version(&conn)?, LATEST_VERSION);
        let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        assert_eq!(app, i64::from(APPLICATION_ID));
        Ok(())
    }

    #[test]
    fn a_newer_file_is_refused_and_left_alone() -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1)?;
        let err = upgrade(&mut conn, None).expect_err("newer file");
        assert!(err.to_string().contains("newer pledge"), "{err}");
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        assert_eq!(tables, 0);
        Ok(())
    }

    #[test]
    fn step_five_keeps_history_and_takes_withdrawals() -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", true)?;
        for step in &STEPS[..4] {
            conn.execute_batch(step)?;
        }
        conn.pragma_update(None, "user_version", 4)?;
        conn.execute_batch(
            "INSERT INTO pledge (id, title, owner, status, created_at, updated_at)
             VALUES (1, 't', 'o', 'pending', 'x', 'x');
             INSERT INTO history (pledge_id, field, new_value, changed_at, changed_by)
             VALUES (1, 'created', 't', 'x', '王');",
        )?;
        let withdraw = "INSERT INTO history (pledge_id, field, old_value, changed_at, changed_by)
                        VALUES (1, 'note_withdrawn', '7', 'x', '王')";
        assert!(
            conn.execute(withdraw, []).is_err(),
            "step 4 refuses the field"
        );
        upgrade(&mut conn, None)?;
        let kept: String = conn.query_row(
            "SELECT changed_by FROM history WHERE field = 'created'",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(kept, "王");
        conn.execute(withdraw, [])?;
        assert!(
            conn.execute("DELETE FROM history", []).is_err(),
            "still append-only"
        );
        Ok(())
    }

    #[test]
    fn the_origin_step_leaves_old_letters_unknown_and_refuses_an_origin_that_does_not_add_up()
    -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        // Found by its file, whatever number it has among the steps.
        let origin = include_str!("../../migrations/0010-letter-origin.sql");
        let before = STEPS
            .iter()
            .position(|s| *s == origin)
            .unwrap_or(STEPS.len());
        for step in &STEPS[..before] {
            conn.execute_batch(step)?;
        }
        conn.pragma_update(None, "user_version", before as i64)?;
        conn.execute_batch(
            "INSERT INTO letter (id, issuer, addressee, title, issued_on, body, sha256, added_at)
             VALUES (1, '某局', '王明代表', 't', '2025-01-01', 'b', printf('%064d', 1), 'x');",
        )?;
        upgrade(&mut conn, None)?;
        let old: (Option<String>, Option<i64>, Option<i64>) = conn.query_row(
            "SELECT origin, origin_pages, ocr_confidence FROM letter",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        assert_eq!(old, (None, None, None));
        let set = |values: &str| {
            conn.execute(
                &format!("UPDATE letter SET (origin, origin_pages, ocr_confidence) = ({values})"),
                [],
            )
        };
        for fits in ["'text', NULL, NULL", "'pdf_text', 3, NULL", "'ocr', 2, 87"] {
            assert!(set(fits).is_ok(), "{fits}");
        }
        for refused in [
            "'scan', NULL, NULL",
            "'text', 2, NULL",
            "'pdf_text', 0, NULL",
            "'pdf_text', 3, 90",
            "'ocr', 2, 101",
        ] {
            assert!(set(refused).is_err(), "{refused}");
        }
        Ok(())
    }

    #[test]
    fn the_letters_and_deadlines_step_reads_what_history_already_knows() -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // A ledger of the schema before step 7 (later steps came after it).
        let before = DEADLINES_STEP as usize - 1;
        for step in &STEPS[..before] {
            conn.execute_batch(step)?;
        }
        conn.pragma_update(None, "user_version", before as i64)?;
        conn.execute_batch(
            "INSERT INTO letter (id, issuer, addressee, title, issued_on, body, sha256, added_at)
             VALUES (1, '某局', '王明代表', 't', '2025-01-01', 'b', printf('%064d', 1), 'x');
             INSERT INTO pledge (id, letter_id, title, owner, deadline, status, created_at, updated_at)
             VALUES (1, 1, 'moved', 'o', '2025-09-30', 'pending', 'x', 'x'),
                    (2, 1, 'cleared late', 'o', NULL, 'pending', 'x', 'x'),
                    (3, 1, 'cleared early', 'o', NULL, 'pending', 'x', 'x'),
                    (4, 1, 'set later', 'o', '2026-01-31', 'pending', 'x', 'x');
             INSERT INTO history (pledge_id, field, old_value, new_value, changed_at, changed_by, reason)
             VALUES (1, 'deadline', '2025-01-31', '2025-06-30', '2025-01-10T00:00:00Z', '王', '延期'),
                    (1, 'deadline', '2025-06-30', '2025-09-30', '2025-06-01T00:00:00Z', '王', '再延'),
                    (2, 'deadline', '2025-01-31', NULL, '2025-03-01T00:00:00Z', '王', NULL),
                    (3, 'deadline', '2030-01-31', NULL, '2025-03-01T00:00:00Z', '王', NULL),
                    (4, 'deadline', NULL, '2026-01-31', '2025-03-01T00:00:00Z', '王', NULL);
             INSERT INTO note (pledge_id, happened_on, written_at, author, body)
             VALUES (1, '2025-02-01', 'x', '王', '进展');",
        )?;
        upgrade(&mut conn, None)?;
        assert_eq!(user_version(&conn)?, LATEST_VERSION);
        let mut stmt = conn.prepare(
            "SELECT original_deadline, deadline_moves, cleared_deadline FROM pledge ORDER BY id",
        )?;
        let rows: Vec<(Option<String>, i64, Option<String>)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let day = |d: &str| Some(d.to_string());
        assert_eq!(
            rows,
            [
                (day("2025-01-31"), 2, None),
                (day("2025-01-31"), 0, day("2025-01-31")),
                (day("2030-01-31"), 0, None),
                (day("2026-01-31"), 0, None),
            ]
        );
        let (member, by): (Option<String>, Option<String>) = conn.query_row(
            "SELECT l.member, n.reported_by FROM letter l, note n",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        assert_eq!((member, by), (None, None), "nothing invented for old rows");
        // From now on the schema keeps them, whoever writes the deadline.
        conn.execute("UPDATE pledge SET deadline = '2025-12-31' WHERE id = 1", [])?;
        conn.execute("UPDATE pledge SET deadline = NULL WHERE id = 4", [])?;
        let kept: (i64, Option<String>, Option<String>) = conn.query_row(
            "SELECT p1.deadline_moves, p1.original_deadline, p4.cleared_deadline
             FROM pledge p1, pledge p4 WHERE p1.id = 1 AND p4.id = 4",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        assert_eq!(kept, (3, day("2025-01-31"), day("2026-01-31")));
        conn.execute(
            "INSERT INTO confirmation (pledge_id, deadline, confirmed_at, confirmed_by, reason)
             VALUES (4, '2026-01-31', 'x', '督查室', '核准')",
            [],
        )?;
        let left: Option<String> = conn.query_row(
            "SELECT cleared_deadline FROM pledge WHERE id = 4",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(left, None, "confirmed");
        assert!(
            conn.execute("DELETE FROM confirmation", []).is_err(),
            "a record"
        );
        Ok(())
    }

    #[test]
    fn step_eight_gives_each_ledger_its_own_secret_and_keeps_it() -> Result<()> {
        let upgraded = || -> Result<(Connection, String)> {
            let mut conn = Connection::open_in_memory()?;
            conn.pragma_update(None, "foreign_keys", true)?;
            for step in &STEPS[..7] {
                conn.execute_batch(step)?;
            }
            conn.pragma_update(None, "user_version", 7)?;
            upgrade(&mut conn, None)?;
            let secret: String =
                conn.query_row("SELECT secret FROM ledger_identity", [], |r| r.get(0))?;
            Ok((conn, secret))
        };
        let (conn, one) = upgraded()?;
        let (_, two) = upgraded()?;
        assert_eq!(one.len(), 32);
        assert_ne!(one, two, "two ledgers, two secrets");
        assert!(
            conn.execute("UPDATE ledger_identity SET secret = ?1", [&two])
                .is_err(),
            "kept"
        );
        assert!(conn.execute("DELETE FROM ledger_identity", []).is_err());
        assert!(
            conn.execute(
                "INSERT INTO ledger_identity (only, secret, made_at) VALUES (2, ?1, 'x')",
                [&two]
            )
            .is_err(),
            "one identity"
        );
        let collected: i64 = conn.query_row("SELECT count(*) FROM collected", [], |r| r.get(0))?;
        assert_eq!(collected, 0);
        Ok(())
    }

    #[test]
    fn the_single_character_step_indexes_the_texts_already_there() -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let before = CHARS_STEP as usize - 1;
        for step in &STEPS[..before] {
            conn.execute_batch(step)?;
        }
        conn.pragma_update(None, "user_version", before as i64)?;
        conn.execute_batch(
            "INSERT INTO pledge (id, title, owner, status, created_at, updated_at)
             VALUES (1, '建设氧化镓实验室', '科技厅', 'pending', 'x', 'x'),
                    (2, 'Road', '交通厅', 'pending', 'x', 'x');
             INSERT INTO note (pledge_id, happened_on, written_at, author, body)
             VALUES (2, '2025-02-01', 'x', '王', '已完工');",
        )?;
        upgrade(&mut conn, None)?;
        let hits = |table: &str, phrase: &str| -> Result<Vec<i64>> {
            let sql = format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rowid");
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map([super::super::chars::phrase(phrase)], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        assert_eq!(hits("pledge_chars", "氧化")?, [1]);
        assert_eq!(hits("pledge_chars", "厅")?, [1, 2]);
        assert_eq!(hits("pledge_chars", "r")?, [2]);
        assert_eq!(hits("note_chars", "完")?, [1], "the note's own id");
        Ok(())
    }
}
