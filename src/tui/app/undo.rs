//! `u`: undo the last change of this session; `Ctrl-R`: redo the last one undone. Both write
//! forward: they are recorded in history, and a note is never deleted; it is withdrawn, a fact
//! in its history, and a redo adds it again. Each only puts back what this session wrote while
//! that is still in the ledger: a later change by anyone else stays. A step on a pledge other
//! than the one on screen is named and asked about first.

use super::App;
use crate::error::Error;
use crate::error::screen::Refusal;
use crate::ledger::Ledger;
use crate::messages::tui::undo as words;
use crate::model::{Change, Status};
use crate::store::{Edit, Guarded, NewNote, Seen, Stale, Withdrawal};
use crate::tui::screen::{OnYes, Screen};

pub enum UndoStep {
    Changed {
        id: i64,
        changes: Vec<Change>,
    },
    Added {
        id: i64,
        /// The status it was added with.
        status: Status,
    },
    Noted {
        pledge: i64,
        note: i64,
        /// The status before the note changed it.
        status_before: Option<Status>,
    },
    /// A note undo withdrew: redo adds it again, while nothing was written on the pledge since.
    Withdrawn {
        note: NewNote,
        status_before: Option<Status>,
        /// The pledge's last history entry and last note just after the withdrawal.
        after: (Option<i64>, Option<i64>),
    },
}

impl UndoStep {
    fn pledge(&self) -> i64 {
        match self {
            UndoStep::Changed { id, .. } | UndoStep::Added { id, .. } => *id,
            UndoStep::Noted { pledge, .. } => *pledge,
            UndoStep::Withdrawn { note, .. } => note.pledge,
        }
    }

    /// What the step did, as undo and redo name it.
    fn what(&self) -> String {
        match self {
            UndoStep::Changed { changes, .. } => {
                let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
                words::changed(&fields)
            }
            UndoStep::Added { .. } => words::adding().into(),
            UndoStep::Noted { note, .. } => words::note(*note),
            UndoStep::Withdrawn { .. } => words::withdrawal().into(),
        }
    }
}

/// Why an undo or a redo wrote nothing: what changed since, and by whom.
fn not_undone(pledge: i64, after_note: Option<i64>, stale: Vec<Stale>) -> Error {
    Error::Screen(Refusal::NotUndone {
        pledge,
        after_note,
        stale,
    })
}

fn not_redone(pledge: i64, stale: Vec<Stale>) -> Error {
    Error::Screen(Refusal::NotRedone { pledge, stale })
}

/// A pledge's last history entry and last note: what a redo of a withdrawal checks.
fn latest(store: &impl Ledger, pledge: i64) -> Result<(Option<i64>, Option<i64>), Error> {
    let change = store.history(pledge)?.iter().map(|c| c.id).max();
    let note = store.notes(pledge)?.iter().map(|n| n.id).max();
    Ok((change, note))
}

impl<L: Ledger> App<L> {
    /// Records a new change for undo; anything undone before it can no longer be redone.
    pub(super) fn record(&mut self, step: UndoStep) {
        self.undo.push(step);
        self.redo.clear();
    }

    /// The pledge the person is looking at: the open pledge, or the row selected in the list.
    fn on_screen(&self) -> Option<i64> {
        match self.screens.iter().rev().find(|s| s.is_full()) {
            Some(Screen::Detail(view)) => Some(view.pledge.id),
            Some(Screen::List) | None => self.selected_pledge().map(|p| p.id),
            Some(_) => None,
        }
    }

    /// `#4 “研究院挂牌…”`: how undo names a pledge, or its number alone if it is gone.
    fn named(&self, id: i64) -> String {
        let title = self.store.find_pledge(id).ok().flatten().map(|p| p.title);
        words::pledge(id, title.as_deref())
    }

    /// `u`: undoes at once on the pledge on screen; about another pledge, asks first.
    pub(super) fn undo_last(&mut self) -> Result<(), Error> {
        self.ask_or(false)
    }

    /// `Ctrl-R`: as undo, for the last step undone.
    pub(super) fn redo_last(&mut self) -> Result<(), Error> {
        self.ask_or(true)
    }

    fn ask_or(&mut self, redo: bool) -> Result<(), Error> {
        let stack = if redo { &self.redo } else { &self.undo };
        let Some(step) = stack.last() else {
            self.say(words::nothing(redo));
            return Ok(());
        };
        let id = step.pledge();
        if self.on_screen() == Some(id) {
            return if redo {
                self.redo_now()
            } else {
                self.undo_now()
            };
        }
        let question = words::ask(redo, &step.what(), &self.named(id));
        let on_yes = if redo { OnYes::Redo } else { OnYes::Undo };
        self.screens.push(Screen::Confirm { question, on_yes });
        Ok(())
    }

    pub(super) fn undo_now(&mut self) -> Result<(), Error> {
        self.step_now(false)
    }

    pub(super) fn redo_now(&mut self) -> Result<(), Error> {
        self.step_now(true)
    }

    /// Takes the last step off its stack and writes its reverse; the reverse goes on the
    /// other stack, so undo and redo alternate for as long as nobody else writes between.
    fn step_now(&mut self, redo: bool) -> Result<(), Error> {
        let popped = if redo {
            self.redo.pop()
        } else {
            self.undo.pop()
        };
        let Some(step) = popped else {
            self.say(words::nothing(redo));
            return Ok(());
        };
        let (what, named) = (step.what(), self.named(step.pledge()));
        match self.reverse(&step, redo) {
            Ok(Ok(back)) => {
                let other = if redo { &mut self.undo } else { &mut self.redo };
                other.extend(back);
                self.reload()?;
                let text = match step {
                    UndoStep::Noted { note, .. } if !redo => words::withdrawn(&named, note),
                    _ => words::done(redo, &what, &named),
                };
                self.say(text);
                Ok(())
            }
            // Someone else's later change stands; this step can no longer be taken back.
            Ok(Err(refused)) => {
                self.reload()?;
                Err(refused)
            }
            Err(e) => {
                let mine = if redo { &mut self.redo } else { &mut self.undo };
                mine.push(step);
                Err(e)
            }
        }
    }

    /// Writes the reverse of `step`; returns the step that reverses it in turn.
    fn reverse(
        &mut self,
        step: &UndoStep,
        redo: bool,
    ) -> Result<Result<Option<UndoStep>, Error>, Error> {
        let why = if redo {
            crate::request::REDONE
        } else {
            crate::request::UNDONE
        };
        match step {
            UndoStep::Changed { id, changes } => {
                let edit = Edit::reverting(changes)?;
                let guard = Seen::wrote(changes);
                Ok(
                    match self
                        .store
                        .edit_pledge_seen(*id, &edit, &guard, &self.who, Some(why))?
                    {
                        Guarded::Done(back) => Ok(changed(*id, back)),
                        Guarded::Stale(stale) if redo => Err(not_redone(*id, stale)),
                        Guarded::Stale(stale) => Err(not_undone(*id, None, stale)),
                    },
                )
            }
            UndoStep::Added { id, status } => {
                let edit = Edit {
                    status: Some(Status::Dropped),
                    ..Edit::default()
                };
                let guard = [Seen::new("status", Some(status.as_str().to_string()))];
                let reason = Some(crate::request::UNDONE_ADDED);
                Ok(
                    match self
                        .store
                        .edit_pledge_seen(*id, &edit, &guard, &self.who, reason)?
                    {
                        Guarded::Done(back) => Ok(changed(*id, back)),
                        Guarded::Stale(stale) => Err(not_undone(*id, None, stale)),
                    },
                )
            }
            UndoStep::Noted {
                pledge,
                note,
                status_before,
            } => self.withdraw(*pledge, *note, *status_before),
            UndoStep::Withdrawn {
                note,
                status_before,
                after,
            } => {
                if latest(&self.store, note.pledge)? != *after {
                    let changed = self.store.history(note.pledge)?;
                    let since = changed.iter().filter(|c| Some(c.id) > after.0);
                    let stale = since
                        .map(|c| Stale {
                            field: c.field.clone(),
                            seen: c.old.clone(),
                            now: c.new.clone(),
                            by: Some(c.changed_by.clone()),
                        })
                        .collect();
                    return Ok(Err(not_redone(note.pledge, stale)));
                }
                let id = self.store.add_note(note)?;
                Ok(Ok(Some(UndoStep::Noted {
                    pledge: note.pledge,
                    note: id,
                    status_before: *status_before,
                })))
            }
        }
    }

    /// Withdraws a note this session added; its redo adds the same note again.
    fn withdraw(
        &mut self,
        pledge: i64,
        note: i64,
        status_before: Option<Status>,
    ) -> Result<Result<Option<UndoStep>, Error>, Error> {
        let kept = self.store.notes(pledge)?.into_iter().find(|n| n.id == note);
        let withdrawal = Withdrawal {
            pledge,
            note,
            by: self.who.clone(),
            status_before,
        };
        if let Guarded::Stale(stale) = self.store.withdraw_note(&withdrawal)? {
            return Ok(Err(not_undone(pledge, Some(note), stale)));
        }
        let after = latest(&self.store, pledge)?;
        Ok(Ok(kept.map(|n| UndoStep::Withdrawn {
            note: NewNote {
                pledge,
                on: n.on,
                author: n.author,
                body: n.body,
                progress: n.progress,
                status: n.status,
                why: Some(crate::request::REDONE.to_string()),
                reported_by: n.reported_by,
                evidence: n.evidence,
            },
            status_before,
            after,
        })))
    }
}

/// The step that puts back what a reverting edit wrote, if it wrote anything.
fn changed(id: i64, changes: Vec<Change>) -> Option<UndoStep> {
    (!changes.is_empty()).then_some(UndoStep::Changed { id, changes })
}
