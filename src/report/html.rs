//! The report as one self-contained HTML page that prints well on A4.

use std::io::Write;

use super::text::{heading, last_note_text};
use super::{Rows, Section, Summary, output};
use crate::error::Result;
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
const FONTS: &str = "\"Microsoft YaHei\", \"微软雅黑\", SimSun, \"PingFang SC\", \"Hiragino Sans GB\", \
    \"Heiti SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", sans-serif";

fn style(as_of: &str) -> String {
    format!(
        "@page {{ size: A4; margin: 18mm 15mm 20mm 15mm;
  @top-left {{ content: \"Overdue report as of {as_of}\"; font-size: 8pt; color: #555; }}
  @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); font-size: 8pt; color: #555; }} }}
body {{ font-family: {FONTS}; font-size: 10pt; line-height: 1.4; color: #111; margin: 0 auto; max-width: 190mm; }}
h1 {{ font-size: 16pt; margin: 0 0 4pt; }}
h2 {{ font-size: 13pt; margin: 16pt 0 4pt; border-bottom: 1px solid #999; break-after: avoid; }}
h3 {{ font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; page-break-inside: avoid; }}
th, td {{ border: 1px solid #bbb; padding: 2pt 4pt; vertical-align: top; text-align: left; white-space: nowrap; }}
td.text {{ white-space: normal; overflow-wrap: anywhere; min-width: 8em; }}
th {{ background: #eee; }}
td.num {{ text-align: right; white-space: nowrap; }}
td.late {{ color: #b00; font-weight: bold; }}
.meta {{ color: #333; margin: 0; }}
.none {{ color: #555; font-style: italic; }}
@media print {{ th {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }} }}"
    )
}

/// Writes the report as HTML, each owner's table as its group is read.
pub fn write(r: &Summary, rows: &mut dyn Rows, out: &mut dyn Write) -> Result<()> {
    let as_of = crate::date::format(r.as_of);
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str(&format!(
        "<title>Overdue report as of {as_of}</title>\n<style>\n{}\n</style>\n</head>\n<body>\n",
        style(&as_of)
    ));
    h.push_str(&format!(
        "<h1>Overdue report (督办通报) as of {as_of}</h1>\n"
    ));
    h.push_str(&format!(
        "<p class=\"meta\">Ledger: {}</p>\n",
        esc(&r.ledger)
    ));
    for l in &r.letters {
        h.push_str(&format!(
            "<p class=\"meta\">Letter: {}</p>\n",
            esc(&crate::messages::store::letter_ref(l))
        ));
    }
    if let Some(scope) = &r.scope {
        h.push_str(&format!("<p class=\"meta\">Scope: {}</p>\n", esc(scope)));
    }
    for s in Section::ALL {
        h.push_str(&format!("<h2>{}</h2>\n", esc(&heading(s, r))));
        if r.section(s).is_empty() {
            h.push_str("<p class=\"none\">None.</p>\n");
        }
        let days = s.days_label();
        rows.section(s, &mut |g| {
            h.push_str(&format!("<h3>{} ({})</h3>\n", esc(&g.owner), g.items.len()));
            h.push_str(&format!(
                "<table>\n<thead><tr><th>ID</th><th>Title</th><th>Deadline</th><th>{days}</th><th>Status</th><th>Progress</th><th>Last note</th></tr></thead>\n<tbody>\n"
            ));
            for i in &g.items {
                let late = if s == Section::Overdue { " late" } else { "" };
                h.push_str(&format!(
                    "<tr><td class=\"num\">{}</td><td class=\"text\">{}</td><td class=\"num\">{}</td><td class=\"num{late}\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"text\">{}</td></tr>\n",
                    i.id,
                    esc(&i.title),
                    i.deadline.map(crate::date::format).unwrap_or_default(),
                    i.days().map(|d| d.to_string()).unwrap_or_default(),
                    i.status,
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
    h.push_str("<h2>Totals</h2>\n<table>\n<thead><tr><th>Owner</th><th>Overdue</th><th>Due soon</th><th>No deadline</th></tr></thead>\n<tbody>\n");
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
        "<tr><th>All</th><th>{}</th><th>{}</th><th>{}</th></tr>\n</tbody>\n</table>\n",
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
