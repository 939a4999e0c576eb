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
            let keys = fit(&words::keys(b.keys), KEYS);
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

#[cfg(test)]
mod tests {
    use super::*;

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
