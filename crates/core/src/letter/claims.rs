//! What a reply letter says of its handling, where it prints it: the 文号, whether it answers
//! a 建议 or a 提案 and whose, the 办复类别 it claims, and whom to call (联系人, 联系电话).
//! Read from the letter's first and last paragraphs, where letters print them.

use std::sync::LazyLock;

use regex::Regex;

use super::meta::Meta;
use super::pattern;
use crate::model::{Category, LetterKind, LetterMeta};

static CATEGORY: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?:(?:办复|答复|办理)类别\s*[:：]?\s*([ABCabc])\s*类?|[(（]\s*([ABC])\s*类\s*[)）])")
});
static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"联\s*系\s*人(?:及电话)?\s*[:：]\s*([^:：()（）0-9]+?)\s*(?:[,，;；]?\s*(?:联\s*系\s*)?电\s*话|[)）]|$|[0-9])",
    )
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?:电\s*话\s*[:：]?|联系人及电话\s*[:：][^0-9]*)\s*([0-9][0-9\-－ ]{5,18}[0-9])")
});
static REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(\p{Han}{1,10}[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d{1,5}\s*号)"));
static ROLE: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(\S+?)(?:委员|代表|同志|先生|女士|议员)$"));

/// The reference, when one is printed near the top or the signature, and the metadata.
pub fn read(paragraphs: &[String], meta: &Meta) -> (Option<String>, LetterMeta) {
    let n = paragraphs.len();
    let ends: Vec<&str> = paragraphs
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < 3 || *i + 10 >= n)
        .map(|(_, p)| p.as_str())
        .collect();
    let first = |re: &Regex| ends.iter().find_map(|p| re.captures(p));
    let category = first(&CATEGORY).and_then(|c| {
        let m = c.get(1).or_else(|| c.get(2))?;
        m.as_str().parse::<Category>().ok()
    });
    let contact = first(&CONTACT)
        .map(|c| squeeze(&c[1]))
        .filter(|c| !c.is_empty());
    let phone = first(&PHONE).map(|c| c[1].replace(' ', "").replace('－', "-"));
    let reference = first(&REFERENCE).map(|c| c[1].split_whitespace().collect::<String>());
    let kind = meta
        .title
        .as_deref()
        .and_then(|t| {
            if t.ends_with("提案") {
                Some(LetterKind::Proposal)
            } else if t.ends_with("建议") {
                Some(LetterKind::Suggestion)
            } else {
                None
            }
        })
        .or_else(|| {
            let role = meta.addressee.as_deref()?;
            role.ends_with("代表").then_some(LetterKind::Suggestion)
        });
    let member = meta
        .addressee
        .as_deref()
        .and_then(|a| ROLE.captures(a).map(|c| c[1].to_string()));
    let meta = LetterMeta {
        member,
        kind,
        category,
        contact,
        phone,
    };
    (reference, meta)
}

/// A name as printed, with the stray spaces PDF and web pages put between its characters
/// removed ("张 雷" is 张雷); spaces beside Latin letters stay.
fn squeeze(s: &str) -> String {
    let chars: Vec<char> = s.trim().chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        let han = |c: Option<&char>| c.is_some_and(|c| !c.is_ascii());
        if c.is_whitespace() && han(chars.get(i.wrapping_sub(1))) && han(chars.get(i + 1)) {
            continue;
        }
        out.push(*c);
    }
    out.trim_end_matches([',', '，', ';', '；']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::{meta, normalize::paragraphs};

    fn claims(text: &str) -> (Option<String>, LetterMeta) {
        let p = paragraphs(text);
        read(&p, &meta::read(&p))
    }

    #[test]
    fn the_huoqiu_letter_claims_a_and_names_whom_to_call() {
        let text = "任文斌代表:\n您在霍邱县十八届人大二次会议上提出的《关于加大对老城区改造力度,提升霍邱县文明城市创建水平的建议》收悉.\n下步,我局将推进。\n感谢您。\n办复类别:A类\n联 系 人:朱丽平\n联系电话:0564-6022191\n霍邱县城市管理行政执法局\n2023年 7月 31日\n";
        let (reference, meta) = claims(text);
        assert_eq!(reference, None);
        assert_eq!(
            meta,
            LetterMeta {
                member: Some("任文斌".into()),
                kind: Some(LetterKind::Suggestion),
                category: Some(Category::A),
                contact: Some("朱丽平".into()),
                phone: Some("0564-6022191".into()),
            }
        );
    }

    #[test]
    fn the_jilin_letter_answers_a_members_suggestion_and_claims_nothing() {
        let text = include_str!("../../../../data/jilin-st-reply-2025-05-19.txt");
        let (reference, meta) = claims(text);
        assert_eq!(reference, None);
        assert_eq!(meta.member.as_deref(), Some("朱立伟"));
        assert_eq!(meta.kind, Some(LetterKind::Suggestion));
        assert_eq!(
            (meta.category, meta.contact, meta.phone),
            (None, None, None)
        );
    }

    #[test]
    fn contacts_references_and_categories_as_letters_print_them() {
        let lines = [
            (
                "联 系 人:张 雷 联系电话:56196632",
                Some("张雷"),
                Some("56196632"),
            ),
            (
                "(联系人:段正刚,电话:0875-2225039)",
                Some("段正刚"),
                Some("0875-2225039"),
            ),
            (
                "联系人: 黄升 联系电话:13778711628",
                Some("黄升"),
                Some("13778711628"),
            ),
            (
                "(联系人:何峰联系电话:028-83364008",
                Some("何峰"),
                Some("028-83364008"),
            ),
            (
                "(联系人及电话:张春明 0871-67785176)",
                Some("张春明"),
                Some("0871-67785176"),
            ),
        ];
        for (line, contact, phone) in lines {
            let text = format!(
                "王明代表:\n您提出的《关于修路的提案》收悉。\n{line}\n某县交通局\n2023年5月5日\n"
            );
            let (_, meta) = claims(&text);
            assert_eq!(meta.contact.as_deref(), contact, "{line}");
            assert_eq!(meta.phone.as_deref(), phone, "{line}");
            assert_eq!(meta.kind, Some(LetterKind::Proposal));
        }
        let text = "华建复〔2017〕5号(B类)\n李四委员:\n您提出的《关于某事的建议》收悉。\n我们将于年底前办结。\n2017年8月30日\n";
        let (reference, meta) = claims(text);
        assert_eq!(reference.as_deref(), Some("华建复〔2017〕5号"));
        assert_eq!(meta.category, Some(Category::B));
        let busy = "我局就此建议办理情况向各位代表做了电话汇报。";
        let text = format!("王明代表:\n{busy}\n2023年5月5日\n");
        assert_eq!(
            claims(&text).1.phone,
            None,
            "a telephone report is not a number"
        );
    }
}
