//! What an import sets aside while it loads rows (the triggers that keep derived data, most
//! indexes) and builds once at the end instead.

use rusqlite::{OptionalExtension, Transaction};

use super::{Counts, tuning};
use crate::error::Result;

/// Triggers that keep derived data row by row. An import sets them aside and builds that data
/// once at the end: FTS5 writes its pending index out at every statement that fires it, which
/// made a million-pledge import take minutes.
const ROW_TRIGGERS: [&str; 5] = [
    "pledge_fts_insert",
    "note_fts_insert",
    "pledge_chars_insert",
    "note_chars_insert",
    "note_updates_its_pledge",
];

/// Indexes built once from the loaded rows (sorted) instead of one insert per row, most of
/// them at a random place. The ones the foreign keys use are built before the checks.
const LOAD_WITHOUT_INDEXES: [&str; 10] = [
    "pledge_letter",
    "pledge_parent",
    "note_pledge_day",
    "note_day",
    "history_pledge",
    "pledge_deadline",
    "pledge_owner",
    "pledge_status",
    "pledge_open_deadline",
    "pledge_open_rows",
];

/// What an import set aside, as the statements that put each back as it was, in the same
/// transaction: the schema ends exactly as it began.
pub(super) struct SetAside {
    pub(super) triggers: Vec<String>,
    pub(super) indexes: Vec<String>,
}

pub(super) fn set_aside(tx: &Transaction) -> Result<SetAside> {
    let take = |kind: &str, names: &[&str]| -> Result<Vec<String>> {
        let mut kept = Vec::new();
        for &name in names {
            let sql: Option<String> = tx
                .query_row(
                    "SELECT sql FROM sqlite_schema WHERE type = ?1 AND name = ?2",
                    [kind, name],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(sql) = sql {
                // Fixed names from the lists above: identifiers cannot be bound.
                tx.execute_batch(&format!("DROP {kind} \"{name}\""))?;
                kept.push(sql);
            }
        }
        Ok(kept)
    };
    Ok(SetAside {
        triggers: take("trigger", &ROW_TRIGGERS)?,
        indexes: take("index", &LOAD_WITHOUT_INDEXES)?,
    })
}

/// What the set-aside triggers would have written: the search indexes, and what each pledge
/// carries from its notes (latest day; progress of the latest note reporting one, ties to the
/// later note), as schema step 3 computes it.
pub(super) fn build_what_the_triggers_keep(tx: &Transaction, counts: Counts) -> Result<()> {
    if counts.notes > 0 {
        tx.execute_batch(
            "UPDATE pledge SET
                last_note_on = (SELECT max(n.happened_on) FROM note n WHERE n.pledge_id = pledge.id),
                (progress, progress_on) = (SELECT n.progress, n.happened_on FROM note n
                                           WHERE n.pledge_id = pledge.id AND n.progress IS NOT NULL
                                           ORDER BY n.happened_on DESC, n.id DESC LIMIT 1)
             WHERE id IN (SELECT pledge_id FROM note);",
        )?;
    }
    tuning::rebuild_search(tx, "pledge_fts")?;
    tuning::rebuild_search(tx, "note_fts")?;
    crate::store::chars::build(tx)
}
