//! The report as CSV: one row per pledge with its section, UTF-8 with a byte-order mark so that
//! spreadsheet programs on Chinese Windows read it as UTF-8.

use super::Report;
use crate::text::spreadsheet_cell as field;

pub fn render(r: &Report, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    let mut w = csv::Writer::from_writer(out);
    let opt = |v: Option<String>| v.unwrap_or_default();
    let mut rows = vec![
        vec![
            "section",
            "owner",
            "id",
            "title",
            "deadline",
            "deadline_text",
            "days_overdue",
            "days_left",
            "days_since",
            "status",
            "progress",
            "target_quantity",
            "target_unit",
            "last_note_on",
            "last_note",
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>(),
    ];
    for (section, i) in r.items() {
        rows.push(vec![
            section.key().to_string(),
            field(&i.owner),
            i.id.to_string(),
            field(&i.title),
            opt(i.deadline.map(crate::date::format)),
            field(i.deadline_text.as_deref().unwrap_or("")),
            opt(i.days_overdue.map(|d| d.to_string())),
            opt(i.days_left.map(|d| d.to_string())),
            opt(i.days_since.map(|d| d.to_string())),
            i.status.as_str().to_string(),
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
        ]);
    }
    for row in rows {
        // Writing to memory cannot fail.
        let _ = w.write_record(&row);
    }
    w.into_inner().unwrap_or_default()
}
