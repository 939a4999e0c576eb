//! Undoing what PDF extraction does to a letter: lines broken inside sentences, spaces inside
//! words ("省科 研院", "进一 步"), and blank lines at page breaks.

/// Chinese characters and full-width punctuation: between two of these a space is an artefact.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' | '\u{2018}'..='\u{201F}' | '\u{2014}' | '\u{2026}')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}'
}

/// Removes spaces that sit next to a Chinese character (on either side); spaces between two
/// ASCII words stay.
pub fn close_up(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !is_space(c) {
            out.push(c);
            i += 1;
            continue;
        }
        let run_end = (i..chars.len())
            .find(|&j| !is_space(chars[j]))
            .unwrap_or(chars.len());
        let before = out.chars().last();
        let after = chars.get(run_end).copied();
        let joins_cjk = before.is_some_and(is_cjk) || after.is_some_and(is_cjk);
        if !joins_cjk && before.is_some() && after.is_some() {
            out.push(' ');
        }
        i = run_end;
    }
    out
}

/// All whitespace removed: how quotes are compared with a letter's text.
pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !is_space(*c)).collect()
}

/// Whether a line opens an enumerated item: 一是, 1., 1、, （一）, (一), 一、, ①.
pub fn starts_item(line: &str) -> bool {
    let t = line.trim_start_matches(is_space);
    let mut chars = t.chars();
    let first = chars.next();
    let second = chars.next();
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    match (first, second) {
        (Some('①'..='⑳'), _) => true,
        (Some(a), Some('是')) if numeral(a) => true,
        (Some(a), Some('、')) if numeral(a) => true,
        (Some('（' | '('), Some(b)) if numeral(b) || b.is_ascii_digit() => true,
        (Some(a), Some('.' | '、' | '．')) if a.is_ascii_digit() => true,
        (Some(a), Some(b)) if a.is_ascii_digit() && b.is_ascii_digit() => t
            .chars()
            .nth(2)
            .is_some_and(|c| matches!(c, '.' | '、' | '．')),
        _ => false,
    }
}

/// The letter as paragraphs, one a line, with PDF line breaks and stray spaces undone.
///
/// Text with indented paragraphs (PDF extraction) starts a paragraph at each indented line;
/// text without (web pages) keeps each non-empty line as a paragraph.
pub fn paragraphs(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().collect();
    let indented = lines
        .iter()
        .filter(|l| l.starts_with(is_space) && !l.trim().is_empty())
        .count();
    let nonempty = lines.iter().filter(|l| !l.trim().is_empty()).count();
    // PDF text indents each paragraph's first line only and wraps lines mid-sentence onto flush
    // ones; a web page with a few indented lines (a signature, one paragraph) ends its lines
    // with their sentences and keeps each as a paragraph.
    let content: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.trim_matches(is_space).is_empty())
        .collect();
    let wrapped = content
        .windows(2)
        .filter(|w| {
            let ends = w[0]
                .trim_matches(is_space)
                .ends_with(['。', '！', '？', '!', '?', '：', ':', '；', ';']);
            !ends && !w[1].starts_with(is_space) && !starts_item(w[1])
        })
        .count();
    let by_indent = indented >= 3 && indented * 10 >= nonempty && wrapped * 4 >= nonempty;
    let mut out: Vec<String> = Vec::new();
    for line in lines {
        if line.trim_matches(is_space).is_empty() {
            continue;
        }
        // A salutation ("吴晓东委员：") is a paragraph of its own, indented or not.
        let salutation = {
            let t = line.trim_matches(is_space);
            t.ends_with(['：', ':'])
                && t.chars().count() <= 20
                && ["委员", "代表", "同志", "先生", "女士", "主任"]
                    .iter()
                    .any(|w| t.trim_end_matches(['：', ':']).ends_with(w))
        };
        let opens = !by_indent || line.starts_with(is_space) || starts_item(line) || salutation;
        let cleaned = close_up(line.trim_matches(is_space));
        match out.last_mut() {
            Some(last) if !opens => {
                let join_with_space = last
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric())
                    && cleaned
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphanumeric());
                if join_with_space {
                    last.push(' ');
                }
                last.push_str(&cleaned);
            }
            _ => out.push(cleaned),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_spaces_next_to_chinese_go_and_ascii_words_keep_theirs() {
        assert_eq!(
            close_up("省科 研院赴大湾区，进一 步推动"),
            "省科研院赴大湾区，进一步推动"
        );
        assert_eq!(close_up("在 5 年内培养 100 名以上"), "在5年内培养100名以上");
        assert_eq!(close_up("第 14 届 IEEE 纳米操纵"), "第14届IEEE纳米操纵");
        assert_eq!(
            close_up("Light  journal in Hong Kong"),
            "Light journal in Hong Kong"
        );
        assert_eq!(squeeze(" a b\u{3000}c\n"), "abc");
    }

    #[test]
    fn pdf_lines_join_into_their_paragraphs() {
        let pdf = " 朱立伟委员： \n\n  您在省政协十三届三次会议上提出的《关于推动与大湾区科技创新合作共\n\n促高质量发展的建议》收悉。 \n\n  一是计划将香港大学的科研优势与吉林省光、电、卫星、客 车、医药方面\n\n的产业优势结合起来。\n\n\n\n  二是中车长客将构建系统。\n";
        assert_eq!(
            paragraphs(pdf),
            [
                "朱立伟委员：",
                "您在省政协十三届三次会议上提出的《关于推动与大湾区科技创新合作共促高质量发展的建议》收悉。",
                "一是计划将香港大学的科研优势与吉林省光、电、卫星、客车、医药方面的产业优势结合起来。",
                "二是中车长客将构建系统。",
            ]
        );
    }

    #[test]
    fn a_flush_salutation_under_a_title_is_a_paragraph_of_its_own() {
        let pdf = "关于第063号提案的答复\n\n吴某委员：\n    您提出的《关于加装电梯的提案》收悉。现答复\n如下：\n    全区已完成加装电梯126部，\n惠及居民1500余户。\n    今后，我局将加快推进。\n";
        assert_eq!(
            paragraphs(pdf),
            [
                "关于第063号提案的答复",
                "吴某委员：",
                "您提出的《关于加装电梯的提案》收悉。现答复如下：",
                "全区已完成加装电梯126部，惠及居民1500余户。",
                "今后，我局将加快推进。",
            ]
        );
    }

    #[test]
    fn a_web_page_with_a_few_indented_lines_keeps_its_paragraphs() {
        let web = "某某代表：\n    感谢您对交通工作的关心。\n下一步，我局将在城北新建公交首末站1座，年底前投入使用，方便群众出行。\n我局还将优化线路。\n    某县交通运输局\n    2026年3月1日\n";
        assert_eq!(
            paragraphs(web),
            [
                "某某代表：",
                "感谢您对交通工作的关心。",
                "下一步，我局将在城北新建公交首末站1座，年底前投入使用，方便群众出行。",
                "我局还将优化线路。",
                "某县交通运输局",
                "2026年3月1日",
            ]
        );
    }

    #[test]
    fn web_text_keeps_its_lines_as_paragraphs() {
        let web = "任文斌代表:\r\n您提出的建议收悉.\r\n下步,我局将推进工程。\r\n";
        assert_eq!(
            paragraphs(web),
            ["任文斌代表:", "您提出的建议收悉.", "下步,我局将推进工程。"]
        );
    }

    #[test]
    fn enumerations_are_recognised() {
        for yes in [
            "一是加强",
            "（三）下步工作",
            "(二)取得成效",
            "1.持续拓展",
            "12、完善",
            "二、关于",
        ] {
            assert!(starts_item(yes), "{yes}");
        }
        for no in ["一直以来", "2024 年吉林省", "是否"] {
            assert!(!starts_item(no), "{no}");
        }
    }
}
