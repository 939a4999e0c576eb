//! The Word reports read back: every part parses as XML; the title, section and group
//! headings and the number of table rows are the HTML page's; the fonts, A4 page, GB/T 9704
//! margins, repeated heading rows and footer page number are there; in both languages. A
//! Word report without `-o` is refused, and one with hostile text still parses.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use quick_xml::events::Event;

#[path = "support/bulletin.rs"]
mod bulletin;
#[path = "support/cli.rs"]
mod cli;

/// Every part of the package at `path`, by name.
fn parts(path: &Path) -> HashMap<String, String> {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut all = HashMap::new();
    for n in 0..zip.len() {
        let mut f = zip.by_index(n).unwrap();
        let mut text = String::new();
        f.read_to_string(&mut text).unwrap();
        all.insert(f.name().unwrap().to_string(), text);
    }
    all
}

/// The value of attribute `key` of `e`.
fn attr(e: &quick_xml::events::BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| a.value.into_owned())
}

/// What a document part holds: its paragraphs outside tables as (style, text), the number of
/// tables, of rows, of heading rows, and every element with its attributes (for the page).
struct Read_ {
    paragraphs: Vec<(String, String)>,
    tables: usize,
    rows: usize,
    heading_rows: usize,
    elements: Vec<(String, HashMap<String, String>)>,
}

/// Parses `xml` to the end: a part that is not well-formed fails the test.
fn read(xml: &str) -> Read_ {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut r = Read_ {
        paragraphs: Vec::new(),
        tables: 0,
        rows: 0,
        heading_rows: 0,
        elements: Vec::new(),
    };
    let (mut depth_in_table, mut style, mut text, mut in_t) =
        (0, String::new(), String::new(), false);
    loop {
        let event = reader.read_event().expect("well-formed XML");
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            let name = e.name().as_ref().to_string();
            let attrs = e
                .attributes()
                .flatten()
                .map(|a| (a.key.as_ref().to_string(), a.value.into_owned()))
                .collect();
            match name.as_str() {
                "w:tbl" => {
                    r.tables += 1;
                    depth_in_table += 1;
                }
                "w:tr" => r.rows += 1,
                "w:tblHeader" => r.heading_rows += 1,
                "w:pStyle" => style = attr(&e, "w:val").unwrap_or_default(),
                "w:p" if !empty => {
                    style.clear();
                    text.clear();
                }
                "w:t" if !empty => in_t = true,
                _ => {}
            }
            r.elements.push((name, attrs));
        }
        match event {
            Event::Text(t) if in_t => text.push_str(&t.into_inner()),
            Event::GeneralRef(g) if in_t => {
                text.push(match g.into_inner().as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    _ => '?',
                });
            }
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_t = false,
                "w:tbl" => depth_in_table -= 1,
                "w:p" if depth_in_table == 0 => {
                    r.paragraphs.push((style.clone(), text.clone()));
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    r
}

/// The text inside each `<tag>…</tag>` of an HTML page, its entities read.
fn html_texts(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    html.split(&open)
        .skip(1)
        .map(|s| {
            s.split(&close)
                .next()
                .unwrap()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        })
        .collect()
}

/// Writes `args` plus `--format docx -o FILE` in `lang` and reads it back beside the HTML.
fn check(db: &Path, lang: &str, args: &[&str], name: &str) -> Read_ {
    let file = db.parent().unwrap().join(format!("{name}-{lang}.docx"));
    let mut all = args.to_vec();
    all.extend(["--format", "docx", "-o", file.to_str().unwrap()]);
    bulletin::run_in(db, lang, &all);
    let parts = parts(&file);
    for (part, xml) in &parts {
        assert!(!xml.contains('\u{1b}'), "{part}");
        read(xml);
    }
    let doc = read(&parts["word/document.xml"]);
    let mut html_args = args.to_vec();
    html_args.extend(["--format", "html"]);
    let html = bulletin::run_in(db, lang, &html_args);
    let style = |s: &str| -> Vec<String> {
        doc.paragraphs
            .iter()
            .filter(|(st, _)| st == s)
            .map(|(_, t)| t.clone())
            .collect()
    };
    assert_eq!(style("Title"), html_texts(&html, "h1"), "{name} {lang}");
    assert_eq!(style("Heading1"), html_texts(&html, "h2"), "{name} {lang}");
    assert_eq!(style("Heading2"), html_texts(&html, "h3"), "{name} {lang}");
    assert_eq!(doc.rows, html.matches("<tr>").count(), "{name} {lang}");
    assert_eq!(doc.tables, html.matches("<table>").count(), "{name} {lang}");
    assert_eq!(
        doc.heading_rows, doc.tables,
        "each table's heading row repeats"
    );
    assert!(doc.tables > 0);
    // The page: A4, GB/T 9704's margins, the footer's page number.
    let find = |name: &str| {
        doc.elements
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, a)| a.clone())
            .unwrap()
    };
    let size = find("w:pgSz");
    assert_eq!((&size["w:w"][..], &size["w:h"][..]), ("11906", "16838"));
    let m = find("w:pgMar");
    let margins =
        ["w:top", "w:bottom", "w:left", "w:right"].map(|k| m[k].parse::<f64>().unwrap() / 56.6929);
    for (got, mm) in margins.iter().zip([37.0, 35.0, 28.0, 26.0]) {
        assert!((got - mm).abs() < 0.1, "margin {got} mm, not {mm}");
    }
    let footer = &parts["word/footer1.xml"];
    assert!(
        footer.contains(r#"w:instr=" PAGE ""#) && footer.contains("— "),
        "{footer}"
    );
    // The fonts by style, as Word reads them: eastAsia names the Chinese face.
    let styles = read(&parts["word/styles.xml"]);
    let mut current = String::new();
    let mut faces: HashMap<String, String> = HashMap::new();
    for (n, a) in &styles.elements {
        match n.as_str() {
            "w:style" => current = a["w:styleId"].clone(),
            "w:rFonts" if !current.is_empty() => {
                faces.insert(current.clone(), a["w:eastAsia"].clone());
            }
            _ => {}
        }
    }
    assert_eq!(faces["Title"], "方正小标宋简体");
    assert_eq!(faces["Heading1"], "黑体");
    assert_eq!(faces["Heading2"], "黑体");
    assert_eq!(faces["Normal"], "仿宋_GB2312");
    assert_eq!(faces["TableText"], "仿宋_GB2312");
    // Our own letter reader reads the same title out of it.
    let bytes = std::fs::read(&file).unwrap();
    let text = pledge::letter::read::decode(&bytes).unwrap().text;
    assert!(text.starts_with(&style("Title")[0]), "{text}");
    doc
}

#[test]
fn the_word_reports_hold_what_the_html_pages_hold_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    for lang in ["zh", "en"] {
        let overdue = check(&db, lang, &["report", "overdue"], "overdue");
        assert!(overdue.rows > 8, "the fixture's pledges are listed");
        check(
            &db,
            lang,
            &["report", "period", "--from", "2026-11-01"],
            "period",
        );
        check(&db, lang, &["report", "scorecard"], "scorecard");
    }
    // The same report makes the same bytes.
    let again = dir.path().join("again.docx");
    bulletin::run_in(
        &db,
        "zh",
        &[
            "report",
            "overdue",
            "--format",
            "docx",
            "-o",
            again.to_str().unwrap(),
        ],
    );
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(dir.path().join("overdue-zh.docx")).unwrap()
    );
}

#[test]
fn a_word_report_goes_only_to_a_file_and_hostile_text_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    for report in [&["report", "overdue"][..], &["report", "scorecard"]] {
        let mut args = report.to_vec();
        args.extend(["--format", "docx"]);
        let out = cli::pledge(&db, &args);
        assert!(!out.status.success());
        assert!(out.stdout.is_empty(), "nothing written");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("-o FILE"), "{err}");
    }
    let hostile = "修路<w:t>&amp;\u{1}\u{7}\u{1b}[31m\u{fffe}]]>";
    let added = cli::pledge(
        &db,
        &[
            "add",
            "--title",
            hostile,
            "--owner",
            "县交通局",
            "--deadline",
            "2026-11-01",
        ],
    );
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let doc = check(&db, "zh", &["report", "overdue"], "hostile");
    assert!(doc.rows > 0);
}
