//! The report as JSON: `{"as_of", "overdue": [...], "due_soon": [...], "no_deadline": [...]}`,
//! each list written item by item as its groups are read. A machine interface: its field
//! names and values are the same whatever language the program speaks.

use std::cell::RefCell;

use serde::Serialize;
use serde::ser::{Error as _, SerializeSeq, Serializer};

use super::{LetterRef, Rows, Section, Summary};
use crate::error::command::Refusal;
use crate::error::{Error, Result};

#[derive(Serialize)]
struct Json<'a, 'r> {
    #[serde(with = "crate::date::strict")]
    as_of: chrono::NaiveDate,
    ledger: &'a str,
    letters: &'a [LetterRef],
    scope: Option<&'a str>,
    within_days: i64,
    stale_days: i64,
    overdue: Listed<'a, 'r>,
    due_soon: Listed<'a, 'r>,
    no_deadline: Listed<'a, 'r>,
    undated_recent: usize,
}

/// One section's items, read from the rows while the list is being written.
struct Listed<'a, 'r> {
    section: Section,
    rows: &'a RefCell<&'r mut dyn Rows>,
    /// Why reading the rows failed, kept to be returned instead of the serializer's error.
    failed: &'a RefCell<Option<Error>>,
}

impl Serialize for Listed<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        let mut write_error = None;
        let read = self.rows.borrow_mut().section(self.section, &mut |g| {
            for item in &g.items {
                if let Err(e) = seq.serialize_element(item) {
                    write_error = Some(e);
                    // Stops the read; the serializer's own error is what is returned.
                    return Err(Error::Command(Refusal::JsonNotWritten {
                        detail: String::new(),
                    }));
                }
            }
            Ok(())
        });
        if let Some(e) = write_error {
            return Err(e);
        }
        if let Err(e) = read {
            let message = e.to_string();
            *self.failed.borrow_mut() = Some(e);
            return Err(S::Error::custom(message));
        }
        seq.end()
    }
}

/// Writes the report as JSON, as every command writes JSON.
pub fn write(r: &Summary, rows: &mut dyn Rows, out: &mut dyn std::io::Write) -> Result<()> {
    let rows = RefCell::new(rows);
    let failed = RefCell::new(None);
    let (rows_ref, failed_ref) = (&rows, &failed);
    let listed = move |section| Listed {
        section,
        rows: rows_ref,
        failed: failed_ref,
    };
    // The scope is the one sentence JSON holds: in English, so `--lang` changes no byte.
    let scope = crate::messages::lang::with(crate::messages::lang::Lang::En, || r.scope());
    let json = Json {
        as_of: r.as_of,
        ledger: &r.ledger,
        letters: &r.letters,
        scope: scope.as_deref(),
        within_days: r.within_days,
        stale_days: r.stale_days,
        overdue: listed(Section::Overdue),
        due_soon: listed(Section::DueSoon),
        no_deadline: listed(Section::NoDeadline),
        undated_recent: r.undated_recent,
    };
    let written = crate::json::write(&json, out);
    match failed.into_inner() {
        Some(e) => Err(e),
        None => written,
    }
}
