//! The report as one self-contained HTML page that prints well on A4.

use std::io::Write;

use super::text::{heading, last_note_text};
use super::{Rows, Section, Summary, output};
use crate::error::Result;
use crate::messages::report as words;
use crate::text::inert;

/// HTML-escaped text with control characters made visible.
pub fn esc(s: &str) -> String {
    inert(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Fonts that carry Chinese on Windows, macOS and Linux, before the generic fallback.
const FONTS: [&str; 10] = [
    "Microsoft YaHei",
    "微软雅黑",
    "SimSun",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "sans-serif",
];

/// The fonts as CSS: names with a space or beyond ASCII quoted, the generic family bare.
fn fonts() -> String {
    FONTS
        .iter()
        .map(|f| {
            if f.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                f.to_string()
            } else {
                format!("\"{f}\"")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The page's style sheet, with the page title, page number and fonts put in.
const STYLE: &str = include_str!("html.css");

fn style(as_of: &str) -> String {
    let top = words::page_title(as_of)
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    let page = words::page_number_css();
    let fonts = fonts();
    STYLE
        .replace("$TOP", &top)
        .replace("$PAGE", page)
        .replace("$FONTS", &fonts)
}

/// A row of heading cells, each escaped.
fn head_row(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|c| format!("<th>{}</th>", esc(c)))
        .collect();
    format!("<tr>{cells}</tr>")
}

/// Writes the report as HTML, each owner's table as its group is read.
pub fn write(r: &Summary, rows: &mut dyn Rows, out: &mut dyn Write) -> Result<()> {
    let as_of = crate::date::format(r.as_of);
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str(&format!(
        "<title>{}</title>\n<style>\n{}\n</style>\n</head>\n<body>\n",
        esc(&words::page_title(&as_of)),
        style(&as_of)
    ));
    h.push_str(&format!("<h1>{}</h1>\n", esc(&words::title(r.as_of))));
    let meta = |h: &mut String, label: &str, text: &str| {
        h.push_str(&format!("<p class=\"meta\">{label} {}</p>\n", esc(text)));
    };
    meta(&mut h, words::ledger_label(), &r.ledger);
    for l in &r.letters {
        meta(
            &mut h,
            words::letter_label(),
            &crate::messages::store::letter_ref(l),
        );
    }
    if let Some(scope) = &r.scope {
        meta(&mut h, words::scope_label(), scope);
    }
    for s in Section::ALL {
        h.push_str(&format!("<h2>{}</h2>\n", esc(&heading(s, r))));
        if r.section(s).is_empty() {
            h.push_str(&format!("<p class=\"none\">{}</p>\n", words::none_listed()));
        }
        let columns = head_row(&words::headings(s));
        rows.section(s, &mut |g| {
            h.push_str(&format!("<h3>{} ({})</h3>\n", esc(&g.owner), g.items.len()));
            h.push_str(&format!(
                "<table>\n<thead>{columns}</thead>\n<tbody>\n"
            ));
            for i in &g.items {
                let late = if s == Section::Overdue { " late" } else { "" };
                h.push_str(&format!(
                    "<tr><td class=\"num\">{}</td><td class=\"text\">{}</td><td class=\"num\">{}</td><td class=\"num{late}\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"text\">{}</td></tr>\n",
                    i.id,
                    esc(&i.title),
                    i.deadline.map(crate::date::format).unwrap_or_default(),
                    i.days().map(|d| d.to_string()).unwrap_or_default(),
                    words::status(i.status),
                    esc(&i.progress_text),
                    esc(&last_note_text(i))
                ));
            }
            h.push_str("</tbody>\n</table>\n");
            out.write_all(h.as_bytes()).map_err(output)?;
            h.clear();
            Ok(())
        })?;
    }
    h.push_str(&format!(
        "<h2>{}</h2>\n<table>\n<thead>{}</thead>\n<tbody>\n",
        words::totals_heading(),
        head_row(&words::count_headings())
    ));
    for (owner, c) in r.by_owner() {
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
            esc(&owner),
            c[0],
            c[1],
            c[2]
        ));
    }
    h.push_str(&format!(
        "<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n</tbody>\n</table>\n",
        words::all_owners(),
        r.count(Section::Overdue),
        r.count(Section::DueSoon),
        r.count(Section::NoDeadline)
    ));
    if let Some(left_out) = r.left_out() {
        h.push_str(&format!("<p class=\"meta\">{}.</p>\n", esc(&left_out)));
    }
    h.push_str("</body>\n</html>\n");
    out.write_all(h.as_bytes()).map_err(output)
}
