//! Every sentence of a letter's body is weighed on what it says (a future marker, work done,
//! courtesy, a promise only to study) and where it stands (a next-steps part, a list of
//! measures); those at or above [`KEEP`] become drafts, each carrying its score and reasons.

use std::sync::LazyLock;

use regex::Regex;

use crate::letter::pattern;

/// Why a sentence was weighed as it was: one fact each, worded by whoever shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// It stands in a next-steps part or a list of measures.
    InPart,
    /// It says what will be done: 将, 拟, 计划, 预计, 力争, 争取, 会, 确保…前.
    Future,
    /// It names a number to deliver.
    Target,
    /// It reports work done: 已, 完成了, 取得了, 截至.
    Done,
    /// It states how things are now: 目前, 现, 当前, without a future marker.
    Status,
    /// Thanks, wishes and contact details.
    Courtesy,
    /// It only promises to study the suggestion, or recommends that someone else act.
    StudyOnly,
    /// A topic heading of a measures list sits above it, which weakens standing in the part.
    UnderTopic,
    /// It keeps up standing practice (继续坚持这一做法) rather than delivering something.
    Standing,
    /// It restates the proposal (您在建议中提出…), whose words are the member's, not the body's.
    Restated,
}

impl Reason {
    fn weight(self) -> i32 {
        match self {
            Reason::InPart | Reason::Future => 3,
            Reason::Target => 1,
            Reason::Done => -4,
            Reason::Status => -2,
            Reason::UnderTopic => -1,
            Reason::Courtesy | Reason::StudyOnly => -6,
            Reason::Standing => -4,
            Reason::Restated => -6,
        }
    }
}

/// The least score a sentence needs to become a draft.
pub const KEEP: i32 = 3;

/// A sentence's weight and the reasons for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Weighed {
    pub score: i32,
    pub reasons: Vec<Reason>,
}

impl Weighed {
    /// The weight with one more reason, unless it already has it.
    pub fn with(mut self, reason: Reason) -> Weighed {
        if !self.reasons.contains(&reason) {
            self.score += reason.weight();
            self.reasons.push(reason);
        }
        self
    }
}

/// A future marker as a verb; what follows each alternative is checked in [`future_at`].
static FUTURE: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"将于|将|拟|计划|预计|力争|争取|确保[^，,。；;]*前|决定|会"));

/// How many look-alike markers of one sentence are tried before it is taken to have none.
const MAX_LOOKS: usize = 32;
/// How many bytes either side of a marker decide how it is used (a clause or two).
const NEAR: usize = 240;

/// The last `n` bytes of `s` or fewer, on a character boundary.
fn near_end(s: &str, n: usize) -> &str {
    let mut i = s.len().saturating_sub(n);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// The first `n` bytes of `s` or fewer, on a character boundary.
fn near_start(s: &str, n: usize) -> &str {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// Where the sentence's first future marker starts, if it has one used as a marker: not 将 as
/// 把 (已将, 决定将, 将…问题，报…), not 计划 as a noun (研发计划, 计划盘子), not 拟定/拟建, not
/// 可争取 (could obtain), 决定 only governing an action (not 决定将, 的决定), and 会 only after
/// who acts (我们会, 也会).
pub fn future_at(s: &str) -> Option<usize> {
    FUTURE
        .find_iter(s)
        // A sentence of decoys (已将已将…) is looked at as far as any letter's goes, no further.
        .take(MAX_LOOKS)
        .map(|m| (m.start(), m.as_str()))
        .find_map(|(at, word)| {
            // A marker is read in its neighbourhood, however long the sentence.
            let before = near_end(&s[..at], NEAR);
            let after = near_start(&s[at + word.len()..], NEAR);
            // Inside a title or quotation (《关于要求将…的建议》) it is someone else's word.
            let in_title = before
                .rfind('《')
                .is_some_and(|i| !before[i..].contains('》'))
                && after.contains('》');
            if in_title {
                return None;
            }
            // A demand reported (要求…力争尽快解决) is someone else's commitment, or none.
            let reported = ["要求", "责成"].iter().any(|w| before.contains(w));
            let genuine = match word {
                "将" | "将于" => {
                    let clause: &str = after
                        .split(['，', ',', '。', '；', ';'])
                        .next()
                        .unwrap_or("");
                    let as_ba = ["作为", "列为", "改为", "报"]
                        .iter()
                        .any(|w| clause.contains(w))
                        || (clause.ends_with("问题") && after.len() > clause.len());
                    // "建成后将极大改善…": what a project will bring, not what anyone will do.
                    let effect = before.trim_end_matches(['，', ',']).ends_with('后')
                        && [
                            "改善", "提升", "缓解", "带动", "方便", "促进", "有效", "极大", "大大",
                            "大幅",
                        ]
                        .iter()
                        .any(|w| after.starts_with(w));
                    // 现将…答复如下 is the letter's own formula, not a plan.
                    !before.ends_with(['已', '即', '决', '定', '必', '现'])
                        && !as_ba
                        && !effect
                        && !after.starts_with(['来', '近'])
                }
                "拟" => {
                    // "基金拟投资项目、联合攻关项目": a listed object the plan describes.
                    let phrase = after
                        .split(['，', ',', '。', '；', ';', '、'])
                        .next()
                        .unwrap_or("");
                    let attribute = ["项目", "企业", "单位", "名单", "对象"]
                        .iter()
                        .any(|w| phrase.ends_with(w))
                        && after[phrase.len()..].starts_with('、');
                    !after.starts_with(['定', '建', '上'])
                        && !before.ends_with(['模', '虚', '草', '比'])
                        && !attribute
                }
                "计划" => {
                    let noun_after = after.starts_with([
                        '的', '中', '内', '盘', '、', '，', ',', '。', '；', ';', '》', '”', '和',
                        '与', '等', '表', '书', '安', '外', '已', '正', '均', '都', '也',
                    ]);
                    let noun_before = before.ends_with(['”', '》', '」'])
                        || [
                            "研发", "巡查", "工作", "年度", "建设", "投资", "发展", "行动", "检查",
                            "采购", "培训", "项目", "省州", "规划", "生育", "实施", "资金",
                        ]
                        .iter()
                        .any(|w| before.ends_with(w));
                    // "纳入改造计划", "列入2025年市重点项目计划": a plan something is put in.
                    let clause_before = before
                        .rsplit(['，', ',', '。', '；', ';'])
                        .next()
                        .unwrap_or("");
                    let put_in = ["纳入", "列入", "编入", "写入"]
                        .iter()
                        .any(|w| clause_before.contains(w));
                    !noun_after && !noun_before && !put_in && !after.is_empty()
                }
                "争取" | "力争" => {
                    !before.ends_with(['可', '能']) && !after.starts_with('了') && !reported
                }
                "决定" => !after.starts_with(['将', '书', '了']) && !before.ends_with('的'),
                "会" => {
                    let who = [
                        "我们", "我局", "我委", "我厅", "我办", "我院", "本局", "也", "还", "都",
                        "将",
                    ];
                    who.iter().any(|w| before.ends_with(w))
                        && !after.starts_with(['同', '议', '商', '签', '审'])
                }
                _ => true,
            };
            genuine.then_some(at)
        })
}

/// 已 used as an attribute of an object ("实现已建农田管护全覆盖", "对已建成的设施"): it
/// reports nothing done by the sentence's subject.
fn attributive_done(s: &str, at: usize) -> bool {
    [
        "对", "把", "为", "实现", "覆盖", "包括", "及", "和", "与", "、",
    ]
    .iter()
    .any(|w| s[..at].ends_with(w))
}

/// Whether 已 appears as the sentence's own report of work done.
fn reports_done(s: &str) -> bool {
    s.match_indices('已')
        .take(MAX_LOOKS)
        .any(|(at, _)| !attributive_done(s, at))
}

fn is_done(s: &str) -> bool {
    let opens = [
        "已经",
        "已完成",
        "完成了",
        "已为",
        "已有",
        "已于",
        "取得了",
        "达成了",
        "截至",
        "截止",
    ];
    opens.iter().any(|p| s.starts_with(p))
        || s.starts_with('已')
        || (future_at(s).is_none()
            && (reports_done(s)
                || [
                    "完成了",
                    "取得了",
                    "截至",
                    "先后",
                    "开展了",
                    "进行了",
                    "召开了",
                    "组织了",
                    "制定了",
                    "建立了",
                    "实施了",
                    "印发了",
                    "出台了",
                    "投入了",
                    "安排了",
                    "做了",
                ]
                .iter()
                .any(|w| s.contains(w))))
}

pub(super) fn is_courtesy(s: &str) -> bool {
    [
        "感谢",
        "谢谢",
        "希望您",
        "希望你",
        "请您",
        "请你",
        "欢迎",
        "宝贵意见",
        "批评指正",
        "审签",
        "进行评价",
        "联系人",
        "联系电话",
        "特此",
        "此复",
    ]
    .iter()
    .any(|w| s.contains(w))
}

/// Study of the suggestion itself (认真研究, 研究您的建议) is no deliverable; a feasibility
/// study (先进行可行性研究) is.
pub(super) fn is_study_only(s: &str) -> bool {
    [
        "认真研究",
        "研究您",
        "研究你",
        "研究采纳",
        "研究吸纳",
        "研究论证您",
    ]
    .iter()
    .any(|w| s.contains(w))
        || s.starts_with("建议")
        // "希望各学校家长委员会积极参与": a wish that others act (希望您… is courtesy).
        || (s.starts_with("希望") && !is_courtesy(s))
}

fn is_restated(s: &str) -> bool {
    [
        "您在建议中",
        "你们在建议中",
        "建议中提出",
        "提案中提出",
        "您提出",
        "您建议",
        "你们提出",
        "代表提出",
        "委员提出",
    ]
    .iter()
    .any(|w| s.starts_with(w))
}

fn is_standing(s: &str) -> bool {
    ["继续坚持", "坚持这一", "一如既往"]
        .iter()
        .any(|w| s.contains(w))
}

/// Weighs one sentence: `in_part` when it stands in a next-steps part or list of measures,
/// `under_topic` when a topic heading of such a list sits above it.
pub fn weigh(s: &str, in_part: bool, under_topic: bool, has_target: bool) -> Weighed {
    let future = future_at(s).is_some();
    let status = !future
        && ["目前", "现", "当前", "由于"]
            .iter()
            .any(|w| s.starts_with(w));
    let facts = [
        (in_part, Reason::InPart),
        (future, Reason::Future),
        (has_target, Reason::Target),
        (is_done(s), Reason::Done),
        (status, Reason::Status),
        (is_courtesy(s), Reason::Courtesy),
        (is_study_only(s), Reason::StudyOnly),
        (in_part && under_topic, Reason::UnderTopic),
        (!has_target && is_standing(s), Reason::Standing),
        (is_restated(s), Reason::Restated),
    ];
    let reasons: Vec<Reason> = facts.iter().filter(|f| f.0).map(|f| f.1).collect();
    Weighed {
        score: reasons.iter().map(|r| r.weight()).sum(),
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_future_marker_anywhere_counts_but_not_its_look_alikes() {
        for (s, marked) in [
            ("根据群众反映，2026年我局将新建停车场2处", true),
            ("另外，我们会加强夜间巡查", true),
            ("县园林处拟在东湖新增绿地", true),
            ("按照任务，我局计划在城北新建公厕", true),
            ("鉴于资金紧张，争取列入明年预算", true),
            ("确保6月底前完成", true),
            ("已将情况报县政府", false),
            ("我局主动作为，将全县路灯电费问题，报县政府", false),
            ("县委决定将线路止于北站", false),
            ("制定了年度巡查计划", false),
            ("争取列入省级计划盘子", true),
            ("列入研发计划，已完成立项", false),
            ("拟定了工作方案", false),
            ("确定首批基金拟投资转化项目、攻关项目8个", false),
            ("仅可争取补助500万元", false),
            ("容易下沉，会给车辆造成危险", false),
            ("召开协调会议", false),
            ("现将办理情况答复如下。", false),
            ("该桥建成后将极大方便两岸群众出行", false),
            ("待资金到位后，将启动建设", true),
            ("您提出的《关于要求将国道改线的建议》收悉", false),
            ("深入实施“吉翔”计划一体化举措", false),
            ("并要求各单位力争尽快解决此项问题", false),
            ("我局已将其全部纳入改造计划", false),
            ("已将停车场建设列入2025年市重点项目计划", false),
            ("县里已有建设计划", false),
            ("目前营养改善计划已覆盖全部农村学校", false),
        ] {
            assert_eq!(future_at(s).is_some(), marked, "{s}");
        }
    }

    #[test]
    fn sentences_are_weighed_on_their_features_and_the_reasons_kept() {
        let kept = weigh("下步我局将新建公厕2座。", false, false, true);
        assert_eq!(kept.reasons, [Reason::Future, Reason::Target]);
        assert!(kept.score >= KEEP);
        assert!(
            weigh("建立路长制。", true, false, false).score >= KEEP,
            "a part's plain measure"
        );
        assert!(
            weigh(
                "针对您的建议，决定今年先进行可行性研究。",
                false,
                false,
                false
            )
            .score
                >= KEEP,
            "a feasibility study is a deliverable"
        );
        for dropped in [
            weigh("已完成监测点建设。", true, false, false),
            weigh("同时，也希望您继续关心我县环卫工作。", true, false, false),
            weigh("我局将认真研究您的建议。", false, false, false),
            weigh("希望各学校家长委员会积极参与膳食监督。", true, false, false),
            weigh("下步我们将研究您提出的建议。", true, false, false),
            weigh("目前，全县普及率达到96%。", false, false, true),
            weigh("我县的路灯由多家单位管理。", true, true, false),
            weigh("您在建议中提出，县里将新建体育馆。", false, false, false),
        ] {
            assert!(dropped.score < KEEP, "{dropped:?}");
        }
        assert!(
            weigh(
                "指导各市县建立管护责任制，实现已建高标准农田管护全覆盖。",
                true,
                false,
                false
            )
            .score
                >= KEEP,
            "已建 describes the fields, it reports no work done"
        );
        assert!(
            weigh("对已建成的设施进行维护。", true, false, false).score >= KEEP,
            "对已建成的: an attribute"
        );
        assert!(
            weigh("全市已建成心理辅导室412个。", true, false, true).score < KEEP,
            "已建成 after its subject reports work done"
        );
        assert!(
            weigh("在12个路口安装信号灯。", true, true, true).score >= KEEP,
            "a measure with a number under a topic heading"
        );
    }
}
