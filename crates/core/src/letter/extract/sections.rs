//! The walk through a letter's paragraphs: which parts are next steps (LABELS.md rules 1 and
//! 3), which are courtesy or report results, and the future-marked sentences elsewhere (rule 2).

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::clauses::{
    drop_status_clause, inline_items, is_not_commitment, item_marker_len, past_then_future,
    sentences, split_on_new_deadline,
};
use super::markers::MARKERS;
use super::owner::subject;
use super::{Draft, draft, letter_day};
use crate::letter::meta::Meta;
use crate::letter::normalize::starts_item;
use crate::letter::pattern;

/// A body's name followed at once by a future marker: "市住建局将于…".
static BODY_THEN_FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^([^，,。；;：:]{1,24}?(?:大学|学院|研究院|研究所|公司|集团|银行|中心|政府|厅|局|委员会|委|办|部|院|所))(将于|将|拟|计划|预计|力争|争取)",
    )
});

/// The openings of a letter's closing courtesies, which end a next-steps part.
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

/// Commitments outside the next-steps parts: sentences with an explicit future marker whose
/// subject is a body (LABELS.md rule 2), past work and "将…作为" (将 as "take … as") excepted.
fn elsewhere(p: &str, meta: &Meta, letter: NaiveDate) -> Vec<Draft> {
    // The subject must name a body and be followed at once by the marker: "市住建局将于…".
    let mut out = Vec::new();
    for sentence in sentences(p, false) {
        let sentence = sentence.trim();
        let Some(c) = BODY_THEN_FUTURE.captures(sentence) else {
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
