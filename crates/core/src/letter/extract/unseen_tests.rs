//! The failure classes of letters the importer had not seen (issue 16), each on short letters
//! written for these tests.

use chrono::NaiveDate;

use super::{Draft, Reason, drafts};
use crate::letter::{meta, normalize};

fn day(s: &str) -> NaiveDate {
    crate::date::parse(s).expect("date")
}

fn letter(text: &str) -> Vec<Draft> {
    let paragraphs = normalize::paragraphs(text);
    drafts(&paragraphs, &meta::read(&paragraphs))
}

fn quotes(found: &[Draft]) -> Vec<&str> {
    found.iter().map(|d| d.quote.as_str()).collect()
}

const HEAD: &str =
    "钱八代表：\n您提出的《关于改善城东出行条件的建议》收悉。现将有关情况回复如下：\n";
const SIGNED: &str = "感谢您的关心。\n某县交通运输局\n2026年3月10日\n";

#[test]
fn a_future_marker_after_an_opening_clause_or_inside_a_later_one_is_seen() {
    let found = letter(&format!(
        "{HEAD}根据群众反映，2026年我局将新建港湾式停靠站3处。\n\
         另外，我们会在城东路口增设提示标志。\n\
         鉴于资金紧张，县公路中心争取将该路纳入明年养护计划。\n\
         该路段车流量较大，县交警大队拟于6月份开展专项整治。\n{SIGNED}"
    ));
    assert_eq!(found.len(), 4, "{:?}", quotes(&found));
    let owners: Vec<&str> = found.iter().map(|d| d.owner.as_str()).collect();
    assert_eq!(
        owners,
        [
            "某县交通运输局",
            "某县交通运输局",
            "县公路中心",
            "县交警大队"
        ],
        "2026年 and 另外 are not part of who acts"
    );
    assert_eq!(found[3].deadline, Some(day("2026-06-30")));
    assert!(found.iter().all(|d| d.reasons.contains(&Reason::Future)));
}

#[test]
fn thanks_on_the_first_line_and_a_long_line_without_a_full_stop_hide_nothing() {
    let found = letter(
        "孙九代表：\n感谢您对农村公路的关心，您的建议很有价值。一是我委将于年底前完成白岩村便道硬化；二是待省级补助政策出台后，我委将积极争取将大桥纳入补助范围\n\
         城口某县交通运输委员会\n2025年4月1日\n",
    );
    assert_eq!(
        quotes(&found),
        [
            "我委将于年底前完成白岩村便道硬化；",
            "待省级补助政策出台后，我委将积极争取将大桥纳入补助范围"
        ]
    );
    assert_eq!(found[0].deadline, Some(day("2025-12-31")));
    assert_eq!(found[1].deadline, None, "a condition is no deadline");
}

#[test]
fn a_numbered_list_of_measures_without_any_marker_is_the_part() {
    let found = letter(&format!(
        "{HEAD}1.加强路况巡查，每周巡查不少于2次。\n2.完善应急预案。\n\
         3.我局开展了三次专项检查。\n{SIGNED}"
    ));
    assert_eq!(
        quotes(&found),
        ["加强路况巡查，每周巡查不少于2次。", "完善应急预案。"]
    );
    assert!(found[0].reasons.contains(&Reason::InPart));
    let past = letter(&format!(
        "{HEAD}我局做了如下工作：\n1、及时向县政府汇报。\n2、开展了现场踏勘。\n{SIGNED}"
    ));
    assert!(
        past.is_empty(),
        "work done is no list of measures: {past:?}"
    );
}

#[test]
fn a_clause_with_its_own_date_or_after_a_status_is_its_own_commitment() {
    let found = letter(&format!(
        "{HEAD}按照今年县里的安排，我局计划在北门新建公厕一座，现已完成基础施工，预计于9月30日前投入使用。\n\
         现正积极向省厅争取资金，争取列入省级盘子，争取在“十五五”期间完成改造。\n{SIGNED}"
    ));
    let got: Vec<(&str, Option<String>)> = found
        .iter()
        .map(|d| (d.quote.as_str(), d.deadline.map(crate::date::format)))
        .collect();
    assert_eq!(
        got,
        [
            (
                "按照今年县里的安排，我局计划在北门新建公厕一座",
                Some("2026-12-31".into())
            ),
            ("预计于9月30日前投入使用。", Some("2026-09-30".into())),
            ("争取列入省级盘子", None),
            ("争取在“十五五”期间完成改造。", Some("2030-12-31".into())),
        ]
    );
}

#[test]
fn one_action_with_its_time_after_a_comma_stays_one_commitment() {
    let found = letter(&format!(
        "{HEAD}下一步，我局将联合县规划局，于今年9月底前出台联合审批办法。\n{SIGNED}"
    ));
    assert_eq!(
        quotes(&found),
        ["下一步，我局将联合县规划局，于今年9月底前出台联合审批办法。"]
    );
    assert_eq!(found[0].deadline, Some(day("2026-09-30")));
}

#[test]
fn a_plan_due_before_the_letter_was_written_is_reported_work() {
    let found = letter(&format!(
        "{HEAD}2024年，我局计划投资500万元改造城东道路。下一步，我局将于年底前完成城西道路改造。\n{SIGNED}"
    ));
    assert_eq!(quotes(&found), ["下一步，我局将于年底前完成城西道路改造。"]);
}

#[test]
fn who_signs_is_found_without_a_dated_signature() {
    let by_label = letter(
        "周十代表：\n您提出的建议收悉。\n下一步，我中心将增设夜间班次2个。\n\
         2026年1月5日\n承办单位：某市公共交通服务中心\n",
    );
    assert_eq!(by_label[0].owner, "某市公共交通服务中心");
    let squeezed = letter(
        "周十代表：\n您提出的建议收悉。\n下步工作中我局将在年底前完成改造。\n\
         某县城市管理局\n2025516\n",
    );
    assert_eq!(squeezed[0].owner, "某县城市管理局", "not 中我局");
    assert_eq!(squeezed[0].deadline, Some(day("2025-12-31")));
    let joint = letter(&format!(
        "{HEAD}下一步，县人社局、县职业教育中心共同实施技能培训1000人次。\n{SIGNED}"
    ));
    assert_eq!(joint[0].owner, "县人社局、县职业教育中心");
    assert_eq!(joint[0].targets[0].unit, "人次");
}

#[test]
fn an_undated_letter_resolves_no_relative_deadline() {
    let found = letter(
        "吴一代表：\n您提出的建议收悉。\n下一步，我局将于年底前完成改造，2027年6月底前全部投用。\n特此答复。\n",
    );
    assert_eq!(found[0].deadline, None, "年底前 of no known year");
    assert_eq!(found[1].deadline, Some(day("2027-06-30")));
}

#[test]
fn nouns_courtesy_and_standing_practice_are_no_commitments() {
    let found = letter(&format!(
        "{HEAD}我局制定了年度巡查计划，并列入研发计划。\n\
         下一步，我局将新建候车亭10个。同时，也希望您继续关心支持交通工作。\n\
         我局每年开展安全检查，下一步将继续坚持这一做法，每月召开调度会。\n{SIGNED}"
    ));
    assert_eq!(quotes(&found), ["下一步，我局将新建候车亭10个。"]);
}

/// Sentences of decoys with no mark to end them: every look at them is bounded, so a letter of
/// this size (quadratic work would take hours) reads in seconds.
#[test]
fn a_long_sentence_of_decoys_is_read_in_bounded_work() {
    for unit in [
        "已将",
        "已将，",
        "将《",
        "计划的",
        "我局将于年底前，",
        "待2026年后，",
        "一是将，",
        "也希望您，",
    ] {
        let n = 300_000 / unit.chars().count();
        let found = letter(&format!(
            "某代表：\n{}\n某局\n2026年1月1日\n",
            unit.repeat(n)
        ));
        assert!(found.len() <= 2, "{unit}: {}", found.len());
    }
}
