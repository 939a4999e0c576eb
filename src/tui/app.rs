//! The TUI's state and its one mutator, `App::apply`. Every write goes to the store and the
//! screen is then re-read from it, so what is shown is what is saved.

mod bodies;
mod confirm;
mod conflict;
mod copy;
mod dashboard;
mod detail;
mod external;
mod fields;
mod form;
mod help_screen;
mod help_search;
mod letters;
mod list;
mod mouse;
mod note;
mod period;
mod report;
mod review;
mod searching;
mod status;
mod undo;
mod watch;

use crate::ledger::Ledger;
use chrono::NaiveDate;

use crate::error::Error;
use crate::model::{Pledge, Status};
use crate::store::{Filter, Sort, Summary};
use crate::tui::input::TextInput;
use crate::tui::keys::{Action, Keymap};
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH, list_capacity};
use crate::tui::screen::Screen;
use undo::UndoStep;

/// What `App::screen` shows should the stack ever be empty: the list.
const LIST: &Screen = &Screen::List;

/// A line for the status bar; errors are drawn in red.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// What `apply` asks of the terminal, which the loop does and then forgets: the app itself
/// never writes to the terminal or runs a program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard; `tui::clipboard` strips its control characters.
    Copy(String),
    /// Open the external editor on this text; what it leaves may be at most `limit` bytes.
    Edit { text: String, limit: usize },
}

/// The app over any ledger; the program runs it over SQLite's.
pub struct App<L: Ledger> {
    store: L,
    pub today: NaiveDate,
    pub who: String,
    /// How the header names the ledger.
    pub ledger: String,
    /// The screens open, the list at the bottom and the top one last.
    pub screens: Vec<Screen>,
    /// Every id the list shows, in order: cheap even at a million pledges.
    pub ids: Vec<i64>,
    /// The listed sub-items drawn under their parent; others name their parent.
    pub nested: std::collections::HashSet<i64>,
    /// The pledges on screen (from `offset`), the only rows read in full.
    pub window: Vec<Pledge>,
    pub selected: usize,
    /// First list row on screen.
    pub offset: usize,
    pub summary: Summary,
    /// The owner the list is filtered by, as chosen; `body_scope` is what it picks.
    pub owner_filter: Option<String>,
    /// The bodies `owner_filter` names (lead or co-owner), as the store resolved them.
    pub body_scope: Option<crate::request::BodyScope>,
    /// Only this letter's pledges.
    pub letter_filter: Option<i64>,
    pub status_filter: Option<Status>,
    pub overdue_only: bool,
    pub search: TextInput,
    pub sort: Sort,
    pub message: Option<Message>,
    /// Terminal size in cells.
    pub size: (u16, u16),
    undo: Vec<UndoStep>,
    /// Steps undone, newest last: cleared by any new change.
    redo: Vec<UndoStep>,
    /// The ledger file cannot be written: the header says so and editors do not open.
    pub read_only: bool,
    /// Where `p` on the report saves it (the current folder).
    pub save_dir: std::path::PathBuf,
    /// What saving a reviewed letter said, repeated on the terminal when the screen closes.
    pub saved_letter: Option<String>,
    /// Pledges added by saving reviewed letters, for the summary of a batch.
    pub saved_pledges: usize,
    /// The person asked to stop the whole batch of letters under review.
    pub stop_batch: bool,
    pub quit: bool,
    /// What idle ticks have seen of other writers.
    watch: watch::Watch,
    /// Where searches are read off the drawing path, and the one awaited.
    lists: searching::Searching<L::Lister>,
    /// Asked of the terminal by the last action, until the loop takes it.
    effect: Option<Effect>,
}

impl<L: Ledger> App<L> {
    pub fn new(
        store: L,
        today: NaiveDate,
        who: String,
        ledger: String,
        size: (u16, u16),
    ) -> Result<App<L>, Error> {
        let read_only = store.is_read_only();
        let mut app = App {
            read_only,
            store,
            today,
            who,
            ledger,
            screens: vec![Screen::List],
            ids: Vec::new(),
            nested: Default::default(),
            window: Vec::new(),
            selected: 0,
            offset: 0,
            summary: Summary::default(),
            owner_filter: None,
            body_scope: None,
            letter_filter: None,
            status_filter: None,
            overdue_only: false,
            search: TextInput::single(""),
            sort: Sort::default(),
            message: None,
            size,
            undo: Vec::new(),
            redo: Vec::new(),
            save_dir: std::env::current_dir().unwrap_or_else(|_| ".".into()),
            saved_letter: None,
            saved_pledges: 0,
            stop_batch: false,
            quit: false,
            watch: watch::Watch::default(),
            lists: searching::Searching::default(),
            effect: None,
        };
        app.lists = searching::Searching::new(app.store.lister());
        app.watch = watch::Watch::new(app.store.data_version()?);
        app.reload_rows()?;
        Ok(app)
    }

    /// The screen on top, the one keys go to.
    pub fn screen(&self) -> &Screen {
        self.screens.last().unwrap_or(LIST)
    }

    /// What the last action asked the terminal to do, taken once by the loop.
    pub fn take_effect(&mut self) -> Option<Effect> {
        self.effect.take()
    }

    /// The keys the screen on top answers to.
    pub fn keymap(&self) -> &'static Keymap {
        self.screen().keymap()
    }

    /// Closes the top screen without re-reading anything; the list is never closed.
    fn pop(&mut self) {
        if self.screens.len() > 1 {
            self.screens.pop();
        }
    }

    pub fn selected_pledge(&self) -> Option<&Pledge> {
        self.selected
            .checked_sub(self.offset)
            .and_then(|i| self.window.get(i))
    }

    pub fn filter(&self) -> Filter {
        Filter {
            bodies: self.body_scope.clone(),
            letter: self.letter_filter,
            status: self.status_filter,
            overdue_on: self.overdue_only.then_some(self.today),
            search: Some(self.search.text().to_string()).filter(|s| !s.trim().is_empty()),
            ..Filter::default()
        }
    }

    /// The window is below the least size: only a notice is drawn.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    /// The one place state changes.
    pub fn apply(&mut self, action: Action) {
        // Nothing acts unseen: behind the too-small notice only quitting and resizing work.
        let seen = matches!(
            action,
            Action::Quit | Action::ForceQuit | Action::Resize(..)
        );
        if self.too_small() && !seen {
            return;
        }
        // A tick or a list arriving is no one's keystroke: what the status line says stays.
        if !matches!(
            action,
            Action::Resize(..) | Action::Tick | Action::Listed(_) | Action::Reported
        ) {
            self.message = None;
        }
        let result = match action {
            Action::ForceQuit => {
                self.force_quit();
                Ok(())
            }
            Action::Resize(w, h) => {
                let relayout = w != self.size.0;
                self.size = (w, h);
                // The letter under review also keeps its chosen sentence in view on a new height.
                self.relayout_review();
                // A report is laid out as far as it now shows, from the top for a new width.
                self.relayout_reports(relayout);
                if relayout {
                    self.relayout_letters();
                    if let Err(e) = self.relayout_periods() {
                        self.fail(e);
                    }
                    for screen in &mut self.screens {
                        if let Screen::Detail(view) = screen {
                            view.lay_out(self.today, w);
                        }
                    }
                }
                self.keep_tables_in_view();
                self.keep_dashboards_in_view()
                    .and_then(|()| self.scroll_into_view())
            }
            Action::Tick => self.tick(),
            Action::Listed(answer) => self.listed(answer),
            Action::Reported => self.reported(),
            Action::Click(x, y) => self.click(x, y, false),
            Action::DoubleClick(x, y) => self.click(x, y, true),
            Action::CopyQuote | Action::CopyId => self.copy(&action),
            Action::ExternalEditor => self.open_external(),
            Action::Edited(result) => self.edited(result),
            action => match self.screen() {
                Screen::List => self.apply_list(action),
                Screen::Search => self.apply_search(action),
                Screen::FilterMenu { .. } => self.apply_filter_menu(action),
                Screen::Detail(_) => self.apply_detail(action),
                Screen::NoteEditor(_) => self.apply_note(action),
                Screen::Form(_) => self.apply_form(action),
                Screen::StatusPick { .. } => self.apply_status_pick(action),
                Screen::Help { .. } => self.apply_help(action),
                Screen::Confirm { .. } => self.apply_confirm(action),
                Screen::Report(_) => self.apply_report(action),
                Screen::Period(_) => self.apply_period(action),
                Screen::SavePrompt { .. } => self.apply_save_prompt(action),
                Screen::Review(_) => self.apply_review(action),
                Screen::SplitPick(_) => self.apply_split_pick(action),
                Screen::Bodies(_) => self.apply_bodies(action),
                Screen::Letters(_) => self.apply_letters(action),
                Screen::Letter(_) => self.apply_letter(action),
                Screen::Dashboard(_) => self.apply_dashboard(action),
            },
        };
        if let Err(e) = result {
            self.fail(e);
        }
    }

    fn say(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }

    /// Shows an error: beside its field when an open editor has that field (the draft stays),
    /// otherwise on the status line.
    fn fail(&mut self, e: Error) {
        if self.beside_field(&e) {
            return;
        }
        let text = e.to_string();
        self.message = Some(Message { text, error: true });
    }

    /// Re-reads the list and the header counts, keeping the selection on the same pledge.
    fn reload_rows(&mut self) -> Result<(), Error> {
        // Read here and now: a list still awaited from a search is no longer wanted.
        self.lists.forget();
        let keep = self.ids.get(self.selected).copied();
        let listed = self.store.listed(&self.filter(), self.sort)?;
        (self.ids, self.nested) = (listed.ids, listed.nested);
        self.summary = self.store.summary(self.today)?;
        self.selected = keep
            .and_then(|id| self.ids.iter().position(|&i| i == id))
            .unwrap_or(self.selected)
            .min(self.ids.len().saturating_sub(1));
        self.window.clear();
        self.scroll_into_view()
    }

    /// Re-reads everything on screen: the list, and any open pledge.
    fn reload(&mut self) -> Result<(), Error> {
        self.reload_rows()?;
        self.reread_tables()?;
        self.reread_dashboards()?;
        self.reread_periods()?;
        let mut gone = false;
        for screen in &mut self.screens {
            if let Screen::Detail(view) = screen {
                match detail::load(&self.store, view.pledge.id)? {
                    Some(fresh) => {
                        let (scroll, child) = (view.scroll, view.child);
                        **view = fresh;
                        view.scroll = scroll;
                        view.child = child.filter(|&c| c < view.children.len());
                        view.lay_out(self.today, self.size.0);
                    }
                    None => gone = true,
                }
            }
        }
        if gone {
            self.screens.retain(|s| !matches!(s, Screen::Detail(_)));
        }
        Ok(())
    }

    /// Keeps the selection on screen and reads the rows now on it (only when they changed).
    fn scroll_into_view(&mut self) -> Result<(), Error> {
        let cap = list_capacity(self.size.1).max(1);
        let before = self.offset;
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + cap {
            self.offset = self.selected + 1 - cap;
        }
        self.offset = self.offset.min(self.ids.len().saturating_sub(cap));
        let end = (self.offset + cap).min(self.ids.len());
        if self.offset != before || self.window.len() != end - self.offset.min(end) {
            self.window = self.store.pledges(&self.ids[self.offset.min(end)..end])?;
        }
        Ok(())
    }

    /// Closes the top screen and re-reads what is shown below it.
    fn close(&mut self) -> Result<(), Error> {
        self.pop();
        if self.screens.iter().any(|s| matches!(s, Screen::Detail(_))) {
            self.reload()
        } else {
            self.reload_rows()
        }
    }
}

/// Half a page, at least one line, so the key always moves.
fn half(page: usize) -> usize {
    (page / 2).max(1)
}

/// Moves a scroll position for a scrolling key; false for any other action.
fn scroll(position: &mut usize, action: &Action, page: usize, max: usize) -> bool {
    *position = match action {
        Action::Down => (*position + 1).min(max),
        Action::Up => position.saturating_sub(1),
        Action::PageDown => (*position + page).min(max),
        Action::PageUp => position.saturating_sub(page),
        Action::HalfPageDown => (*position + half(page)).min(max),
        Action::HalfPageUp => position.saturating_sub(half(page)),
        Action::Top => 0,
        Action::Bottom => max,
        _ => return false,
    };
    true
}

#[cfg(test)]
mod bodies_tests;
#[cfg(test)]
mod dashboard_tests;
#[cfg(test)]
mod draft_form_tests;
#[cfg(test)]
mod forms_tests;
#[cfg(test)]
mod loop_tests;
#[cfg(test)]
mod note_tests;
#[cfg(test)]
mod paging_tests;
#[cfg(test)]
mod period_tests;
#[cfg(test)]
mod report_tests;
#[cfg(test)]
mod review_batch_tests;
#[cfg(test)]
mod review_tests;
#[cfg(test)]
mod searching_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod undo_tests;
#[cfg(test)]
mod writers_tests;
