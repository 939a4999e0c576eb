//! Which characters must not reach a terminal as themselves, found quickly: every string a
//! long export, list or report prints is scanned for them.

/// Characters that reorder, hide or break text without showing: shown as `<U+XXXX>` so nobody
/// is misled. The Unicode format characters (Cf), the line and paragraph separators, and the
/// Hangul fillers, which draw as blanks.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{0600}'..='\u{0605}' | '\u{061C}' | '\u{06DD}' | '\u{070F}'
        | '\u{0890}'..='\u{0891}' | '\u{08E2}' | '\u{115F}'..='\u{1160}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}' | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{FFF9}'..='\u{FFFB}' | '\u{110BD}' | '\u{110CD}' | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}' | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}')
}

/// Whether a character must not reach a terminal as itself (controls, bidi and zero-width).
#[inline]
pub fn needs_care(c: char) -> bool {
    match c {
        // Printable ASCII, and the span from after the last Hangul filler to before the
        // byte-order mark (all of Chinese among it), hold none: answered without the lists.
        ' '..='~' | '\u{3165}'..='\u{FEFE}' => false,
        // The control characters (Unicode Cc) by range: `char::is_control` looks each one
        // up in a table.
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        _ => is_invisible(c),
    }
}

/// As [`needs_care`], but a line break is fine (pretty JSON and text keep them).
#[inline]
pub fn needs_care_except_newline(c: char) -> bool {
    c != '\n' && needs_care(c)
}

/// The first character of `s` that needs care, and the byte where it starts. ASCII is read a
/// byte at a time without decoding: most stored text is mostly ASCII or mostly Chinese.
#[inline]
pub fn find_care(s: &str) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            if b < 0x20 || b == 0x7f {
                return Some((at, char::from(b)));
            }
            at += 1;
            continue;
        }
        // `at` is always on a character's first byte: ASCII is one byte, the rest step by
        // their own length.
        let c = s.get(at..).and_then(|rest| rest.chars().next())?;
        if needs_care(c) {
            return Some((at, c));
        }
        at += c.len_utf8();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_control_ranges_are_exactly_the_unicode_control_characters() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(needs_care(c), c.is_control() || is_invisible(c), "{c:?}");
        }
    }

    /// The byte scan finds what reading every character finds, wherever it stands.
    #[test]
    fn finding_care_agrees_with_reading_every_character() {
        let samples = [
            "",
            "plain ascii text",
            "氧化镓功率器件",
            "a\u{1b}[2J",
            "培育\u{202e}txt",
            "\u{9b}31m",
            "é\u{ad}x",
            "ㅤ\u{3164}",
            "\u{feff}bom",
            "tail\u{7f}",
            "𝄞\u{e0041}",
            "line\nbreak",
        ];
        for s in samples {
            let slow = s.char_indices().find(|&(_, c)| needs_care(c));
            assert_eq!(find_care(s), slow, "{s:?}");
        }
        let mut s = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            s.clear();
            s.extend(['a', '氧', c, 'z']);
            let slow = s.char_indices().find(|&(_, c)| needs_care(c));
            assert_eq!(find_care(&s), slow, "{c:?}");
        }
    }
}
