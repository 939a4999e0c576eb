//! Who wrote to whom, about which proposal, and when: read from a letter's first and last
//! paragraphs.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::pattern;

static ADDRESSEE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"^(?:尊敬的)?\s*(\S{1,12}?(?:委员|代表|同志|先生|女士|主任|议员))\s*[:：，,]")
});
static TITLE: LazyLock<Regex> = LazyLock::new(|| pattern(r"《([^》]{4,80})》"));
static DATE: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"));

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// "朱立伟委员", "任文斌代表".
    pub addressee: Option<String>,
    /// The proposal's title, without 《》.
    pub title: Option<String>,
    /// The signing body, when the letter is signed by one.
    pub issuer: Option<String>,
    pub issued_on: Option<NaiveDate>,
}

/// Reads the letter's paragraphs (as [`super::normalize::paragraphs`] gives them).
pub fn read(paragraphs: &[String]) -> Meta {
    let addressee = paragraphs
        .iter()
        .take(3)
        .find_map(|p| ADDRESSEE.captures(p).map(|c| c[1].to_string()));
    let title = paragraphs.iter().take(4).find_map(|p| {
        let after = p.find("提出的").map_or(p.as_str(), |i| &p[i..]);
        TITLE.captures(after).map(|c| c[1].to_string())
    });
    let tail_start = paragraphs.len().saturating_sub(8);
    let mut issued_on = None;
    let mut issuer = None;
    for (i, p) in paragraphs.iter().enumerate().skip(tail_start).rev() {
        let Some(c) = DATE.captures(p) else {
            continue;
        };
        if c.get(0)
            .is_some_and(|m| m.start() > 0 && !p[..m.start()].trim().is_empty())
            && p.chars().count() > 20
        {
            continue;
        }
        let n = |k: usize| c[k].parse::<u32>().unwrap_or(0);
        issued_on = NaiveDate::from_ymd_opt(n(1) as i32, n(2), n(3));
        // The signature: the body named on the line before the date (or before it on its line).
        let before = p[..c.get(0).map_or(0, |m| m.start())].trim();
        let candidate = if before.is_empty() {
            i.checked_sub(1).and_then(|j| paragraphs.get(j))
        } else {
            None
        };
        let name = if before.is_empty() {
            candidate.map(|s| s.trim())
        } else {
            Some(before)
        };
        issuer = name.filter(|s| looks_like_body(s)).map(str::to_string);
        break;
    }
    let mut meta = Meta {
        addressee,
        title,
        issuer,
        issued_on,
    };
    // Where the signature is not "body, then a dated line": a squeezed or Chinese-numeral date,
    // a name without a date, a 承办单位 line, a title opening with the body's name.
    meta.issued_on = super::extract::signer::letter_day(paragraphs, &meta);
    meta.issuer = super::extract::signer::signer(paragraphs, &meta);
    meta
}

/// A line that is only a date ("2025年5月20日", "2023年 7月 31日"): a signature's.
pub(crate) fn is_date_line(p: &str) -> bool {
    DATE.find(p.trim())
        .is_some_and(|m| m.start() == 0 && m.end() == p.trim().len())
}

/// A short name ending as Chinese government bodies do, without sentence punctuation.
fn looks_like_body(s: &str) -> bool {
    let n = s.chars().count();
    (2..=40).contains(&n)
        && !s.contains(['。', '，', ',', '：', ':', '！'])
        && [
            "厅", "局", "委", "办", "院", "政府", "部", "会", "中心", "所", "处", "室", "队", "站",
        ]
        .iter()
        .any(|end| s.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::normalize::paragraphs;

    #[test]
    fn the_jilin_letter_says_who_whom_what_and_when() {
        let text = include_str!("../../../../data/jilin-st-reply-2025-05-19.txt");
        let meta = read(&paragraphs(text));
        assert_eq!(meta.addressee.as_deref(), Some("朱立伟委员"));
        assert_eq!(
            meta.title.as_deref(),
            Some("关于推动与大湾区科技创新合作共促高质量发展的建议")
        );
        assert_eq!(meta.issuer.as_deref(), Some("吉林省科学技术厅"));
        assert_eq!(meta.issued_on, NaiveDate::from_ymd_opt(2025, 5, 19));
    }

    #[test]
    fn a_signature_dated_in_chinese_numerals_or_undated_names_the_letter_all_the_same() {
        let han = "某代表：\n您提出的《关于加强学生心理健康教育的建议》收悉。\n正文。\n某市教育局\n二○二五年六月十二日\n";
        let meta = read(&paragraphs(han));
        assert_eq!(meta.issuer.as_deref(), Some("某市教育局"));
        assert_eq!(meta.issued_on, NaiveDate::from_ymd_opt(2025, 6, 12));
        let undated = "某代表：\n正文。\n承办单位：某县水利局\n联系人：张伟\n";
        let meta = read(&paragraphs(undated));
        assert_eq!(meta.issuer.as_deref(), Some("某县水利局"));
        assert_eq!(meta.issued_on, None);
    }

    #[test]
    fn web_letters_with_ascii_punctuation_and_no_signature() {
        let huoqiu = "任文斌代表:\n您在霍邱县十八届人大二次会议上提出的《关于加大对老城区改造力度,提升霍邱县文明城市创建水平的建议》收悉.\n下步,我局将推进。\n联系电话:0564-6022191\n霍邱县城市管理行政执法局\n2023年 7月 31日\n";
        let meta = read(&paragraphs(huoqiu));
        assert_eq!(meta.addressee.as_deref(), Some("任文斌代表"));
        assert_eq!(
            meta.title.as_deref(),
            Some("关于加大对老城区改造力度,提升霍邱县文明城市创建水平的建议")
        );
        assert_eq!(meta.issuer.as_deref(), Some("霍邱县城市管理行政执法局"));
        assert_eq!(meta.issued_on, NaiveDate::from_ymd_opt(2023, 7, 31));
        let xinzheng = "尊敬的宰会凤委员:\n您提出的《关于褚庄路和轩辕路交叉口增设信号灯的建议》已收悉。\n特此答复。\n2021年9月19日\n";
        let meta = read(&paragraphs(xinzheng));
        assert_eq!(meta.addressee.as_deref(), Some("宰会凤委员"));
        assert_eq!(meta.issuer, None, "特此答复 is not a signature");
        assert_eq!(meta.issued_on, NaiveDate::from_ymd_opt(2021, 9, 19));
    }
}
