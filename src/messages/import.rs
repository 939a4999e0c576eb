//! What `pledge init`, `pledge export` and `pledge import` say, and why an import is refused.

use std::path::Path;

use crate::error::import::{Line as ImportLine, Row as ImportRow};
use crate::t;

fn shown(p: &Path) -> String {
    crate::text::shown(p)
}

/// `pledges[3] (id 5)`.
fn row(r: &ImportRow) -> String {
    t!(
        "import-row",
        section = r.section,
        index = r.index.to_string(),
        id = r.id.to_string()
    )
}

/// The names a refusal of a missing reference gives the schema's table and column.
fn table(name: &str) -> &str {
    match name {
        "history" => crate::ts!("import-table-history"),
        "letter" => crate::ts!("import-table-letter"),
        "pledge" => crate::ts!("import-table-pledge"),
        "note" => crate::ts!("import-table-note"),
        other => other,
    }
}

fn column(name: &str) -> &str {
    match name {
        "letter_id" => crate::ts!("import-column-letter"),
        "parent_id" => crate::ts!("import-column-parent"),
        "pledge_id" => crate::ts!("import-column-pledge"),
        other => other,
    }
}

/// `pledge init`'s confirmation.
pub fn ledger_created(path: &Path, letters: i64, pledges: i64) -> String {
    let said = t!(
        "import-ledger-created",
        path = shown(path),
        letters = letters.to_string(),
        pledges = pledges.to_string()
    );
    format!("{said}\n")
}

/// `pledge import`'s confirmation.
pub fn imported(counts: &crate::store::Counts) -> String {
    let said = t!(
        "import-imported",
        letters = counts.letters.to_string(),
        pledges = counts.pledges.to_string(),
        notes = counts.notes.to_string(),
        history = counts.history.to_string()
    );
    format!("{said}\n")
}

/// What the JSON parser expected at the top of the file, in its refusals.
pub fn expecting_export() -> &'static str {
    crate::ts!("import-expecting-export")
}

/// What the JSON parser expected as a section (`letters`), in its refusals.
pub fn expecting_rows(section: &str) -> String {
    t!("import-expecting-rows", section = section)
}

mod refusal;
pub use refusal::refusal;

#[cfg(test)]
mod zh_tests;

/// `export.json, line 7: `, before what is wrong there.
fn place(at: &ImportLine) -> String {
    t!(
        "import-place",
        path = shown(&at.path),
        line = at.line.to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::error::import::ImportRefusal;

    fn own_row() -> ImportRow {
        ImportRow {
            section: "pledges",
            index: 3,
            id: 5,
        }
    }

    #[test]
    fn nothing_imported_adds_the_place_when_known_and_the_tail_always() {
        let own = || Error::from(ImportRefusal::OwnParent { row: own_row() });
        let at = ImportLine {
            path: "export.json".into(),
            line: 7,
        };
        let placed = crate::store::nothing_imported(own(), Some(at));
        assert_eq!(
            placed.to_string(),
            "export.json, line 7: pledges[3] (id 5) names itself as its parent; a parent is \
             another pledge; nothing imported"
        );
        assert_eq!(placed.exit_code(), crate::error::EXIT_USAGE);
        let whole = crate::store::nothing_imported(own(), None);
        assert!(
            whole.to_string().starts_with("pledges[3] (id 5) names"),
            "{whole}"
        );
        assert!(whole.to_string().ends_with("; nothing imported"), "{whole}");
    }

    #[test]
    fn a_file_that_cannot_be_imported_here_exits_1_and_a_malformed_one_2() {
        let newer = crate::store::nothing_imported(
            ImportRefusal::NewerExport {
                version: 9,
                known: 5,
            }
            .into(),
            None,
        );
        assert_eq!(newer.exit_code(), crate::error::EXIT_FAILURE);
        let empty = Error::from(ImportRefusal::LedgerNotEmpty {
            pledges: 2,
            letters: 1,
        });
        assert_eq!(empty.exit_code(), crate::error::EXIT_FAILURE);
        let cycle = Error::from(ImportRefusal::Cycle { ids: vec![4, 7, 4] });
        assert_eq!(cycle.exit_code(), crate::error::EXIT_USAGE);
        assert!(
            cycle.to_string().contains("pledges 4 → 7 → 4 go round"),
            "{cycle}"
        );
    }

    #[test]
    fn other_failures_pass_through_an_import_in_their_own_words() {
        let busy = Error::Busy(crate::request::Saving::Import);
        let words = busy.to_string();
        let passed = crate::store::nothing_imported(busy, None);
        assert_eq!(passed.to_string(), words);
    }
}
