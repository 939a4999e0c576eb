//! The report as CSV: one row per pledge with its section, UTF-8 with a byte-order mark so that
//! spreadsheet programs on Chinese Windows read it as UTF-8. Headings, sections and statuses
//! are in the report's language (a sheet for people; JSON is the machine interface).

use std::io::Write;

use super::{Item, Rows, Section, Summary, output};
use crate::error::Result;
use crate::messages::report as words;
use crate::text::spreadsheet_cell as field;

fn record(section: Section, i: &Item) -> [String; 15] {
    let opt = |v: Option<String>| v.unwrap_or_default();
    [
        words::csv_section(section).to_string(),
        field(&i.owner),
        i.id.to_string(),
        field(&crate::messages::bodies::marked_title(&i.title, i.role)),
        opt(i.deadline.map(crate::date::format)),
        field(i.deadline_text.as_deref().unwrap_or("")),
        opt(i.days_overdue.map(|d| d.to_string())),
        opt(i.days_left.map(|d| d.to_string())),
        opt(i.days_since.map(|d| d.to_string())),
        words::status(i.status).to_string(),
        opt(i.progress.map(|q| q.to_string())),
        opt(i.target.as_ref().map(|t| t.quantity.to_string())),
        field(
            i.target
                .as_ref()
                .and_then(|t| t.unit.as_deref())
                .unwrap_or(""),
        ),
        opt(i.last_note_on.map(crate::date::format)),
        field(i.last_note.as_deref().unwrap_or("")),
    ]
}

/// Writes the report as CSV, each row as its group is read.
pub fn write(_: &Summary, rows: &mut dyn Rows, bom: bool, out: &mut dyn Write) -> Result<()> {
    if bom {
        out.write_all(b"\xEF\xBB\xBF").map_err(output)?;
    }
    let mut w = csv::Writer::from_writer(out);
    let failed = |e: csv::Error| output(e.into());
    w.write_record(words::csv_headings()).map_err(failed)?;
    for s in Section::ALL {
        rows.section(s, &mut |g| {
            for i in &g.items {
                w.write_record(record(s, i)).map_err(failed)?;
            }
            // Out of the CSV writer's own buffer before the next group is read.
            w.flush().map_err(output)
        })?;
    }
    w.flush().map_err(output)
}
