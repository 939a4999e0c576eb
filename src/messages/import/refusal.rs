//! Why an import is refused, worded: the row, the field, the value and what is accepted.

use super::{column, place, row, shown, table};
use crate::error::import::ImportRefusal;
use crate::t;
use pledge_core::export::FORMAT as EXPORT_FORMAT;

/// Words a refusal of an import.
pub fn refusal(r: &ImportRefusal) -> String {
    match r {
        ImportRefusal::NotAnExport { format } => t!(
            "import-not-an-export",
            format = format!("{format:?}"),
            expected = format!("{EXPORT_FORMAT:?}")
        ),
        ImportRefusal::NewerExport { version, known } => t!(
            "import-newer-export",
            version = version.to_string(),
            known = known.to_string()
        ),
        ImportRefusal::SchemaVersion { version, known } => t!(
            "import-schema-version",
            version = version.to_string(),
            known = known.to_string()
        ),
        ImportRefusal::LedgerNotEmpty { pledges, letters } => t!(
            "import-ledger-not-empty",
            pledges = pledges.to_string(),
            letters = letters.to_string()
        ),
        ImportRefusal::BadId { row: r } => t!(
            "import-bad-id",
            section = r.section,
            index = r.index.to_string(),
            id = r.id.to_string()
        ),
        ImportRefusal::BadStamp {
            row: r,
            field,
            value,
        } => t!(
            "import-bad-stamp",
            row = row(r),
            field = field.to_string(),
            value = format!("{:?}", crate::text::inert_line(value))
        ),
        ImportRefusal::WrongSha {
            row: r,
            given,
            expected,
        } => t!(
            "import-wrong-sha",
            row = row(r),
            given = format!("{:?}", crate::text::inert_line(given)),
            expected = expected.as_str()
        ),
        ImportRefusal::OwnParent { row: r } => t!("import-own-parent", row = row(r)),
        ImportRefusal::NoteTooLarge {
            row: r,
            hex,
            problem,
        } => t!(
            "import-note-too-large",
            row = row(r),
            field = if *hex { "body_hex" } else { "body" },
            problem = crate::messages::values::problem(problem)
        ),
        ImportRefusal::NotHex { row: r } => t!("import-not-hex", row = row(r)),
        ImportRefusal::TwoTexts { row: r } => t!("import-two-texts", row = row(r)),
        ImportRefusal::DuplicateId { row: r } => t!(
            "import-duplicate-id",
            row = row(r),
            id = r.id.to_string(),
            section = r.section
        ),
        ImportRefusal::DuplicateLetter { row: r, detail } => t!(
            "import-duplicate-letter",
            row = row(r),
            detail = detail.as_str()
        ),
        ImportRefusal::BrokenRule { row: r, detail } => {
            t!("import-broken-rule", row = row(r), detail = detail.as_str())
        }
        ImportRefusal::MissingReference {
            table: tb,
            rowid,
            column: c,
            other,
        } => t!(
            "import-missing-reference",
            table = table(tb),
            rowid = rowid.to_string(),
            column = column(c),
            other = other.to_string()
        ),
        ImportRefusal::Cycle { ids } => t!("import-cycle", ids = path(ids)),
        ImportRefusal::BodyCycle { ids } => t!("import-body-cycle", ids = path(ids)),
        ImportRefusal::NotAFile { path, kind } => t!(
            "import-not-a-file",
            path = shown(path),
            kind = crate::messages::files::kind(*kind)
        ),
        ImportRefusal::Utf16 { path } => t!("import-utf16", path = shown(path)),
        ImportRefusal::NotUtf8 { path, line, byte } => t!(
            "import-not-utf8",
            path = shown(path),
            line = line.to_string(),
            byte = byte.to_string()
        ),
        ImportRefusal::Nul { path, line, byte } => t!(
            "import-nul",
            path = shown(path),
            line = line.to_string(),
            byte = byte.to_string()
        ),
        ImportRefusal::StringTooLong { path, line, max_mb } => t!(
            "import-string-too-long",
            path = shown(path),
            line = line.to_string(),
            max_mb = max_mb.to_string()
        ),
        ImportRefusal::CutMidCharacter { path, line } => t!(
            "import-cut-mid-character",
            path = shown(path),
            line = line.to_string()
        ),
        ImportRefusal::Malformed {
            path,
            line,
            column,
            row: at,
            words,
        } => t!(
            "import-malformed",
            path = shown(path),
            line = line.to_string(),
            column = column.to_string(),
            at = at
                .map(|(section, index)| t!(
                    "import-malformed-at",
                    section = section,
                    index = index.to_string()
                ))
                .unwrap_or_default(),
            words = crate::messages::values::parser_words(words)
        ),
        ImportRefusal::NothingImported { at, refusal: inner } => t!(
            "import-nothing-imported",
            place = at.as_ref().map(place).unwrap_or_default(),
            refusal = refusal(inner)
        ),
    }
}

/// Ids round a cycle: "4 → 7 → 4".
fn path(ids: &[i64]) -> String {
    ids.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(" → ")
}
