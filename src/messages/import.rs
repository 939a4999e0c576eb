//! What `pledge init`, `pledge export` and `pledge import` say, and why an import is refused.

use std::path::Path;

use crate::error::import::{ImportRefusal, Line as ImportLine, Row as ImportRow};
use pledge_core::export::FORMAT as EXPORT_FORMAT;

fn shown(p: &Path) -> String {
    crate::text::shown(p)
}

/// `pledges[3] (id 5)`.
fn row(r: &ImportRow) -> String {
    format!("{}[{}] (id {})", r.section, r.index, r.id)
}

/// The names a refusal of a missing reference gives the schema's table and column.
fn table(name: &str) -> &str {
    match name {
        "history" => "history entry",
        other => other,
    }
}

fn column(name: &str) -> &str {
    match name {
        "letter_id" => "letter",
        "parent_id" => "parent pledge",
        "pledge_id" => "pledge",
        other => other,
    }
}

/// `pledge init`'s confirmation.
pub fn ledger_created(path: &Path, letters: i64, pledges: i64) -> String {
    format!(
        "created a ledger at {} with {letters} letter(s) and {pledges} pledge(s)\n",
        shown(path)
    )
}

/// `pledge import`'s confirmation.
pub fn imported(counts: &crate::store::Counts) -> String {
    format!(
        "imported {} letter(s), {} pledge(s), {} note(s), {} history entries\n",
        counts.letters, counts.pledges, counts.notes, counts.history
    )
}

/// What the JSON parser expected at the top of the file, in its refusals.
pub fn expecting_export() -> &'static str {
    "the object `pledge export` writes"
}

/// What the JSON parser expected as a section (`letters`), in its refusals.
pub fn expecting_rows(section: &str) -> String {
    format!("a list of {section}")
}

/// Words a refusal of an import.
pub fn refusal(r: &ImportRefusal) -> String {
    match r {
        ImportRefusal::NotAnExport { format } => {
            format!("not a pledge export: \"format\" is {format:?}, expected {EXPORT_FORMAT:?}")
        }
        ImportRefusal::NewerExport { version, known } => format!(
            "the export was written by a newer pledge (schema version {version}; this program knows up to {known})"
        ),
        ImportRefusal::SchemaVersion { version, known } => {
            format!("\"schema_version\" is {version}; an export's schema version is 1 to {known}")
        }
        ImportRefusal::LedgerNotEmpty { pledges, letters } => format!(
            "this ledger already holds {pledges} pledges and {letters} letters; imports go into an \
             empty ledger so that every id is kept (`pledge init --empty --db NEW`, then \
             `pledge import FILE --db NEW`); nothing imported"
        ),
        ImportRefusal::BadId { row: r } => format!(
            "{}[{}]: id {} is not accepted; ids are whole numbers from 1 up",
            r.section, r.index, r.id
        ),
        ImportRefusal::BadStamp {
            row: r,
            field,
            value,
        } => format!(
            "{}: \"{field}\" {:?} is not a time stamp; expected YYYY-MM-DDTHH:MM:SSZ (UTC)",
            row(r),
            crate::text::inert_line(value)
        ),
        ImportRefusal::WrongSha {
            row: r,
            given,
            expected,
        } => format!(
            "{}: \"sha256\" {:?} is not the SHA-256 of its body; expected {expected}",
            row(r),
            crate::text::inert_line(given)
        ),
        ImportRefusal::OwnParent { row: r } => format!(
            "{} names itself as its parent; a parent is another pledge",
            row(r)
        ),
        ImportRefusal::NoteTooLarge {
            row: r,
            hex,
            problem,
        } => format!(
            "{}: \"{}\": {}",
            row(r),
            if *hex { "body_hex" } else { "body" },
            super::values::problem(problem)
        ),
        ImportRefusal::NotHex { row: r } => format!(
            "{}: \"body_hex\" is not hexadecimal (pairs of 0-9, a-f)",
            row(r)
        ),
        ImportRefusal::TwoTexts { row: r } => format!(
            "{}: \"body\" and \"body_hex\" are two different texts; give the \
             text as \"body\" alone, or its exact bytes as \"body_hex\" with \
             \"body\" as they read",
            row(r)
        ),
        ImportRefusal::DuplicateId { row: r } => format!(
            "{}: id {} appears twice in {}; each id may appear once",
            row(r),
            r.id,
            r.section
        ),
        ImportRefusal::DuplicateLetter { row: r, detail } => format!(
            "{}: another letter has the same text ({detail}); each letter may appear once",
            row(r)
        ),
        ImportRefusal::BrokenRule { row: r, detail } => {
            format!("{} breaks a rule of the ledger ({detail})", row(r))
        }
        ImportRefusal::MissingReference {
            table: t,
            rowid,
            column: c,
            other,
        } => format!(
            "{} {rowid} names {} {other}, which is not in the import",
            table(t),
            column(c)
        ),
        ImportRefusal::Cycle { ids } => format!(
            "the parents of pledges {} go round in a cycle; a pledge cannot be its own ancestor",
            ids.iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(" → ")
        ),
        ImportRefusal::NotAFile { path, kind } => format!(
            "{} is not a regular file but {}; expected a JSON file written by `pledge export`",
            shown(path),
            super::files::kind(*kind)
        ),
        ImportRefusal::Utf16 { path } => format!(
            "{} is UTF-16 text; save it as UTF-8 (as `pledge export` writes it); nothing imported",
            shown(path)
        ),
        ImportRefusal::NotUtf8 { path, line, byte } => format!(
            "{} is not UTF-8 text (line {line}, byte {byte}); expected the JSON of `pledge export`; nothing imported",
            shown(path)
        ),
        ImportRefusal::Nul { path, line, byte } => format!(
            "{} contains a NUL byte (line {line}, byte {byte}); a pledge export is text; nothing imported",
            shown(path)
        ),
        ImportRefusal::StringTooLong { path, line, max_mb } => format!(
            "{}: the string that ends line {line} is longer than {max_mb} MB; no field of a \
             pledge export is that long; nothing imported",
            shown(path)
        ),
        ImportRefusal::CutMidCharacter { path, line } => format!(
            "{} ends in the middle of a character (line {line}): the file is cut short; nothing imported",
            shown(path)
        ),
        ImportRefusal::Malformed {
            path,
            line,
            column,
            row: at,
            words,
        } => format!(
            "{} is not a valid pledge export: line {line}, column {column}: {}{}; nothing imported",
            shown(path),
            at.map(|(section, index)| format!("{section}[{index}]: "))
                .unwrap_or_default(),
            super::values::parser_words(words)
        ),
        ImportRefusal::NothingImported { at, refusal: inner } => format!(
            "{}{}; nothing imported",
            at.as_ref().map(place).unwrap_or_default(),
            refusal(inner)
        ),
    }
}

/// `export.json, line 7: `, before what is wrong there.
fn place(at: &ImportLine) -> String {
    format!("{}, line {}: ", shown(&at.path), at.line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

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
