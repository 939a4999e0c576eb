//! The report as markdown: a heading per section and per owner, one table per owner.

use super::text::{heading, last_note_text};
use super::{Report, Section};

/// Table-cell (and heading) text: one line, with no Markdown syntax left live.
pub fn cell(s: &str) -> String {
    crate::text::markdown_inline(s)
}

pub fn render(r: &Report) -> String {
    let mut out = format!(
        "# Overdue report (督办通报) as of {}\n\n",
        crate::date::format(r.as_of)
    );
    out.push_str(&format!("- Ledger: {}\n", cell(&r.ledger)));
    for l in &r.letters {
        out.push_str(&format!("- Letter: {}\n", cell(&l.citation())));
    }
    if let Some(scope) = &r.scope {
        out.push_str(&format!("- Scope: {}\n", cell(scope)));
    }
    for s in Section::ALL {
        let head = heading(s, r);
        out.push_str(&format!(
            "\n## {}\n",
            head.split_once(". ").map_or(head.as_str(), |(_, h)| h)
        ));
        let groups = r.section(s);
        if groups.is_empty() {
            out.push_str("\nNone.\n");
        }
        let days = s.days_label();
        for g in groups {
            out.push_str(&format!("\n### {} ({})\n\n", cell(&g.owner), g.items.len()));
            out.push_str(&format!(
                "| ID | Title | Deadline | {days} | Status | Progress | Last note |\n"
            ));
            out.push_str("|---:|---|---|---:|---|---|---|\n");
            for i in &g.items {
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} | {} | {} |\n",
                    i.id,
                    cell(&i.title),
                    i.deadline.map(crate::date::format).unwrap_or_default(),
                    i.days().map(|d| d.to_string()).unwrap_or_default(),
                    i.status,
                    cell(&i.progress_text),
                    cell(&last_note_text(i))
                ));
            }
        }
    }
    out.push_str(
        "\n## Totals\n\n| Owner | Overdue | Due soon | No deadline |\n|---|---:|---:|---:|\n",
    );
    for (owner, c) in r.by_owner() {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(&owner),
            c[0],
            c[1],
            c[2]
        ));
    }
    out.push_str(&format!(
        "| **All** | {} | {} | {} |\n",
        r.count(Section::Overdue),
        r.count(Section::DueSoon),
        r.count(Section::NoDeadline)
    ));
    if let Some(left_out) = r.left_out() {
        out.push_str(&format!("\n{left_out}.\n"));
    }
    out
}
