//! Taking over the terminal and always giving it back: on quit, error, panic, signal, suspend.

use std::io::{self, Stdout, stdout};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
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
    // The mouse as lazygit and gitui take it: the wheel and clicks come as events (Shift
    // still selects text in most terminals).
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableMouseCapture
    )
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

/// Another program has the terminal (`Session::pause`): Ctrl-C there is its own, so SIGINT
/// neither quits nor loses the draft behind it, as git ignores it while its editor runs.
static PAUSED: AtomicBool = AtomicBool::new(false);

/// SIGINTs delivered while paused. Counted as they arrive, since the signal thread may wake
/// only after the pause is over (the editor dies of the same Ctrl-C at once).
static PASSED_OVER: AtomicUsize = AtomicUsize::new(0);

/// Counts a SIGINT that came while paused: only atomics, so it is safe in a signal handler.
fn count_paused_interrupt() {
    if PAUSED.load(Ordering::SeqCst) {
        PASSED_OVER.fetch_add(1, Ordering::SeqCst);
    }
}

/// A panic restores the terminal before its message prints; SIGTERM, SIGHUP and SIGINT restore it
/// and exit (raw mode turns Ctrl-C into a key, so SIGINT comes from `kill`, or from Ctrl-C while
/// paused, which is ignored).
fn install_hooks() -> io::Result<()> {
    let mut result = Ok(());
    HOOKS.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            leave();
            previous(info);
        }));
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        // Registered before the iterator, so it runs first on every delivery.
        // SAFETY: the action only loads and adds atomics, which is async-signal-safe.
        if let Err(e) = unsafe { signal_hook::low_level::register(SIGINT, count_paused_interrupt) }
        {
            result = Err(e);
            return;
        }
        match signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) {
            Ok(mut signals) => {
                std::thread::spawn(move || {
                    for signal in signals.forever() {
                        if signal == SIGINT && PASSED_OVER.swap(0, Ordering::SeqCst) > 0 {
                            continue;
                        }
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
        self.pause(|| signal_hook::low_level::raise(signal_hook::consts::SIGTSTP))?
    }

    /// Puts `text` on the clipboard through the terminal (OSC 52).
    pub fn copy(&mut self, text: &str) -> io::Result<()> {
        crate::tui::clipboard::copy(&mut stdout(), text)
    }

    /// Gives the terminal back while `run` runs (a stop, an editor), then takes it again and
    /// redraws everything.
    pub fn pause<T>(&mut self, run: impl FnOnce() -> T) -> io::Result<T> {
        leave();
        PAUSED.store(true, Ordering::SeqCst);
        let value = run();
        PAUSED.store(false, Ordering::SeqCst);
        enter()?;
        execute!(stdout(), Clear(ClearType::All))?;
        // A new terminal has no memory of the last frame, so the next draw repaints everything.
        // (`Terminal::clear` would ask the terminal where its cursor is, which not all answer.)
        self.terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
        Ok(value)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        leave();
    }
}
