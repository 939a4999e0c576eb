//! Reviewing an imported letter: the keys of the review screen, editing a draft in the form,
//! and saving the letter with the accepted drafts in one transaction. The drafts themselves
//! are changed by `Review`'s own methods.

use super::App;
use super::fields;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::letter::extract::DraftTarget;
use crate::letter::import::Import;
use crate::messages::tui::review as words;
use crate::messages::tui::review_batch as batch_words;
use crate::problem::Field;
use crate::tui::keys::Action;
use crate::tui::screen::review::{Decision, NotDone, Order, Pane, Review};
use crate::tui::screen::{FieldKind, FormMode, OnYes, PledgeForm, Screen};

impl<L: Ledger> App<L> {
    /// Opens the review of a letter over the list.
    pub fn open_review(&mut self, import: Import) {
        let mut review = Review::new(import);
        review.lay_out(self.size);
        let found = review.drafts.len();
        self.screens.push(Screen::Review(Box::new(review)));
        self.say(words::opened(found));
    }

    /// Marks the review as letter `at` of `of` in a batch (`Q` then stops the batch).
    pub fn place_in_batch(&mut self, batch: Option<(usize, usize)>) {
        if let Some(review) = self.review_mut() {
            review.batch = batch;
        }
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
            review.lay_out(size);
        }
    }

    /// Says why a change to the drafts was not made.
    fn not_done(&mut self, why: &NotDone) -> Result<(), Error> {
        if *why != NotDone::NoSentence {
            self.say(words::not_done(why));
        }
        Ok(())
    }

    pub(super) fn apply_review(&mut self, action: Action) -> Result<(), Error> {
        let page = Review::page(self.size);
        let Some(Screen::Review(review)) = self.screens.last_mut() else {
            return Ok(());
        };
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
            Action::PageDown | Action::PageUp | Action::HalfPageDown | Action::HalfPageUp => {
                let max = review.layout.rows.len().saturating_sub(page);
                super::scroll(&mut review.scroll, &action, page, max);
                return Ok(());
            }
            Action::SwitchPane => review.switch_pane(),
            Action::Accept | Action::Reject | Action::Toggle => {
                let Some(d) = review.drafts.get_mut(review.selected) else {
                    return self.not_done(&NotDone::NoDrafts);
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
                let n = review.accept_rest();
                self.say(words::accepted_rest(n));
            }
            Action::Edit => return self.edit_draft(),
            Action::Split => match review.split_pick() {
                Ok(pick) => self.screens.push(Screen::SplitPick(pick)),
                Err(why) => return self.not_done(&why),
            },
            Action::Merge => match review.merge() {
                Ok(at) => self.say(words::merged(at)),
                Err(why) => return self.not_done(&why),
            },
            Action::Add => match review.add_from_sentence(false) {
                Ok(at) => self.say(words::added(at)),
                Err(NotDone::NotBody) => {
                    self.screens.push(Screen::Confirm {
                        question: batch_words::add_line_question(),
                        on_yes: OnYes::AddLine,
                    });
                    return Ok(());
                }
                Err(why) => return self.not_done(&why),
            },
            Action::StopBatch => {
                let question: String = match review.batch {
                    Some((at, of)) => batch_words::stop_question(of.saturating_sub(at)),
                    None => words::leave_question().into(),
                };
                let on_yes = if review.batch.is_some() {
                    OnYes::StopBatch
                } else {
                    OnYes::DiscardDraft
                };
                self.screens.push(Screen::Confirm { question, on_yes });
                return Ok(());
            }
            Action::Sort => {
                let order = review.sort();
                self.say(words::sorted(order == Order::Score));
            }
            Action::Save => return self.ask_save_review(),
            Action::Back => {
                self.screens.push(Screen::Confirm {
                    question: words::leave_question().into(),
                    on_yes: OnYes::DiscardDraft,
                });
                return Ok(());
            }
            Action::Help => {
                self.open_help();
                return Ok(());
            }
            Action::Quit => return self.ask_quit(),
            _ => return Ok(()),
        }
        self.relayout_review();
        Ok(())
    }

    /// Adds the sentence under the letter's cursor though it is not of the body: the person
    /// said yes when asked.
    pub(super) fn add_line_anyway(&mut self) -> Result<(), Error> {
        let Some(review) = self.review_mut() else {
            return Ok(());
        };
        match review.add_from_sentence(true) {
            Ok(at) => {
                self.relayout_review();
                self.say(words::added(at));
                Ok(())
            }
            Err(why) => self.not_done(&why),
        }
    }

    pub(super) fn edit_draft(&mut self) -> Result<(), Error> {
        let Some(review) = self.review_mut() else {
            return Ok(());
        };
        let at = review.selected;
        let Some(d) = review.drafts.get(at).map(|d| &d.draft) else {
            return self.not_done(&NotDone::NoDrafts);
        };
        let target = d.targets.first();
        let mut values = fields::pledge_fields(
            &d.title,
            &d.owner,
            d.deadline,
            d.deadline_text.as_deref(),
            target.map(|t| t.quantity),
            target.map(|t| t.unit.as_str()),
        );
        // The ledger keeps one target a pledge: the first's number and unit, all the wording.
        let worded: Vec<&str> = d.targets.iter().map(|t| t.text.as_str()).collect();
        values.push((FieldKind::TargetText, words::targets_joined(&worded)));
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
        let title = fields::required(Field::Title, form.value(F::Title))?;
        let owner = fields::required(Field::Owner, form.value(F::Owner))?;
        let deadline = fields::date(Field::Deadline, form.value(F::Deadline))?;
        let quantity = fields::quantity(Field::Target, form.value(F::Target))?;
        fields::needs_number(quantity, Field::Unit, form.value(F::Unit))?;
        fields::needs_number(quantity, Field::TargetText, form.value(F::TargetText))?;
        let unit = form.value(F::Unit).trim().to_string();
        let deadline_text = fields::optional(form.value(F::DeadlineText));
        let worded = fields::optional(form.value(F::TargetText));
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
                let text = worded.unwrap_or_else(|| words::target_worded(q, &unit));
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
        self.pop();
        self.relayout_review();
        self.say(words::draft_changed(at));
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
            Action::Back => self.pop(),
            Action::Enter => {
                let (draft, cut) = (pick.draft, pick.points.get(pick.at).copied());
                self.pop();
                let Some(cut) = cut else {
                    return Ok(());
                };
                let Some(review) = self.review_mut() else {
                    return Ok(());
                };
                match review.split(draft, cut) {
                    Ok(()) => {
                        self.relayout_review();
                        self.say(words::split(draft));
                    }
                    Err(why) => return self.not_done(&why),
                }
            }
            _ => {}
        }
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
        self.screens.push(Screen::Confirm {
            question: words::save_question(accepted, open),
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
        self.screens.truncate(pos.max(1));
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
        self.saved_pledges += ids.len();
        Ok(())
    }
}
