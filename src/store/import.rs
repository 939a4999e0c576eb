//! Loading an export into an empty ledger: each row checked and inserted as it is read, all
//! in one write transaction, then the whole checked (references, cycles) before the commit.

use rusqlite::{ErrorCode, OptionalExtension, Statement, Transaction, params};

use std::borrow::Cow;

use super::Store;
use super::transfer::{EXPORT_FORMAT, Export, insert_letter};
use crate::error::{Error, Result};
use crate::model::{Change, Letter, Note, Pledge, Quantity, Status};

mod tuning;

/// How many rows of each kind an import loaded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub letters: u64,
    pub pledges: u64,
    pub notes: u64,
    pub history: u64,
}

/// Takes the rows of one import as they are read; see [`Store::import_rows`]. Its errors
/// name the row (`pledges[3] (id 5)`) and what is wrong; the caller says where in the file.
pub struct Importer<'a> {
    tx: &'a Transaction<'a>,
    counts: Counts,
    /// The inserts of a million rows, prepared once.
    pledges: Statement<'a>,
    notes: Statement<'a>,
    history: Statement<'a>,
}

/// Refuses an export from another program or a newer pledge (message without the trailer).
pub fn check_header(format: &str, schema_version: i64) -> Result<()> {
    if format != EXPORT_FORMAT {
        return Err(Error::Refused(format!(
            "not a pledge export: \"format\" is {format:?}, expected {EXPORT_FORMAT:?}"
        )));
    }
    if schema_version > super::LATEST_VERSION {
        return Err(Error::Refused(format!(
            "the export was written by a newer pledge (schema version {schema_version}; this program knows up to {})",
            super::LATEST_VERSION
        )));
    }
    if schema_version < 1 {
        return Err(Error::Usage(format!(
            "\"schema_version\" is {schema_version}; an export's schema version is 1 to {}",
            super::LATEST_VERSION
        )));
    }
    Ok(())
}

/// Adds "nothing imported" (and where, when known) to a message about the file's content;
/// other failures (disk full, a busy ledger) keep their own words.
pub fn nothing_imported(e: Error, place: &str) -> Error {
    match e {
        Error::Usage(m) => Error::Usage(format!("{place}{m}; nothing imported")),
        Error::Refused(m) => Error::Refused(format!("{place}{m}; nothing imported")),
        other => other,
    }
}

fn row_name(section: &str, index: u64, id: i64) -> String {
    format!("{section}[{index}] (id {id})")
}

/// Ids start at 1: a row with id 0 or below could be reached by no command.
fn check_id(section: &str, index: u64, id: i64) -> Result<()> {
    if id < 1 {
        return Err(Error::Usage(format!(
            "{section}[{index}]: id {id} is not accepted; ids are whole numbers from 1 up"
        )));
    }
    Ok(())
}

/// A time stamp as the ledger writes them (`2026-01-31T08:00:00Z`): anything else would sort
/// and show wrongly.
fn check_stamp(row: impl Fn() -> String, field: &str, value: &str) -> Result<()> {
    if !is_plain_stamp(value)
        && chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%SZ").is_err()
    {
        return Err(Error::Usage(format!(
            "{}: \"{field}\" {:?} is not a time stamp; expected YYYY-MM-DDTHH:MM:SSZ (UTC)",
            row(),
            crate::text::inert_line(value)
        )));
    }
    Ok(())
}

/// A stamp exactly as the ledger writes it, of a real day and time: what chrono accepts,
/// found without parsing its format string for every row (a quarter of a million-row load).
/// Anything else is left to chrono.
fn is_plain_stamp(value: &str) -> bool {
    let b = value.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[19] != b'Z' {
        return false;
    }
    if b[13] != b':' || b[16] != b':' {
        return false;
    }
    let mut n = [0u32; 6];
    for (k, at) in [0..4, 5..7, 8..10, 11..13, 14..16, 17..19]
        .into_iter()
        .enumerate()
    {
        for &c in &b[at] {
            if !c.is_ascii_digit() {
                return false;
            }
            n[k] = n[k] * 10 + u32::from(c - b'0');
        }
    }
    let [year, month, day, hour, minute, second] = n;
    (1000..=9999).contains(&year)
        && chrono::NaiveDate::from_ymd_opt(year as i32, month, day).is_some()
        && hour < 24
        && minute < 60
        && second < 60
}

/// A refused insert in words: which row, and which rule it broke.
fn refused_row(e: Error, section: &str, index: u64, id: i64) -> Error {
    let Error::Sqlite(rusqlite::Error::SqliteFailure(f, msg)) = &e else {
        return e;
    };
    if f.code != ErrorCode::ConstraintViolation {
        return e;
    }
    let row = row_name(section, index, id);
    let detail = msg.clone().unwrap_or_default();
    Error::Usage(match f.extended_code {
        rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
            format!("{row}: id {id} appears twice in {section}; each id may appear once")
        }
        rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => {
            format!(
                "{row}: another letter has the same text ({detail}); each letter may appear once"
            )
        }
        _ => format!("{row} breaks a rule of the ledger ({detail})"),
    })
}

impl Importer<'_> {
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// Marks the point [`Importer::restart`] goes back to.
    pub fn mark(&mut self) -> Result<()> {
        self.tx.execute_batch("SAVEPOINT import_rows")?;
        Ok(())
    }

    /// Undoes every row loaded since [`Importer::mark`], to read the file again.
    pub fn restart(&mut self) -> Result<()> {
        self.tx.execute_batch("ROLLBACK TO import_rows")?;
        self.counts = Counts::default();
        Ok(())
    }

    /// Keeps the rows loaded since [`Importer::mark`].
    pub fn keep(&mut self) -> Result<()> {
        self.tx.execute_batch("RELEASE import_rows")?;
        Ok(())
    }

    pub fn letter(&mut self, l: &Letter) -> Result<()> {
        let index = self.counts.letters;
        check_id("letters", index, l.id)?;
        let row = || row_name("letters", index, l.id);
        // Letters added by `import-letter` before it stamped them carry an empty stamp.
        if !l.added_at.is_empty() {
            check_stamp(row, "added_at", &l.added_at)?;
        }
        // The hash is the letter's identity: a wrong one would let the same letter in twice.
        let sha = super::sha256_hex(&l.body);
        if l.sha256 != sha {
            return Err(Error::Usage(format!(
                "{}: \"sha256\" {:?} is not the SHA-256 of its body; expected {sha}",
                row(),
                crate::text::inert_line(&l.sha256)
            )));
        }
        insert_letter(self.tx, l, true).map_err(|e| refused_row(e, "letters", index, l.id))?;
        self.counts.letters += 1;
        Ok(())
    }

    pub fn pledge(&mut self, p: &Pledge) -> Result<()> {
        let index = self.counts.pledges;
        check_id("pledges", index, p.id)?;
        let row = || row_name("pledges", index, p.id);
        check_stamp(row, "created_at", &p.created_at)?;
        check_stamp(row, "updated_at", &p.updated_at)?;
        if p.parent == Some(p.id) {
            return Err(Error::Usage(format!(
                "{} names itself as its parent; a parent is another pledge",
                row_name("pledges", index, p.id)
            )));
        }
        insert_pledge_row(&mut self.pledges, p)
            .map_err(|e| refused_row(e, "pledges", index, p.id))?;
        self.counts.pledges += 1;
        if self.counts.pledges == 1 {
            crate::hooks::pause("import", "first pledge");
        }
        Ok(())
    }

    pub fn note(&mut self, n: &Note) -> Result<()> {
        let index = self.counts.notes;
        check_id("notes", index, n.id)?;
        let row = || row_name("notes", index, n.id);
        check_stamp(row, "written_at", &n.written_at)?;
        let body: Cow<[u8]> = match &n.body_hex {
            Some(hex) => {
                crate::model::check_note_size(hex.len() / 2)
                    .map_err(|e| Error::Usage(format!("{}: \"body_hex\": {e}", row())))?;
                let bytes = unhex(hex).ok_or_else(|| {
                    Error::Usage(format!(
                        "{}: \"body_hex\" is not hexadecimal (pairs of 0-9, a-f)",
                        row()
                    ))
                })?;
                // An export writes both: the exact bytes, and the text as it reads. Two
                // different notes in one row would lose one of them.
                if String::from_utf8_lossy(&bytes) != n.body {
                    return Err(Error::Usage(format!(
                        "{}: \"body\" and \"body_hex\" are two different texts; give the \
                         text as \"body\" alone, or its exact bytes as \"body_hex\" with \
                         \"body\" as they read",
                        row()
                    )));
                }
                Cow::Owned(bytes)
            }
            None => {
                crate::model::check_note_size(n.body.len())
                    .map_err(|e| Error::Usage(format!("{}: \"body\": {e}", row())))?;
                Cow::Borrowed(n.body.as_bytes())
            }
        };
        insert_note_row(&mut self.notes, n, &body)
            .map_err(|e| refused_row(e, "notes", index, n.id))?;
        self.counts.notes += 1;
        Ok(())
    }

    pub fn change(&mut self, c: &Change) -> Result<()> {
        let index = self.counts.history;
        check_id("history", index, c.id)?;
        check_stamp(
            || row_name("history", index, c.id),
            "changed_at",
            &c.changed_at,
        )?;
        insert_change_row(&mut self.history, c)
            .map_err(|e| refused_row(e, "history", index, c.id))?;
        self.counts.history += 1;
        Ok(())
    }
}

impl Store {
    /// Loads rows into this ledger, which must be empty, keeping every id: `read` hands each
    /// row to the importer as it is parsed, inside one write transaction (so two imports
    /// started together cannot both find the ledger empty). All or nothing.
    pub fn import_rows(
        &mut self,
        read: impl FnOnce(&mut Importer) -> Result<()>,
    ) -> Result<Counts> {
        let cache: i64 = self
            .conn
            .pragma_query_value(None, "cache_size", |r| r.get(0))?;
        self.conn
            .pragma_update(None, "cache_size", -tuning::CACHE_KIB)?;
        // Parents and letters may come later in the file than the rows naming them, so no
        // row can be checked as it is inserted: `check_references` checks every one of the
        // schema's foreign keys once at the end, through their indexes built in one go.
        // (SQLite takes this setting only outside a transaction.)
        self.conn.pragma_update(None, "foreign_keys", false)?;
        let loaded = self.write("import", |tx| {
            refuse_unless_empty(tx)?;
            let set_aside = set_aside(tx)?;
            let mut importer = Importer {
                tx,
                counts: Counts::default(),
                pledges: tx.prepare(INSERT_PLEDGE)?,
                notes: tx.prepare(INSERT_NOTE)?,
                history: tx.prepare(INSERT_CHANGE)?,
            };
            read(&mut importer)?;
            let counts = importer.counts;
            drop(importer);
            for sql in &set_aside.indexes {
                tx.execute_batch(sql)?;
            }
            let whole = |e: Error| nothing_imported(e, "");
            check_references(tx).map_err(whole)?;
            check_cycles(tx).map_err(whole)?;
            build_what_the_triggers_keep(tx, counts)?;
            for sql in &set_aside.triggers {
                tx.execute_batch(sql)?;
            }
            Ok(counts)
        });
        let restored = self
            .conn
            .pragma_update(None, "foreign_keys", true)
            .and_then(|()| self.conn.pragma_update(None, "cache_size", cache));
        let counts = loaded?;
        restored?;
        Ok(counts)
    }

    /// Loads an export held in memory; see [`Store::import_rows`].
    pub fn import(&mut self, data: &Export) -> Result<()> {
        check_header(&data.format, data.schema_version).map_err(|e| nothing_imported(e, ""))?;
        self.import_rows(|im| {
            let mut rows = || -> Result<()> {
                data.letters.iter().try_for_each(|l| im.letter(l))?;
                data.pledges.iter().try_for_each(|p| im.pledge(p))?;
                data.notes.iter().try_for_each(|n| im.note(n))?;
                data.history.iter().try_for_each(|c| im.change(c))
            };
            rows().map_err(|e| nothing_imported(e, ""))
        })?;
        Ok(())
    }
}

fn refuse_unless_empty(tx: &Transaction) -> Result<()> {
    let (letters, pledges, notes): (i64, i64, i64) = tx.query_row(
        "SELECT (SELECT count(*) FROM letter), (SELECT count(*) FROM pledge), (SELECT count(*) FROM note)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    if letters + pledges + notes > 0 {
        return Err(Error::Refused(format!(
            "this ledger already holds {pledges} pledges and {letters} letters; imports go into an \
             empty ledger so that every id is kept (`pledge init --empty --db NEW`, then \
             `pledge import FILE --db NEW`); nothing imported"
        )));
    }
    Ok(())
}

/// Names the first row that refers to a letter or pledge the import does not hold.
fn check_references(tx: &Transaction) -> Result<()> {
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
    let row = match table.as_str() {
        "history" => "history entry",
        other => other,
    };
    let names = match column.as_str() {
        "letter_id" => "letter",
        "parent_id" => "parent pledge",
        "pledge_id" => "pledge",
        other => other,
    };
    Err(Error::Usage(format!(
        "{row} {rowid} names {names} {other}, which is not in the import"
    )))
}

/// Refuses parents that go round (4 → 7 → 4): such pledges would be their own ancestors.
/// Every pledge is reached from a pledge without a parent unless it is on or under a cycle.
fn check_cycles(tx: &Transaction) -> Result<()> {
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
            let cycle: Vec<String> = path[from..]
                .iter()
                .chain([&parent])
                .map(i64::to_string)
                .collect();
            return Err(Error::Usage(format!(
                "the parents of pledges {} go round in a cycle; a pledge cannot be its own ancestor",
                cycle.join(" → ")
            )));
        }
        path.push(parent);
        at = parent;
    }
}

/// Triggers that keep derived data row by row. An import sets them aside and builds that data
/// once at the end: FTS5 writes its pending index out at every statement that fires it, which
/// made a million-pledge import take minutes.
const ROW_TRIGGERS: [&str; 3] = [
    "pledge_fts_insert",
    "note_fts_insert",
    "note_updates_its_pledge",
];

/// Indexes built once from the loaded rows (sorted) instead of one insert per row, most of
/// them at a random place. The ones the foreign keys use are built before the checks.
const LOAD_WITHOUT_INDEXES: [&str; 8] = [
    "pledge_letter",
    "pledge_parent",
    "note_pledge_day",
    "history_pledge",
    "pledge_deadline",
    "pledge_owner",
    "pledge_status",
    "pledge_open_deadline",
];

/// What an import set aside, as the statements that put each back as it was, in the same
/// transaction: the schema ends exactly as it began.
struct SetAside {
    triggers: Vec<String>,
    indexes: Vec<String>,
}

fn set_aside(tx: &Transaction) -> Result<SetAside> {
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
fn build_what_the_triggers_keep(tx: &Transaction, counts: Counts) -> Result<()> {
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
    tuning::rebuild_search(tx, "note_fts")
}

const INSERT_PLEDGE: &str =
    "INSERT INTO pledge (id, letter_id, parent_id, title, owner, deadline, deadline_text, status,
                         target_quantity, target_unit, target_text, quote, created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

// CAST keeps the exact bytes as TEXT, even ones that are not UTF-8.
const INSERT_NOTE: &str =
    "INSERT INTO note (id, pledge_id, happened_on, written_at, author, body, progress, status)
     VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS TEXT), ?7, ?8)";

const INSERT_CHANGE: &str = "INSERT INTO history (id, pledge_id, field, old_value, new_value, changed_at, changed_by, reason)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

fn insert_pledge_row(insert: &mut Statement, p: &Pledge) -> Result<()> {
    let t = p.target.as_ref();
    insert.execute(params![
        p.id,
        p.letter,
        p.parent,
        p.title,
        p.owner,
        p.deadline.map(crate::date::format),
        p.deadline_text,
        p.status.as_str(),
        t.map(|t| t.quantity.get()),
        t.and_then(|t| t.unit.as_deref()),
        t.and_then(|t| t.text.as_deref()),
        p.quote,
        p.created_at,
        p.updated_at
    ])?;
    Ok(())
}

fn insert_note_row(insert: &mut Statement, n: &Note, body: &[u8]) -> Result<()> {
    insert.execute(params![
        n.id,
        n.pledge,
        crate::date::format(n.on),
        n.written_at,
        n.author,
        body,
        n.progress.map(Quantity::get),
        n.status.map(Status::as_str)
    ])?;
    Ok(())
}

fn unhex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() % 2 != 0 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| {
            hex.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
        })
        .collect()
}

fn insert_change_row(insert: &mut Statement, c: &Change) -> Result<()> {
    insert.execute(params![
        c.id,
        c.pledge,
        c.field,
        c.old,
        c.new,
        c.changed_at,
        c.changed_by,
        c.reason
    ])?;
    Ok(())
}
