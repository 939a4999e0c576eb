//! The report as markdown: a heading per section and per owner, one table per owner.

use std::io::Write;

use super::text::last_note_text;
use super::{Rows, Section, Summary, output};
use crate::error::Result;
use crate::messages::report as words;

/// Table-cell (and heading) text: one line, with no Markdown syntax left live.
pub fn cell(s: &str) -> String {
    crate::text::markdown_inline(s)
}

/// A table's heading row and its alignment row (`---:` for right-aligned columns).
fn table_head(headings: &[&str], right: &[bool]) -> String {
    let mut s = String::from("|");
    for h in headings {
        s.push_str(&format!(" {h} |"));
    }
    s.push_str("\n|");
    for r in right {
        s.push_str(if *r { "---:|" } else { "---|" });
    }
    s.push('\n');
    s
}

/// Writes the report as markdown, each owner's table as its group is read.
pub fn write(r: &Summary, rows: &mut dyn Rows, out: &mut dyn Write) -> Result<()> {
    let title = words::title(r.as_of);
    let mut lines = title.lines();
    let mut text = format!("# {}\n\n", lines.next().unwrap_or_default());
    for under in lines {
        text.push_str(&format!("{under}\n\n"));
    }
    let gap = words::label_gap();
    let meta = |text: &mut String, label: &str, value: &str| {
        text.push_str(&format!("- {label}{gap}{}\n", cell(value)));
    };
    meta(&mut text, words::ledger_label(), &r.ledger);
    for l in &r.letters {
        let letter = crate::messages::store::letter_ref(l);
        meta(&mut text, words::letter_label(), &letter);
    }
    if let Some(scope) = &r.scope() {
        meta(&mut text, words::scope_label(), scope);
    }
    for s in Section::ALL {
        let head = words::markdown_heading(s, r.count(s), r.within_days, r.stale_days);
        text.push_str(&format!("\n## {head}\n"));
        if r.section(s).is_empty() {
            text.push_str(&format!("\n{}\n", words::none_listed()));
        }
        let columns = table_head(
            &words::headings(s),
            &[true, false, false, true, false, false, false],
        );
        let mut place = 0;
        rows.section(s, &mut |g| {
            place += 1;
            let owner = words::owner_group(&cell(&g.owner), g.items.len(), place);
            text.push_str(&format!("\n### {owner}\n\n"));
            text.push_str(&columns);
            for i in &g.items {
                text.push_str(&format!(
                    "| {} | {} | {} | {} | {} | {} | {} |\n",
                    i.id,
                    cell(&crate::messages::bodies::marked_title(
                        &super::marks::title(i),
                        i.role
                    )),
                    i.deadline.map(crate::date::format).unwrap_or_default(),
                    i.days().map(|d| d.to_string()).unwrap_or_default(),
                    words::status(i.status),
                    cell(&i.progress_text),
                    cell(&last_note_text(i))
                ));
            }
            out.write_all(text.as_bytes()).map_err(output)?;
            text.clear();
            Ok(())
        })?;
    }
    text.push_str(&format!("\n## {}\n\n", words::totals_heading()));
    text.push_str(&table_head(
        &words::count_headings(),
        &[false, true, true, true],
    ));
    for (owner, c) in r.by_owner() {
        text.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(&owner),
            c[0],
            c[1],
            c[2]
        ));
    }
    text.push_str(&format!(
        "| **{}** | {} | {} | {} |\n",
        words::all_owners(),
        r.count(Section::Overdue),
        r.count(Section::DueSoon),
        r.count(Section::NoDeadline)
    ));
    if let Some(left_out) = r.left_out() {
        text.push_str(&format!("\n{}\n", words::sentence(&left_out)));
    }
    out.write_all(text.as_bytes()).map_err(output)
}
