//! What Tesseract read of a scanned page (its TSV output: every word with its box and its
//! confidence) as a page of lines, the words it was unsure of marked.

use std::ops::Range;

use super::layout::{Line, Page};
use super::normalize::is_cjk;

/// Words read with less confidence than this (Tesseract's 0–100) are marked for checking
/// against the paper.
pub const DOUBTFUL_BELOW: f64 = 70.0;

/// One page as OCR read it, with the confidence of its characters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Read {
    pub page: Page,
    /// Characters read and the sum of their words' confidences, each word counted once per
    /// character: the mean over pages is their ratio.
    pub chars: usize,
    pub confidence_sum: f64,
}

struct Word {
    key: (u32, u32, u32),
    left: f64,
    top: f64,
    width: f64,
    height: f64,
    conf: f64,
    text: String,
}

fn word(row: &str) -> Option<Word> {
    let f: Vec<&str> = row.split('\t').collect();
    if f.len() < 12 || f[0] != "5" {
        return None;
    }
    let n = |i: usize| f[i].trim().parse::<f64>().ok().filter(|v| v.is_finite());
    let k = |i: usize| f[i].trim().parse::<u32>().ok();
    let text = f[11..].join("\t").trim().to_string();
    if text.is_empty() {
        return None;
    }
    Some(Word {
        key: (k(2)?, k(3)?, k(4)?),
        left: n(6)?,
        top: n(7)?,
        width: n(8)?,
        height: n(9)?,
        conf: n(10)?.clamp(0.0, 100.0),
        text,
    })
}

/// A line being read: its (block, paragraph, line) numbers, the line, its words' heights.
type Building = ((u32, u32, u32), Line, Vec<f64>);

/// A page of Tesseract's TSV output as lines, in the order it read them.
pub fn page(tsv: &str, width: f64) -> Read {
    let mut out = Read {
        page: Page {
            lines: Vec::new(),
            width,
        },
        ..Read::default()
    };
    let mut current: Option<Building> = None;
    let finish = |done: Option<Building>, out: &mut Read| {
        if let Some((_, mut line, heights)) = done {
            let mut h = heights;
            h.sort_by(f64::total_cmp);
            line.size = h.get(h.len() / 2).copied().unwrap_or(0.0);
            out.page.lines.push(line);
        }
    };
    for w in tsv.lines().filter_map(word) {
        if current.as_ref().is_some_and(|(key, _, _)| *key != w.key) {
            finish(current.take(), &mut out);
        }
        let (_, line, heights) = current.get_or_insert_with(|| {
            (
                w.key,
                Line {
                    x: w.left,
                    end: w.left,
                    y: w.top,
                    size: 0.0,
                    text: String::new(),
                    doubtful: Vec::new(),
                },
                Vec::new(),
            )
        });
        let apart = line
            .text
            .chars()
            .last()
            .is_some_and(|c| !is_cjk(c) && !"([".contains(c))
            && w.text
                .chars()
                .next()
                .is_some_and(|c| !is_cjk(c) && !".,;:!?)]、".contains(c));
        if apart {
            line.text.push(' ');
        }
        let start = line.text.chars().count();
        line.text.push_str(&w.text);
        let chars = w.text.chars().count();
        if w.conf < DOUBTFUL_BELOW {
            push_range(&mut line.doubtful, start..start + chars);
        }
        line.x = line.x.min(w.left);
        line.end = line.end.max(w.left + w.width);
        line.y = line.y.min(w.top);
        heights.push(w.height);
        out.chars += chars;
        out.confidence_sum += w.conf * chars as f64;
    }
    finish(current.take(), &mut out);
    for line in &mut out.page.lines {
        line.text = full_width_punctuation(&line.text);
    }
    out
}

/// Tesseract reads Chinese commas, semicolons, colons and marks as their ASCII look-alikes;
/// next to a Chinese character they are the full-width ones the letter printed (the sentence
/// rules split on those). One character for one, so marked places stay where they were.
pub fn full_width_punctuation(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let near_cjk = |i: usize| {
        let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
        let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
        before.is_some_and(|c| is_cjk(*c)) || after.is_some_and(|c| is_cjk(*c))
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            ',' if near_cjk(i) => '，',
            ';' if near_cjk(i) => '；',
            ':' if near_cjk(i) => '：',
            '?' if near_cjk(i) => '？',
            '!' if near_cjk(i) => '！',
            c => c,
        })
        .collect()
}

/// The pages of one TSV output for several images (its `page_num` column, from 1), each read
/// as [`page`]; `count` pages, an image that gave no words an empty one.
pub fn pages(tsv: &str, count: usize) -> Vec<Read> {
    let mut split: Vec<String> = vec![String::new(); count];
    for row in tsv.lines() {
        let n = row
            .split('\t')
            .nth(1)
            .and_then(|n| n.trim().parse::<usize>().ok());
        if let Some(rows) = n
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| split.get_mut(i))
        {
            rows.push_str(row);
            rows.push('\n');
        }
    }
    split.iter().map(|rows| page(rows, 0.0)).collect()
}

/// Adds a range, merged with the last one when they touch.
fn push_range(ranges: &mut Vec<Range<usize>>, r: Range<usize>) {
    match ranges.last_mut() {
        Some(last) if last.end == r.start => last.end = r.end,
        _ => ranges.push(r),
    }
}

/// The mean confidence of what was read, as a whole percent (0 when nothing was).
pub fn mean_confidence(reads: &[Read]) -> u8 {
    let chars: usize = reads.iter().map(|r| r.chars).sum();
    let sum: f64 = reads.iter().map(|r| r.confidence_sum).sum();
    if chars == 0 {
        return 0;
    }
    (sum / chars as f64).round().clamp(0.0, 100.0) as u8
}

/// The least a scan must give to be read as a letter: characters, and mean confidence.
pub const MIN_CHARS: usize = 40;
pub const MIN_CONFIDENCE: u8 = 40;

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t
4\t1\t1\t1\t1\t0\t300\t400\t900\t50\t-1\t
5\t1\t1\t1\t1\t1\t300\t402\t48\t50\t96.5\t下步
5\t1\t1\t1\t1\t2\t350\t400\t48\t50\t41.0\t工作
5\t1\t1\t1\t1\t3\t420\t401\t80\t40\t90.0\tIEEE
5\t1\t1\t1\t1\t4\t520\t401\t80\t40\t90.0\tnano
5\t1\t1\t1\t2\t1\t300\t470\t48\t50\t88.0\t我厅
5\t1\t1\t1\t2\t2\t350\t470\t48\t50\t12.0\t
";

    #[test]
    fn words_make_lines_with_their_boxes_and_unsure_words_are_marked() {
        let read = page(TSV, 2480.0);
        let texts: Vec<&str> = read.page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["下步工作IEEE nano", "我厅"]);
        let numbered = page(
            "5\t1\t1\t1\t1\t1\t1\t1\t9\t9\t90\t2\n5\t1\t1\t1\t1\t2\t12\t1\t9\t9\t90\t.\n5\t1\t1\t1\t1\t3\t22\t1\t9\t9\t90\t持续\n",
            100.0,
        );
        assert_eq!(numbered.page.lines[0].text, "2.持续");
        let first = &read.page.lines[0];
        assert_eq!(
            (first.x, first.end, first.y, first.size),
            (300.0, 600.0, 400.0, 50.0)
        );
        assert_eq!(first.doubtful.first(), Some(&(2..4)));
        assert_eq!(first.doubtful.len(), 1);
        assert_eq!(read.chars, 2 + 2 + 4 + 4 + 2);
        // (96.5·2 + 41·2 + 90·8 + 88·2) / 14 = 83.6
        assert_eq!(mean_confidence(&[read]), 84);
    }

    #[test]
    fn one_output_for_several_images_is_split_by_its_page_numbers() {
        let tsv = "5\t2\t1\t1\t1\t1\t1\t1\t9\t9\t90\t二页\n5\t1\t1\t1\t1\t1\t1\t1\t9\t9\t90\t一页\n5\t9\t1\t1\t1\t1\t1\t1\t9\t9\t90\t无\n";
        let got: Vec<Vec<String>> = pages(tsv, 3)
            .into_iter()
            .map(|r| r.page.lines.into_iter().map(|l| l.text).collect())
            .collect();
        assert_eq!(got, [vec!["一页"], vec!["二页"], vec![]]);
    }

    #[test]
    fn ascii_marks_next_to_chinese_become_full_width_and_others_stay() {
        assert_eq!(
            full_width_punctuation("应用 ; 针对,数字化: 1,000 10:30 a, b"),
            "应用 ； 针对，数字化： 1,000 10:30 a, b"
        );
    }

    #[test]
    fn rows_that_are_not_words_or_not_numbers_are_left_out_and_nothing_read_is_zero() {
        let read = page(
            "5\t1\tx\t1\t1\t1\t1\t1\t1\t1\t90\t字\nnonsense\n\t\t\n",
            100.0,
        );
        assert!(read.page.lines.is_empty());
        assert_eq!(mean_confidence(&[read]), 0);
    }
}
