//! The text report laid out a piece at a time, for the report screen: it lays out the lines it
//! is about to show (and a margin), not the whole report. The lines are those of
//! [`super::lines`], in order, whatever the pieces are.

use super::table::{self, widths};
use super::{INDENT, Painter, head, heading, line, totals};
use crate::messages::report as words;
use crate::report::{Report, Section, TextStyle};
use crate::text::{inert_line, wrap};

/// Items of one table laid out at once: a group of a hundred thousand comes a page at a time.
const ITEMS_AT_ONCE: usize = 256;

/// Where the layout goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Next {
    /// The title and what the report is of.
    #[default]
    Head,
    /// The heading of the section at this place in [`Section::ALL`].
    Section(usize),
    /// Group `group` of that section, from its item `item` (0: its owner line and the table's
    /// heading first).
    Group {
        section: usize,
        group: usize,
        item: usize,
    },
    Totals,
    Done,
}

/// A report's lines laid out so far, and where the rest goes on from.
#[derive(Debug, Clone, Default)]
pub struct Pieces {
    pub lines: Vec<String>,
    pub next: Next,
}

impl Pieces {
    /// Every line is laid out.
    pub fn done(&self) -> bool {
        self.next == Next::Done
    }

    /// Lays out more of `r` until at least `until` lines are, or all of them.
    pub fn lay_out_until(&mut self, r: &Report, style: TextStyle, until: usize) {
        self.lay_out_on(r, style, until, ITEMS_AT_ONCE);
    }

    fn lay_out_on(&mut self, r: &Report, style: TextStyle, until: usize, at_once: usize) {
        let page = style.width.max(crate::report::MIN_WIDTH);
        let p = Painter { color: style.color };
        let w = widths(&r.summary, page);
        let s = &r.summary;
        while self.lines.len() < until && !self.done() {
            let mut text = String::new();
            self.next = match self.next {
                Next::Head => {
                    head(&mut text, s, &p, page);
                    Next::Section(0)
                }
                Next::Section(n) => match Section::ALL.get(n) {
                    Some(&section) => {
                        line(&mut text, "");
                        line(&mut text, &p.paint(&heading(section, s), "1"));
                        if s.section(section).is_empty() {
                            line(&mut text, &format!("{INDENT}{}", words::none_listed()));
                        }
                        Next::Group {
                            section: n,
                            group: 0,
                            item: 0,
                        }
                    }
                    None => Next::Totals,
                },
                Next::Group {
                    section: n,
                    group,
                    item,
                } => {
                    let section = Section::ALL[n.min(Section::ALL.len() - 1)];
                    match r.groups(section).get(group) {
                        None => Next::Section(n + 1),
                        Some(g) => {
                            if item == 0 {
                                line(&mut text, "");
                                // The count the summary holds: a first page
                                // holds only a group's first rows.
                                let count = s
                                    .section(section)
                                    .get(group)
                                    .map_or(g.items.len(), |h| h.count);
                                let owner =
                                    words::owner_group(&inert_line(&g.owner), count, group + 1);
                                for l in wrap(&owner, page) {
                                    line(&mut text, &p.paint(&l, "1"));
                                }
                                table::heading_row(&mut text, section, &w, &p);
                            }
                            let end = (item + at_once.max(1)).min(g.items.len());
                            table::item_rows(&mut text, section, &g.items[item..end], &w, &p);
                            if end < g.items.len() {
                                Next::Group {
                                    section: n,
                                    group,
                                    item: end,
                                }
                            } else {
                                Next::Group {
                                    section: n,
                                    group: group + 1,
                                    item: 0,
                                }
                            }
                        }
                    }
                }
                Next::Totals => {
                    totals(&mut text, s, &p, page);
                    Next::Done
                }
                Next::Done => Next::Done,
            };
            self.lines.extend(text.lines().map(str::to_string));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Options, build};
    use crate::store::{NewPledge, Seed, Store};

    fn style(width: usize) -> TextStyle {
        TextStyle {
            width,
            color: false,
        }
    }

    /// A ledger whose report has a group larger than a piece.
    fn report() -> Report {
        let mut store = Store::open_in_memory(Seed::Builtin).unwrap();
        for n in 0..40 {
            let new = NewPledge {
                title: format!("第{n}项：推进超宽禁带半导体氧化镓功率器件省重点实验室建设"),
                owner: "吉林省科学技术厅".into(),
                deadline: crate::date::parse("2026-01-31").ok(),
                ..NewPledge::default()
            };
            store.add_pledge(&new, "王").unwrap();
        }
        let today = crate::date::parse("2026-11-28").unwrap();
        build(&store, "ledger.db", &Options::new(today)).unwrap()
    }

    #[test]
    fn laid_out_a_piece_at_a_time_the_lines_are_the_whole_reports() {
        let r = report();
        for width in [80, 120] {
            let whole = super::super::lines(&r, style(width));
            for at_once in [1, 7, 1000] {
                let mut pieces = Pieces::default();
                let mut until = 0;
                while !pieces.done() {
                    until += 5;
                    pieces.lay_out_on(&r, style(width), until, at_once);
                    assert!(pieces.done() || pieces.lines.len() >= until);
                }
                assert_eq!(pieces.lines, whole, "width {width}, {at_once} at once");
            }
        }
    }

    #[test]
    fn only_what_is_asked_for_is_laid_out() {
        let r = report();
        let mut pieces = Pieces::default();
        pieces.lay_out_on(&r, style(100), 30, 4);
        assert!(!pieces.done());
        let whole = super::super::lines(&r, style(100));
        assert!(
            pieces.lines.len() < 30 + 4 * 3 + 10,
            "{}",
            pieces.lines.len()
        );
        assert!(whole.len() > 60, "{}", whole.len());
        assert_eq!(pieces.lines[..], whole[..pieces.lines.len()]);
    }
}
