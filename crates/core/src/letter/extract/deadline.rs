//! When a commitment is due: the first deadline phrase of its text (年底前, 第三季度, 三年内…),
//! resolved against the letter's date.

use std::sync::LazyLock;

use chrono::{Datelike, Months, NaiveDate};
use regex::{Captures, Regex};

use crate::letter::pattern;

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

/// Turns a matched deadline phrase into a date, given the letter's.
type Resolve = fn(&Captures, NaiveDate) -> Option<NaiveDate>;

/// The deadline phrases and how each resolves; the one that starts first in a text wins.
static RULES: LazyLock<[(Regex, Resolve); 9]> = LazyLock::new(|| {
    [
        (
            pattern(r"(\d{4})年(\d{1,2})月(?:底|末)(?:前)?"),
            |c, _| last_of_month(c[1].parse().ok()?, c[2].parse().ok()?),
        ),
        (pattern(r"(?:力争)?到(\d{4})年(?:底)?"), |c, _| {
            NaiveDate::from_ymd_opt(c[1].parse().ok()?, 12, 31)
        }),
        (pattern(r"(\d{4})年(?:度|底前|底)?"), |c, _| {
            let y: i32 = c[1].parse().ok()?;
            (1990..2200)
                .contains(&y)
                .then(|| NaiveDate::from_ymd_opt(y, 12, 31))
                .flatten()
        }),
        (
            pattern(r"(今年|年内|本年度?)(?:年底|底)?(?:前)?(第([一二三四1-4])季度)?"),
            |c, letter| match c.get(3) {
                Some(q) => last_of_month(letter.year(), chinese_number(q.as_str())? * 3),
                None => NaiveDate::from_ymd_opt(letter.year(), 12, 31),
            },
        ),
        (pattern(r"第([一二三四1-4])季度"), |c, letter| {
            last_of_month(letter.year(), chinese_number(&c[1])? * 3)
        }),
        (pattern(r"明年(?:底)?"), |_, letter| {
            NaiveDate::from_ymd_opt(letter.year() + 1, 12, 31)
        }),
        (pattern(r"(上|下)半年"), |c, letter| {
            last_of_month(letter.year(), if &c[1] == "上" { 6 } else { 12 })
        }),
        (pattern(r"(\d{1,2})月(?:底|末)"), |c, letter| {
            last_of_month(letter.year(), c[1].parse().ok()?)
        }),
        (
            pattern(r"([0-9]+|[一二三四五六七八九十两]+)年(?:内|时间)"),
            |c, letter| {
                letter.checked_add_months(Months::new(chinese_number(&c[1])?.checked_mul(12)?))
            },
        ),
    ]
});

/// The first deadline phrase of a commitment, resolved against the letter's date.
pub fn deadline(text: &str, letter: NaiveDate) -> Option<(NaiveDate, String)> {
    let mut best: Option<(usize, NaiveDate, String)> = None;
    for (rule, resolve) in RULES.iter() {
        if let Some(c) = rule.captures(text) {
            let m = c.get(0)?;
            // 第14届 and the like are ordinals; 定期/每年 are frequencies: neither is a deadline.
            if text[..m.start()].ends_with('第') || text[..m.start()].ends_with('每') {
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
}
