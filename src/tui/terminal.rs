//! Taking over the terminal and always giving it back: on quit, error, panic, signal, suspend.

use std::io::{self, Stdout, stdout};
use std::sync::Once;

use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Frame;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub struct Session {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)
}

/// Puts the terminal back as the shell expects it. Safe to call more than once.
pub fn leave() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

static HOOKS: Once = Once::new();

/// A panic restores the terminal before its message prints; SIGTERM, SIGHUP and SIGINT restore it
/// and exit (raw mode turns Ctrl-C into a key, so SIGINT only comes from `kill`).
fn install_hooks() -> io::Result<()> {
    let mut result = Ok(());
    HOOKS.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            leave();
            previous(info);
        }));
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        match signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) {
            Ok(mut signals) => {
                std::thread::spawn(move || {
                    if let Some(signal) = signals.forever().next() {
                        leave();
                        std::process::exit(128 + signal);
                    }
                });
            }
            Err(e) => result = Err(e),
        }
    });
    result
}

impl Session {
    pub fn start() -> io::Result<Session> {
        install_hooks()?;
        enter()?;
        match Terminal::new(CrosstermBackend::new(stdout())) {
            Ok(terminal) => Ok(Session { terminal }),
            Err(e) => {
                leave();
                Err(e)
            }
        }
    }

    pub fn size(&self) -> io::Result<(u16, u16)> {
        let size = self.terminal.size()?;
        Ok((size.width, size.height))
    }

    pub fn draw(&mut self, render: impl FnOnce(&mut Frame)) -> io::Result<()> {
        self.terminal.draw(render).map(|_| ())
    }

    /// Ctrl-Z: give the terminal back, stop, and redraw everything when resumed.
    pub fn suspend(&mut self) -> io::Result<()> {
        leave();
        signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
        enter()?;
        execute!(stdout(), Clear(ClearType::All))?;
        // A new terminal has no memory of the last frame, so the next draw repaints everything.
        // (`Terminal::clear` would ask the terminal where its cursor is, which not all answer.)
        self.terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
        Ok(())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        leave();
    }
}
