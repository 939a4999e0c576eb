//! word/document.xml from a [`Doc`]: the title and the lines under it, each part's heading,
//! its groups' headings and tables (the heading row repeated on every page), and the A4 page.

use super::parts::{FOOTER_ID, MARGINS, PAGE, TEXT_WIDTH};
use super::xml;
use crate::report::doc::{Cell, Doc, Part};

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

/// Runs of `text`, its line breaks kept as breaks.
fn runs(text: &str, bold: bool) -> String {
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| format!(r#"<w:t xml:space="preserve">{}</w:t>"#, xml(l)))
        .collect();
    format!("<w:r>{props}{}</w:r>", lines.join("<w:br/>"))
}

/// A paragraph in `style`, with more paragraph properties after the style.
fn para(style: &str, more: &str, text: &str, bold: bool) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{style}"/>{more}</w:pPr>{}</w:p>"#,
        runs(text, bold)
    )
}

/// Each column's width in twips: numbers and short values narrow, text sharing the rest.
fn widths(part: &Part) -> Vec<u32> {
    let fixed = |k: Cell| match k {
        Cell::Number => Some(700),
        Cell::Short => Some(1_150),
        Cell::Text => None,
    };
    let taken: u32 = part.columns.iter().filter_map(|c| fixed(c.kind)).sum();
    let texts = part.columns.iter().filter(|c| c.kind == Cell::Text).count() as u32;
    let share = (TEXT_WIDTH.saturating_sub(taken) / texts.max(1)).max(1_200);
    part.columns
        .iter()
        .map(|c| fixed(c.kind).unwrap_or(share))
        .collect()
}

/// One row: `head` rows repeat at the top of each page; no row splits across pages.
fn row(cells: &[String], kinds: &[Cell], widths: &[u32], head: bool, bold: bool) -> String {
    let mut r = String::from("<w:tr><w:trPr><w:cantSplit/>");
    if head {
        r.push_str("<w:tblHeader/>");
    }
    r.push_str("</w:trPr>");
    for (n, text) in cells.iter().enumerate() {
        let width = widths.get(n).copied().unwrap_or(1_200);
        let shade = if head {
            r#"<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>"#
        } else {
            ""
        };
        let align = match kinds.get(n) {
            _ if head => r#"<w:jc w:val="center"/>"#,
            Some(Cell::Number) => r#"<w:jc w:val="right"/>"#,
            _ => "",
        };
        r.push_str(&format!(
            r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{}</w:tc>"#,
            para("TableText", align, text, head || bold)
        ));
    }
    r.push_str("</w:tr>");
    r
}

fn table(part: &Part, rows: &[Vec<String>], total: Option<&Vec<String>>) -> String {
    let widths = widths(part);
    let kinds: Vec<Cell> = part.columns.iter().map(|c| c.kind).collect();
    let border = r#"w:val="single" w:sz="4" w:space="0" w:color="000000""#;
    let mut t = format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="{TEXT_WIDTH}" w:type="dxa"/><w:tblBorders><w:top {border}/><w:left {border}/><w:bottom {border}/><w:right {border}/><w:insideH {border}/><w:insideV {border}/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
    );
    for w in &widths {
        t.push_str(&format!(r#"<w:gridCol w:w="{w}"/>"#));
    }
    t.push_str("</w:tblGrid>");
    let heads: Vec<String> = part.columns.iter().map(|c| c.head.clone()).collect();
    t.push_str(&row(&heads, &kinds, &widths, true, true));
    for cells in rows {
        t.push_str(&row(cells, &kinds, &widths, false, false));
    }
    if let Some(total) = total {
        t.push_str(&row(total, &kinds, &widths, false, true));
    }
    t.push_str("</w:tbl>");
    // Word joins two tables with nothing between them into one.
    t.push_str("<w:p/>");
    t
}

/// The whole document part.
pub fn document(d: &Doc) -> String {
    let mut x = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>"#
    );
    let mut lines = d.title.lines();
    x.push_str(&para("Title", "", lines.next().unwrap_or_default(), false));
    for under in lines {
        x.push_str(&para("Subtitle", "", under, false));
    }
    let gap = crate::messages::report::label_gap();
    for (label, value) in &d.meta {
        x.push_str(&para("Normal", "", &format!("{label}{gap}{value}"), false));
    }
    for part in &d.parts {
        x.push_str(&para("Heading1", "", &part.heading, false));
        if part.is_empty() {
            x.push_str(&para("Normal", "", &part.none, false));
            continue;
        }
        for g in &part.groups {
            if let Some(heading) = &g.heading {
                x.push_str(&para("Heading2", "", heading, false));
            }
            x.push_str(&table(part, &g.rows, g.total.as_ref()));
        }
    }
    for line in &d.footer {
        x.push_str(&para("Normal", "", line, false));
    }
    x.push_str(&format!(
        r#"<w:sectPr><w:footerReference w:type="default" r:id="{FOOTER_ID}"/><w:pgSz w:w="{}" w:h="{}"/><w:pgMar w:top="{}" w:right="{}" w:bottom="{}" w:left="{}" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
        PAGE.0, PAGE.1, MARGINS.top, MARGINS.right, MARGINS.bottom, MARGINS.left
    ));
    x
}
