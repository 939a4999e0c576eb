//! Reviewing an imported letter: deciding, editing, splitting and merging its drafts, adding
//! one from a sentence, and saving the letter with the accepted ones in one transaction.

use super::App;
use crate::error::Error;
use crate::letter::extract::{DraftTarget, draft_of, split_points};
use crate::letter::import::{Import, check_drafts};
use crate::tui::keys::Action;
use crate::tui::screen::review::{Decision, Pane, Review, ReviewDraft, SplitPick};
use crate::tui::screen::{FieldKind, FormMode, OnYes, PledgeForm, Screen};

/// Lays the letter out at its pane's width and keeps what is chosen on screen.
fn lay_out(review: &mut Review, size: (u16, u16)) {
    let (letter, _) = crate::tui::ui::review::panes(size);
    crate::tui::ui::review::lay_out(review, letter.width);
    let page = usize::from(letter.height.saturating_sub(2)).max(1);
    let line = match review.pane {
        Pane::Drafts => review
            .layout
            .draft_lines
            .get(review.selected)
            .copied()
            .flatten(),
        Pane::Letter => review.layout.sentence_lines.get(review.cursor).copied(),
    };
    if let Some(line) = line
        && (line < review.scroll || line >= review.scroll + page)
    {
        review.scroll = line.saturating_sub(page / 3);
    }
    let max = review.layout.rows.len().saturating_sub(page);
    review.scroll = review.scroll.min(max);
}

impl App {
    /// Opens the review of a letter over the list.
    pub fn open_review(&mut self, import: Import) {
        let mut review = Review::new(import);
        lay_out(&mut review, self.size);
        let found = review.drafts.len();
        self.screens.push(Screen::Review(Box::new(review)));
        self.say(format!(
            "{found} pledge(s) found: a accepts, x rejects, Ctrl-S saves the accepted ones"
        ));
    }

    fn review_mut(&mut self) -> Option<&mut Review> {
        self.screens.iter_mut().rev().find_map(|s| match s {
            Screen::Review(r) => Some(&mut **r),
            _ => None,
        })
    }

    pub(super) fn relayout_review(&mut self) {
        let size = self.size;
        if let Some(review) = self.review_mut() {
            lay_out(review, size);
        }
    }

    pub(super) fn apply_review(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::Review(review)) = self.screens.last_mut() else {
            return Ok(());
        };
        let (letter, _) = crate::tui::ui::review::panes(self.size);
        let page = usize::from(letter.height.saturating_sub(2)).max(1);
        let drafts = review.drafts.len();
        let sentences = review.sentences.len();
        match action {
            Action::Down | Action::Up | Action::Top | Action::Bottom => {
                let (at, len) = match review.pane {
                    Pane::Drafts => (&mut review.selected, drafts),
                    Pane::Letter => (&mut review.cursor, sentences),
                };
                super::scroll(at, &action, page, len.saturating_sub(1));
            }
            Action::PageDown | Action::PageUp => {
                let max = review.layout.rows.len().saturating_sub(page);
                super::scroll(&mut review.scroll, &action, page, max);
                return Ok(());
            }
            Action::SwitchPane => {
                review.pane = match review.pane {
                    Pane::Drafts => {
                        // The cursor starts at the selected draft's sentence.
                        if let Some(line) = review.layout.draft_lines.get(review.selected)
                            && let Some(n) = line.and_then(|l| {
                                review.layout.sentence_lines.iter().rposition(|&s| s <= l)
                            })
                        {
                            review.cursor = n;
                        }
                        Pane::Letter
                    }
                    Pane::Letter => Pane::Drafts,
                };
            }
            Action::Accept | Action::Reject | Action::Toggle => {
                let Some(d) = review.drafts.get_mut(review.selected) else {
                    return self.no_drafts();
                };
                d.decision = match (action, d.decision) {
                    (Action::Accept, _) => Decision::Accepted,
                    (Action::Reject, _) => Decision::Rejected,
                    (_, Decision::Accepted) => Decision::Rejected,
                    _ => Decision::Accepted,
                };
                // Deciding moves on, so a letter is reviewed with one key per draft.
                if review.pane == Pane::Drafts {
                    review.selected = (review.selected + 1).min(drafts.saturating_sub(1));
                }
            }
            Action::AcceptAll => {
                let mut n = 0;
                for d in &mut review.drafts {
                    if d.decision == Decision::Open {
                        d.decision = Decision::Accepted;
                        n += 1;
                    }
                }
                self.say(format!("accepted {n} undecided draft(s)"));
            }
            Action::Edit => return self.edit_draft(),
            Action::Split => return self.pick_split(),
            Action::Merge => return self.merge_drafts(),
            Action::Add => return self.add_from_sentence(),
            Action::Save => return self.ask_save_review(),
            Action::Back => {
                self.screens.push(Screen::Confirm {
                    question: "Leave the review? The letter and its pledges are not saved.".into(),
                    on_yes: OnYes::DiscardDraft,
                });
                return Ok(());
            }
            Action::Help => {
                self.screens.push(Screen::Help { scroll: 0 });
                return Ok(());
            }
            Action::Quit => return self.ask_quit(),
            _ => return Ok(()),
        }
        self.relayout_review();
        Ok(())
    }

    fn no_drafts(&mut self) -> Result<(), Error> {
        self.say("no drafts: Tab to the letter, choose a sentence and press n to add one");
        Ok(())
    }

    pub(super) fn edit_draft(&mut self) -> Result<(), Error> {
        let Some(review) = self.review_mut() else {
            return Ok(());
        };
        let at = review.selected;
        let Some(d) = review.drafts.get(at).map(|d| &d.draft) else {
            return self.no_drafts();
        };
        let target = d.targets.first();
        let mut values = super::edit::pledge_fields(
            &d.title,
            &d.owner,
            d.deadline,
            d.deadline_text.as_deref(),
            target.map(|t| t.quantity),
            target.map(|t| t.unit.as_str()),
        );
        // The ledger keeps one target a pledge: the first's number and unit, all the wording.
        let worded: Vec<&str> = d.targets.iter().map(|t| t.text.as_str()).collect();
        values.push((FieldKind::TargetText, worded.join("；")));
        values.push((FieldKind::Quote, d.quote.clone()));
        self.screens.push(Screen::Form(Box::new(PledgeForm::new(
            FormMode::Draft(at),
            values,
        ))));
        Ok(())
    }

    /// Writes the form back into its draft: nothing reaches the ledger until the review is saved.
    pub(super) fn save_draft_form(&mut self, at: usize) -> Result<(), Error> {
        let Some(Screen::Form(form)) = self.screens.last() else {
            return Ok(());
        };
        use FieldKind as F;
        let title = super::edit::required("title", form.value(F::Title))?;
        let owner = super::edit::required("owner", form.value(F::Owner))?;
        let deadline = super::edit::parse_date_field("deadline", form.value(F::Deadline))?;
        let quantity = super::edit::parse_quantity_field("target", form.value(F::Target))?;
        super::edit::needs_number(quantity, "unit", form.value(F::Unit))?;
        super::edit::needs_number(quantity, "target wording", form.value(F::TargetText))?;
        let unit = form.value(F::Unit).trim().to_string();
        let deadline_text = super::edit::optional(form.value(F::DeadlineText));
        let worded = super::edit::optional(form.value(F::TargetText));
        let quote = form.value(F::Quote).trim().to_string();
        let Some(review) = self.review_mut() else {
            return Ok(());
        };
        let Some(d) = review.drafts.get_mut(at) else {
            return Ok(());
        };
        let draft = &mut d.draft;
        draft.targets = match quantity {
            None => Vec::new(),
            Some(q) => {
                let text = match worded {
                    Some(text) => text,
                    None => format!("{q}{unit}"),
                };
                vec![DraftTarget {
                    quantity: q,
                    unit,
                    text,
                }]
            }
        };
        draft.title = title;
        draft.owner = owner;
        draft.deadline = deadline;
        draft.deadline_text = deadline_text;
        draft.quote = quote;
        d.decision = Decision::Accepted;
        self.screens.pop();
        self.relayout_review();
        self.say(format!("draft {} changed and accepted", at + 1));
        Ok(())
    }

    fn pick_split(&mut self) -> Result<(), Error> {
        let Some(review) = self.review_mut() else {
            return Ok(());
        };
        let at = review.selected;
        let Some(d) = review.drafts.get(at) else {
            return self.no_drafts();
        };
        let points = split_points(&d.draft.quote);
        if points.is_empty() {
            self.say("this quote has no comma or full stop to split at");
            return Ok(());
        }
        // Start at the first sentence end, else the first clause.
        let start = points
            .iter()
            .position(|&i| d.draft.quote[..i].ends_with(['。', '；', ';']))
            .unwrap_or(0);
        self.screens.push(Screen::SplitPick(SplitPick {
            draft: at,
            points,
            at: start,
        }));
        Ok(())
    }

    pub(super) fn apply_split_pick(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::SplitPick(pick)) = self.screens.last_mut() else {
            return Ok(());
        };
        let n = pick.points.len();
        match action {
            Action::Right => pick.at = (pick.at + 1).min(n.saturating_sub(1)),
            Action::Left => pick.at = pick.at.saturating_sub(1),
            Action::Back => {
                self.screens.pop();
            }
            Action::Enter => {
                let (draft, cut) = (pick.draft, pick.points.get(pick.at).copied());
                self.screens.pop();
                if let Some(cut) = cut {
                    self.split_draft(draft, cut);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Whether the review may hold one draft more; says why not when it may not.
    fn room_for_a_draft(&mut self) -> bool {
        let held = self.review_mut().map_or(0, |r| r.drafts.len());
        match check_drafts(held + 1) {
            Ok(()) => true,
            Err(e) => {
                self.say(crate::messages::letter::no_draft_added(&e));
                false
            }
        }
    }

    /// Replaces a draft by its two halves, each read again by the extraction rules.
    fn split_draft(&mut self, at: usize, cut: usize) {
        if !self.room_for_a_draft() {
            return;
        }
        let Some(review) = self.review_mut() else {
            return;
        };
        let Some(d) = review.drafts.get(at) else {
            return;
        };
        let quote = &d.draft.quote;
        let Some((head, tail)) = quote.get(..cut).zip(quote.get(cut..)) else {
            return;
        };
        let meta = &review.import.meta;
        let owner = Some(d.draft.owner.as_str());
        let halves =
            [draft_of(head, meta, owner), draft_of(tail, meta, owner)].map(|draft| ReviewDraft {
                draft,
                decision: Decision::Open,
            });
        review.drafts.splice(at..=at, halves);
        self.relayout_review();
        self.say(format!("draft {} split in two", at + 1));
    }

    /// Joins the selected draft and the next into one: the first's title and owner, both quotes.
    fn merge_drafts(&mut self) -> Result<(), Error> {
        let Some(review) = self.review_mut() else {
            return Ok(());
        };
        let at = review.selected;
        if at + 1 >= review.drafts.len() {
            self.say("no next draft to merge with");
            return Ok(());
        }
        let next = review.drafts.remove(at + 1).draft;
        let meta = review.import.meta.clone();
        let Some(first) = review.drafts.get_mut(at) else {
            return Ok(());
        };
        let quote = format!("{}{}", first.draft.quote, next.quote);
        let read = draft_of(&quote, &meta, Some(&first.draft.owner));
        let d = &mut first.draft;
        d.quote = read.quote;
        // The later of the two deadlines: the merged commitment is kept only when both are.
        if next.deadline > d.deadline {
            d.deadline = next.deadline;
            d.deadline_text = next.deadline_text;
        }
        d.targets.extend(next.targets);
        first.decision = Decision::Open;
        self.relayout_review();
        self.say(format!("drafts {} and {} merged", at + 1, at + 2));
        Ok(())
    }

    fn add_from_sentence(&mut self) -> Result<(), Error> {
        let Some(review) = self.review_mut() else {
            return Ok(());
        };
        if review.pane != Pane::Letter {
            self.say("Tab to the letter first, then choose the sentence with ↑/↓");
            return Ok(());
        }
        let Some(sentence) = review.sentence(review.cursor).map(str::to_string) else {
            return Ok(());
        };
        if !self.room_for_a_draft() {
            return Ok(());
        }
        let Some(review) = self.review_mut() else {
            return Ok(());
        };
        let draft = draft_of(&sentence, &review.import.meta, None);
        // In the letter's order: after the last draft whose quote comes earlier.
        let line = review
            .layout
            .sentence_lines
            .get(review.cursor)
            .copied()
            .unwrap_or(0);
        let at = review
            .layout
            .draft_lines
            .iter()
            .rposition(|l| l.is_some_and(|l| l <= line))
            .map_or(0, |i| i + 1)
            .min(review.drafts.len());
        review.drafts.insert(
            at,
            ReviewDraft {
                draft,
                decision: Decision::Accepted,
            },
        );
        review.selected = at;
        review.pane = Pane::Drafts;
        self.relayout_review();
        self.say(format!(
            "draft {} added from the letter and accepted",
            at + 1
        ));
        Ok(())
    }

    fn ask_save_review(&mut self) -> Result<(), Error> {
        let Some(review) = self.review_mut() else {
            return Ok(());
        };
        let (accepted, open) = (
            review.count(Decision::Accepted),
            review.count(Decision::Open),
        );
        if open == 0 && accepted > 0 {
            return self.save_review();
        }
        let question = if accepted == 0 {
            "No draft is accepted. Save the letter alone, with no pledges?".to_string()
        } else {
            format!(
                "{open} draft(s) not decided will be left out. Save the letter with {accepted} pledge(s)?"
            )
        };
        self.screens.push(Screen::Confirm {
            question,
            on_yes: OnYes::SaveReview,
        });
        Ok(())
    }

    /// Writes the letter and the accepted drafts in one transaction, then shows them in the list.
    pub(super) fn save_review(&mut self) -> Result<(), Error> {
        let Some(pos) = self
            .screens
            .iter()
            .rposition(|s| matches!(s, Screen::Review(_)))
        else {
            return Ok(());
        };
        let Some(Screen::Review(review)) = self.screens.get(pos) else {
            return Ok(());
        };
        let (id, ids) =
            review
                .import
                .save(&mut self.store, &review.accepted(), &self.who, self.today)?;
        let said = crate::messages::letter::saved(
            &review.import.letter(self.today),
            &review.import.read_as,
            &ids,
            id,
        );
        self.screens.truncate(pos);
        self.reload()?;
        if let Some(at) = ids
            .first()
            .and_then(|first| self.ids.iter().position(|i| i == first))
        {
            self.selected = at;
            self.scroll_into_view()?;
        }
        self.say(said.clone());
        self.saved_letter = Some(said);
        Ok(())
    }
}
