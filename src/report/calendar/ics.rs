//! iCalendar (RFC 5545) as text: values escaped, lines folded at 75 octets on character
//! boundaries, every line ended with CRLF. Written by hand: a calendar of all-day events needs
//! these three rules and nothing of a crate's object model.

/// The most octets a content line may hold before it is folded (RFC 5545 §3.1), CRLF not
/// counted.
const LINE_OCTETS: usize = 75;

/// A TEXT value (RFC 5545 §3.3.11): backslash, comma and semicolon escaped, line breaks as
/// `\n`; other control characters, which TEXT may not hold, are made visible as the
/// terminal's inert text shows them.
pub fn text(s: &str) -> String {
    let shown = crate::text::inert(s);
    let mut out = String::with_capacity(shown.len() + 8);
    for c in shown.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// One content line, folded: a line longer than 75 octets is broken before the character
/// that would pass the limit, and each continuation starts with a space (which counts).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / LINE_OCTETS * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

/// `NAME:value` folded, the value already in its property's form.
pub fn property(name: &str, value: &str) -> String {
    fold(&format!("{name}:{value}"))
}

/// A day as a DATE value: `20261231`.
pub fn date(d: chrono::NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// A stored UTC timestamp (`2026-12-02T12:57:54Z`) as a DATE-TIME value in UTC
/// (`20261202T125754Z`); `None` when the stored text is not one.
pub fn utc(stamp: &str) -> Option<String> {
    let t = chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%dT%H:%M:%SZ").ok()?;
    Some(t.format("%Y%m%dT%H%M%SZ").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_what_rfc_5545_reserves() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(
            text("承办：省科技厅，省商务厅；"),
            "承办：省科技厅，省商务厅；"
        );
        // ESC never reaches a calendar as itself.
        assert_eq!(text("x\u{1b}[2Jy"), "x␛[2Jy");
        assert_eq!(text("\r\n"), "\\n");
    }

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let long = format!("SUMMARY:{}", "香港大学吉林省研究院".repeat(5));
        let folded = fold(&long);
        assert!(folded.ends_with("\r\n"));
        let lines: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(lines.len() > 1, "{folded}");
        for (n, l) in lines.iter().enumerate() {
            assert!(l.len() <= LINE_OCTETS, "{n}: {} octets", l.len());
            assert_eq!(n > 0, l.starts_with(' '));
        }
        // Unfolding (removing CRLF and the one space) gives the line back.
        assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), long);
        // A line of exactly 75 octets is not folded; one more is.
        assert_eq!(fold(&"a".repeat(75)), format!("{}\r\n", "a".repeat(75)));
        assert_eq!(
            fold(&"a".repeat(76)),
            format!("{}\r\n a\r\n", "a".repeat(75))
        );
        // A three-octet character that would end at octet 76 moves to the next line whole.
        let edge = format!("{}省", "a".repeat(73));
        assert_eq!(fold(&edge), format!("{}\r\n 省\r\n", "a".repeat(73)));
    }

    #[test]
    fn dates_and_stamps_take_their_basic_forms() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 2, 28).unwrap_or_default();
        assert_eq!(date(d), "20260228");
        assert_eq!(
            utc("2026-12-02T12:57:54Z").as_deref(),
            Some("20261202T125754Z")
        );
        assert_eq!(utc("yesterday"), None);
    }
}
