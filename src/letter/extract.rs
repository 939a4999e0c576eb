//! Finding the commitments of a reply letter, by the rules of `tests/fixtures/letters/LABELS.md`:
//! the next-steps parts (下步工作, 下一步, 今后…) item by item and sentence by sentence, each with
//! its owner, deadline and numeric targets.

use chrono::{Datelike, Months, NaiveDate};

use super::meta::Meta;
use super::normalize::starts_item;

/// A proposed pledge, for review before it is added.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Draft {
    pub title: String,
    pub owner: String,
    pub quote: String,
    #[serde(with = "crate::date::strict_opt")]
    pub deadline: Option<NaiveDate>,
    pub deadline_text: Option<String>,
    pub targets: Vec<DraftTarget>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DraftTarget {
    pub quantity: crate::model::Quantity,
    pub unit: String,
    pub text: String,
}

const MARKERS: [&str; 9] = [
    "下一步工作",
    "下步工作",
    "下步打算",
    "下一步",
    "下步",
    "今后",
    "接下来",
    "还将采取以下措施",
    "下一步将采取以下工作措施",
];
const COURTESY: [&str; 6] = ["感谢", "特此答复", "此复", "欢迎", "谢谢", "联系人"];

fn is_courtesy(p: &str) -> bool {
    COURTESY
        .iter()
        .any(|c| p.starts_with(c) || p.contains(&format!("{c}您")))
        || p.starts_with("再次感谢")
        || p.starts_with("非常感谢")
}

/// A heading: an item caption or section title without a sentence's final 。.
fn is_heading(p: &str) -> bool {
    !p.ends_with(['。', '；', ';', '.', '！', '？'])
}

/// A lead-in that announces the measures listed after it ("县水利局将采取以下措施：", "还将做好
///以下工作:"): with no next-steps marker in the letter, the list it opens is the next-steps
/// part (LABELS.md rule 3). A list of work done ("开展了以下工作：") is not.
fn announces_measures(p: &str) -> bool {
    let (lead, items) = inline_items(p);
    let lead = if items.len() > 1 { lead } else { p.to_string() };
    let lead = lead.trim();
    lead.contains("以下") && lead.ends_with(['：', ':']) && !lead.contains(['了', '已'])
}

/// Where a paragraph's next-steps text starts (after the marker), if it has a marker.
fn marker_at(p: &str) -> Option<usize> {
    MARKERS
        .iter()
        .filter_map(|m| p.find(m).map(|i| (i, m.len())))
        .min_by_key(|(i, _)| *i)
        .map(|(i, _)| i)
}

/// The enumeration marker at the start of `s` (一是, 1., （一）…), if any, and its length.
fn item_marker_len(s: &str) -> usize {
    let item = super::regex(
        r"^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．])\s*",
    );
    item.find(s).map_or(0, |m| m.end())
}

/// Splits a paragraph at inline 一是/二是… markers: (lead-in, items).
fn inline_items(p: &str) -> (String, Vec<String>) {
    let marks = super::regex(r"[一二三四五六七八九十]是");
    let starts: Vec<usize> = marks
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
fn sentences(item: &str, enumerated: bool) -> Vec<String> {
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

/// The body named as the subject of a clause before its verb ("省科研院拟…", "中车长客将…"),
/// looking at the first few clauses of `s`.
fn subject(s: &str) -> Option<String> {
    let verb =
        super::regex(r"^(.{2,30}?)(?:将于|将|拟|计划|正积极|正在|正|要|会同|继续|负责|牵头)");
    // Clauses, and the sentences of a caption merged with its item ("优化线路布局。我局将…").
    s.split(['，', ',', '。', '；', ';'])
        .filter(|c| !c.trim().is_empty())
        .take(3)
        .find_map(|clause| {
            let clause = strip_marker(clause);
            let c = verb.captures(clause)?;
            let mut subject = c[1].to_string();
            for suffix in [
                "三方",
                "双方",
                "各方",
                "等部门",
                "等单位",
                "也",
                "还",
                "均",
                "都",
                "仍",
            ] {
                subject = subject.trim_end_matches(suffix).to_string();
            }
            let not_a_body = [
                "根据",
                "通过",
                "按照",
                "针对",
                "为",
                "在",
                "对",
                "结合",
                "依托",
                "围绕",
                "加强",
                "开展",
                "计划",
                "进一步",
                "同时",
                "并",
                "还",
                "积极",
                "持续",
                "努力",
                "下一步",
                "一步",
                "今后",
                "将",
                "拟",
                "力争",
                "争取",
                "确保",
                "预计",
                "接下来",
                // A clause that opens with its verb has no subject of its own.
                "利用",
                "实现",
                "构建",
                "推动",
                "推进",
                "建立",
                "加快",
                "完善",
                "打造",
                "提升",
                "促进",
                "做好",
                "支持",
                "引导",
                "鼓励",
            ];
            // The "verb" was half of another word: 模拟, 即将, 重要, 需要, 真正 ….
            let half_word = subject.ends_with([
                '模', '虚', '草', '比', '即', '重', '主', '需', '只', '真', '修', '纠', '必',
            ]);
            if subject.chars().count() < 2
                || half_word
                || subject.contains(['的', '《', '“', '：', ':'])
                || subject.contains(|c: char| c.is_ascii_digit())
                || not_a_body.iter().any(|a| subject.starts_with(a))
            {
                return None;
            }
            Some(subject.replace(['和', '与', '及'], "、"))
        })
}

/// The body a sentence opens with ("香港大学先后2次…"), when it names one.
fn leading_body(s: &str) -> Option<String> {
    let body = super::regex(
        r"^([^，,。；;：:]{2,24}?(?:大学|学院|研究院|研究所|公司|集团|银行|中心|政府|厅|局|委员会|委|办|部|院|所))",
    );
    body.captures(strip_marker(s)).map(|c| c[1].to_string())
}

/// `s` without a leading next-steps marker and the punctuation after it.
fn strip_marker(s: &str) -> &str {
    let s = s.trim();
    let rest = MARKERS.iter().find_map(|m| s.strip_prefix(m)).unwrap_or(s);
    rest.trim_start_matches(['，', ',', '：', ':', ' '])
}

/// "香港大学先后…交流，达成了…共识，计划引进…": the commitment is the clause from the future
/// marker on; what comes before it reports the past. Returns (subject of the past part, rest).
fn past_then_future(s: &str) -> Option<(Option<String>, &str)> {
    let future = super::regex(r"[，,](?:计划|将|拟|并将|还将)");
    let m = future.find(s)?;
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

fn self_reference(owner: &str, meta: &Meta) -> String {
    let own = ["我局", "我厅", "我委", "我们", "本局", "我办", "我院"];
    match (&meta.issuer, own.contains(&owner)) {
        (Some(issuer), true) => issuer.clone(),
        _ => owner.to_string(),
    }
}

fn chinese_number(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    if s == "两" {
        return Some(2);
    }
    let digits = "零一二三四五六七八九";
    match s.chars().collect::<Vec<_>>().as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digits
            .find(*c)
            .map(|i| (digits[..i].chars().count()) as u32),
        ['十', c] => digits
            .find(*c)
            .map(|i| 10 + digits[..i].chars().count() as u32),
        _ => None,
    }
}

fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

/// Turns a matched deadline phrase into a date.
type Resolve<'a> = dyn Fn(&regex::Captures) -> Option<NaiveDate> + 'a;

/// The first deadline phrase of a commitment, resolved against the letter's date.
pub fn deadline(text: &str, letter: NaiveDate) -> Option<(NaiveDate, String)> {
    let year = letter.year();
    let rules: [(&'static str, &Resolve<'_>); 9] = [
        (r"(\d{4})年(\d{1,2})月(?:底|末)(?:前)?", &|c| {
            last_of_month(c[1].parse().ok()?, c[2].parse().ok()?)
        }),
        (r"(?:力争)?到(\d{4})年(?:底)?", &|c| {
            NaiveDate::from_ymd_opt(c[1].parse().ok()?, 12, 31)
        }),
        (r"(\d{4})年(?:度|底前|底)?", &|c| {
            let y: i32 = c[1].parse().ok()?;
            (1990..2200)
                .contains(&y)
                .then(|| NaiveDate::from_ymd_opt(y, 12, 31))
                .flatten()
        }),
        (
            r"(今年|年内|本年度?)(?:年底|底)?(?:前)?(第([一二三四1-4])季度)?",
            &|c| match c.get(3) {
                Some(q) => last_of_month(year, chinese_number(q.as_str())? * 3),
                None => NaiveDate::from_ymd_opt(year, 12, 31),
            },
        ),
        (r"第([一二三四1-4])季度", &|c| {
            last_of_month(year, chinese_number(&c[1])? * 3)
        }),
        (r"明年(?:底)?", &|_| {
            NaiveDate::from_ymd_opt(year + 1, 12, 31)
        }),
        (r"(上|下)半年", &|c| {
            last_of_month(year, if &c[1] == "上" { 6 } else { 12 })
        }),
        (r"(\d{1,2})月(?:底|末)", &|c| {
            last_of_month(year, c[1].parse().ok()?)
        }),
        (
            r"([0-9]+|[一二三四五六七八九十两]+)年(?:内|时间)",
            &|c| letter.checked_add_months(Months::new(chinese_number(&c[1])?.checked_mul(12)?)),
        ),
    ];
    let mut best: Option<(usize, NaiveDate, String)> = None;
    for (pattern, resolve) in rules {
        if let Some(c) = super::regex(pattern).captures(text) {
            let m = c.get(0)?;
            // 第14届 and the like are ordinals; 定期/每年 are frequencies: neither is a deadline.
            if text[..m.start()].ends_with('第') || text[..m.start()].ends_with('每') {
                continue;
            }
            if let Some(date) = resolve(&c) {
                let better = best.as_ref().is_none_or(|(at, _, phrase)| {
                    m.start() < *at || (m.start() == *at && m.as_str().len() > phrase.len())
                });
                if better {
                    best = Some((m.start(), date, m.as_str().to_string()));
                }
            }
        }
    }
    best.map(|(_, d, t)| (d, t))
}

/// Numbers that measure a deliverable: "10个高水平科研团队", "300-400名常驻科研人员".
pub fn targets(text: &str) -> Vec<DraftTarget> {
    let number = super::regex(
        r"(\d+(?:\.\d+)?)(?:\s*[-–~至]\s*\d+(?:\.\d+)?)?\s*(?:余|多)?\s*(个|名|户|家|条|小时|公里|千米|米|平方米|㎡|万元|亿元|元|%|％|项|所|座|盏|人|台|套|批|场|期|次|支|处|亩|吨)",
    );
    let mut out = Vec::new();
    for c in number.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let before = &text[..m.start()];
        if before.ends_with('第') || before.ends_with(|ch: char| ch.is_ascii_digit() || ch == '-')
        {
            continue;
        }
        let Some(quantity) = c[1]
            .parse::<f64>()
            .ok()
            .and_then(|q| crate::model::Quantity::new(q).ok())
        else {
            continue;
        };
        let rest = &text[m.end()..];
        let tail: String = rest
            .chars()
            .take_while(|ch| !"、，,。；;：:（(.!！?？".contains(*ch))
            .take(16)
            .collect();
        out.push(DraftTarget {
            quantity,
            unit: c[2].to_string(),
            text: format!("{}{tail}", m.as_str()),
        });
    }
    out
}

/// A short title: the commitment's first clause that says what is done, without its subject,
/// future marker or an opening adverbial ("按照…要求,").
fn title_of(quote: &str, owner: &str) -> String {
    let marker = super::regex(r"^(?:将于|将|拟|计划|正积极|正在|正)");
    let adverbial = ["按照", "根据", "结合", "围绕", "为", "针对", "对照"];
    let clauses: Vec<String> = strip_marker(quote)
        .split(['，', ',', '。', '；', ';'])
        .map(|c| {
            let c = c.trim();
            let c = ["我局", "我厅", "我委", "我们", "本局", owner]
                .iter()
                .find_map(|p| c.strip_prefix(p))
                .unwrap_or(c);
            marker.replace(c, "").to_string()
        })
        .filter(|c| !c.is_empty())
        .collect();
    let pick = clauses
        .iter()
        .find(|c| !adverbial.iter().any(|a| c.starts_with(a)))
        .or(clauses.first())
        .cloned()
        .unwrap_or_default();
    crate::text::truncate(&pick, 40).into_owned()
}

/// Leading status clauses ("初步选址在…，") are not part of a commitment's quote.
fn drop_status_clause(s: &str) -> &str {
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
fn is_not_commitment(s: &str) -> bool {
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
fn split_on_new_deadline(s: &str, letter: NaiveDate) -> Vec<String> {
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

/// Commitments outside the next-steps parts: sentences with an explicit future marker whose
/// subject is a body (LABELS.md rule 2), past work and "将…作为" (将 as "take … as") excepted.
fn elsewhere(p: &str, meta: &Meta, letter: NaiveDate) -> Vec<Draft> {
    // The subject must name a body and be followed at once by the marker: "市住建局将于…".
    let body_then_future = super::regex(
        r"^([^，,。；;：:]{1,24}?(?:大学|学院|研究院|研究所|公司|集团|银行|中心|政府|厅|局|委员会|委|办|部|院|所))(将于|将|拟|计划|预计|力争|争取)",
    );
    let mut out = Vec::new();
    for sentence in sentences(p, false) {
        let sentence = sentence.trim();
        let Some(c) = body_then_future.captures(sentence) else {
            continue;
        };
        let after: String = sentence[c.get(0).map_or(0, |m| m.end())..]
            .chars()
            .take(30)
            .collect();
        let taking_as = &c[2] == "将" && ["作为", "列为"].iter().any(|w| after.contains(w));
        if taking_as || is_not_commitment(sentence) {
            continue;
        }
        out.push(draft(sentence, &c[1], meta, letter));
    }
    out
}

/// The day deadlines count from: the letter's, or a fixed day when it has none.
fn letter_day(meta: &Meta) -> NaiveDate {
    meta.issued_on
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default())
}

/// A draft of `passage` acting for `owner`: its title, deadline and targets read from it.
fn draft(passage: &str, owner: &str, meta: &Meta, letter: NaiveDate) -> Draft {
    let passage = passage.trim();
    let owner = self_reference(owner, meta);
    let found = deadline(passage, letter);
    Draft {
        title: title_of(passage, &owner),
        owner,
        quote: passage.to_string(),
        deadline: found.as_ref().map(|f| f.0),
        deadline_text: found.map(|f| f.1),
        targets: targets(passage),
    }
}

/// A draft made from any passage of the letter by the same rules as the found ones (the review
/// screen's "add from this sentence", split and merge): the owner is the passage's subject,
/// else `owner` (the draft it came from, or the signer).
pub fn draft_of(passage: &str, meta: &Meta, owner: Option<&str>) -> Draft {
    let owner = subject(passage.trim())
        .or_else(|| owner.map(str::to_string))
        .or_else(|| meta.issuer.clone())
        .unwrap_or_default();
    draft(passage, &owner, meta, letter_day(meta))
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

/// The commitments of a letter's paragraphs.
pub fn drafts(paragraphs: &[String], meta: &Meta) -> Vec<Draft> {
    let letter_day = letter_day(meta);
    let signer = meta.issuer.clone().unwrap_or_else(|| "我局".to_string());
    let mut out = Vec::new();
    let mut in_part = false;
    let mut part_owner: Option<String> = None;
    // Under a heading that reports results (成效, 情况), nothing is a commitment.
    let mut reporting = false;
    for p in paragraphs {
        if is_courtesy(p) {
            in_part = false;
            continue;
        }
        let heading = is_heading(p);
        let marker = marker_at(p).or_else(|| announces_measures(p).then_some(0));
        if heading {
            reporting = ["成效", "情况", "成果", "进展"]
                .iter()
                .any(|w| p.contains(w))
                && marker.is_none();
            // A section heading opens a part when it names one, and closes it otherwise, unless it
            // is a numbered caption inside the part ("1.持续拓展…").
            if let Some(i) = marker {
                in_part = true;
                // A lead-in of its own ("下一步,我局还将采取以下措施:") names who acts below.
                part_owner = p
                    .trim_end()
                    .ends_with(['：', ':'])
                    .then(|| subject(&p[i..]))
                    .flatten();
            } else if !starts_item(p)
                || p.contains("关于")
                || p.contains("成效")
                || p.contains("措施")
            {
                in_part = false;
            }
            continue;
        }
        let text = match marker {
            Some(i) => {
                in_part = true;
                part_owner = None;
                // A marker opening the paragraph stays in the quote ("下步,我局…"); inside a
                // sentence only the clause after it counts.
                if i == 0 { p.as_str() } else { &p[i..] }
            }
            None if in_part => p.as_str(),
            None if !reporting => {
                out.extend(elsewhere(p, meta, letter_day));
                continue;
            }
            None => continue,
        };
        let (lead, items) = inline_items(text);
        if !lead.trim().is_empty() {
            part_owner = subject(&lead).or(part_owner.clone());
        }
        for item in items {
            let marker_len = item_marker_len(&item);
            let body = &item[marker_len..];
            for sentence in sentences(body, marker_len > 0) {
                let sentence = drop_status_clause(sentence.trim());
                let (past_subject, sentence) = match past_then_future(sentence) {
                    Some((who, rest)) => (who, rest),
                    None => (None, sentence),
                };
                // A lead-in that only announces a list passes its subject on.
                if sentence.contains("以下") && sentence.ends_with(['：', ':']) {
                    part_owner = subject(sentence).or(part_owner.clone());
                    continue;
                }
                if is_not_commitment(sentence) {
                    continue;
                }
                for piece in split_on_new_deadline(sentence, letter_day) {
                    let owner = subject(&piece)
                        .or_else(|| {
                            out.last()
                                .filter(|_: &&Draft| piece.starts_with('并'))
                                .map(|d: &Draft| d.owner.clone())
                        })
                        .or_else(|| past_subject.clone())
                        .or_else(|| part_owner.clone())
                        .unwrap_or_else(|| signer.clone());
                    out.push(draft(&piece, &owner, meta, letter_day));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::{meta, normalize};

    fn day(s: &str) -> NaiveDate {
        crate::date::parse(s).expect("date")
    }

    #[test]
    fn every_deadline_phrase_of_the_rules_resolves_against_the_letter_date() {
        let letter = day("2025-05-19");
        for (text, date, phrase) in [
            ("2025年底前完成改造", "2025-12-31", "2025年底前"),
            ("有序推进2023年度城区提升工程", "2023-12-31", "2023年度"),
            ("指导30家2025年重点拟上市企业", "2025-12-31", "2025年"),
            ("力争到2027年建成", "2027-12-31", "力争到2027年"),
            ("今年年底前完成", "2025-12-31", "今年年底前"),
            ("年内完成验收", "2025-12-31", "年内"),
            ("列入今年第四季度工作计划", "2025-12-31", "今年第四季度"),
            ("第三季度完成", "2025-09-30", "第三季度"),
            ("上半年完成招标", "2025-06-30", "上半年"),
            ("下半年开工", "2025-12-31", "下半年"),
            ("10月末前完成", "2025-10-31", "10月末"),
            ("6月底前印发", "2025-06-30", "6月底"),
            ("在5年内培养100名", "2030-05-19", "5年内"),
            ("三年内建成", "2028-05-19", "三年内"),
            ("用两年时间完成", "2027-05-19", "两年时间"),
            ("明年完成", "2026-12-31", "明年"),
        ] {
            let found = deadline(text, letter);
            assert_eq!(
                found
                    .as_ref()
                    .map(|(d, p)| (crate::date::format(*d), p.as_str())),
                Some((date.to_string(), phrase)),
                "{text}"
            );
        }
        for none in [
            "用4294967295年时间完成",
            "邀请参加第14届国际会议",
            "每年开展一次",
            "定期召开",
            "待市场恢复后具备条件",
        ] {
            assert_eq!(deadline(none, letter), None, "{none}");
        }
    }

    #[test]
    fn targets_are_counts_of_deliverables_not_ordinals_or_years() {
        let found = targets(
            "计划引进10个高水平科研团队、300-400名常驻科研人员，在第14届会议上，于2025年完成",
        );
        let got: Vec<(String, &str)> = found
            .iter()
            .map(|t| (t.quantity.to_string(), t.unit.as_str()))
            .collect();
        assert_eq!(got, [("10".to_string(), "个"), ("300".to_string(), "名")]);
        assert_eq!(found[1].text, "300-400名常驻科研人员");
    }

    fn letter(text: &str) -> Vec<Draft> {
        let paragraphs = normalize::paragraphs(text);
        drafts(&paragraphs, &meta::read(&paragraphs))
    }

    #[test]
    fn numbered_items_under_a_heading_each_give_their_sentences() {
        let found = letter(
            "张三代表:\n您提出的《关于加强农村公路养护的建议》收悉。现答复如下:\n\
             一、工作开展情况\n我局已完成危桥改造12座。\n\
             二、下一步工作打算\n1.加快危桥改造。2026年底前完成剩余8座危桥改造。\n\
             2.完善养护机制。建立县乡村三级路长制,确保每条农村公路有人管。\n\
             感谢您对交通工作的关心。\n某县交通运输局\n2026年3月1日\n",
        );
        let quotes: Vec<&str> = found.iter().map(|d| d.quote.as_str()).collect();
        assert_eq!(
            quotes,
            [
                "加快危桥改造。2026年底前完成剩余8座危桥改造。",
                "完善养护机制。建立县乡村三级路长制,确保每条农村公路有人管。"
            ]
        );
        assert!(
            found.iter().all(|d| d.owner == "某县交通运输局"),
            "我局 and elided subjects: the signer"
        );
        assert_eq!(found[0].deadline, Some(day("2026-12-31")));
        assert_eq!(found[0].targets[0].unit, "座");
    }

    #[test]
    fn a_plain_next_steps_paragraph_with_its_own_subject() {
        let found = letter(
            "李四委员：\n您提出的《关于建设智慧校园的建议》收悉。\n\
             今后，市教育局将在全市中小学推广智慧校园建设，力争到2027年实现全覆盖。\n\
             特此答复。\n某市人民政府办公室\n2025年4月2日\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].owner, "市教育局");
        assert_eq!(found[0].deadline, Some(day("2027-12-31")));
    }

    #[test]
    fn a_future_marked_sentence_outside_the_next_steps_part_counts() {
        let found = letter(
            "赵六委员:\n您提出的《关于改善老旧小区供暖的建议》收悉。\n\
             一、办理情况\n市供热公司已完成管网排查。\n\
             二、有关安排\n市住建局将于2025年10月底前完成老旧管网改造。市住建局将供暖投诉作为重点工作。\n\
             感谢您的关心。\n某市住房和城乡建设局\n2025年5月6日\n",
        );
        let quotes: Vec<&str> = found.iter().map(|d| d.quote.as_str()).collect();
        assert_eq!(quotes, ["市住建局将于2025年10月底前完成老旧管网改造。"]);
        assert_eq!(found[0].deadline, Some(day("2025-10-31")));
        assert_eq!(found[0].deadline_text.as_deref(), Some("2025年10月底前"));
    }

    #[test]
    fn past_work_and_courtesy_are_not_pledges() {
        let found = letter(
            "王五代表:\n您提出的《关于治理噪声污染的建议》收悉。\n\
             下一步,我局将加强夜间施工巡查。已完成噪声监测点建设。\n\
             感谢您的关心,欢迎继续提出宝贵意见。\n某区生态环境分局\n2024年6月1日\n",
        );
        let quotes: Vec<&str> = found.iter().map(|d| d.quote.as_str()).collect();
        assert_eq!(quotes, ["下一步,我局将加强夜间施工巡查。"]);
        assert_eq!(found[0].owner, "某区生态环境分局");
    }

    #[test]
    fn a_passage_chosen_by_hand_is_read_by_the_same_rules() {
        let m = Meta {
            issuer: Some("某县交通运输局".into()),
            issued_on: Some(day("2026-03-01")),
            ..Meta::default()
        };
        let d = draft_of(" 我局将于2026年底前完成剩余8座危桥改造。", &m, None);
        assert_eq!(d.owner, "某县交通运输局");
        assert_eq!(d.deadline, Some(day("2026-12-31")));
        assert_eq!(d.targets[0].unit, "座");
        assert_eq!(d.quote, "我局将于2026年底前完成剩余8座危桥改造。");
        let elided = draft_of("建立路长制。", &m, Some("县公路段"));
        assert_eq!(
            elided.owner, "县公路段",
            "no subject: the draft it came from"
        );
        let verb_first = draft_of(
            "构建监测系统，利用AI动态模拟不同维护策略。",
            &m,
            Some("中车长客"),
        );
        assert_eq!(
            verb_first.owner, "中车长客",
            "模拟 is no subject followed by 拟"
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

    #[test]
    fn a_list_of_measures_announced_without_a_marker_is_a_next_steps_part() {
        let found = letter(
            "周七委员：\n您提出的《关于整治河道的提案》收悉。\n\
             今年我局开展了以下工作：一是完成了河道清淤；二是建立了河长制。\n\
             针对您提出的问题，市水务局将采取以下措施：一是2026年汛期前完成堤防加固；二是市城管局拟增设垃圾拦截网10处。\n\
             感谢您的关心。\n某市水务局\n2026年2月1日\n",
        );
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|d| (d.quote.as_str(), d.owner.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("2026年汛期前完成堤防加固；", "市水务局"),
                ("市城管局拟增设垃圾拦截网10处。", "市城管局"),
            ],
            "work done (开展了以下工作) opens nothing; the measures' lead-in names their owner"
        );
    }
}
