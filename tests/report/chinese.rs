//! The report in Chinese, a formal 督办通报: golden files of every format, its tables aligned
//! in display columns, and JSON the same bytes whichever language is spoken.

use super::Ledger;
use pledge::text::width;

/// Snapshots beside the English ones, in tests/snapshots.
macro_rules! golden {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ snapshot_path => "../snapshots" }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

/// A line's cells: runs of text parted by `gap` or more blanks, each with the display columns
/// it starts and ends at.
fn cells(line: &str, gap: usize) -> Vec<(usize, usize, String)> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let (mut col, mut blanks) = (0, 0);
    for c in line.chars() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if c == ' ' {
            blanks += 1;
        } else {
            match out.last_mut() {
                Some((_, end, text)) if blanks < gap => {
                    text.extend(std::iter::repeat_n(' ', blanks));
                    text.push(c);
                    *end = col + w;
                }
                _ => out.push((col, col + w, c.to_string())),
            }
            blanks = 0;
        }
        col += w;
    }
    out
}

/// Every cell of every table line starts where a heading starts (left-aligned columns) or
/// ends where one ends (right-aligned), in display columns; at least `rows` lines checked.
fn aligned_under_headings(text: &str, heading: &str, gap: usize, rows: usize) {
    let mut heads: Option<Vec<(usize, usize, String)>> = None;
    let mut seen = 0;
    for line in text.lines() {
        if line.starts_with(heading) {
            heads = Some(cells(line, gap));
            continue;
        }
        if line.is_empty() || !line.starts_with("  ") {
            heads = None;
        }
        let Some(heads) = &heads else { continue };
        for (start, end, cell) in cells(line, gap) {
            // A wrapped cell's next line may open with the blank it was broken at (as the
            // English report's do): one column, never the drift of counting characters.
            assert!(
                heads
                    .iter()
                    .any(|(s, e, _)| *s == start || *s + 1 == start || *e == end),
                "{cell:?} at {start}..{end} is under no heading of {heads:?}\n{line}"
            );
        }
        seen += 1;
    }
    assert!(seen >= rows, "{seen} table lines under {heading:?}\n{text}");
}

#[test]
fn golden_text_in_chinese_at_80_and_120_columns() {
    let l = Ledger::fixture();
    for width_arg in ["80", "120"] {
        let text = l.report_in("zh", &["--width", width_arg]);
        golden!(format!("text_{width_arg}_zh"), text);
        let max = width_arg.parse::<usize>().unwrap();
        for line in text.lines() {
            assert!(width(line) <= max, "wider than {max}: {line}");
        }
        assert!(text.starts_with("关于承诺事项办理情况的督办通报\n（截至2026年11月28日）\n"));
        for heading in [
            "一、逾期事项（4项）",
            "二、30天内到期事项（1项）",
            "三、无时限且90天以上无进展事项（2项）",
            "（二）吉林省教育厅（3项）",
            "四、汇总",
            "逾期4项，30天内到期1项，无时限且久无进展2项。",
        ] {
            assert!(text.contains(heading), "{heading}\n{text}");
        }
        // Each section's tables, then the per-owner counts, line up under their headings.
        aligned_under_headings(&text, "  编号  事项", 2, 10);
        // The counts are parted by one blank.
        aligned_under_headings(&text, "  责任单位", 1, 4);
        for english in ["OVERDUE", "pending", "no progress", "TOTALS", "LATE"] {
            assert!(!text.contains(english), "{english} in\n{text}");
        }
    }
}

#[test]
fn the_alignment_check_sees_a_cell_out_of_its_column() {
    let heads = "  编号  事项      时限";
    let good = format!("{heads}\n     3  设立专项  2025-10-24\n");
    aligned_under_headings(&good, "  编号", 2, 1);
    // Padded by characters, not columns: the date starts four columns too far right.
    let bad = format!("{heads}\n     3  设立专项      2025-10-24\n");
    let caught = std::panic::catch_unwind(|| aligned_under_headings(&bad, "  编号", 2, 1));
    assert!(caught.is_err());
}

#[test]
fn golden_markdown_csv_html_in_chinese() {
    let l = Ledger::fixture();
    let md = l.report_in("zh", &["--format", "markdown"]);
    golden!("markdown_zh", md);
    assert!(md.starts_with("# 关于承诺事项办理情况的督办通报\n\n（截至2026年11月28日）\n"));
    assert!(md.contains("\n## 一、逾期事项（4项）\n") && md.contains("| **合计** | 4 | 1 | 2 |"));
    assert!(md.contains("| 编号 | 事项 | 时限 | 逾期天数 | 状态 | 进展 | 最新进展 |"));

    let csv = l.report_in("zh", &["--format", "csv"]);
    golden!("csv_zh", csv);
    assert!(
        csv.starts_with('\u{feff}'),
        "a spreadsheet on Chinese Windows reads UTF-8"
    );
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&head[..4], ["类别", "责任单位", "编号", "事项"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 7);
    let first = rows.iter().find(|r| &r[2] == "3").unwrap();
    assert_eq!((&first[0], &first[9]), ("逾期", "停滞"));

    let html = l.report_in("zh", &["--format", "html"]);
    golden!("html_zh", html);
    assert!(html.contains("<html lang=\"zh-CN\">"));
    assert!(html.contains("@page { size: A4; margin: "));
    assert!(html.contains("tr { break-inside: avoid;"));
    assert!(html.contains("\"SimSun\", \"宋体\"") && html.contains("\"SimHei\", \"黑体\""));
    assert!(html.contains(
        "<h1>关于承诺事项办理情况的督办通报</h1>\n<p class=\"date\">（截至2026年11月28日）</p>"
    ));
    assert!(html.contains("content: \"第\" counter(page) \"页，共\" counter(pages) \"页\";"));
}

#[test]
fn json_is_the_same_bytes_in_either_language() {
    let l = Ledger::fixture();
    for args in [
        &["--format", "json"][..],
        &["--format", "json", "--owner", "教育", "--owner", "财政"],
    ] {
        let zh = l.report_in("zh", args);
        let en = l.report_in("en", args);
        assert_eq!(zh, en, "{args:?}");
    }
    let scoped = l.report_in("zh", &["--format", "json", "--owner", "教育"]);
    assert!(
        scoped.contains("\"scope\": \"owner contains 教育\""),
        "{scoped}"
    );
    assert!(scoped.contains("\"status\": \"pending\""), "{scoped}");
}

#[test]
fn a_scope_and_the_letters_line_are_worded_in_chinese() {
    let l = Ledger::fixture();
    let text = l.report_in("zh", &["--owner", "财政", "--owner", "长春"]);
    assert!(text.contains("范围：责任单位含“财政”或“长春”"), "{text}");
    // Its one pledge is due in 12 days, after the window: nothing is listed.
    let none = l.report_in("zh", &["--owner", "长春市人民政府", "--within", "0"]);
    assert!(
        none.contains("来函：无（未列出事项）") && none.contains("一、逾期事项（0项）\n  无。"),
        "{none}"
    );
}
