//! A letter's text wrapped at a pane's width, and where each draft's quote stands in it. The
//! marks (decisions, the chosen draft, the cursor) are painted when drawn.

use std::ops::Range;

use crate::letter::extract::sentence_ranges;
use crate::text::{inert_line, wrap};

/// One screen line of the letter: its characters as shown, each with the byte of the
/// paragraph's character it came from (`paragraph` is `None` for the gap between paragraphs).
pub struct LetterRow {
    pub paragraph: Option<usize>,
    pub chars: Vec<(char, usize)>,
}

/// The letter's text wrapped at one width, made again only when the width or a quote changes;
/// the marks (decisions, the chosen draft, the cursor) are painted on the rows on screen when
/// drawn, so moving through the drafts does not lay the letter out again.
#[derive(Default)]
pub struct LetterLayout {
    pub width: u16,
    pub rows: Vec<LetterRow>,
    /// For each sentence of [`Review::sentences`], the line it starts on.
    pub sentence_lines: Vec<usize>,
    /// For each draft, the line its quote starts on, when the quote is found in the letter.
    pub draft_lines: Vec<Option<usize>>,
}

/// Where each draft's quote stands in the letter, kept until a quote changes: finding every
/// quote again on each key would cost a long letter's whole text per draft.
#[derive(Default)]
pub struct QuoteSpots {
    pub quotes: Vec<String>,
    /// Per draft: (paragraph, byte range) of each stretch of its quote.
    pub spots: Vec<Vec<(usize, Range<usize>)>>,
}

/// Where `part` first stands in the letter at or after `from` (paragraph, byte), else anywhere.
fn find_part(
    paragraphs: &[String],
    part: &str,
    from: (usize, usize),
) -> Option<(usize, Range<usize>)> {
    let (p0, b0) = from;
    let at = |i: usize, p: &str, skip: usize| {
        let rest = p.get(skip..)?;
        let found = rest.find(part);
        #[cfg(test)]
        tests::SEARCHED.with(|n| n.set(n.get() + found.map_or(rest.len(), |at| at + part.len())));
        found.map(|at| (i, skip + at..skip + at + part.len()))
    };
    let after = paragraphs.iter().enumerate().skip(p0);
    let before = paragraphs.iter().enumerate().take(p0 + 1);
    after
        .map(|(i, p)| (i, p, if i == p0 { b0 } else { 0 }))
        .chain(before.map(|(i, p)| (i, p, 0)))
        .find_map(|(i, p, skip)| at(i, p, skip))
}

/// Where a quote stands in the letter: the whole quote in one paragraph, else each of its
/// sentences wherever found (a quote merged from two places, or edited). The search starts at
/// `from`, where the draft before it was found: drafts come in the letter's order, so a whole
/// letter's quotes are found in one pass over it, not one pass each.
fn find(paragraphs: &[String], quote: &str, from: (usize, usize)) -> Vec<(usize, Range<usize>)> {
    let quote = quote.trim();
    if quote.is_empty() {
        return Vec::new();
    }
    if let Some(hit) = find_part(paragraphs, quote, from) {
        return vec![hit];
    }
    let mut from = from;
    sentence_ranges(quote)
        .into_iter()
        .filter_map(|r| {
            let hit = find_part(paragraphs, quote[r].trim(), from)?;
            from = (hit.0, hit.1.end);
            Some(hit)
        })
        .collect()
}

/// Each quote's place in the letter: kept for the quotes that have not changed, searched for
/// the others from where the draft before was found.
pub fn spots(paragraphs: &[String], old: &QuoteSpots, quotes: Vec<&str>) -> QuoteSpots {
    let known: std::collections::HashMap<&str, &Vec<(usize, Range<usize>)>> = old
        .quotes
        .iter()
        .map(String::as_str)
        .zip(&old.spots)
        .collect();
    let mut from = (0, 0);
    let spots = quotes
        .iter()
        .map(|q| {
            let found = known
                .get(q)
                .map_or_else(|| find(paragraphs, q, from), |f| (*f).clone());
            if let Some((p, r)) = found.first() {
                // Past the first character, so a quote given twice is found twice.
                let next = paragraphs
                    .get(*p)
                    .and_then(|t| t.get(r.start..))
                    .and_then(|t| t.chars().next())
                    .map_or(1, char::len_utf8);
                from = (*p, r.start + next);
            }
            found
        })
        .collect();
    QuoteSpots {
        spots,
        quotes: quotes.into_iter().map(str::to_string).collect(),
    }
}

impl LetterLayout {
    /// The letter laid out for a pane `pane_width` wide (borders included), with the lines its
    /// sentences and its drafts' quotes start on.
    pub fn new(
        paragraphs: &[String],
        sentences: &[(usize, Range<usize>)],
        spots: &QuoteSpots,
        pane_width: u16,
    ) -> LetterLayout {
        let cols = usize::from(pane_width.saturating_sub(2)).max(4);
        let mut layout = LetterLayout {
            width: pane_width,
            ..LetterLayout::default()
        };
        // Where each paragraph's byte offsets land: (byte, row), in byte order.
        let mut starts: Vec<Vec<(usize, usize)>> = vec![Vec::new(); paragraphs.len()];
        for (i, p) in paragraphs.iter().enumerate() {
            if i > 0 {
                layout.rows.push(LetterRow {
                    paragraph: None,
                    chars: Vec::new(),
                });
            }
            // Visible characters with the byte of the letter's character each came from.
            let mut shown: Vec<(char, usize)> = Vec::new();
            for (b, c) in p.char_indices() {
                let mut buf = [0; 4];
                shown.extend(inert_line(c.encode_utf8(&mut buf)).chars().map(|v| (v, b)));
            }
            let text: String = shown.iter().map(|(c, _)| *c).collect();
            let mut at = 0;
            for line in wrap(&text, cols) {
                let mut chars = Vec::new();
                for c in line.chars() {
                    // Wrapping only drops blanks at the break: skip them to stay in step.
                    while shown.get(at).is_some_and(|(v, _)| *v != c) {
                        at += 1;
                    }
                    let Some(&(_, byte)) = shown.get(at) else {
                        break;
                    };
                    starts[i].push((byte, layout.rows.len()));
                    chars.push((c, byte));
                    at += 1;
                }
                layout.rows.push(LetterRow {
                    paragraph: Some(i),
                    chars,
                });
            }
        }
        let line_of = |p: usize, byte: usize| -> usize {
            let s = &starts[p];
            match s.get(s.partition_point(|&(b, _)| b < byte)) {
                Some(&(_, line)) => line,
                None => s.last().map_or(0, |&(_, l)| l),
            }
        };
        layout.sentence_lines = sentences
            .iter()
            .map(|(p, r)| line_of(*p, r.start))
            .collect();
        layout.draft_lines = spots
            .spots
            .iter()
            .map(|found| found.first().map(|(p, r)| line_of(*p, r.start)))
            .collect();
        layout
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    thread_local! {
        /// Bytes of the letter handed to the quote search, to count its work.
        pub static SEARCHED: Cell<usize> = const { Cell::new(0) };
    }

    #[test]
    fn finding_every_quote_reads_the_letter_about_once_not_once_per_quote() {
        let paragraphs: Vec<String> = (0..2000)
            .map(|i| format!("第{i}段：县交通局将于2026年底前完成第{i}座危桥改造。"))
            .collect();
        let quotes: Vec<String> = (0..2000)
            .map(|i| format!("县交通局将于2026年底前完成第{i}座危桥改造。"))
            .collect();
        let letter: usize = paragraphs.iter().map(String::len).sum();
        SEARCHED.with(|n| n.set(0));
        let found = spots(
            &paragraphs,
            &QuoteSpots::default(),
            quotes.iter().map(String::as_str).collect(),
        );
        let searched = SEARCHED.with(Cell::get);
        assert!(
            searched <= 2 * letter,
            "searched {searched} bytes of a {letter}-byte letter"
        );
        for (i, spot) in found.spots.iter().enumerate() {
            let (p, r) = &spot[0];
            assert_eq!((*p, &paragraphs[*p][r.clone()]), (i, quotes[i].as_str()));
        }
        // Quotes given again are not searched for again; a changed one is found where it is.
        let mut changed = quotes.clone();
        changed[1500] = "第7段".into();
        SEARCHED.with(|n| n.set(0));
        let again = spots(
            &paragraphs,
            &found,
            changed.iter().map(String::as_str).collect(),
        );
        assert!(SEARCHED.with(Cell::get) <= letter);
        assert_eq!(again.spots[1500], vec![(7, 0..7)]);
        assert_eq!(again.spots[1499], found.spots[1499]);
    }
}
