//! A [`Doc`] as one self-contained HTML page, in the overdue report's style sheet (A4, the
//! Chinese font stacks), its chart drawn inline.

use std::io::Write;

use super::{Cell, Doc};
use crate::error::Result;
use crate::messages::report as words;
use crate::report::html::esc;
use crate::report::output;

pub fn write(d: &Doc, out: &mut dyn Write) -> Result<()> {
    let mut h = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{}\n</style>\n</head>\n<body>\n",
        words::html_lang(),
        esc(&d.page_title),
        crate::report::html::style_titled(&d.page_title)
    );
    let mut lines = d.title.lines();
    h.push_str(&format!(
        "<h1>{}</h1>\n",
        esc(lines.next().unwrap_or_default())
    ));
    for under in lines {
        h.push_str(&format!("<p class=\"date\">{}</p>\n", esc(under)));
    }
    let gap = words::label_gap();
    for (label, value) in &d.meta {
        h.push_str(&format!(
            "<p class=\"meta\">{}{gap}{}</p>\n",
            esc(label),
            esc(value)
        ));
    }
    if let Some(chart) = &d.chart {
        h.push_str(&crate::report::svg::render(chart));
    }
    for part in &d.parts {
        h.push_str(&format!("<h2>{}</h2>\n", esc(&part.heading)));
        if part.is_empty() {
            h.push_str(&format!("<p class=\"none\">{}</p>\n", esc(&part.none)));
            continue;
        }
        let heads: String = part
            .columns
            .iter()
            .map(|c| format!("<th>{}</th>", esc(&c.head)))
            .collect();
        let class = |n: usize| match part.columns.get(n).map(|c| c.kind) {
            Some(Cell::Number) => " class=\"num\"",
            Some(Cell::Text) => " class=\"text\"",
            _ => "",
        };
        for g in &part.groups {
            if let Some(heading) = &g.heading {
                h.push_str(&format!("<h3>{}</h3>\n", esc(heading)));
            }
            h.push_str(&format!(
                "<table>\n<thead><tr>{heads}</tr></thead>\n<tbody>\n"
            ));
            for row in &g.rows {
                let cells: String = row
                    .iter()
                    .enumerate()
                    .map(|(n, c)| format!("<td{}>{}</td>", class(n), esc(c)))
                    .collect();
                h.push_str(&format!("<tr>{cells}</tr>\n"));
            }
            if let Some(total) = &g.total {
                let cells: String = total
                    .iter()
                    .map(|c| format!("<th>{}</th>", esc(c)))
                    .collect();
                h.push_str(&format!("<tr>{cells}</tr>\n"));
            }
            h.push_str("</tbody>\n</table>\n");
        }
        out.write_all(h.as_bytes()).map_err(output)?;
        h.clear();
    }
    for f in &d.footer {
        h.push_str(&format!("<p class=\"meta\">{}</p>\n", esc(f)));
    }
    h.push_str("</body>\n</html>\n");
    out.write_all(h.as_bytes()).map_err(output)
}
