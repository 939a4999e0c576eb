//! When a commitment is due: the first deadline phrase of its text (年底前, 第三季度, 三年内…),
//! resolved against the letter's date.

use std::sync::LazyLock;

use chrono::{Datelike, Months, NaiveDate};
use regex::{Captures, Regex};

use crate::letter::pattern;

/// 0-99 written in digits or Chinese numerals (十, 十二, 二十, 二十五, 两).
pub(super) fn chinese_number(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let digit = |c: char| match c {
        '两' => Some(2),
        c => "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|i| i as u32),
    };
    match s.chars().collect::<Vec<_>>().as_slice() {
        ['十'] => Some(10),
        [c] => digit(*c),
        ['十', c] => Some(10 + digit(*c)?),
        [t, '十'] => Some(digit(*t)? * 10),
        [t, '十', c] => Some(digit(*t)? * 10 + digit(*c)?),
        _ => None,
    }
}

fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

fn year_of(c: &Captures, i: usize) -> Option<i32> {
    let y: i32 = c.get(i)?.as_str().parse().ok()?;
    (1990..2200).contains(&y).then_some(y)
}

fn month_of(c: &Captures, i: usize) -> Option<u32> {
    chinese_number(c.get(i)?.as_str()).filter(|m| (1..=12).contains(m))
}

/// 上旬 / 中旬 / 下旬 of a month: its 10th, 20th or last day.
fn part_of_month(year: i32, month: u32, part: &str) -> Option<NaiveDate> {
    match part {
        "上旬" => NaiveDate::from_ymd_opt(year, month, 10),
        "中旬" => NaiveDate::from_ymd_opt(year, month, 20),
        _ => last_of_month(year, month),
    }
}

/// Turns a matched deadline phrase into a date, given the letter's (none for an undated letter:
/// a phrase relative to it then resolves to nothing rather than to a made-up year).
type Resolve = fn(&Captures, Option<NaiveDate>) -> Option<NaiveDate>;

/// A month written in digits or Chinese numerals.
const MONTH: &str = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])";

/// The deadline phrases and how each resolves; the one that starts first in a text wins, the
/// longer at the same start.
static RULES: LazyLock<Vec<(Regex, Resolve)>> = LazyLock::new(|| {
    let rules: Vec<(String, Resolve)> = vec![
        (
            format!(r"(\d{{4}})年{MONTH}月(?:底|末|份)(?:前|之前)?"),
            |c, _| last_of_month(year_of(c, 1)?, month_of(c, 2)?),
        ),
        (
            format!(r"(\d{{4}})年{MONTH}月(上旬|中旬|下旬)"),
            |c, _| part_of_month(year_of(c, 1)?, month_of(c, 2)?, c.get(3)?.as_str()),
        ),
        (
            format!(r"(\d{{4}})年{MONTH}月(\d{{1,2}})日(?:前|之前|以前)?"),
            |c, _| NaiveDate::from_ymd_opt(year_of(c, 1)?, month_of(c, 2)?, c[3].parse().ok()?),
        ),
        (r"(\d{4})年(上|下)半年".into(), |c, _| {
            last_of_month(year_of(c, 1)?, if &c[2] == "上" { 6 } else { 12 })
        }),
        (r"(\d{4})年第?([一二三四1-4])季度".into(), |c, _| {
            last_of_month(year_of(c, 1)?, chinese_number(&c[2])? * 3)
        }),
        (r"(?:力争)?到(\d{4})年(?:底)?".into(), |c, _| {
            NaiveDate::from_ymd_opt(year_of(c, 1)?, 12, 31)
        }),
        (r"(\d{4})年(?:度|底前|底)?".into(), |c, _| {
            NaiveDate::from_ymd_opt(year_of(c, 1)?, 12, 31)
        }),
        // A five-year plan's period ends with its last year: 十四五 is 2021-2025.
        (
            r"[“”‘’「『\x22]?十([一二三四五六七八九])五[”’」』\x22]?(?:期间|时期|末)".into(),
            |c, _| NaiveDate::from_ymd_opt(2025 + 5 * (chinese_number(&c[1])? as i32 - 4), 12, 31),
        ),
        (
            format!(r"(?:今年|本年){MONTH}月(?:底|末|份)?(?:前|之前)?"),
            |c, letter| last_of_month(letter?.year(), month_of(c, 1)?),
        ),
        (r"(?:今年|本年)(上|下)半年".into(), |c, letter| {
            last_of_month(letter?.year(), if &c[1] == "上" { 6 } else { 12 })
        }),
        (
            r"(今年|年内|本年度?)(?:年底|底)?(?:前)?(第?([一二三四1-4])季度)?".into(),
            |c, letter| {
                let year = letter?.year();
                match c.get(3) {
                    Some(q) => last_of_month(year, chinese_number(q.as_str())? * 3),
                    None => NaiveDate::from_ymd_opt(year, 12, 31),
                }
            },
        ),
        (r"第?([一二三四1-4])季度".into(), |c, letter| {
            last_of_month(letter?.year(), chinese_number(&c[1])? * 3)
        }),
        (
            format!(r"明年(?:{MONTH}月(?:底|末|份)(?:前|之前)?|(上|下)半年|底)?"),
            |c, letter| {
                let year = letter?.year() + 1;
                match (month_of(c, 1), c.get(2)) {
                    (Some(m), _) => last_of_month(year, m),
                    (None, Some(h)) => last_of_month(year, if h.as_str() == "上" { 6 } else { 12 }),
                    (None, None) => NaiveDate::from_ymd_opt(year, 12, 31),
                }
            },
        ),
        (r"(上|下)半年".into(), |c, letter| {
            last_of_month(letter?.year(), if &c[1] == "上" { 6 } else { 12 })
        }),
        (r"年底(?:前|之前)?".into(), |_, letter| {
            NaiveDate::from_ymd_opt(letter?.year(), 12, 31)
        }),
        (
            format!(r"{MONTH}月(?:底|末|份)(?:前|之前)?"),
            |c, letter| last_of_month(letter?.year(), month_of(c, 1)?),
        ),
        (format!(r"{MONTH}月(上旬|中旬|下旬)"), |c, letter| {
            part_of_month(letter?.year(), month_of(c, 1)?, c.get(2)?.as_str())
        }),
        // A bare month and day is a deadline only when said to be one (前), not a past event.
        (
            format!(r"{MONTH}月(\d{{1,2}})日(?:前|之前|以前)"),
            |c, letter| {
                NaiveDate::from_ymd_opt(letter?.year(), month_of(c, 1)?, c[2].parse().ok()?)
            },
        ),
        (r"秋季".into(), |_, letter| {
            NaiveDate::from_ymd_opt(letter?.year(), 11, 30)
        }),
        (
            r"([0-9]+|[一二三四五六七八九十两]+)年(?:内|时间)".into(),
            |c, letter| {
                letter?.checked_add_months(Months::new(chinese_number(&c[1])?.checked_mul(12)?))
            },
        ),
    ];
    rules.into_iter().map(|(p, r)| (pattern(&p), r)).collect()
});

/// Byte ranges of conditions (待…后), which name no deadline even when they hold a year.
fn conditions(text: &str) -> Vec<std::ops::Range<usize>> {
    static CONDITION: LazyLock<Regex> =
        LazyLock::new(|| pattern(r"待[^。；;，,]{0,60}?(?:后|之后|以后)"));
    CONDITION.find_iter(text).map(|m| m.range()).collect()
}

/// Whether `at` falls in one of `ranges` (in order, apart): one search, not a scan.
fn in_any(ranges: &[std::ops::Range<usize>], at: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= at);
    ranges.get(i).is_some_and(|r| r.contains(&at))
}

/// The first deadline phrase of a commitment, resolved against the letter's date (`None` for an
/// undated letter: then only phrases naming their year resolve).
pub fn deadline(text: &str, letter: Option<NaiveDate>) -> Option<(NaiveDate, String)> {
    let conditions = conditions(text);
    let mut best: Option<(usize, NaiveDate, String)> = None;
    for (rule, resolve) in RULES.iter() {
        for c in rule.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let before = &text[..m.start()];
            // 第14届 are ordinals, 每年 frequencies, 2021-2022年 past spans: no deadline.
            if before.ends_with(['第', '每', '-', '—', '至'])
                || before.ends_with(|ch: char| ch.is_ascii_digit())
                || in_any(&conditions, m.start())
            {
                continue;
            }
            if let Some(date) = resolve(&c, letter) {
                let better = best.as_ref().is_none_or(|(at, _, phrase)| {
                    m.start() < *at || (m.start() == *at && m.as_str().len() > phrase.len())
                });
                if better {
                    best = Some((m.start(), date, m.as_str().to_string()));
                }
            }
            break;
        }
    }
    best.map(|(_, d, t)| (d, t))
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("10月末前完成", "2025-10-31", "10月末前"),
            ("6月底前印发", "2025-06-30", "6月底前"),
            ("在5年内培养100名", "2030-05-19", "5年内"),
            ("三年内建成", "2028-05-19", "三年内"),
            ("用两年时间完成", "2027-05-19", "两年时间"),
            ("明年完成", "2026-12-31", "明年"),
        ] {
            let found = deadline(text, Some(letter));
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
            assert_eq!(deadline(none, Some(letter)), None, "{none}");
        }
    }

    #[test]
    fn the_phrases_unseen_letters_use_resolve_and_an_undated_letter_resolves_only_years() {
        let letter = day("2026-03-10");
        for (text, date, phrase) in [
            ("年底前完成全部改造", "2026-12-31", "年底前"),
            ("9月份启动招标", "2026-09-30", "9月份"),
            ("明年6月底前建成投用", "2027-06-30", "明年6月底前"),
            ("2027年上半年完成验收", "2027-06-30", "2027年上半年"),
            ("9月30日前完成整改", "2026-09-30", "9月30日前"),
            ("争取在“十四五”期间实施", "2025-12-31", "“十四五”期间"),
            ("\"十五五\"时期建成", "2030-12-31", "\"十五五\"时期"),
            ("四季度开工", "2026-12-31", "四季度"),
            ("2026年第三季度投入使用", "2026-09-30", "2026年第三季度"),
            ("十月底前完工", "2026-10-31", "十月底前"),
            ("5月下旬完成", "2026-05-31", "5月下旬"),
            ("7月上旬开放", "2026-07-10", "7月上旬"),
            ("2026年8月15日前完成", "2026-08-15", "2026年8月15日前"),
            ("秋季开学前完成", "2026-11-30", "秋季"),
            ("于今年9月底前出台办法", "2026-09-30", "今年9月底前"),
            ("今年上半年完成", "2026-06-30", "今年上半年"),
            ("方案将于今年10月提交审议", "2026-10-31", "今年10月"),
        ] {
            let found = deadline(text, Some(letter));
            assert_eq!(
                found
                    .as_ref()
                    .map(|(d, p)| (crate::date::format(*d), p.as_str())),
                Some((date.to_string(), phrase)),
                "{text}"
            );
        }
        for none in [
            "待工程竣工及2027年新购车辆到位后，优化线路",
            "2021-2022年完成改造283公里",
            "“十五五”规划编制中",
            "3月5日召开了专题会",
        ] {
            assert_eq!(deadline(none, Some(letter)), None, "{none}");
        }
        for relative in [
            "年底前完成",
            "今年完成",
            "明年完成",
            "三年内建成",
            "10月底完成",
        ] {
            assert_eq!(
                deadline(relative, None),
                None,
                "{relative}: no made-up year"
            );
        }
        assert_eq!(
            deadline("2027年底前完成", None).map(|f| f.0),
            Some(day("2027-12-31"))
        );
    }
}
