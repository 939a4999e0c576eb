//! A [`Doc`] as Markdown: a heading per part and per group, one table per group, every cell
//! with Markdown's syntax made inert.

use std::io::Write;

use super::{Cell, Doc};
use crate::error::Result;
use crate::report::markdown::cell;
use crate::report::output;

pub fn write(d: &Doc, out: &mut dyn Write) -> Result<()> {
    let mut lines = d.title.lines();
    let mut t = format!("# {}\n\n", cell(lines.next().unwrap_or_default()));
    for under in lines {
        t.push_str(&format!("{}\n\n", cell(under)));
    }
    let gap = crate::messages::report::label_gap();
    for (label, value) in &d.meta {
        t.push_str(&format!("- {}{gap}{}\n", cell(label), cell(value)));
    }
    for part in &d.parts {
        t.push_str(&format!("\n## {}\n", cell(&part.heading)));
        if part.is_empty() {
            t.push_str(&format!("\n{}\n", cell(&part.none)));
            continue;
        }
        let mut head = String::from("|");
        let mut align = String::from("|");
        for c in &part.columns {
            head.push_str(&format!(" {} |", cell(&c.head)));
            align.push_str(if c.kind == Cell::Number {
                "---:|"
            } else {
                "---|"
            });
        }
        for g in &part.groups {
            if let Some(h) = &g.heading {
                t.push_str(&format!("\n### {}\n", cell(h)));
            }
            t.push_str(&format!("\n{head}\n{align}\n"));
            for row in &g.rows {
                let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
                t.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            if let Some(total) = &g.total {
                let cells: Vec<String> = total
                    .iter()
                    .enumerate()
                    .map(|(n, c)| match n {
                        0 => format!("**{}**", cell(c)),
                        _ => cell(c),
                    })
                    .collect();
                t.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
        }
        out.write_all(t.as_bytes()).map_err(output)?;
        t.clear();
    }
    for f in &d.footer {
        t.push_str(&format!("\n{}\n", cell(f)));
    }
    out.write_all(t.as_bytes()).map_err(output)
}
