//! Checks of the import as a whole, in its transaction: the ledger was empty, every
//! reference is to a row the import holds, and no pledge is its own ancestor.

use rusqlite::{OptionalExtension, Transaction, params};

use super::ImportRefusal;
use crate::error::Result;

pub(super) fn refuse_unless_empty(tx: &Transaction) -> Result<()> {
    let (letters, pledges, notes): (i64, i64, i64) = tx.query_row(
        "SELECT (SELECT count(*) FROM letter), (SELECT count(*) FROM pledge), (SELECT count(*) FROM note)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    if letters + pledges + notes > 0 {
        return Err(ImportRefusal::LedgerNotEmpty { pledges, letters }.into());
    }
    Ok(())
}

/// Names the first row that refers to a letter or pledge the import does not hold.
pub(super) fn check_references(tx: &Transaction) -> Result<()> {
    // SQLite's own check covers every foreign key the schema declares, today's and later ones.
    let missing: Option<(String, i64, i64)> = tx
        .query_row("PRAGMA foreign_key_check", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(3)?))
        })
        .optional()?;
    let Some((table, rowid, key)) = missing else {
        return Ok(());
    };
    let column: String = tx.query_row(
        "SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE id = ?2",
        params![table, key],
        |r| r.get(0),
    )?;
    // Both names come from the schema itself, never from the file.
    let other: i64 = tx.query_row(
        &format!("SELECT \"{column}\" FROM \"{table}\" WHERE rowid = ?1"),
        [rowid],
        |r| r.get(0),
    )?;
    Err(ImportRefusal::MissingReference {
        table,
        rowid,
        column,
        other,
    }
    .into())
}

/// Refuses parents that go round (4 → 7 → 4): such pledges would be their own ancestors.
/// Every pledge is reached from a pledge without a parent unless it is on or under a cycle.
pub(super) fn check_cycles(tx: &Transaction) -> Result<()> {
    let any_parent: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM pledge INDEXED BY pledge_parent WHERE parent_id IS NOT NULL)",
        [],
        |r| r.get(0),
    )?;
    if !any_parent {
        return Ok(());
    }
    const REACHED: &str = "WITH RECURSIVE reached(id) AS (
            SELECT id FROM pledge WHERE parent_id IS NULL
            UNION ALL
            SELECT p.id FROM pledge p JOIN reached r ON p.parent_id = r.id)";
    let stranded: Option<i64> = tx
        .query_row(
            &format!(
                "{REACHED} SELECT id FROM pledge WHERE id NOT IN (SELECT id FROM reached) LIMIT 1"
            ),
            [],
            |r| r.get(0),
        )
        .optional()?;
    let Some(start) = stranded else {
        return Ok(());
    };
    // Walk up from a stranded pledge until an id repeats: the repeat closes the cycle.
    let mut path = vec![start];
    let mut seen = std::collections::HashSet::from([start]);
    let mut at = start;
    loop {
        let parent: Option<i64> =
            tx.query_row("SELECT parent_id FROM pledge WHERE id = ?1", [at], |r| {
                r.get(0)
            })?;
        let Some(parent) = parent else {
            return Ok(());
        };
        if !seen.insert(parent) {
            let from = path.iter().position(|&id| id == parent).unwrap_or(0);
            let ids = path.get(from..).unwrap_or_default().iter();
            let ids = ids.copied().chain([parent]).collect();
            return Err(ImportRefusal::Cycle { ids }.into());
        }
        path.push(parent);
        at = parent;
    }
}
