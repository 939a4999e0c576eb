//! A next-steps text cut into commitments: items at their 一是/1./（一） markers, sentences,
//! and the clauses that are not a commitment or start a second one.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::deadline::deadline;
use super::owner::{leading_body, subject};
use crate::letter::pattern;

/// An enumeration marker opening an item: 一是, 一、, （一）, (1), 1., 1、, ①.
static ITEM_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(?:[①-⑳]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．])\s*",
    )
});
/// 一是, 二是… or ①②… inside a paragraph.
static INLINE_ITEM: LazyLock<Regex> = LazyLock::new(|| pattern(r"[一二三四五六七八九十]是|[①-⑳]"));
/// A clause that turns from what was done to what will be.
static FUTURE_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"[，,](?:计划|将|拟|并将|还将|预计|力争|争取)"));

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

/// Whether `c`, after `prev`, ends a sentence: 。；; always, and the ASCII full stop web pages
/// put for 。 ("…全部开工.市城投集团…") unless it follows a letter or digit (1.2万个, 1.加强,
/// www.gov.cn).
pub(super) fn ends_sentence(prev: Option<char>, c: char) -> bool {
    matches!(c, '。' | '；' | ';')
        || (c == '.' && prev.is_some_and(|p| !p.is_ascii_alphanumeric() && !p.is_whitespace()))
}

/// The clauses of `s`, lazily (a caller looks at the first few of a sentence of any length):
/// split at commas and at every sentence end, marks dropped.
pub(super) fn clauses(s: &str) -> impl Iterator<Item = &str> {
    let mut chars = s.char_indices().peekable();
    let mut start = 0;
    let mut prev = None;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        for (i, c) in chars.by_ref() {
            let cut = matches!(c, '，' | ',') || ends_sentence(prev, c);
            prev = Some(c);
            if cut {
                let clause = &s[start..i];
                start = i + c.len_utf8();
                return Some(clause);
            }
        }
        done = true;
        Some(&s[start..])
    })
}

/// Where the sentence holding byte `at` of `s` starts.
pub(super) fn sentence_start(s: &str, at: usize) -> usize {
    let mut start = 0;
    let mut prev = None;
    for (i, c) in s[..at].char_indices() {
        if ends_sentence(prev, c) {
            start = i + c.len_utf8();
        }
        prev = Some(c);
    }
    start
}

/// Splits at the end of each sentence ([`ends_sentence`]) keeping the mark with it; in an
/// enumerated item, a short caption merges with what follows.
pub(super) fn sentences(item: &str, enumerated: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut prev = None;
    for c in item.chars() {
        current.push(c);
        if ends_sentence(prev, c) {
            out.push(std::mem::take(&mut current));
        }
        prev = Some(c);
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    // "做好基金相关工作。积极配合…": a caption of up to 20 characters joins the next sentence.
    if enumerated && out.len() > 1 && out[0].chars().count() <= 20 && out[0].ends_with(['。', '.'])
    {
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
    // "我局计划…，现已完成主体，预计…": the sentence is a plan from its start.
    if super::score::future_at(before).is_some() {
        return None;
    }
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

/// A sentence without the courtesy closing it ("…一并提升，同时，也希望您继续关注…").
pub(super) fn drop_courtesy_tail(s: &str) -> &str {
    let mut at = 0;
    for clause in s.split_inclusive(['，', ',']).take(MAX_SPLIT_CLAUSES) {
        // The clause that opens the courtesy is enough to tell; the head is read once.
        if at > 0 && super::score::is_courtesy(clause) {
            if super::score::is_courtesy(&s[..at]) {
                return s;
            }
            let head = s[..at].trim_end_matches(['，', ',']);
            // "同时，也希望…": the joining word goes with the courtesy.
            let head = head
                .strip_suffix("同时")
                .map_or(head, |h| h.trim_end_matches(['，', ',']));
            // Nothing but a joining word before it: the sentence is all courtesy.
            return if head.chars().count() < 6 { s } else { head };
        }
        at += clause.len();
    }
    s
}

/// Leading status clauses ("初步选址在…，") are not part of a commitment's quote.
pub(super) fn drop_status_clause(s: &str) -> &str {
    for lead in ["初步", "目前", "现已", "现正", "当前"] {
        if s.starts_with(lead)
            && let Some(i) = s.find(['，', ','])
        {
            return &s[i + s[i..].chars().next().map_or(1, char::len_utf8)..];
        }
    }
    s
}

/// How far after a clause its deadline is looked for: a few clauses.
const TAIL_BYTES: usize = 600;

/// The first `n` bytes of `s` or fewer, on a character boundary.
fn near_start(s: &str, n: usize) -> &str {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// How many clauses of one sentence are tried as the start of a second commitment.
const MAX_SPLIT_CLAUSES: usize = 64;

/// A clause that may open a second commitment: a future marker or a time of its own.
fn opens_commitment(clause: &str) -> bool {
    [
        "并在", "并于", "争取", "力争", "预计", "计划", "拟", "并将", "同时", "在", "于", "将于",
    ]
    .iter()
    .any(|w| clause.starts_with(w))
        || clause.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `head` is a commitment of its own (it says what will be done, or when), not only
/// the opening time or topic of what follows ("针对…工作，", "9月份开学前，", "2026年，").
fn acts(head: &str, letter: Option<NaiveDate>) -> bool {
    let last = clauses(head)
        .filter(|c| !c.trim().is_empty())
        .last()
        .unwrap_or("")
        .trim();
    let adverbial = [
        "针对", "根据", "按照", "鉴于", "为", "结合", "围绕", "对于", "关于",
    ]
    .iter()
    .any(|w| last.starts_with(w))
        || last.ends_with(['前', '后', '起', '时', '中'])
        || (deadline(last, letter).is_some() && last.chars().count() <= 12);
    !adverbial && (super::score::future_at(head).is_some() || deadline(head, letter).is_some())
}

/// A clause that opens with the name of a body acting in it ("县市场监管局每学期开展…"), not
/// with a self-reference (我局 stays the one who acts).
fn opens_with_body(clause: &str) -> bool {
    subject(clause).is_some_and(|who| {
        !who.starts_with(['我', '本']) && leading_body(clause).is_some_and(|b| b == who)
    })
}

/// A later time that names no date: 明后年, 远期, 适时 ("对排查出的隐患点适时组织整治").
fn names_later(text: &str) -> bool {
    ["明后年", "后年", "远期", "适时"]
        .iter()
        .any(|w| text.contains(w))
}

/// Whether `text` names a time at all, resolved or not (年底前 in an undated letter does).
fn names_time(text: &str, letter: Option<NaiveDate>) -> bool {
    deadline(text, letter.or(NaiveDate::from_ymd_opt(2000, 1, 1))).is_some()
}

/// Splits a sentence where a later clause brings a deadline other than the one before it
/// (LABELS.md: the deadline changing mid-sentence), and drops a status clause left between
/// them ("…建设一座公厕，现已完成主体工程，预计于10月底投入使用").
pub(super) fn split_on_new_deadline(s: &str, letter: Option<NaiveDate>) -> Vec<String> {
    let mut at = 0;
    let mut cuts = Vec::new();
    // Each clause tried reads the sentence again: a sentence of thousands of clauses (no
    // letter's) must not cost thousands of readings.
    for clause in s.split_inclusive(['，', ',']).take(MAX_SPLIT_CLAUSES) {
        let start = at;
        at += clause.len();
        // "将于上半年完成6座，剩余5座在第四季度前完成": a clause naming a time of its own may
        // open a second commitment whatever word it starts with.
        let own_time = || deadline(clause, letter).is_some() || names_later(clause);
        if start == 0 || !(opens_commitment(clause) || own_time() || opens_with_body(clause)) {
            continue;
        }
        let from = cuts.last().copied().unwrap_or(0);
        // What follows is read a few clauses ahead, however long the sentence.
        let (head, tail) = (&s[from..start], near_start(&s[start..], TAIL_BYTES));
        let (dh, dt) = (deadline(head, letter), deadline(tail, letter));
        // A condition or 之前 clause after a dated one: "列入今年第四季度计划，在没有安装到位之前，…".
        let before_it =
            (clause.starts_with('在') && clause.contains("之前")) || clause.starts_with("同时");
        // "…推行陪餐制度，县市场监管局每学期开展一次检查": another body acts from here on.
        let new_owner =
            opens_with_body(clause) && subject(clause) != subject(head) && acts(head, letter);
        let changes = new_owner
            || match (&dh, &dt) {
                // A time of its own opening the clause, not the goal of the same action (力争到…).
                (None, Some(_)) => {
                    // "…同步实施，计划于2026年6月底前再完成80部": a marker with its own time.
                    [
                    "并在", "并于", "争取在", "力争在", "计划于", "计划在", "拟于", "拟在", "预计于",
                    "预计在",
                ]
                    .iter()
                    .any(|w| clause.starts_with(w))
                    // "…于年底前完成，2027年6月底前投用" in an undated letter.
                    || (clause.starts_with(|c: char| c.is_ascii_digit()) && names_time(head, letter))
                }
                // A later time that names no date ("列入明后年的…") is still another time.
                (Some(_), None) => before_it || names_later(tail),
                (Some(a), Some(b)) => a.0 != b.0,
                (None, None) => false,
            };
        if changes && head.chars().count() >= 4 {
            cuts.push(start);
        }
    }
    if cuts.is_empty() {
        return vec![s.to_string()];
    }
    let mut bounds = vec![0];
    bounds.extend(&cuts);
    bounds.push(s.len());
    bounds
        .windows(2)
        .map(|w| drop_trailing_status(&s[w[0]..w[1]]))
        .filter(|p| !p.trim().is_empty())
        .collect()
}

/// A piece without a status clause closing it ("…，现已完成主体工程建设，").
fn drop_trailing_status(piece: &str) -> String {
    let mut clauses: Vec<&str> = piece.split_inclusive(['，', ',']).collect();
    while clauses.len() > 1
        && clauses.last().is_some_and(|c| {
            ["现已", "已", "目前", "现正"]
                .iter()
                .any(|w| c.starts_with(w))
        })
    {
        clauses.pop();
    }
    clauses.concat().trim_end_matches(['，', ',']).to_string()
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
    let mut prev = None;
    for (i, c) in paragraph.char_indices() {
        let ends = ends_sentence(prev, c) || matches!(c, '！' | '？' | '!' | '?');
        prev = Some(c);
        if ends {
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
    fn circled_numbers_open_items_and_a_web_page_full_stop_ends_a_sentence() {
        let (lead, items) = inline_items("我局决定采取以下措施：①推行网格化管理；②建设便民市场。");
        assert_eq!(lead, "我局决定采取以下措施：");
        assert_eq!(items, ["①推行网格化管理；", "②建设便民市场。"]);
        assert_eq!(item_marker_len("③加大资金投入"), "③".len());
        assert_eq!(
            sentences(
                "我市将采购培训车2辆.待园区建成后,我局将新增工位300个.",
                false
            ),
            ["我市将采购培训车2辆.", "待园区建成后,我局将新增工位300个."]
        );
        assert_eq!(
            sentences("已累计新增泊位1.2万个,详见www.gov.cn网站", false),
            ["已累计新增泊位1.2万个,详见www.gov.cn网站"],
            "a decimal point or a web address ends nothing"
        );
        assert_eq!(
            sentences("配齐教师.9月份前完成.", true),
            ["配齐教师.9月份前完成."],
            "a caption ending in . still joins its item"
        );
        let c: Vec<&str> = clauses("提高标准。我厅将出台办法，推动投入.其余").collect();
        assert_eq!(c, ["提高标准", "我厅将出台办法", "推动投入", "其余"]);
    }

    #[test]
    fn a_clause_with_a_time_of_its_own_splits_whatever_word_opens_it() {
        let letter = NaiveDate::from_ymd_opt(2025, 3, 12);
        assert_eq!(
            split_on_new_deadline(
                "将于2025年上半年完成6座，剩余5座在第四季度前完成改造。",
                letter
            ),
            ["将于2025年上半年完成6座", "剩余5座在第四季度前完成改造。"]
        );
        assert_eq!(
            split_on_new_deadline("今年将实施窄路加宽工程120公里，年底前全部完工。", letter),
            ["今年将实施窄路加宽工程120公里，年底前全部完工。"],
            "the same date said twice is one commitment"
        );
    }

    #[test]
    fn a_marker_with_its_own_time_a_later_time_or_another_body_starts_a_second() {
        let letter = NaiveDate::from_ymd_opt(2025, 4, 10);
        assert_eq!(
            split_on_new_deadline(
                "我局将把加装电梯纳入改造同步实施，计划于2026年6月底前再完成80部。",
                letter
            ),
            [
                "我局将把加装电梯纳入改造同步实施",
                "计划于2026年6月底前再完成80部。"
            ]
        );
        assert_eq!(
            split_on_new_deadline("今年汛期前完成隐患排查，对隐患点适时组织整治。", letter),
            ["今年汛期前完成隐患排查", "对隐患点适时组织整治。"]
        );
        assert_eq!(
            split_on_new_deadline(
                "秋季学期起，在全县推行陪餐制度，县市场监管局每学期开展一次联合检查；",
                letter
            ),
            [
                "秋季学期起，在全县推行陪餐制度",
                "县市场监管局每学期开展一次联合检查；"
            ]
        );
        for whole in [
            "针对数字化工作，省科研院拟与服务中心开展对接，争取进行务实合作。",
            "9月份开学前，各县区教育局要配齐心理教师。",
            "2026年，市商务局将新增冷库容量1万吨。",
        ] {
            assert_eq!(
                split_on_new_deadline(whole, letter),
                [whole],
                "an opening topic or time is no commitment of its own"
            );
        }
    }

    #[test]
    fn past_work_is_cut_off_and_a_new_deadline_starts_a_second() {
        let letter = NaiveDate::from_ymd_opt(2025, 5, 19);
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
        assert_eq!(
            drop_courtesy_tail("我们还将提升3条道路的照明，同时，也希望您继续关注。"),
            "我们还将提升3条道路的照明"
        );
        assert_eq!(
            drop_courtesy_tail("感谢您的关心，欢迎指导。"),
            "感谢您的关心，欢迎指导。"
        );
        assert_eq!(
            drop_courtesy_tail("同时，也希望您继续关注。"),
            "同时，也希望您继续关注。"
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
