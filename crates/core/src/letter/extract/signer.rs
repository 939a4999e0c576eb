//! Who signed a letter and when, where its metadata found neither: dates as web pages squeeze
//! them (2020831) or as they are typed in Chinese numerals (二〇一七年七月五日), a signature
//! without a date, a 联系单位/承办单位 line, a title that opens with the body's name.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::deadline::chinese_number;
use crate::letter::meta::Meta;
use crate::letter::pattern;

/// A date line squeezed by a web page: 2020831, 2025325, 20250516.
static COMPACT: LazyLock<Regex> = LazyLock::new(|| pattern(r"^(\d{4})(\d{2,4})$"));
/// A date in Chinese numerals, zero written 〇, ○, 零, O or 0.
static HAN: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"([〇○零O0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日",
    )
});
/// A labelled signing body: "联系单位：新密市住房和城乡建设局".
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"^(?:联系单位|承办单位|办理单位|主办单位|答复单位)\s*[:：]\s*(\S{2,40})$")
});
/// A title that opens with the body's name: "大姚县交通运输局关于…的答复".
static TITLE_BODY: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(\S{2,30}?(?:局|厅|委员会|委|办公室|办|院|政府|中心))(?:关于|对)"));

/// A date on a line of its own written as a web page or a typist left it, or `None`.
pub(crate) fn loose_date(line: &str) -> Option<NaiveDate> {
    let line = line.trim();
    if let Some(c) = HAN.captures(line) {
        let digit = |ch: char| match ch {
            '〇' | '○' | '零' | 'O' | '0' => Some(0),
            ch => chinese_number(&ch.to_string()),
        };
        let year = c[1]
            .chars()
            .try_fold(0, |y, ch| Some(y * 10 + digit(ch)?))?;
        return NaiveDate::from_ymd_opt(
            year as i32,
            chinese_number(&c[2])?,
            chinese_number(&c[3])?,
        );
    }
    let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let c = COMPACT.captures(&squeezed)?;
    let year: i32 = c[1].parse().ok()?;
    if !(1990..2200).contains(&year) {
        return None;
    }
    let rest = &c[2];
    // Month first as one digit, then as two: 831 is 8-31, 1231 is 12-31; 111 stays ambiguous
    // and reads as 1-11, the first that is a date.
    (1..rest.len().min(3))
        .filter_map(|m| {
            let (month, day) = rest.split_at(m);
            (day.len() <= 2)
                .then(|| NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?))
                .flatten()
        })
        .next()
}

/// The letter's date: the one its metadata read, else a loose date line near its end.
pub(crate) fn letter_day(paragraphs: &[String], meta: &Meta) -> Option<NaiveDate> {
    meta.issued_on
        .or_else(|| tail(paragraphs).rev().find_map(|(_, p)| loose_date(p)))
}

/// The last paragraphs, where a signature is.
fn tail(paragraphs: &[String]) -> impl DoubleEndedIterator<Item = (usize, &String)> {
    paragraphs
        .iter()
        .enumerate()
        .skip(paragraphs.len().saturating_sub(8))
}

/// A short name ending as Chinese government bodies do, without sentence punctuation.
pub(super) fn is_body_name(s: &str) -> bool {
    let n = s.chars().count();
    (3..=30).contains(&n)
        && !s.contains(['。', '，', ',', '：', ':', '！', '、', ' ', '（', '('])
        && [
            "厅",
            "局",
            "委员会",
            "委",
            "办",
            "院",
            "政府",
            "中心",
            "所",
            "队",
            "站",
        ]
        .iter()
        .any(|end| s.ends_with(end))
}

/// The signing body: the metadata's, else a body named alone just above a loose date line, a
/// 联系单位 line, or the title's opening name.
pub(crate) fn signer(paragraphs: &[String], meta: &Meta) -> Option<String> {
    if let Some(issuer) = &meta.issuer {
        return Some(issuer.clone());
    }
    let above_date = tail(paragraphs).rev().find_map(|(i, p)| {
        loose_date(p)?;
        let above = paragraphs.get(i.checked_sub(1)?)?.trim();
        is_body_name(above).then(|| above.to_string())
    });
    let labelled = || {
        tail(paragraphs).find_map(|(_, p)| {
            LABELLED
                .captures(p.trim())
                .map(|c| c[1].to_string())
                .filter(|b| is_body_name(b))
        })
    };
    let titled = || {
        paragraphs.iter().take(3).find_map(|p| {
            let p = p.trim();
            TITLE_BODY
                .captures(p)
                .map(|c| c[1].to_string())
                .or_else(|| is_body_name(p).then(|| p.to_string()))
        })
    };
    above_date
        .or_else(|| closing_name(paragraphs))
        .or_else(labelled)
        .or_else(titled)
}

/// Lines a signature block holds besides the name: contact details, a 文号, 抄送.
fn is_contact_line(p: &str) -> bool {
    [
        "联系",
        "电话",
        "邮编",
        "地址",
        "抄送",
        "承办",
        "办理单位",
        "〔",
        "[",
    ]
    .iter()
    .any(|w| p.contains(w))
}

/// A signature without a date: the body named alone on the letter's last line, or on the last
/// one before its contact details and date lines.
fn closing_name(paragraphs: &[String]) -> Option<String> {
    tail(paragraphs)
        .rev()
        .map(|(_, p)| p.trim())
        .find(|p| loose_date(p).is_none() && !is_contact_line(p))
        .filter(|p| is_body_name(p))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::date::parse(s).expect("date")
    }

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn squeezed_and_chinese_numeral_dates_read() {
        for (line, date) in [
            ("2025516", "2025-05-16"),
            ("  2024 1231 ", "2024-12-31"),
            ("20260105", "2026-01-05"),
            ("二〇一九年十一月二十日", "2019-11-20"),
            ("二0二三年三月八日", "2023-03-08"),
            ("二○二四年十二月三十一日", "2024-12-31"),
        ] {
            assert_eq!(loose_date(line), Some(day(date)), "{line}");
        }
        for not in ["13800138000", "1234567", "2025", "20251340", "第12号"] {
            assert_eq!(loose_date(not), None, "{not}");
        }
    }

    #[test]
    fn a_signer_without_a_dated_signature_is_found_where_letters_put_it() {
        let none = Meta::default();
        let squeezed = lines("某某代表：\n正文。\n某县水利局\n2025516\n");
        assert_eq!(signer(&squeezed, &none).as_deref(), Some("某县水利局"));
        assert_eq!(letter_day(&squeezed, &none), Some(day("2025-05-16")));
        let labelled = lines("正文。\n2024年3月1日\n联系单位：某市园林绿化中心\n联系人：王某\n");
        assert_eq!(
            signer(&labelled, &none).as_deref(),
            Some("某市园林绿化中心")
        );
        let titled = lines("某区住房和城乡建设委员会关于第8号建议的答复\n某代表：\n正文。\n");
        assert_eq!(
            signer(&titled, &none).as_deref(),
            Some("某区住房和城乡建设委员会")
        );
        assert_eq!(
            signer(&lines("某代表：\n正文。\n特此答复。\n"), &none),
            None
        );
        let signed = Meta {
            issuer: Some("某县交通运输局".into()),
            ..Meta::default()
        };
        assert_eq!(signer(&titled, &signed).as_deref(), Some("某县交通运输局"));
        assert_eq!(letter_day(&lines("正文。\n"), &none), None, "undated");
        let undated = lines("某代表：\n正文。\n感谢您的关心！\n某省人民政府办公厅\n");
        assert_eq!(
            signer(&undated, &none).as_deref(),
            Some("某省人民政府办公厅"),
            "a name alone on the last line signs without a date"
        );
        let contact = lines("正文。\n某市城市管理局\n联系人：吴敏\n联系电话：0379-6321\n");
        assert_eq!(signer(&contact, &none).as_deref(), Some("某市城市管理局"));
        assert_eq!(
            signer(&lines("正文。\n我们将继续做好城市管理工作\n"), &none),
            None,
            "a closing line of text is no signature"
        );
    }
}
