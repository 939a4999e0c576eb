//! The walk through a letter's paragraphs: which parts are next steps (LABELS.md rules 1 and
//! 3), where courtesy starts, and every other sentence of the body weighed as a candidate
//! (rule 2): nothing is dropped for one cue, each sentence stands on its own score.

use super::clauses::{
    drop_courtesy_tail, drop_status_clause, inline_items, item_marker_len, past_then_future,
    sentence_start, sentences, split_on_new_deadline,
};
use super::markers::MARKERS;
use super::owner::{lead_subject, subject};
use super::score::{KEEP, future_at, is_courtesy, is_study_only, weigh};
use super::{Draft, Letter, draft, signer};
use crate::letter::meta::Meta;
use crate::letter::normalize::starts_item;

/// A heading: a short item caption or section title without a sentence's final 。 (a long
/// line, or one holding sentences, is body text whose page lost its last mark).
fn is_heading(p: &str) -> bool {
    let titled = p.starts_with("关于") || p.ends_with(['议', '题', '况', '：', ':']);
    !p.ends_with(['。', '；', ';', '.', '！', '？', '!', '?'])
        && !p.contains(['。', '；', ';'])
        && (p.chars().count() <= 40 || titled)
}

/// Whether a paragraph is text of the letter's body, where commitments are written: not a
/// heading, the salutation, a signature, a date or contact line (the review asks before
/// adding one of those as a pledge).
pub fn is_body_line(p: &str) -> bool {
    let p = p.trim();
    let salutation = p.ends_with(['：', ':']) && p.chars().count() <= 20;
    let contact = ["联系人", "联系电话", "承办单位", "联系单位", "抄送"]
        .iter()
        .any(|w| p.starts_with(w));
    let dated = signer::loose_date(p).is_some() || crate::letter::meta::is_date_line(p);
    !(p.is_empty() || is_heading(p) || salutation || contact || dated || signer::is_body_name(p))
}

/// A lead-in that announces the measures listed after it ("县水利局将采取以下措施：", "还将做好
///以下工作:"): with no next-steps marker in the letter, the list it opens is the next-steps
/// part (LABELS.md rule 3). A list of work done ("开展了以下工作：") is not.
fn announces_measures(p: &str) -> bool {
    let (lead, items) = inline_items(p);
    let lead = if items.len() > 1 { lead } else { p.to_string() };
    let lead = lead.trim();
    lead.contains("以下")
        && lead.ends_with(['：', ':'])
        && !lead.contains(['了', '已'])
        && ["措施", "工作", "举措", "方面", "安排"]
            .iter()
            .any(|w| lead.contains(w))
}

/// Where a paragraph's next-steps text starts, if it has a marker: at the start of the marker's
/// sentence when the marker opens it ("在今后的工作中，…"), else at the marker ("…配备了文保员，
/// 下步将…": only the clause after it counts).
fn marker_at(p: &str) -> Option<usize> {
    // A marker inside a promise only to study ("我局将认真研究您的建议，在今后编制规划时予以
    // 参考") is a time of that promise, not the start of a part.
    let at = MARKERS
        .iter()
        .filter_map(|m| p.find(m))
        .filter(|&at| {
            let start = sentence_start(p, at);
            let end = p[at..].find(['。', '；', ';']).map_or(p.len(), |i| at + i);
            !is_study_only(&p[start..end])
        })
        .min()?;
    let sentence = sentence_start(p, at);
    let opening = &p[sentence..at];
    Some(
        if opening.contains(['，', ',']) || opening.chars().count() > 6 {
            at
        } else {
            sentence
        },
    )
}

/// Where the walk stands: in a next-steps part or not, and who the part's lead-in named.
#[derive(Default)]
struct Walk {
    in_part: bool,
    /// The part was opened by a lead-in announcing measures (its topic headings keep it open).
    announced: bool,
    /// A topic heading of such a list stands above ("一、关于信号灯的设置问题").
    under_topic: bool,
    owner: Option<String>,
    /// The letter has no next-steps marker: a numbered list of measures is its part (rule 3).
    unmarked: bool,
    /// An announced list's items have been seen: a plain paragraph after them ends the list.
    listed: bool,
}

/// An item that opens with what is to be done ("加强巡查…", "完善机制…"): a measure.
fn opens_with_action(item: &str) -> bool {
    [
        "加强", "推进", "完善", "建立", "加快", "落实", "强化", "开展", "做好", "优化", "提升",
        "实施", "推动", "深化", "健全", "严格", "抓好", "持续", "全力", "积极", "着力", "扩大",
    ]
    .iter()
    .any(|w| item.trim_start().starts_with(w))
}

/// The commitments of a letter's paragraphs.
pub fn drafts(paragraphs: &[String], meta: &Meta) -> Vec<Draft> {
    let letter = Letter {
        signer: signer::signer(paragraphs, meta),
        day: signer::letter_day(paragraphs, meta),
    };
    let mut out = Vec::new();
    let unmarked = !paragraphs
        .iter()
        .any(|p| marker_at(p).is_some() || announces_measures(p));
    let fresh = || Walk {
        unmarked,
        ..Walk::default()
    };
    let mut walk = fresh();
    for p in paragraphs {
        let first = sentences(p, false).into_iter().next().unwrap_or_default();
        if is_courtesy(&first) {
            // Courtesy ends a part, but what follows it in the paragraph is still weighed.
            walk = fresh();
            body(p, &mut walk, &letter, &mut out);
            continue;
        }
        // An announced list is the part (rule 3), not what follows it: a plain paragraph after
        // its items ("城区夜市的管理，由各区政府负责") is weighed as body text again.
        if walk.announced && walk.listed && !walk.under_topic && !starts_item(p) {
            walk = fresh();
        }
        let marker = marker_at(p).or_else(|| announces_measures(p).then_some(0));
        if is_heading(p) {
            heading(p, marker, &mut walk);
            walk.unmarked = unmarked;
            continue;
        }
        match marker {
            Some(i) => {
                // What comes before the marker is weighed as any body text.
                if i > 0 {
                    let mut outside = Walk::default();
                    body(&p[..i], &mut outside, &letter, &mut out);
                }
                walk = Walk {
                    in_part: true,
                    announced: announces_measures(p),
                    ..Walk::default()
                };
                body(&p[i..], &mut walk, &letter, &mut out);
            }
            None => body(p, &mut walk, &letter, &mut out),
        }
        if walk.announced && (starts_item(p) || inline_items(p).1.len() > 1) {
            walk.listed = true;
        }
    }
    out
}

/// A section heading opens a part when it names one and closes it otherwise, unless it is a
/// numbered caption inside the part ("1.持续拓展…") or a topic of an announced list.
fn heading(p: &str, marker: Option<usize>, walk: &mut Walk) {
    if let Some(i) = marker {
        // A lead-in of its own ("下一步,我局还将采取以下措施:") names who acts below.
        *walk = Walk {
            in_part: true,
            announced: announces_measures(p),
            owner: p
                .trim_end()
                .ends_with(['：', ':'])
                .then(|| lead_subject(&p[i..]))
                .flatten(),
            ..Walk::default()
        };
    } else if walk.in_part && walk.announced && starts_item(p) {
        walk.under_topic = true;
    } else if !starts_item(p)
        || ["关于", "成效", "措施", "情况"]
            .iter()
            .any(|w| p.contains(w))
    {
        *walk = Walk::default();
    }
}

/// The drafts of one paragraph's text, item by item and sentence by sentence, each weighed.
fn body(text: &str, walk: &mut Walk, letter: &Letter, out: &mut Vec<Draft>) {
    let (lead, items) = inline_items(text);
    if !lead.trim().is_empty() {
        walk.owner = subject(&lead).or(walk.owner.take());
    }
    for item in items {
        let marker_len = item_marker_len(&item);
        let item_body = &item[marker_len..];
        let in_part =
            walk.in_part || (walk.unmarked && marker_len > 0 && opens_with_action(item_body));
        for sentence in sentences(item_body, marker_len > 0) {
            let sentence = drop_status_clause(sentence.trim());
            let (past_subject, sentence) = match past_then_future(sentence) {
                Some((who, rest)) => (who, rest),
                None => (None, sentence),
            };
            // A lead-in that only announces a list passes its subject on (and opens the list
            // when it announces measures).
            if (sentence.contains("以下") || sentence.contains("如下"))
                && sentence.ends_with(['：', ':'])
            {
                walk.owner = lead_subject(sentence).or(walk.owner.take());
                if announces_measures(sentence) {
                    walk.in_part = true;
                    walk.announced = true;
                }
                continue;
            }
            if sentence.chars().count() < 6 {
                continue;
            }
            let sentence = drop_courtesy_tail(sentence);
            let marked_at = future_at(sentence);
            for piece in split_on_new_deadline(sentence, letter.day) {
                if piece.chars().count() < 6 {
                    continue;
                }
                let has_target = !super::targets(&piece).is_empty();
                let mut weighed = weigh(&piece, in_part, walk.under_topic, has_target);
                // A clause split off after the sentence's marker is governed by it ("…将对新建
                // 冷库给予补助，并于9月30日前完成拨付").
                let after_marker = marked_at
                    .is_some_and(|at| sentence.find(piece.as_str()).is_some_and(|p| p > at));
                if after_marker {
                    weighed = weighed.with(super::Reason::Future);
                }
                // Due in a year before the letter's ("2022年，我局计划…" in a 2025 letter): a
                // plan of the past, reported.
                let past_due = letter.day.is_some_and(|on| {
                    use chrono::Datelike;
                    super::deadline(&piece, Some(on)).is_some_and(|(due, _)| due.year() < on.year())
                });
                if past_due {
                    weighed = weighed.with(super::Reason::Done);
                }
                if weighed.score < KEEP {
                    continue;
                }
                let owner = subject(&piece)
                    .or_else(|| {
                        out.last()
                            .filter(|_: &&Draft| piece.starts_with('并'))
                            .map(|d: &Draft| d.owner.clone())
                    })
                    .or_else(|| past_subject.clone())
                    .or_else(|| walk.owner.clone())
                    .or_else(|| letter.signer.clone())
                    .unwrap_or_else(|| "我局".to_string());
                out.push(draft(&piece, &owner, letter, weighed));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::{meta, normalize};
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        crate::date::parse(s).expect("date")
    }

    fn letter(text: &str) -> Vec<Draft> {
        let paragraphs = normalize::paragraphs(text);
        drafts(&paragraphs, &meta::read(&paragraphs))
    }

    #[test]
    fn headings_salutations_signatures_and_dates_are_not_body_text() {
        for line in [
            "二、下一步工作打算",
            "张三代表：",
            "某县交通运输局",
            "2026年3月1日",
            "二〇二五年七月十日",
            "2025516",
            "联系人：王某",
        ] {
            assert!(!is_body_line(line), "{line}");
        }
        for line in [
            "下一步，我局将加快危桥改造。",
            "感谢您对交通工作的关心。",
            "我局将推进城乡供水一体化工程，确保2027年底前全部完工，实现城乡供水同网同质同价",
        ] {
            assert!(is_body_line(line), "{line}");
        }
    }

    #[test]
    fn a_next_steps_word_inside_a_promise_only_to_study_opens_no_part() {
        let found = letter(
            "黄某代表：\n您提出的《关于新建人行桥的建议》收悉。现答复如下：\n\
             该处不具备新建桥梁的条件。我局也将认真研究您的建议，在今后编制相关规划时予以参考。\n\
             感谢您的关心。\n某市住房和城乡建设局\n2023年11月2日\n",
        );
        assert!(found.is_empty(), "{found:?}");
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
