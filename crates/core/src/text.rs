//! Text for terminals and printers: made inert, measured and cut in display columns.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

mod care;

pub use care::{find_care, needs_care, needs_care_except_newline};

/// A path as messages show it: control characters in a file name never reach the terminal.
pub fn shown(path: &std::path::Path) -> String {
    inert_line(&path.display().to_string()).into_owned()
}

fn push_visible(out: &mut String, c: char, keep_newlines: bool) {
    match c {
        '\n' if keep_newlines => out.push('\n'),
        '\n' => out.push('↵'),
        '\t' => out.push(' '),
        '\r' => {}
        // C0 controls, ESC among them, as their Control Pictures glyph (␛, ␇, …).
        '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
        '\u{7f}' => out.push('␡'),
        _ => out.push_str(&format!("<U+{:04X}>", c as u32)),
    }
}

fn make_inert(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let Some((first, _)) = find_care(s) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        if needs_care(c) {
            push_visible(&mut out, c, keep_newlines);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text safe to print: no escape sequence or control character reaches the terminal;
/// line breaks are kept. The stored text is not changed.
pub fn inert(s: &str) -> Cow<'_, str> {
    make_inert(s, true)
}

/// As [`inert`], on one line: line breaks become `↵`.
pub fn inert_line(s: &str) -> Cow<'_, str> {
    make_inert(s, false)
}

/// Text for a spreadsheet cell: control characters made visible, and a text that opens (after
/// any blanks) with `=`, `+`, `-`, `@` — or a tab or CR, which [`inert`] turns into a blank or
/// drops — made literal with a leading `'`, so it can never run as a formula. Numbers are
/// written by their own columns, not through here: a negative quantity stays a number.
pub fn spreadsheet_cell(s: &str) -> String {
    let s = inert(s).into_owned();
    if s.trim_start().starts_with(['=', '+', '-', '@']) || s.starts_with([' ', '\t', '\r']) {
        format!("'{s}")
    } else {
        s
    }
}

/// Text for inline Markdown (a table cell, a heading, a list item), on one line: control
/// characters made visible, and every character Markdown reads as syntax escaped, so that data
/// never becomes a link, an image, an HTML tag, emphasis, code or a new table cell. That
/// includes what GitHub's Markdown links by itself: `http://`, `www.` and `name@host`.
pub fn markdown_inline(s: &str) -> String {
    let flat = inert_line(s).replace('↵', " ");
    let mut out = String::with_capacity(flat.len() + 8);
    // Whether only blanks, and whether only blanks then digits, came before: tracked as we
    // go, since a long note must not be re-read for each of its characters.
    let (mut blank, mut digits) = (true, false);
    for (i, c) in flat.char_indices() {
        let escaped = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '@' | '#'
            | '$' | '^' => true,
            // "http://" is linked, a colon elsewhere is only a colon.
            ':' => flat[i..].starts_with("://"),
            // A list item or a heading underline where the text opens a line.
            '-' | '+' | '=' => blank,
            // "1." or "1)" opening a line is a numbered list; "www." is linked.
            '.' | ')' => {
                let www = flat.as_bytes()[i.saturating_sub(3)..i].eq_ignore_ascii_case(b"www");
                digits || www
            }
            _ => false,
        };
        if escaped {
            out.push('\\');
        }
        out.push(c);
        digits = c.is_ascii_digit() && (blank || digits);
        blank = blank && c.is_whitespace();
    }
    out
}

/// Display columns of text already made inert.
pub fn width(s: &str) -> usize {
    counted_width(s).unwrap_or_else(|| s.width())
}

/// The width of text made only of printable ASCII and the Chinese characters and punctuation
/// most text is made of, counted without a table lookup since no sequence rule joins them;
/// `None` for anything else, which the tables measure (a test holds the two to one answer).
fn counted_width(s: &str) -> Option<usize> {
    let mut columns = 0;
    for c in s.chars() {
        columns += match c {
            ' '..='~' => 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' => 2,
            '\u{FF01}'..='\u{FF5E}' => 2,
            _ => return None,
        };
    }
    Some(columns)
}

/// The display width of `s` as [`inert_line`] prints it, without making the inert text when
/// nothing in it needs care (a table measures every cell of every row).
pub fn inert_line_width(s: &str) -> usize {
    // Counted text needs no care: it is printed as it is.
    counted_width(s).unwrap_or_else(|| width(&inert_line(s)))
}

/// Cuts `s` to at most `max` display columns, ending in `…` when anything was cut.
pub fn truncate(s: &str, max: usize) -> Cow<'_, str> {
    if s.width() <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    Cow::Owned(out)
}

/// `s` cut to `cols` display columns and padded with spaces to exactly that width.
pub fn fit(s: &str, cols: usize) -> String {
    let cut = truncate(s, cols);
    let pad = cols.saturating_sub(cut.width());
    let mut out = String::with_capacity(cut.len() + pad);
    out.push_str(&cut);
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

/// `s` padded on the left to `cols` display columns (numbers).
pub fn fit_right(s: &str, cols: usize) -> String {
    let cut = truncate(s, cols);
    let pad = cols.saturating_sub(cut.width());
    format!("{}{cut}", " ".repeat(pad))
}

/// Punctuation that may not begin a line in Chinese typesetting (避头点).
fn no_line_start(c: char) -> bool {
    "，。、；：？！）》」』”’,.;:?!)]}%".contains(c)
}

/// Wraps text (made inert) to `cols` display columns. Chinese breaks between characters; a run
/// of ASCII letters and digits moves whole to the next line when it fits there, and closing
/// punctuation never starts a line. Line breaks in the text are kept.
pub fn wrap(s: &str, cols: usize) -> Vec<String> {
    wrap_first(s, cols, usize::MAX)
}

/// As [`wrap`], stopping once `limit` lines are made: a table cell shows only its first few
/// lines, and wrapping a long note to the end only to drop most of it cost a report a tenth
/// of its time.
pub fn wrap_first(s: &str, cols: usize, limit: usize) -> Vec<String> {
    let cols = cols.max(2);
    let mut lines = Vec::new();
    for logical in inert(s).split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for c in logical.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > cols {
                let carry = carried(&line, c, cols);
                let keep = line.len() - carry;
                let moved = line[keep..].to_string();
                line.truncate(keep);
                lines.push(line.trim_end().to_string());
                if lines.len() >= limit {
                    return lines;
                }
                used = moved.width();
                line = moved;
            }
            line.push(c);
            used += w;
        }
        lines.push(line);
        if lines.len() >= limit {
            return lines;
        }
    }
    lines
}

/// A letter of a word that is not broken: narrow letters and digits (Latin, Cyrillic, Greek,
/// accented too), and the joiners of such words. Wide (CJK) characters break anywhere.
fn in_word(c: char) -> bool {
    (c.is_alphanumeric() && c.width() == Some(1)) || matches!(c, '-' | '_' | '\'')
}

/// How many bytes at the end of `line` should move down with `next`.
fn carried(line: &str, next: char, cols: usize) -> usize {
    let run: usize = line
        .chars()
        .rev()
        .take_while(|c| in_word(*c))
        .map(char::len_utf8)
        .sum();
    // A whole word moves down when it fits there, also when the punctuation after it may not
    // begin a line ("Correction:" is not cut to "Correctio" / "n:").
    let word_moves = run > 0 && run < line.len() && line[line.len() - run..].width() < cols;
    if in_word(next) && word_moves {
        return run;
    }
    if no_line_start(next) && line.chars().count() > 1 {
        if word_moves {
            return run;
        }
        if let Some(last) = line.chars().last() {
            return last.len_utf8();
        }
    }
    0
}

/// The first line of a text, for one-line summaries.
pub fn first_line(s: &str) -> &str {
    s.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_and_harmless() {
        let hostile = "ok\u{1b}[2J\u{1b}]52;c;aGk=\u{7}\u{9b}31m\u{202e}txt\u{200b}";
        let shown = inert(hostile);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown}");
        assert_eq!(shown, "ok␛[2J␛]52;c;aGk=␇<U+009B>31m<U+202E>txt<U+200B>");
        assert_eq!(inert_line("a\nb"), "a↵b");
        assert_eq!(inert("a\nb"), "a\nb");
        assert!(matches!(inert("氧化镓"), Cow::Borrowed(_)));
    }

    #[test]
    fn format_characters_separators_and_blank_fillers_are_marked() {
        for c in [
            '\u{00AD}',
            '\u{2028}',
            '\u{2029}',
            '\u{180E}',
            '\u{115F}',
            '\u{3164}',
            '\u{FFF9}',
            '\u{FFFB}',
            '\u{1D173}',
            '\u{E0041}',
            '\u{E0001}',
            '\u{206A}',
            '\u{0600}',
        ] {
            let text = format!("a{c}b");
            assert_eq!(
                inert(&text),
                format!("a<U+{:04X}>b", c as u32),
                "{:04X}",
                c as u32
            );
        }
        assert_eq!(inert("省科技厅 ok"), "省科技厅 ok");
    }

    #[test]
    fn chinese_is_measured_and_cut_by_display_columns() {
        assert_eq!(width("a进展"), 5);
        assert_eq!(truncate("氧化镓功率器件", 7), "氧化镓…");
        assert_eq!(width(&truncate("氧化镓功率器件", 6)), 5);
        assert_eq!(fit("省科研院", 10), "省科研院  ");
        assert_eq!(width(&fit("省科研院重点实验室", 9)), 9);
        assert_eq!(fit_right("30", 4), "  30");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn wrapping_breaks_chinese_between_characters_and_keeps_line_breaks() {
        assert_eq!(wrap("一二三四五", 4), ["一二", "三四", "五"]);
        assert_eq!(wrap("ab\n进展", 10), ["ab", "进展"]);
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("引进 300-400 名", 10), ["引进", "300-400 名"]);
        assert_eq!(wrap("研究院，结合", 6), ["研究", "院，结", "合"]);
    }

    #[test]
    fn counted_text_is_measured_as_the_tables_measure_it() {
        for s in [
            "",
            "plain 123 ~",
            "a\u{7f}b",
            "tab\there",
            "氧化镓 ok",
            "é",
            "1\u{fe0f}",
        ] {
            assert_eq!(width(s), s.width(), "{s:?}");
        }
        let counted = (' '..='~')
            .chain('\u{4E00}'..='\u{9FFF}')
            .chain('\u{3001}'..='\u{3011}')
            .chain('\u{FF01}'..='\u{FF5E}');
        let mut s = String::new();
        for c in counted {
            for [before, after] in [['a', 'b'], ['氧', '。'], ['\u{200d}', '\u{fe0f}']] {
                s.clear();
                s.extend([before, c, after, c]);
                assert_eq!(width(&s), s.width(), "{s:?}");
            }
        }
    }

    #[test]
    fn a_cell_is_measured_as_it_is_printed_inert_whatever_it_holds() {
        for s in [
            "",
            "plain 123 ~",
            "氧化镓功率器件（第 2 批）",
            "tab\there",
            "line\nbreak\r",
            "\x1b[31mred\x1b[0m",
            "a\u{7f}b\u{0}",
            "\u{202e}evil\u{202c}",
            "é 1\u{fe0f} 👍🏽",
            "\u{200b}zero",
        ] {
            assert_eq!(inert_line_width(s), width(&inert_line(s)), "{s:?}");
        }
    }

    #[test]
    fn words_are_not_cut_before_punctuation_nor_inside_accented_latin() {
        // The punctuation may not start a line, and the word before it stays whole.
        let lines = wrap("a Correction: note", 12);
        assert_eq!(lines, ["a", "Correction:", "note"]);
        assert_eq!(wrap("voilà déjà-vu", 8), ["voilà", "déjà-vu"]);
        // Chinese still breaks between characters, and 。 never starts a line.
        let cn = wrap("推进中国科学院长春光机所。", 8);
        assert!(cn.iter().all(|l| !l.starts_with('。')), "{cn:?}");
        assert!(cn.iter().all(|l| l.width() <= 8), "{cn:?}");
    }

    #[test]
    fn wrapping_the_first_lines_gives_the_first_lines_of_the_whole() {
        let texts = [
            "培育超宽禁带半导体氧化镓功率器件省重点实验室，力争在 5 年内建成 10 个研发团队。",
            "Site survey finished; tender documents drafted and sent to the finance office.",
            "第一行\n第二行很长很长很长很长很长很长很长\n\n第四行",
            "",
        ];
        for text in texts {
            for cols in [2, 5, 12, 30] {
                let whole = wrap(text, cols);
                for limit in 1..=whole.len() + 1 {
                    let first = wrap_first(text, cols, limit);
                    assert_eq!(
                        first,
                        whole[..limit.min(whole.len())],
                        "{text} {cols} {limit}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_spreadsheet_cell_never_opens_with_a_formula_and_numbers_are_not_its_business() {
        for (given, written) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "' =1"),
            ("\r=1", "'=1"),
            ("  -1", "'  -1"),
            (" 公里", "' 公里"),
            ("修路-一期", "修路-一期"),
            ("省科研院", "省科研院"),
            ("", ""),
        ] {
            assert_eq!(spreadsheet_cell(given), written, "{given:?}");
        }
    }

    #[test]
    fn markdown_syntax_in_data_is_escaped_so_nothing_becomes_live() {
        for (given, written) in [
            (
                "![x](http://e.com/a.png)",
                "\\!\\[x\\](http\\://e.com/a.png)",
            ),
            (
                "[点此](javascript:alert(1))",
                "\\[点此\\](javascript:alert(1))",
            ),
            ("*粗* _斜_ `码` ~删~", "\\*粗\\* \\_斜\\_ \\`码\\` \\~删\\~"),
            (
                "<img src=x onerror=alert(1)>",
                "\\<img src=x onerror=alert(1)\\>",
            ),
            ("a|b", "a\\|b"),
            ("# 标题", "\\# 标题"),
            ("> 引用", "\\> 引用"),
            ("- 项", "\\- 项"),
            ("12. 项", "12\\. 项"),
            ("3) 项", "3\\) 项"),
            ("访问 www.e.com 或 a@b.cn", "访问 www\\.e.com 或 a\\@b.cn"),
            ("&lt; \\", "\\&lt; \\\\"),
            ("第一行\n第二行", "第一行 第二行"),
            ("2026-12-31 完成 3.5 公里", "2026-12-31 完成 3.5 公里"),
            ("\u{1b}]2;t\u{7}", "␛\\]2;t␇"),
        ] {
            assert_eq!(markdown_inline(given), written, "{given:?}");
        }
    }
}
