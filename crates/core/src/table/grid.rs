//! Columns laid out to a page's width before any row is seen: fixed columns, a share of what
//! they leave, and one column taking the rest; narrow pages leave columns out by rank. The text
//! report and the full-screen list both lay out through it.

use crate::text::{self, inert_line, truncate};

use super::Align;

/// How wide a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Exactly this many display columns.
    Fixed(usize),
    /// `num`/`den` of what the fixed columns leave, kept within `min..=max`.
    Share {
        num: usize,
        den: usize,
        min: usize,
        max: usize,
    },
    /// What is left once the fixed and shared columns have theirs (split evenly if several).
    Rest,
}

/// One column: its width, how its cells align, the blank before it, and whether a narrow page
/// may leave it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub width: Width,
    pub align: Align,
    /// Blank display columns before this column; none before the first one shown.
    pub space: usize,
    /// Columns with a rank are left out, lowest rank first, while the shared and rest columns
    /// would get less than [`Grid::room`]; `None` is always shown.
    pub drop: Option<u8>,
}

impl Spec {
    pub const fn fixed(cols: usize, align: Align) -> Spec {
        Spec {
            width: Width::Fixed(cols),
            align,
            space: 1,
            drop: None,
        }
    }

    pub const fn share(num: usize, den: usize, min: usize, max: usize, align: Align) -> Spec {
        Spec {
            width: Width::Share { num, den, min, max },
            align,
            space: 1,
            drop: None,
        }
    }

    pub const fn rest(align: Align) -> Spec {
        Spec {
            width: Width::Rest,
            align,
            space: 1,
            drop: None,
        }
    }

    /// A fixed column as wide as the widest of `texts` (as printed: made inert), so no value
    /// it will hold is cut; a list of every possible value, or of the values on the page.
    pub fn widest<I, S>(texts: I, align: Align) -> Spec
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cols = texts
            .into_iter()
            .map(|t| text::width(&inert_line(t.as_ref())))
            .max()
            .unwrap_or(0);
        Spec::fixed(cols, align)
    }

    /// The same column with `cols` blank columns before it.
    pub const fn after(self, cols: usize) -> Spec {
        Spec {
            space: cols,
            ..self
        }
    }

    /// The same column, left out of a narrow page with rank `rank` (lowest goes first).
    pub const fn dropped(self, rank: u8) -> Spec {
        Spec {
            drop: Some(rank),
            ..self
        }
    }
}

/// A page's columns and margins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub specs: Vec<Spec>,
    /// Blank display columns before every line.
    pub indent: usize,
    /// Columns are dropped (by rank) while the shared and rest columns would get less than this.
    pub room: usize,
    /// The shared and rest columns together never get less than this, even if the line then
    /// runs past the page.
    pub floor: usize,
}

impl Grid {
    /// `specs` with no indent, no columns dropped and no floor.
    pub fn new(specs: Vec<Spec>) -> Grid {
        Grid {
            specs,
            indent: 0,
            room: 0,
            floor: 0,
        }
    }

    /// Each column's width on a page `page` display columns wide.
    pub fn fit(&self, page: usize) -> Fitted {
        let mut shown = vec![true; self.specs.len()];
        let flex = loop {
            let flex = page.saturating_sub(self.fixed(&shown));
            if flex >= self.room {
                break flex;
            }
            let next = self
                .specs
                .iter()
                .enumerate()
                .filter(|(i, _)| shown.get(*i).copied().unwrap_or(false))
                .filter_map(|(i, s)| s.drop.map(|rank| (rank, i)))
                .min();
            match next {
                Some((_, i)) => shown[i] = false,
                None => break flex,
            }
        }
        .max(self.floor);
        let mut widths: Vec<Option<usize>> = vec![None; self.specs.len()];
        let mut shared = 0;
        let mut rest = Vec::new();
        for (i, s) in self.specs.iter().enumerate() {
            if !shown[i] {
                continue;
            }
            widths[i] = match s.width {
                Width::Fixed(w) => Some(w),
                Width::Share { num, den, min, max } => {
                    let w = (flex * num / den.max(1)).clamp(min, max.max(min));
                    shared += w;
                    Some(w)
                }
                Width::Rest => {
                    rest.push(i);
                    Some(0)
                }
            };
        }
        let left = flex.saturating_sub(shared);
        let each = left / rest.len().max(1);
        for (n, &i) in rest.iter().enumerate() {
            let extra = if n == 0 { left % rest.len() } else { 0 };
            widths[i] = Some(each + extra);
        }
        Fitted {
            specs: self.specs.clone(),
            widths,
            indent: self.indent,
        }
    }

    /// Display columns the fixed columns, the blanks between shown columns and the indent take.
    fn fixed(&self, shown: &[bool]) -> usize {
        let mut total = self.indent;
        let mut first = true;
        for (s, _) in self.specs.iter().zip(shown).filter(|(_, on)| **on) {
            if !first {
                total += s.space;
            }
            first = false;
            if let Width::Fixed(w) = s.width {
                total += w;
            }
        }
        total
    }
}

/// A cell's text and, optionally, what goes around it once it is padded to its column (a
/// colour's start and end: they take no display columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub around: Option<(&'a str, &'a str)>,
}

impl<'a> Piece<'a> {
    pub fn around(text: &'a str, open: &'a str, close: &'a str) -> Piece<'a> {
        Piece {
            text,
            around: Some((open, close)),
        }
    }
}

impl<'a> From<&'a str> for Piece<'a> {
    fn from(text: &'a str) -> Piece<'a> {
        Piece { text, around: None }
    }
}

impl<'a> From<&'a String> for Piece<'a> {
    fn from(text: &'a String) -> Piece<'a> {
        Piece::from(text.as_str())
    }
}

/// A grid's widths on one page: turns a row's cells into lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitted {
    specs: Vec<Spec>,
    widths: Vec<Option<usize>>,
    indent: usize,
}

impl Fitted {
    /// Column `i`'s width, or `None` when the page left it out.
    pub fn width(&self, i: usize) -> Option<usize> {
        self.widths.get(i).copied().flatten()
    }

    /// Display columns of a full line.
    pub fn total(&self) -> usize {
        self.starts().last().copied().unwrap_or(self.indent)
            + self
                .widths
                .iter()
                .rev()
                .flatten()
                .next()
                .copied()
                .unwrap_or(0)
    }

    /// Where each shown column starts, in display columns from the line's start.
    pub fn starts(&self) -> Vec<usize> {
        let mut at = self.indent;
        let mut out = Vec::new();
        for (s, w) in self.specs.iter().zip(&self.widths) {
            let Some(w) = w else { continue };
            if !out.is_empty() {
                at += s.space;
            }
            out.push(at);
            at += w;
        }
        out
    }

    /// One line of exactly [`Fitted::total`] display columns: the indent, then each shown
    /// column's cell (made inert) cut with `…` or padded to its width. `cells` has one per
    /// column, shown or not; missing ones are blank.
    pub fn line<'a>(&self, cells: &[Piece<'a>]) -> String {
        let mut out = String::with_capacity(self.total() + 16);
        self.push(&mut out, cells);
        out
    }

    /// Appends [`Fitted::line`] without its trailing blanks, and a line break: a printed
    /// page's line.
    pub fn push_line<'a>(&self, out: &mut String, cells: &[Piece<'a>]) {
        let start = out.len();
        self.push(out, cells);
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    }

    fn push<'a>(&self, out: &mut String, cells: &[Piece<'a>]) {
        out.extend(std::iter::repeat_n(' ', self.indent));
        let mut first = true;
        for (i, (s, w)) in self.specs.iter().zip(&self.widths).enumerate() {
            let Some(w) = *w else { continue };
            if !first {
                out.extend(std::iter::repeat_n(' ', s.space));
            }
            first = false;
            let piece = cells.get(i).copied().unwrap_or(Piece::from(""));
            let safe = inert_line(piece.text);
            let cut = truncate(&safe, w);
            let pad = std::iter::repeat_n(' ', w.saturating_sub(text::width(&cut)));
            if let Some((open, _)) = piece.around {
                out.push_str(open);
            }
            match s.align {
                Align::Left => {
                    out.push_str(&cut);
                    out.extend(pad);
                }
                Align::Right => {
                    out.extend(pad);
                    out.push_str(&cut);
                }
            }
            if let Some((_, close)) = piece.around {
                out.push_str(close);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full-screen list's columns: mark, id, status, title, owner, deadline, due,
    /// progress, last note; the least needed dropped first on a narrow screen.
    fn list() -> Grid {
        Grid {
            specs: vec![
                Spec::fixed(1, Align::Left),
                Spec::fixed(3, Align::Right),
                Spec::fixed(7, Align::Left).dropped(2),
                Spec::rest(Align::Left),
                Spec::share(2, 5, 4, 24, Align::Left),
                Spec::fixed(10, Align::Left),
                Spec::fixed(12, Align::Right).dropped(3),
                Spec::fixed(10, Align::Right).dropped(1),
                Spec::fixed(10, Align::Left).dropped(0),
            ],
            indent: 0,
            room: 30,
            floor: 0,
        }
    }

    #[test]
    fn a_narrow_page_drops_columns_by_rank_and_the_rest_fills_the_width() {
        for page in [40, 60, 80, 120, 300] {
            let fitted = list().fit(page);
            assert!(fitted.total() <= page, "{page}: {}", fitted.total());
            assert!(
                fitted.width(3).is_some(),
                "{page}: the title is always shown"
            );
        }
        let at = |page| list().fit(page);
        assert_eq!(at(80).width(8), None, "the last note goes first");
        assert!(at(80).width(7).is_some());
        assert!(at(120).width(8).is_some());
        let wide = at(120);
        // 120 - (1 + 3 + 7 + 10 + 12 + 10 + 10 + 8 blanks) = 59: owner 2/5 of it, the title the rest.
        assert_eq!((wide.width(4), wide.width(3)), (Some(23), Some(36)));
        assert_eq!(wide.total(), 120);
        assert_eq!(at(300).width(4), Some(24), "a share stops at its maximum");
    }

    #[test]
    fn cells_are_cut_padded_and_aligned_by_display_width() {
        let mut grid = Grid::new(vec![
            Spec::fixed(4, Align::Right),
            Spec::rest(Align::Left).after(2),
            Spec::fixed(6, Align::Left).after(2),
        ]);
        grid.indent = 2;
        let fitted = grid.fit(24);
        assert_eq!(fitted.starts(), [2, 8, 18]);
        let line = fitted.line(&["12".into(), "氧化镓功率器件".into(), "ab".into()]);
        // The title has 8 columns: a wide character does not fit in the last one left.
        assert_eq!(line, "    12  氧化镓…   ab    ");
        assert_eq!(text::width(&line), fitted.total());
        let mut page = String::new();
        fitted.push_line(
            &mut page,
            &["1".into(), "x\u{1b}[2J".into(), Piece::around("", "<", ">")],
        );
        assert_eq!(page, "     1  x␛[2J     <      >\n");
    }

    #[test]
    fn a_column_sized_by_its_texts_is_as_wide_as_the_widest_one() {
        let spec = Spec::widest(["pending", "in_progress", "完成"], Align::Left);
        assert_eq!(spec.width, Width::Fixed(11));
        assert_eq!(
            Spec::widest(["吉林省"], Align::Right).width,
            Width::Fixed(6)
        );
        assert_eq!(
            Spec::widest(Vec::<&str>::new(), Align::Left).width,
            Width::Fixed(0)
        );
        let fitted = Grid::new(vec![spec, Spec::rest(Align::Left)]).fit(20);
        assert_eq!(
            fitted.line(&["in_progress".into(), "x".into()]),
            "in_progress x       "
        );
    }

    #[test]
    fn the_floor_keeps_the_rest_columns_readable_past_the_page() {
        let mut grid = Grid::new(vec![Spec::fixed(70, Align::Left), Spec::rest(Align::Left)]);
        grid.floor = 20;
        assert_eq!(grid.fit(80).width(1), Some(20));
    }
}
