//! A page's positioned text (a PDF's text layer or what OCR read) back into a letter's text:
//! characters into lines, the header, footer and page number every page repeats dropped, and
//! lines into paragraphs by where they stand (indented, after a gap, after a short line).
//!
//! Each paragraph comes out on one line, so [`super::normalize::paragraphs`] keeps it whole
//! and only closes up its spaces: the same rules as for a letter saved as text.

use std::ops::Range;

use super::normalize::{is_cjk, starts_item};
use super::pdf::Glyph;

/// One line of a page, top-down coordinates in points (PDF) or pixels (a scan).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub x: f64,
    pub end: f64,
    pub y: f64,
    /// The character size (height), the unit of every distance below.
    pub size: f64,
    pub text: String,
    /// Characters of `text` (by char index) that OCR read with low confidence.
    pub doubtful: Vec<Range<usize>>,
}

/// A page's lines, top to bottom.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub lines: Vec<Line>,
    pub width: f64,
}

/// A letter's text laid out from its pages, with the doubtful characters counted by their
/// place among the text's non-space characters (the way quotes are compared).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Laid {
    pub text: String,
    pub doubtful: Vec<Range<usize>>,
}

/// The characters of a page as lines: those on one baseline (within half a character) in
/// order, a space where a gap of a quarter character or more separates two.
pub fn lines(mut glyphs: Vec<Glyph>) -> Vec<Line> {
    glyphs.retain(|g| g.size > 0.0);
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            Some(row)
                if row
                    .first()
                    .is_some_and(|f| (g.y - f.y).abs() < 0.5 * f.size.max(g.size)) =>
            {
                row.push(g)
            }
            _ => rows.push(vec![g]),
        }
    }
    rows.into_iter()
        .filter_map(|mut row| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            let mut text = String::new();
            let mut last_end: Option<f64> = None;
            for g in &row {
                if let Some(end) = last_end
                    && g.x - end > 0.25 * g.size
                    && !text.ends_with(' ')
                    && !g.text.starts_with(' ')
                {
                    text.push(' ');
                }
                text.push_str(&g.text);
                last_end = Some(g.end.max(g.x));
            }
            let text = text.trim().to_string();
            if text.is_empty() {
                return None;
            }
            let size = median(row.iter().map(|g| g.size));
            let first = row.iter().find(|g| !g.text.trim().is_empty())?;
            Some(Line {
                x: first.x,
                end: row.iter().map(|g| g.end).fold(f64::MIN, f64::max),
                y: first.y,
                size,
                text,
                doubtful: Vec::new(),
            })
        })
        .collect()
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    quantile(values, 0.5)
}

/// The value `q` of the way up the sorted values (0 for none).
fn quantile(values: impl Iterator<Item = f64>, q: f64) -> f64 {
    let mut v: Vec<f64> = values.filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    let at = ((v.len().saturating_sub(1)) as f64 * q).round() as usize;
    v.get(at).copied().unwrap_or(0.0)
}

/// Whether a line is only a page number: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 5 页, 3/5, Page 3.
pub fn is_page_number(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let t = t.trim_matches(|c: char| "-—–－·•()（）".contains(c));
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit());
    if digits(t) {
        return true;
    }
    if let Some((a, b)) = t.split_once('/') {
        return digits(a) && digits(b);
    }
    let lower = t.to_ascii_lowercase();
    if let Some(n) = lower.strip_prefix("page") {
        return digits(n);
    }
    if let Some(rest) = t.strip_prefix('第')
        && let Some((n, tail)) = rest.split_once('页')
    {
        let tail = tail.trim_start_matches(['，', ',']);
        return digits(n)
            && (tail.is_empty()
                || tail
                    .strip_prefix('共')
                    .and_then(|m| m.strip_suffix('页'))
                    .is_some_and(digits));
    }
    false
}

/// A line as running text is compared between pages: its digits (the page number) ignored.
fn running_key(line: &str) -> String {
    line.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// How many lines at the top and bottom of a page are looked at as header or footer.
const EDGE_LINES: usize = 2;

/// Drops the page numbers standing alone at the top or bottom of a page, and the lines that
/// stand at the same edge of at least half the pages (two at least) with the same words.
pub fn strip_running(pages: &mut [Page]) {
    use std::collections::HashMap;
    let edges = |p: &Page| {
        let n = p.lines.len();
        let top = 0..EDGE_LINES.min(n);
        let bottom = n.saturating_sub(EDGE_LINES).max(top.end)..n;
        (top, bottom)
    };
    let mut seen: HashMap<(bool, String), usize> = HashMap::new();
    for page in pages.iter() {
        let (top, bottom) = edges(page);
        let mut keys: Vec<(bool, String)> = Vec::new();
        for (at_top, range) in [(true, top), (false, bottom)] {
            for line in &page.lines[range] {
                keys.push((at_top, running_key(&line.text)));
            }
        }
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let count = pages.len();
    let repeated = |at_top: bool, text: &str| {
        count >= 2
            && seen
                .get(&(at_top, running_key(text)))
                .is_some_and(|&n| n >= 2 && n * 2 >= count)
    };
    for page in pages.iter_mut() {
        let (top, bottom) = edges(page);
        let drop: Vec<bool> = (0..page.lines.len())
            .map(|i| {
                let text = &page.lines[i].text;
                let edge = if top.contains(&i) {
                    Some(true)
                } else if bottom.contains(&i) {
                    Some(false)
                } else {
                    None
                };
                edge.is_some_and(|at_top| is_page_number(text) || repeated(at_top, text))
            })
            .collect();
        let mut i = 0;
        page.lines.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }
}

/// The pages' lines as paragraphs, one a line, with the doubtful characters carried along.
pub fn text(pages: &[Page]) -> Laid {
    let mut out = Laid::default();
    // Non-space characters written so far: where the next doubtful range starts.
    let mut counted = 0usize;
    let mut previous: Option<(&Line, f64)> = None;
    for page in pages {
        // Where most lines start: a line opening with a quotation mark (hung in the margin) or
        // a speck read as a letter starts left of it, and a tilted scan drifts a little.
        let left = quantile(page.lines.iter().map(|l| l.x), 0.2);
        // Where full lines end: most lines of a letter are full, and a line of narrow digits
        // or one pushed back by punctuation ends a little short of the longest.
        let right = quantile(page.lines.iter().map(|l| l.end), 0.75);
        let pitch = median(page.lines.windows(2).map(|w| w[1].y - w[0].y));
        let mut first_on_page = true;
        for line in &page.lines {
            let opens = match previous {
                None => true,
                Some((prev, prev_right)) => {
                    let unit = line.size.max(1.0);
                    let indented = line.x > left + 1.0 * unit;
                    let short = prev.end < prev_right - 2.0 * prev.size.max(1.0);
                    let gap = !first_on_page && pitch > 0.0 && line.y - prev.y > 1.6 * pitch;
                    indented || short || gap || starts_item(&line.text)
                }
            };
            if opens {
                if !out.text.is_empty() {
                    out.text.push('\n');
                }
            } else {
                let joins_words = out.text.chars().last().is_some_and(|c| !is_cjk(c))
                    && line.text.chars().next().is_some_and(|c| !is_cjk(c));
                if joins_words {
                    out.text.push(' ');
                }
            }
            let mut squeezed = Vec::with_capacity(line.text.len());
            for c in line.text.chars() {
                squeezed.push(counted);
                if !c.is_whitespace() && c != '\u{3000}' {
                    counted += 1;
                }
            }
            for r in &line.doubtful {
                let start = squeezed.get(r.start).copied().unwrap_or(counted);
                let end = squeezed.get(r.end).copied().unwrap_or(counted);
                if start < end {
                    out.doubtful.push(start..end);
                }
            }
            out.text.push_str(&line.text);
            previous = Some((line, right));
            first_on_page = false;
        }
    }
    out
}

/// Where the doubtful characters stand in a letter's paragraphs: (paragraph, byte range) for
/// each run of them, counted among non-space characters as [`text`] counts them. Nothing when
/// the paragraphs do not hold as many characters as were counted (the text was changed).
pub fn doubtful_spots(
    paragraphs: &[String],
    doubtful: &[Range<usize>],
) -> Vec<(usize, Range<usize>)> {
    let mut spots: Vec<(usize, Range<usize>)> = Vec::new();
    let mut counted = 0usize;
    let mut ranges = doubtful.iter().peekable();
    for (p, text) in paragraphs.iter().enumerate() {
        for (byte, c) in text.char_indices() {
            if c.is_whitespace() {
                continue;
            }
            while ranges.peek().is_some_and(|r| r.end <= counted) {
                ranges.next();
            }
            if ranges.peek().is_some_and(|r| r.contains(&counted)) {
                let end = byte + c.len_utf8();
                match spots.last_mut() {
                    Some((q, r)) if *q == p && r.end == byte => r.end = end,
                    _ => spots.push((p, byte..end)),
                }
            }
            counted += 1;
        }
    }
    if doubtful.iter().any(|r| r.end > counted) {
        return Vec::new();
    }
    spots
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(x: f64, y: f64, c: &str) -> Glyph {
        Glyph {
            x,
            y,
            end: x + 10.0,
            size: 10.0,
            text: c.to_string(),
        }
    }

    fn line(x: f64, end: f64, y: f64, text: &str) -> Line {
        Line {
            x,
            end,
            y,
            size: 10.0,
            text: text.to_string(),
            doubtful: Vec::new(),
        }
    }

    #[test]
    fn characters_on_one_baseline_make_a_line_in_order_and_gaps_make_spaces() {
        let got = lines(vec![
            glyph(20.0, 100.4, "步"),
            glyph(10.0, 100.0, "下"),
            glyph(10.0, 120.0, "年"),
            glyph(50.0, 99.8, "A"),
        ]);
        let texts: Vec<&str> = got.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["下步 A", "年"]);
        assert_eq!((got[0].x, got[0].end), (10.0, 60.0));
    }

    #[test]
    fn page_numbers_are_known_in_their_usual_forms_and_dates_are_not() {
        for yes in [
            "3",
            "- 3 -",
            "— 12 —",
            "第3页",
            "第 3 页 共 5 页",
            "3/5",
            "Page 2",
            "－ 2 －",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in [
            "2023年7月31日",
            "一、主要措施",
            "第三页的内容",
            "12345",
            "下步",
        ] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn a_header_and_footer_on_every_page_and_the_page_numbers_go_the_text_stays() {
        let page = |n: usize, body: &str| Page {
            lines: vec![
                line(10.0, 200.0, 10.0, "吉林省科学技术厅文件"),
                line(10.0, 400.0, 50.0, body),
                line(10.0, 400.0, 70.0, "正文同一行"),
                line(10.0, 400.0, 90.0, &format!("{body}之二")),
                line(10.0, 400.0, 110.0, &format!("{body}之三")),
                line(150.0, 250.0, 700.0, &format!("- {n} -")),
            ],
            width: 420.0,
        };
        let mut pages = vec![page(1, "第一页"), page(2, "第二页"), page(3, "第三页")];
        strip_running(&mut pages);
        for (i, p) in pages.iter().enumerate() {
            let texts: Vec<&str> = p.lines.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(texts[1], "正文同一行", "page {i}: {texts:?}");
            assert_eq!(texts.len(), 4, "page {i}: {texts:?}");
        }
        // One page: a page number goes, its only header line is the letter's.
        let mut one = vec![page(1, "第一页")];
        strip_running(&mut one);
        assert_eq!(one[0].lines.len(), 5);
    }

    #[test]
    fn lines_join_into_paragraphs_by_indent_gap_short_line_and_across_a_page_break() {
        let first = Page {
            lines: vec![
                line(10.0, 120.0, 10.0, "朱立伟委员："),
                line(30.0, 400.0, 30.0, "您提出的建议收悉，现答复"),
                line(10.0, 400.0, 50.0, "如下：一是加强合作，二是"),
            ],
            width: 420.0,
        };
        let second = Page {
            lines: vec![
                line(10.0, 300.0, 10.0, "推进项目。"),
                line(10.0, 400.0, 60.0, "下步，我厅将在 2026"),
                line(10.0, 200.0, 80.0, "year 完成。"),
                line(10.0, 300.0, 100.0, "1.持续拓展"),
            ],
            width: 420.0,
        };
        let laid = text(&[first, second]);
        assert_eq!(
            laid.text,
            "朱立伟委员：\n您提出的建议收悉，现答复如下：一是加强合作，二是推进项目。\n下步，我厅将在 2026 year 完成。\n1.持续拓展"
        );
    }

    #[test]
    fn doubtful_characters_are_counted_among_the_non_space_characters() {
        let mut a = line(10.0, 400.0, 10.0, "下 步工作");
        a.doubtful.push(2..3);
        let mut b = line(10.0, 200.0, 30.0, "再 说");
        b.doubtful.push(2..3);
        let laid = text(&[Page {
            lines: vec![a, b],
            width: 420.0,
        }]);
        assert_eq!(laid.text, "下 步工作再 说");
        let hung = Page {
            lines: vec![
                line(30.0, 400.0, 10.0, "一是推进"),
                line(10.0, 400.0, 30.0, "“大湾区"),
                line(18.0, 400.0, 50.0, "经验"),
                line(19.0, 400.0, 70.0, "保障"),
                line(19.0, 300.0, 90.0, "到位。"),
            ],
            width: 420.0,
        };
        // A quote hung in the margin does not make the lines after it indented.
        assert_eq!(text(&[hung]).text, "一是推进“大湾区经验保障到位。");
        // "步" is the second non-space character, "说" the sixth.
        assert_eq!(laid.doubtful, vec![1..2, 5..6]);
        let paragraphs = vec![String::from("下步"), String::from("工作 再说")];
        assert_eq!(
            doubtful_spots(&paragraphs, &laid.doubtful),
            vec![(0, 3..6), (1, 10..13)]
        );
        assert_eq!(doubtful_spots(&paragraphs[..1], &laid.doubtful), vec![]);
    }
}
