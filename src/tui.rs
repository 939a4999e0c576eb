//! The full-screen view: read a key, map it to an action, apply it, draw.

pub use crate::error::screen::Refusal;

pub mod app;
mod clipboard;
mod editor;
pub mod input;
pub mod keys;
pub mod layout;
pub mod screen;
mod terminal;
pub mod ui;

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyEventKind};

use crate::error::{Error, Result};
use crate::ledger::Ledger;
use app::{App, Effect};
use keys::mouse::Clicks;
use keys::{Action, Keymap, Typing};

/// Runs the TUI until the person quits; the terminal is restored however it ends.
pub fn run(
    store: impl Ledger,
    today: chrono::NaiveDate,
    who: String,
    ledger: String,
) -> Result<()> {
    let io = |e: std::io::Error| Error::io(crate::error::Doing::Terminal, e);
    let mut term = terminal::Session::start().map_err(io)?;
    let size = term.size().map_err(io)?;
    let app = App::new(store, today, who, ledger, size)?;
    drive(app, &mut term).map(|_| ())
}

/// Opens the review of a letter's drafts over the ledger. Returns what saving said, or `None`
/// when the person left without saving.
pub fn review(
    store: impl Ledger,
    today: chrono::NaiveDate,
    who: String,
    ledger: String,
    import: crate::letter::import::Import,
    batch: Option<(usize, usize)>,
) -> Result<Reviewed> {
    let io = |e: std::io::Error| Error::io(crate::error::Doing::Terminal, e);
    let mut term = terminal::Session::start().map_err(io)?;
    let size = term.size().map_err(io)?;
    let mut app = App::new(store, today, who, ledger, size)?;
    app.open_review(import);
    app.place_in_batch(batch);
    let app = drive(app, &mut term)?;
    Ok(Reviewed {
        said: app.saved_letter,
        added: app.saved_pledges,
        stop: app.stop_batch,
    })
}

/// How the review of one letter ended.
#[derive(Debug, Default)]
pub struct Reviewed {
    /// What saving the letter said, or `None` when it was left unsaved.
    pub said: Option<String>,
    /// Pledges the saved letter added.
    pub added: usize,
    /// The person asked to stop the whole batch: no further letter is read.
    pub stop: bool,
}

/// Events taken at once before the screen is drawn again.
const BURST: usize = 256;

/// How often the loop ticks and the ledger is asked whether another process wrote to it:
/// often enough to feel live, rare enough to cost nothing. It waits for events in between.
const TICK: Duration = Duration::from_secs(1);

/// How often the loop looks for a search's list while one is being read.
const ANSWER_LOOK: Duration = Duration::from_millis(5);

/// How often the loop looks for the report screen's report while it is read: a read of
/// seconds, which a frame drawn every few milliseconds would slow on a small machine.
const REPORT_LOOK: Duration = Duration::from_millis(40);

/// Reads keys, maps them to actions and applies them, drawing whenever no more are waiting,
/// until the person quits.
fn drive<L: Ledger>(mut app: App<L>, term: &mut terminal::Session) -> Result<App<L>> {
    let io = |e: std::io::Error| Error::io(crate::error::Doing::Terminal, e);
    let mut pending: VecDeque<Event> = VecDeque::new();
    let mut clicks = Clicks::default();
    let mut next_tick = Instant::now() + TICK;
    while !app.quit {
        if pending.is_empty() {
            // A search's list read meanwhile replaces the one shown before the next frame.
            if let Some(answer) = app.answer() {
                app.apply(Action::Listed(answer));
            }
            // So does a report read for the report screen.
            if app.reading_report() {
                app.apply(Action::Reported);
            }
            // Ticks keep their pace while events come (a mouse moved all the time).
            if Instant::now() >= next_tick {
                app.apply(Action::Tick);
                next_tick = Instant::now() + TICK;
            }
            term.draw(|frame| ui::render(&app, frame)).map_err(io)?;
            let mut wait = next_tick.saturating_duration_since(Instant::now());
            if app.searching() {
                wait = wait.min(ANSWER_LOOK);
            }
            if app.reading_report() {
                wait = wait.min(REPORT_LOOK);
            }
            if !event::poll(wait).map_err(io)? {
                continue;
            }
            pending.push_back(event::read().map_err(io)?);
            // What has already arrived (a word from an input method, a fast typist) is
            // applied before the next frame.
            while pending.len() < BURST && event::poll(Duration::ZERO).map_err(io)? {
                pending.push_back(event::read().map_err(io)?);
            }
        }
        let Some(event) = pending.pop_front() else {
            continue;
        };
        let keymap = app.keymap();
        let action = match event {
            Event::Mouse(m) => keys::mouse::action_for(keymap, m, &mut clicks, Instant::now()),
            event => action_for(keymap, &event).map(|a| word(keymap, a, &mut pending)),
        };
        match action {
            Some(Action::Suspend) => term.suspend().map_err(io)?,
            Some(action) => app.apply(action),
            None => {}
        }
        match app.take_effect() {
            Some(Effect::Copy(text)) => term.copy(&text).map_err(io)?,
            Some(Effect::Edit { text, limit }) => {
                let editor = editor::from_env();
                let saved = term
                    .pause(|| editor::edit(&editor, &text, limit))
                    .map_err(io)?;
                app.apply(Action::Edited(saved));
            }
            None => {}
        }
    }
    Ok(app)
}

fn action_for(keymap: &'static Keymap, event: &Event) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => keys::remap::action_for(keymap, *k),
        Event::Paste(text) => Some(Action::Paste(text.clone())),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

/// In the search field, characters that arrived together (an input method commits "氧化镓"
/// as three keys) become one edit, so the list is filtered once for the word: a search of one
/// or two characters reads every text, one of three goes through the index.
fn word(keymap: &'static Keymap, first: Action, pending: &mut VecDeque<Event>) -> Action {
    let Action::Insert(c) = first else {
        return first;
    };
    if keymap.typing != Typing::Search {
        return first;
    }
    let mut text = String::from(c);
    while let Some(Action::Insert(next)) = pending.front().and_then(|e| action_for(keymap, e)) {
        text.push(next);
        pending.pop_front();
    }
    if text.chars().count() == 1 {
        Action::Insert(c)
    } else {
        Action::Paste(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn characters_that_arrive_together_are_one_search_edit_and_nothing_else_is_merged() {
        let queue = || -> VecDeque<Event> {
            [
                key(KeyCode::Char('化')),
                key(KeyCode::Char('镓')),
                key(KeyCode::Enter),
                key(KeyCode::Char('x')),
            ]
            .into()
        };
        let mut pending = queue();
        assert_eq!(
            word(&keys::SEARCH, Action::Insert('氧'), &mut pending),
            Action::Paste("氧化镓".into())
        );
        assert_eq!(
            pending.len(),
            2,
            "Enter and what follows it wait their turn"
        );
        // A lone character stays a keystroke; other screens get their keys one by one
        // (a space in a form's status field cycles it).
        let mut alone: VecDeque<Event> = [key(KeyCode::Enter)].into();
        assert_eq!(
            word(&keys::SEARCH, Action::Insert('氧'), &mut alone),
            Action::Insert('氧')
        );
        for keymap in [&keys::NOTE_EDITOR, &keys::FORM, &keys::LIST] {
            let mut pending = queue();
            assert_eq!(
                word(keymap, Action::Insert('氧'), &mut pending),
                Action::Insert('氧')
            );
            assert_eq!(pending.len(), 4);
        }
        let mut pending = queue();
        assert_eq!(
            word(&keys::SEARCH, Action::Backspace, &mut pending),
            Action::Backspace
        );
        assert_eq!(pending.len(), 4);
    }
}
