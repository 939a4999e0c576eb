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

/// The body's fonts: a Song (serif) face that prints on Windows and WPS (SimSun, 宋体),
/// macOS (Songti SC) and Linux (Noto Serif CJK SC, Source Han Serif SC), then the generic one.
const BODY_FONTS: [&str; 6] = [
    "SimSun",
    "宋体",
    "Songti SC",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "serif",
];

/// The headings' fonts: a Hei (sans) face, as notices set their headings, on the same systems.
const HEADING_FONTS: [&str; 6] = [
    "SimHei",
    "黑体",
    "Heiti SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "sans-serif",
];

/// Fonts as CSS: each name quoted, the generic family last and bare.
fn fonts(list: &[&str]) -> String {
    list.iter()
        .map(|f| match *f {
            "serif" | "sans-serif" => f.to_string(),
            _ => format!("\"{f}\""),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The page's style sheet, with the page title, page number and fonts put in.
const STYLE: &str = include_str!("html.css");

/// The headings' font stack as CSS, also the charts' fonts.
pub(super) fn heading_fonts() -> String {
    fonts(&HEADING_FONTS)
}

fn style(as_of: chrono::NaiveDate) -> String {
    style_titled(&words::page_title(as_of))
}

/// The style sheet with `top` printed at the top of each page.
pub(super) fn style_titled(top: &str) -> String {
    let top = top.replace('\\', "\\\\").replace('"', "\\\"");
    STYLE
        .replace("$TOP", &top)
        .replace("$PAGE", words::page_number_css())
        .replace("$BODY_FONTS", &fonts(&BODY_FONTS))
        .replace("$HEADING_FONTS", &fonts(&HEADING_FONTS))
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
    let mut h = String::new();
    h.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        words::html_lang()
    ));
    h.push_str(&format!(
        "<title>{}</title>\n<style>\n{}\n</style>\n</head>\n<body>\n",
        esc(&words::page_title(r.as_of)),
        style(r.as_of)
    ));
    let title = words::title(r.as_of);
    let mut lines = title.lines();
    h.push_str(&format!(
        "<h1>{}</h1>\n",
        esc(lines.next().unwrap_or_default())
    ));
    for under in lines {
        h.push_str(&format!("<p class=\"date\">{}</p>\n", esc(under)));
    }
    let gap = words::label_gap();
    let meta = |h: &mut String, label: &str, text: &str| {
        h.push_str(&format!(
            "<p class=\"meta\">{label}{gap}{}</p>\n",
            esc(text)
        ));
    };
    meta(&mut h, words::ledger_label(), &r.ledger);
    for l in &r.letters {
        meta(
            &mut h,
            words::letter_label(),
            &crate::messages::store::letter_ref(l),
        );
    }
    if let Some(scope) = &r.scope() {
        meta(&mut h, words::scope_label(), scope);
    }
    h.push_str(&super::svg::render(&super::svg::bodies(
        &r.standings,
        crate::messages::charts::overdue_title(r.as_of),
    )));
    for s in Section::ALL {
        h.push_str(&format!("<h2>{}</h2>\n", esc(&heading(s, r))));
        if r.section(s).is_empty() {
            h.push_str(&format!("<p class=\"none\">{}</p>\n", words::none_listed()));
        }
        let columns = head_row(&words::headings(s));
        let mut place = 0;
        rows.section(s, &mut |g| {
            place += 1;
            let owner = words::owner_group(&esc(&g.owner), g.items.len(), place);
            h.push_str(&format!("<h3>{owner}</h3>\n"));
            h.push_str(&format!(
                "<table>\n<thead>{columns}</thead>\n<tbody>\n"
            ));
            for i in &g.items {
                let late = if s == Section::Overdue { " late" } else { "" };
                h.push_str(&format!(
                    "<tr><td class=\"num\">{}</td><td class=\"text\">{}</td><td class=\"num\">{}</td><td class=\"num{late}\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"text\">{}</td></tr>\n",
                    i.id,
                    esc(&crate::messages::bodies::marked_title(&super::marks::title(i), i.role)),
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
        h.push_str(&format!(
            "<p class=\"meta\">{}</p>\n",
            esc(&words::sentence(&left_out))
        ));
    }
    h.push_str("</body>\n</html>\n");
    out.write_all(h.as_bytes()).map_err(output)
}
