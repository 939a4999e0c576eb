//! The full-screen view: read a key, map it to an action, apply it, draw.

pub mod app;
pub mod input;
pub mod keys;
pub mod screen;
mod terminal;
pub mod ui;

use crossterm::event::{self, Event, KeyEventKind};

use crate::error::{Error, Result};
use crate::store::Store;
use app::App;
use keys::Action;

/// Runs the TUI until the person quits; the terminal is restored however it ends.
pub fn run(store: Store, today: chrono::NaiveDate, who: String, ledger: String) -> Result<()> {
    let io = |e: std::io::Error| Error::io("terminal", e);
    let mut term = terminal::Session::start().map_err(io)?;
    let size = term.size().map_err(io)?;
    let app = App::new(store, today, who, ledger, size)?;
    drive(app, &mut term).map(|_| ())
}

/// Opens the review of a letter's drafts over the ledger. Returns what saving said, or `None`
/// when the person left without saving.
pub fn review(
    store: Store,
    today: chrono::NaiveDate,
    who: String,
    ledger: String,
    import: crate::letter::import::Import,
) -> Result<Option<String>> {
    let io = |e: std::io::Error| Error::io("terminal", e);
    let mut term = terminal::Session::start().map_err(io)?;
    let size = term.size().map_err(io)?;
    let mut app = App::new(store, today, who, ledger, size)?;
    app.open_review(import);
    Ok(drive(app, &mut term)?.saved_letter)
}

/// Reads a key, maps it to an action, applies it and draws, until the person quits.
fn drive(mut app: App, term: &mut terminal::Session) -> Result<App> {
    let io = |e: std::io::Error| Error::io("terminal", e);
    while !app.quit {
        term.draw(|frame| ui::render(&app, frame)).map_err(io)?;
        let action = match event::read().map_err(io)? {
            Event::Key(k) if k.kind != KeyEventKind::Release => keys::action_for(app.mode(), k),
            Event::Paste(text) => Some(Action::Paste(text)),
            Event::Resize(w, h) => Some(Action::Resize(w, h)),
            _ => None,
        };
        match action {
            Some(Action::Suspend) => term.suspend().map_err(io)?,
            Some(action) => app.apply(action),
            None => {}
        }
    }
    Ok(app)
}
