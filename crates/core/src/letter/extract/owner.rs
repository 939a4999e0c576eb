//! Who acts: the body named as a clause's subject, the body a sentence opens with, the signer
//! for "我局", and a commitment's title without its subject.

use super::clauses::clauses;
use super::markers::strip_marker;
use std::sync::LazyLock;

use regex::Regex;

use crate::letter::pattern;

/// A clause's subject, up to the verb or future marker after it.
static SUBJECT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(.{2,30}?)(将于|将|拟|计划|力争|争取|正积极|正在|正|要|会同|还会|也会|继续|负责|牵头|共同|联合)",
    )
});
/// A body's name opening a sentence, ending as bodies' names end.
static LEADING_BODY: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^([^，,。；;：:]{2,24}?(?:大学|学院|研究院|研究所|公司|集团|银行|中心|政府|厅|局|委员会|委|办|部|院|所))",
    )
});
/// The future marker a title drops.
static FUTURE_MARKER: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(?:将于|将|拟|计划|正积极|正在|正)"));

/// The body named as the subject of a clause before its verb ("省科研院拟…", "中车长客将…"),
/// looking at the first few clauses of `s`.
pub(super) fn subject(s: &str) -> Option<String> {
    // Clauses, and the sentences of a caption merged with its item ("优化线路布局。我局将…").
    // The subject of the clause that makes the promise wins over an earlier one that reports
    // ("市交通运输委正在研究…，区交通运输委将积极对接…").
    let found: Vec<(String, bool)> = clauses(s)
        .filter(|c| !c.trim().is_empty())
        .take(4)
        .filter_map(|clause| {
            let clause = strip_marker(clause);
            let c = SUBJECT_VERB.captures(clause)?;
            let promise = ["将于", "将", "拟", "计划", "力争", "争取"].contains(&&c[2]);
            let mut subject = c[1].to_string();
            // An opening time or conjunction is not part of who acts: "2023年我局", "但我们".
            let opening = ["但是", "但", "另外", "此外", "同时", "今年", "明年", "年内"];
            if let Some(rest) = opening.iter().find_map(|w| subject.strip_prefix(w)) {
                subject = rest.trim_start_matches(['，', ',']).to_string();
            }
            if let Some(i) = subject
                .find('年')
                .filter(|&i| i >= 4 && subject[..i].chars().all(|c| c.is_ascii_digit()))
            {
                subject = subject[i + '年'.len_utf8()..].to_string();
            }
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
                // "我局已将其纳入…": 已将 is 把, done; who did it is before 已.
                "已经",
                "已",
            ] {
                subject = subject.trim_end_matches(suffix).to_string();
            }
            let not_a_body = [
                "与",
                "和",
                "同",
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
            // "县市场监管局每学期开展一次…联合检查": the body, then when it acts, then a verb
            // further on; who acts is the body.
            if !is_actor(&subject)
                && let Some(body) = leading_body(&subject)
                && subject[body.len()..]
                    .starts_with(['每', '在', '于', '从', '按', '对', '定', '今', '明', '年'])
            {
                subject = body;
            }
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
            Some((subject.replace(['和', '与', '及'], "、"), promise))
        })
        .collect();
    found
        .iter()
        .find(|(who, promise)| *promise && is_actor(who))
        .or(found.first())
        .map(|(who, _)| who.clone())
}

/// A name that can act: a body, a place's government, or the letter's own self-reference
/// ("方案将于…" has a subject that acts for nobody).
fn is_actor(who: &str) -> bool {
    let ends = [
        "局", "厅", "委", "办", "院", "所", "中心", "公司", "集团", "政府", "大学", "学院", "部",
        "队", "站", "处", "会", "行", "街道", "镇", "乡", "村", "社区", "们", "上", "市", "县",
        "区", "省", "科", "室",
    ];
    who.split('、').all(|w| ends.iter().any(|e| w.ends_with(e)))
}

/// Who a list's lead-in names ("针对您提案的问题，我们采取以下措施："): its subject before a
/// verb, else the self-reference or body its last clause opens with.
pub(super) fn lead_subject(s: &str) -> Option<String> {
    subject(s).or_else(|| {
        let last = s
            .trim_end_matches(['：', ':'])
            .rsplit(['，', ','])
            .next()
            .unwrap_or("");
        ["我们", "我局", "我厅", "我委", "我办", "我院", "本局"]
            .iter()
            .find(|w| last.starts_with(**w))
            .map(|w| w.to_string())
    })
}

/// The body a sentence opens with ("香港大学先后2次…"), when it names one.
pub(super) fn leading_body(s: &str) -> Option<String> {
    LEADING_BODY
        .captures(strip_marker(s))
        .map(|c| c[1].to_string())
        // "以上项目已经市政府": a report of what was done to something, not who acts.
        .filter(|b| {
            !b.contains(['已', '了'])
                && !["以上", "该", "此", "这"].iter().any(|w| b.starts_with(w))
        })
}

/// 我局, 我们… as the signing body's name, when the letter has one; as written otherwise.
pub(super) fn self_reference(owner: &str, signer: Option<&str>) -> String {
    let own = [
        "我局",
        "我厅",
        "我委",
        "我们",
        "本局",
        "我办",
        "我院",
        "我中心",
        "本委",
    ];
    let Some(signer) = signer else {
        return owner.to_string();
    };
    if own.contains(&owner) {
        return signer.to_string();
    }
    // 我县, 我市, 我区: the place the signer is named after ("某县交通运输局" → 某县).
    let place = ["我县", "我市", "我区", "我省"]
        .contains(&owner)
        .then(|| owner.chars().nth(1))
        .flatten()
        .and_then(|unit| signer.find(unit).map(|i| &signer[..i + unit.len_utf8()]))
        .filter(|p| p.chars().count() >= 2);
    place.map_or_else(|| owner.to_string(), str::to_string)
}

/// A short title: the commitment's first clause that says what is done, without its subject,
/// future marker or an opening adverbial ("按照…要求,").
pub(super) fn title_of(quote: &str, owner: &str) -> String {
    let adverbial = ["按照", "根据", "结合", "围绕", "为", "针对", "对照"];
    let clauses: Vec<String> = clauses(strip_marker(quote))
        .map(|c| {
            let c = c.trim();
            let c = ["我局", "我厅", "我委", "我们", "本局", owner]
                .iter()
                .find_map(|p| c.strip_prefix(p))
                .unwrap_or(c);
            FUTURE_MARKER.replace(c, "").to_string()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subject_is_a_body_before_its_verb_never_an_adverbial_or_half_a_word() {
        for (clause, who) in [
            ("省科研院拟赴大湾区开展合作", Some("省科研院")),
            ("下一步，中车长客将构建监测系统", Some("中车长客")),
            ("市教育局和市财政局将联合发文", Some("市教育局、市财政局")),
            ("各县区政府也要落实责任", Some("各县区政府")),
            ("根据规划要求，将推进改造", None),
            ("利用AI动态模拟不同维护策略", None),
            ("确保2025年将完成", None),
            ("会议的主要任务", None),
            ("与我省高校、企业共同开展研究", None),
            ("2026年我局将新建公厕", Some("我局")),
            ("但我们将加强巡查", Some("我们")),
            (
                "县人社局、县职业教育中心共同实施培训",
                Some("县人社局、县职业教育中心"),
            ),
            (
                "目前，市交通委正在制定政策，区交通委将积极对接",
                Some("区交通委"),
            ),
            ("区交通局正在编制方案，方案将于10月提交", Some("区交通局")),
            (
                "我局已将其全部纳入改造计划，将于上半年完成6座",
                Some("我局"),
            ),
            ("下步，我办还会把群众评价作为依据", Some("我办")),
            ("提高标准.我委将出台办法", Some("我委")),
            (
                "县市场监管局每学期开展一次食品安全联合检查",
                Some("县市场监管局"),
            ),
        ] {
            assert_eq!(subject(clause).as_deref(), who, "{clause}");
        }
    }

    #[test]
    fn a_lead_in_names_who_acts_below_it() {
        assert_eq!(
            lead_subject("针对您提案的问题，我们采取以下措施：").as_deref(),
            Some("我们")
        );
        assert_eq!(
            lead_subject("县水利局将采取以下措施：").as_deref(),
            Some("县水利局")
        );
        assert_eq!(
            lead_subject("办理人员深入走访，提出以下办理答复意见："),
            None
        );
        assert_eq!(lead_subject("具体如下："), None);
    }

    #[test]
    fn a_leading_body_and_the_signer_for_our_bureau() {
        assert_eq!(
            leading_body("香港大学先后2次来访").as_deref(),
            Some("香港大学")
        );
        assert_eq!(leading_body("先后2次来访"), None);
        assert_eq!(leading_body("以上项目已经市政府批准"), None);
        let signed = Some("某县交通运输局");
        assert_eq!(self_reference("我局", signed), "某县交通运输局");
        assert_eq!(self_reference("县公路段", signed), "县公路段");
        assert_eq!(self_reference("我局", None), "我局");
        assert_eq!(self_reference("我县", signed), "某县");
        assert_eq!(
            self_reference("我县", Some("石林彝族自治县卫生健康局")),
            "石林彝族自治县"
        );
        assert_eq!(
            self_reference("我市", signed),
            "我市",
            "a county's letter names no city"
        );
    }

    #[test]
    fn a_title_is_the_first_clause_of_what_is_done() {
        assert_eq!(
            title_of(
                "下一步，按照省里要求，我局将加快危桥改造，确保安全。",
                "某局"
            ),
            "加快危桥改造"
        );
        assert_eq!(title_of("县公路段拟建立路长制。", "县公路段"), "建立路长制");
        let long = "推进".repeat(30);
        let title = title_of(&long, "");
        assert!(
            crate::text::width(&title) <= 40 && title.len() < long.len(),
            "{title}"
        );
    }
}
