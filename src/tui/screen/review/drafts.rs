//! Changing the drafts under review: deciding, splitting, merging and adding one from a
//! sentence of the letter. Each says what it did or why it did nothing; the app words it.

use super::{Decision, NotDone, Order, Pane, Review, ReviewDraft, SplitPick};
use crate::letter::extract::{draft_of, is_body_line, split_points};
use crate::letter::import::check_drafts;

impl Review {
    /// Whether the review may hold one draft more.
    fn room_for_one_more(&self) -> Result<(), NotDone> {
        check_drafts(self.drafts.len() + 1).map_err(NotDone::TooMany)
    }

    /// Accepts every undecided draft; how many were.
    pub fn accept_rest(&mut self) -> usize {
        let open = self
            .drafts
            .iter_mut()
            .filter(|d| d.decision == Decision::Open);
        open.map(|d| d.decision = Decision::Accepted).count()
    }

    /// Where the selected draft's quote may be cut, starting at its first sentence end.
    pub fn split_pick(&self) -> Result<SplitPick, NotDone> {
        let at = self.selected;
        let d = self.drafts.get(at).ok_or(NotDone::NoDrafts)?;
        let points = split_points(&d.draft.quote);
        if points.is_empty() {
            return Err(NotDone::NoSplitPoint);
        }
        // Start at the first sentence end, else the first clause.
        let start = points
            .iter()
            .position(|&i| d.draft.quote[..i].ends_with(['。', '；', ';']))
            .unwrap_or(0);
        Ok(SplitPick {
            draft: at,
            points,
            at: start,
        })
    }

    /// Replaces a draft by its two halves, cut at byte `cut`, each read again by the
    /// extraction rules.
    pub fn split(&mut self, at: usize, cut: usize) -> Result<(), NotDone> {
        self.room_for_one_more()?;
        let d = self.drafts.get(at).ok_or(NotDone::NoDrafts)?;
        let quote = &d.draft.quote;
        let (head, tail) = quote
            .get(..cut)
            .zip(quote.get(cut..))
            .ok_or(NotDone::NoSplitPoint)?;
        let meta = &self.import.meta;
        let owner = Some(d.draft.owner.as_str());
        let halves =
            [draft_of(head, meta, owner), draft_of(tail, meta, owner)].map(|draft| ReviewDraft {
                draft,
                decision: Decision::Open,
            });
        self.drafts.splice(at..=at, halves);
        Ok(())
    }

    /// Joins the selected draft and the next into one: the first's title and owner, both
    /// quotes, the later deadline and both targets. Returns where the joined draft stands.
    pub fn merge(&mut self) -> Result<usize, NotDone> {
        let at = self.selected;
        if at + 1 >= self.drafts.len() {
            return Err(NotDone::NoNext);
        }
        let next = self.drafts.remove(at + 1).draft;
        let meta = &self.import.meta;
        let first = self.drafts.get_mut(at).ok_or(NotDone::NoNext)?;
        let quote = format!("{}{}", first.draft.quote, next.quote);
        let read = draft_of(&quote, meta, Some(&first.draft.owner));
        let d = &mut first.draft;
        d.quote = read.quote;
        // The later of the two deadlines: the merged commitment is kept only when both are.
        if next.deadline > d.deadline {
            d.deadline = next.deadline;
            d.deadline_text = next.deadline_text;
        }
        d.targets.extend(next.targets);
        first.decision = Decision::Open;
        Ok(at)
    }

    /// Adds the sentence under the letter's cursor as an accepted draft, in the letter's order
    /// (after the last draft whose quote comes earlier), and selects it. A line that is not of
    /// the letter's body (a heading, a signature) is refused as [`NotDone::NotBody`] unless
    /// `asked` (the person said yes to adding it). Needs the letter laid out (`lay_out`).
    /// Returns where it stands.
    pub fn add_from_sentence(&mut self, asked: bool) -> Result<usize, NotDone> {
        if self.pane != Pane::Letter {
            return Err(NotDone::NotInLetter);
        }
        let sentence = self
            .sentence(self.cursor)
            .ok_or(NotDone::NoSentence)?
            .to_string();
        let paragraph = self
            .sentences
            .get(self.cursor)
            .and_then(|(p, _)| self.import.paragraphs.get(*p));
        if !asked && !paragraph.is_some_and(|p| is_body_line(p)) {
            return Err(NotDone::NotBody);
        }
        self.room_for_one_more()?;
        let draft = draft_of(&sentence, &self.import.meta, None);
        let line = self
            .layout
            .sentence_lines
            .get(self.cursor)
            .copied()
            .unwrap_or(0);
        let at = self
            .layout
            .draft_lines
            .iter()
            .rposition(|l| l.is_some_and(|l| l <= line))
            .map_or(0, |i| i + 1)
            .min(self.drafts.len());
        self.drafts.insert(
            at,
            ReviewDraft {
                draft,
                decision: Decision::Accepted,
            },
        );
        self.selected = at;
        self.pane = Pane::Drafts;
        Ok(at)
    }

    /// Lists the drafts by score, highest first, or back in the letter's order; the chosen
    /// draft stays chosen. Returns the new order.
    pub fn sort(&mut self) -> Order {
        let spots = &self.spots.spots;
        let mut keyed: Vec<(usize, ReviewDraft)> = self.drafts.drain(..).enumerate().collect();
        self.order = match self.order {
            Order::Letter => {
                keyed.sort_by_key(|(_, d)| std::cmp::Reverse(d.draft.score));
                Order::Score
            }
            Order::Score => {
                // Where each quote starts in the letter; one not found goes last.
                let at = |d: &ReviewDraft| {
                    let k = self.spots.quotes.iter().position(|q| *q == d.draft.quote);
                    k.and_then(|k| spots.get(k)?.first().map(|(p, r)| (*p, r.start)))
                        .unwrap_or((usize::MAX, usize::MAX))
                };
                keyed.sort_by_key(|(_, d)| at(d));
                Order::Letter
            }
        };
        let chosen = self.selected;
        self.selected = keyed.iter().position(|(k, _)| *k == chosen).unwrap_or(0);
        self.drafts = keyed.into_iter().map(|(_, d)| d).collect();
        self.order
    }

    /// Tab: the other pane; the letter's cursor starts at the selected draft's sentence.
    pub fn switch_pane(&mut self) {
        self.pane = match self.pane {
            Pane::Drafts => {
                if let Some(line) = self.layout.draft_lines.get(self.selected)
                    && let Some(n) =
                        line.and_then(|l| self.layout.sentence_lines.iter().rposition(|&s| s <= l))
                {
                    self.cursor = n;
                }
                Pane::Letter
            }
            Pane::Letter => Pane::Drafts,
        };
    }
}
