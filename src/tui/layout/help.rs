//! The help screen laid out at a width: its lines, and where each screen's section starts, so
//! the app scrolls and opens help by the same lines the drawing shows.

use crate::messages::tui::keys as words;
use crate::text::{fit, width as cols, wrap};
use crate::tui::keys::{Section, help_sections};

/// Columns the keys take before a binding's label.
const KEYS: usize = 22;
/// Indent of a binding, and the gap between its keys and its label.
const INDENT: usize = 2;
const GAP: usize = 2;

/// One line of help: headings stand out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub text: String,
    pub heading: bool,
    /// The section this line belongs to; none for the title.
    pub section: Option<Section>,
}

/// Every line of help at `width` columns, a label too long for the line wrapped under itself.
pub fn lines(width: u16) -> Vec<HelpLine> {
    let lead = INDENT + KEYS + GAP;
    let room = usize::from(width).saturating_sub(lead).max(8);
    let mut out = vec![HelpLine {
        text: words::help_title().into(),
        heading: true,
        section: None,
    }];
    for (section, bindings) in help_sections() {
        let line = |text: String, heading| HelpLine {
            text,
            heading,
            section: Some(section),
        };
        out.push(line(String::new(), false));
        out.push(line(words::section(section).into(), true));
        for b in bindings {
            let keys = fit(&words::keys(&crate::tui::keys::remap::keys_for(b)), KEYS);
            let keys = format!("{}{keys}{}", " ".repeat(INDENT), " ".repeat(GAP));
            for (i, part) in wrap(words::hint(b.label), room).into_iter().enumerate() {
                let first = if i == 0 {
                    keys.clone()
                } else {
                    " ".repeat(cols(&keys))
                };
                out.push(line(format!("{first}{part}"), false));
            }
        }
    }
    out
}

/// The farthest help scrolls in a body of `height` lines: its last line at the bottom.
pub fn max_scroll(lines: &[HelpLine], height: usize) -> usize {
    lines.len().saturating_sub(height)
}

/// The line of `section`'s heading, where help opens from that section's screen.
pub fn section_start(lines: &[HelpLine], section: Section) -> usize {
    lines
        .iter()
        .position(|l| l.heading && l.section == Some(section))
        .unwrap_or(0)
}

/// Where `query` occurs in `text`, ignoring case, as byte ranges of `text`. Each character
/// is compared lowered, so a letter whose lower case is longer (`İ`) still maps back to its
/// own bytes, and Chinese matches as itself.
pub fn found(text: &str, query: &str) -> Vec<std::ops::Range<usize>> {
    let query: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    if query.is_empty() {
        return Vec::new();
    }
    // Each lowered character, with the byte range of the character it came from.
    let lowered: Vec<(char, usize, usize)> = text
        .char_indices()
        .flat_map(|(at, c)| c.to_lowercase().map(move |l| (l, at, at + c.len_utf8())))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + query.len() <= lowered.len() {
        let window = lowered.get(i..i + query.len()).unwrap_or_default();
        if window.iter().map(|(c, ..)| *c).eq(query.iter().copied()) {
            let start = window.first().map_or(0, |w| w.1);
            let end = window.last().map_or(start, |w| w.2);
            out.push(start..end);
            i += query.len();
        } else {
            i += 1;
        }
    }
    out
}

/// The lines that hold `query`, in order.
pub fn matching(lines: &[HelpLine], query: &str) -> Vec<usize> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !found(&l.text, query).is_empty())
        .map(|(i, _)| i)
        .collect()
}

/// The display columns a byte range of `text` covers: where its highlight is drawn.
pub fn columns(text: &str, range: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let before = text.get(..range.start).map_or(0, cols);
    let inside = text.get(range.clone()).map_or(0, cols);
    before..before + inside
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_ignores_case_finds_chinese_and_measures_in_columns() {
        let text = "  e  编辑进展 Edit 进展";
        let edit = found(text, "EDIT");
        assert_eq!(edit.len(), 1);
        let at = edit.first().cloned().unwrap_or_default();
        assert_eq!(text.get(at.clone()), Some("Edit"));
        // Two spaces, "e", two spaces, then four Chinese characters of two columns and a space.
        assert_eq!(columns(text, &at), 14..18);
        let progress = found(text, "进展");
        assert_eq!(progress.len(), 2);
        let last = progress.last().cloned().unwrap_or_default();
        assert_eq!(columns(text, &last), 19..23);
        assert!(found(text, "").is_empty());
        // A capital whose lower case is two characters still maps to its own bytes.
        let dotted = found("İstanbul", "i̇s");
        assert_eq!(dotted, vec![0..3]);
    }

    #[test]
    fn matching_lines_are_found_in_every_section() {
        let all = lines(80);
        let undo = matching(&all, "UNDO");
        assert!(!undo.is_empty());
        assert!(
            undo.iter()
                .all(|&i| all[i].text.to_lowercase().contains("undo"))
        );
        assert!(matching(&all, "qqqzzz").is_empty());
    }

    #[test]
    fn narrow_windows_wrap_labels_so_help_is_longer() {
        let wide = lines(120);
        let narrow = lines(40);
        assert!(narrow.len() > wide.len(), "{} {}", narrow.len(), wide.len());
        assert!(narrow.iter().all(|l| cols(&l.text) <= 40), "{narrow:?}");
        assert!(wide.iter().all(|l| cols(&l.text) <= 120));
    }

    #[test]
    fn each_section_starts_at_its_heading() {
        let all = lines(80);
        let review = section_start(&all, Section::Review);
        let list = section_start(&all, Section::List);
        assert!(review > list + 20, "{list} {review}");
        assert_eq!(
            all.get(review).map(|l| l.text.as_str()),
            Some(words::section(Section::Review))
        );
        assert_eq!(max_scroll(&all, all.len() + 5), 0);
    }
}
