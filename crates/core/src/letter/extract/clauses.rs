//! A next-steps text cut into commitments: items at their 一是/1./（一） markers, sentences,
//! and the clauses that are not a commitment or start a second one.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::deadline::deadline;
use super::owner::leading_body;
use crate::letter::pattern;

/// An enumeration marker opening an item: 一是, 一、, （一）, (1), 1., 1、.
static ITEM_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．])\s*",
    )
});
/// 一是, 二是… inside a paragraph.
static INLINE_ITEM: LazyLock<Regex> = LazyLock::new(|| pattern(r"[一二三四五六七八九十]是"));
/// A clause that turns from what was done to what will be.
static FUTURE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| pattern(r"[，,](?:计划|将|拟|并将|还将)"));

/// The enumeration marker at the start of `s` (一是, 1., （一）…), if any, and its length.
pub(super) fn item_marker_len(s: &str) -> usize {
    ITEM_MARKER.find(s).map_or(0, |m| m.end())
}

/// Splits a paragraph at inline 一是/二是… markers: (lead-in, items).
pub(super) fn inline_items(p: &str) -> (String, Vec<String>) {
    let starts: Vec<usize> = INLINE_ITEM
        .find_iter(p)
        .filter(|m| {
            // Only at a sentence or clause start.
            let before = p[..m.start()].chars().last();
            before.is_none() || before.is_some_and(|c| "。；;：:，,".contains(c))
        })
        .map(|m| m.start())
        .collect();
    if starts.len() < 2 && !(starts.len() == 1 && starts[0] == 0) {
        return (String::new(), vec![p.to_string()]);
    }
    let lead = p[..starts[0]].to_string();
    let mut items = Vec::new();
    for (i, &s) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(p.len());
        items.push(p[s..end].to_string());
    }
    (lead, items)
}

/// Splits at 。；; keeping the mark with its sentence; in an enumerated item, a short caption
/// merges with what follows.
pub(super) fn sentences(item: &str, enumerated: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in item.chars() {
        current.push(c);
        if matches!(c, '。' | '；' | ';') {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    // "做好基金相关工作。积极配合…": a caption of up to 20 characters joins the next sentence.
    if enumerated && out.len() > 1 && out[0].chars().count() <= 20 && out[0].ends_with('。') {
        let first = out.remove(0);
        out[0] = format!("{first}{}", out[0]);
    }
    out
}

/// "香港大学先后…交流，达成了…共识，计划引进…": the commitment is the clause from the future
/// marker on; what comes before it reports the past. Returns (subject of the past part, rest).
pub(super) fn past_then_future(s: &str) -> Option<(Option<String>, &str)> {
    let m = FUTURE_CLAUSE.find(s)?;
    let before = &s[..m.start()];
    let past = ["了", "已", "先后", "曾"]
        .iter()
        .any(|p| before.contains(p));
    past.then(|| {
        (
            leading_body(before),
            &s[m.start() + s[m.start()..].chars().next().map_or(1, char::len_utf8)..],
        )
    })
}

/// Leading status clauses ("初步选址在…，") are not part of a commitment's quote.
pub(super) fn drop_status_clause(s: &str) -> &str {
    for lead in ["初步", "目前", "现已"] {
        if s.starts_with(lead)
            && let Some(i) = s.find(['，', ','])
        {
            return &s[i + s[i..].chars().next().map_or(1, char::len_utf8)..];
        }
    }
    s
}

/// Not a commitment: past work, present status, or only a promise to study.
pub(super) fn is_not_commitment(s: &str) -> bool {
    let past = [
        "已经",
        "已完成",
        "完成了",
        "已为",
        "已有",
        "已于",
        "取得了",
        "达成了",
    ];
    s.chars().count() < 6
        || past.iter().any(|p| s.starts_with(p))
        || s.starts_with('已')
        || s.contains("认真研究")
        || (s.contains("研究") && s.contains("建议") && !s.contains('将'))
}

/// How many clauses of one sentence are tried as the start of a second commitment.
const MAX_SPLIT_CLAUSES: usize = 64;

/// Splits before ",并在…" when the later clause brings its own deadline (LABELS.md: owner or
/// deadline changing mid-sentence).
pub(super) fn split_on_new_deadline(s: &str, letter: NaiveDate) -> Vec<String> {
    for sep in ["，并在", ",并在", "，并于", ",并于"] {
        if let Some(i) = s.find(sep) {
            let (a, b) = (
                &s[..i],
                &s[i + sep.chars().next().map_or(0, char::len_utf8)..],
            );
            if deadline(b, letter).is_some() && deadline(a, letter).is_none() {
                return vec![a.to_string(), b.to_string()];
            }
        }
    }
    // The other way round: a dated action, then one that must come before or beside it
    // ("列入今年第四季度工作计划,在没有安装到位之前,先设置临时信号灯").
    if deadline(s, letter).is_some() {
        let mut at = 0;
        // Each clause tried reads the sentence again: a sentence of thousands of clauses (no
        // letter's) must not cost thousands of readings.
        for clause in s.split_inclusive(['，', ',']).take(MAX_SPLIT_CLAUSES) {
            let start = at;
            at += clause.len();
            let opens_other =
                (clause.starts_with('在') && clause.contains("之前")) || clause.starts_with("同时");
            if start > 0
                && opens_other
                && deadline(&s[..start], letter).is_some()
                && deadline(&s[start..], letter).is_none()
            {
                let head = s[..start].trim_end_matches(['，', ',']);
                return vec![head.to_string(), s[start..].to_string()];
            }
        }
    }
    vec![s.to_string()]
}

/// Where a quote may be split in two: after each sentence or clause mark, never at its ends.
pub fn split_points(quote: &str) -> Vec<usize> {
    quote
        .char_indices()
        .filter(|(_, c)| matches!(c, '。' | '；' | ';' | '，' | ',' | '：' | ':'))
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&i| !quote[i..].trim().is_empty())
        .collect()
}

/// The letter's sentences, as byte ranges of each paragraph (for choosing one to add).
pub fn sentence_ranges(paragraph: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in paragraph.char_indices() {
        if matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?') {
            let end = i + c.len_utf8();
            if !paragraph[start..end].trim().is_empty() {
                out.push(start..end);
            }
            start = end;
        }
    }
    if !paragraph[start..].trim().is_empty() {
        out.push(start..paragraph.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_split_at_their_markers_and_a_short_caption_joins_its_sentence() {
        let (lead, items) = inline_items("我局将采取以下措施：一是加快改造；二是建立机制。");
        assert_eq!(lead, "我局将采取以下措施：");
        assert_eq!(items, ["一是加快改造；", "二是建立机制。"]);
        let (_, one) = inline_items("这一是非问题。");
        assert_eq!(one, ["这一是非问题。"], "是 inside a word opens no item");
        assert_eq!(item_marker_len("（三）加强监管"), "（三）".len());
        assert_eq!(item_marker_len("加强监管"), 0);
        assert_eq!(
            sentences("做好基金工作。积极配合审计；按时报送。", true),
            ["做好基金工作。积极配合审计；", "按时报送。"]
        );
        assert_eq!(
            sentences("做好基金工作。积极配合审计；", false),
            ["做好基金工作。", "积极配合审计；"]
        );
    }

    #[test]
    fn past_work_is_no_commitment_and_a_new_deadline_starts_a_second() {
        for past in [
            "已完成危桥改造12座。",
            "取得了明显成效。",
            "认真研究您的建议。",
            "短句。",
        ] {
            assert!(is_not_commitment(past), "{past}");
        }
        assert!(!is_not_commitment("将于年底前完成改造。"));
        let letter = NaiveDate::from_ymd_opt(2025, 5, 19).unwrap_or_default();
        assert_eq!(
            split_on_new_deadline("完成选址，并在2026年底前建成", letter),
            ["完成选址", "并在2026年底前建成"]
        );
        assert_eq!(
            split_on_new_deadline(
                "列入今年第四季度工作计划，在没有安装到位之前，先设置临时信号灯",
                letter
            ),
            [
                "列入今年第四季度工作计划",
                "在没有安装到位之前，先设置临时信号灯"
            ]
        );
        assert_eq!(
            past_then_future("香港大学先后2次来访，达成了共识，计划引进团队"),
            Some((Some("香港大学".to_string()), "计划引进团队"))
        );
        assert_eq!(
            drop_status_clause("初步选址在城东，将于年底开工"),
            "将于年底开工"
        );
    }

    #[test]
    fn quotes_split_after_their_marks_and_letters_into_sentences() {
        let q = "加快危桥改造，2026年底前完成。建立路长制；";
        let points: Vec<&str> = split_points(q).into_iter().map(|i| &q[..i]).collect();
        assert_eq!(points, ["加快危桥改造，", "加快危桥改造，2026年底前完成。"]);
        let p = "一是加快改造。二是建立机制；三是";
        let parts: Vec<&str> = sentence_ranges(p).into_iter().map(|r| &p[r]).collect();
        assert_eq!(parts, ["一是加快改造。", "二是建立机制；", "三是"]);
        assert!(sentence_ranges("  ").is_empty());
    }
}
