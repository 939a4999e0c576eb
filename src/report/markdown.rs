//! The report as markdown: a heading per section and per owner, one table per owner.

use std::io::Write;

use super::text::{heading, last_note_text};
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
    let mut text = format!("# {}\n\n", words::title(r.as_of));
    text.push_str(&format!(
        "- {} {}\n",
        words::ledger_label(),
        cell(&r.ledger)
    ));
    for l in &r.letters {
        text.push_str(&format!(
            "- {} {}\n",
            words::letter_label(),
            cell(&crate::messages::store::letter_ref(l))
        ));
    }
    if let Some(scope) = &r.scope {
        text.push_str(&format!("- {} {}\n", words::scope_label(), cell(scope)));
    }
    for s in Section::ALL {
        let head = heading(s, r);
        text.push_str(&format!(
            "\n## {}\n",
            head.split_once(". ").map_or(head.as_str(), |(_, h)| h)
        ));
        if r.section(s).is_empty() {
            text.push_str(&format!("\n{}\n", words::none_listed()));
        }
        let columns = table_head(
            &words::headings(s),
            &[true, false, false, true, false, false, false],
        );
        rows.section(s, &mut |g| {
            text.push_str(&format!("\n### {} ({})\n\n", cell(&g.owner), g.items.len()));
            text.push_str(&columns);
            for i in &g.items {
                text.push_str(&format!(
                    "| {} | {} | {} | {} | {} | {} | {} |\n",
                    i.id,
                    cell(&i.title),
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
        text.push_str(&format!("\n{left_out}.\n"));
    }
    out.write_all(text.as_bytes()).map_err(output)
}
