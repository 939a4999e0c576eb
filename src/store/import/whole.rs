//! Checks of the import as a whole, in its transaction: the ledger was empty, every
//! reference is to a row the import holds, and no pledge or body is its own ancestor.

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

/// A table whose rows name a parent of their own kind.
#[derive(Clone, Copy)]
pub(super) enum Tree {
    Pledges,
    Bodies,
}

impl Tree {
    /// The table; one of the schema's names, never text from the file.
    fn table(self) -> &'static str {
        match self {
            Tree::Pledges => "pledge",
            Tree::Bodies => "body",
        }
    }

    fn cycle(self, ids: Vec<i64>) -> ImportRefusal {
        match self {
            Tree::Pledges => ImportRefusal::Cycle { ids },
            Tree::Bodies => ImportRefusal::BodyCycle { ids },
        }
    }
}

/// Refuses parents that go round (4 → 7 → 4): such rows would be their own ancestors.
/// Every row is reached from a row without a parent unless it is on or under a cycle.
pub(super) fn check_cycles(tx: &Transaction, tree: Tree) -> Result<()> {
    let table = tree.table();
    let any_parent: bool = tx.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE parent_id IS NOT NULL)"),
        [],
        |r| r.get(0),
    )?;
    if !any_parent {
        return Ok(());
    }
    let stranded: Option<i64> = tx
        .query_row(
            &format!(
                "WITH RECURSIVE reached(id) AS (
                    SELECT id FROM {table} WHERE parent_id IS NULL
                    UNION ALL
                    SELECT p.id FROM {table} p JOIN reached r ON p.parent_id = r.id)
                SELECT id FROM {table} WHERE id NOT IN (SELECT id FROM reached) LIMIT 1"
            ),
            [],
            |r| r.get(0),
        )
        .optional()?;
    let Some(start) = stranded else {
        return Ok(());
    };
    // Walk up from a stranded row until an id repeats: the repeat closes the cycle.
    let up = format!("SELECT parent_id FROM {table} WHERE id = ?1");
    let mut path = vec![start];
    let mut seen = std::collections::HashSet::from([start]);
    let mut at = start;
    loop {
        let parent: Option<i64> = tx.query_row(&up, [at], |r| r.get(0))?;
        let Some(parent) = parent else {
            return Ok(());
        };
        if !seen.insert(parent) {
            let from = path.iter().position(|&id| id == parent).unwrap_or(0);
            let ids = path.get(from..).unwrap_or_default().iter();
            let ids = ids.copied().chain([parent]).collect();
            return Err(tree.cycle(ids).into());
        }
        path.push(parent);
        at = parent;
    }
}
