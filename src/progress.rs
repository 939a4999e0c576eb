//! A progress bar on standard error for commands that work through many items
//! (`import-letter` over a folder, `request` over bodies, `collect` over files), through the
//! bytes of a large file (`import`), or for a while with no count (`backup`): drawn only when
//! standard error is a terminal, so a pipe or a log never holds its escape sequences.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Steps done of a known number, shown as a bar with the item at hand; nothing at all when
/// standard error is not a terminal or there is only one step.
pub struct Progress {
    bar: Option<ProgressBar>,
}

/// The bar's layout: no words of its own, only counts and the item's (inert) name.
const TEMPLATE: &str = "{bar:30} {pos}/{len} {wide_msg}";
/// Through a file: bytes read of its size.
const BYTES: &str = "{bar:30} {bytes}/{total_bytes}";
/// No count: a spinner and the time so far.
const WORKING: &str = "{spinner} {elapsed}";

/// A file smaller than this is read before a bar would be seen.
pub const BYTES_SHOWN_FROM: u64 = 4 << 20;

fn on_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal()
}

impl Progress {
    /// A bar of `len` steps on standard error, when it is a terminal and `len` is more than one.
    pub fn new(len: usize) -> Progress {
        let shown = on_terminal() && len > 1;
        Progress::to(shown.then(ProgressDrawTarget::stderr), len)
    }

    /// A bar through `len` bytes on standard error, when it is a terminal and `len` is at
    /// least [`BYTES_SHOWN_FROM`]; moved on by [`Progress::advance`].
    pub fn bytes(len: u64) -> Progress {
        let shown = on_terminal() && len >= BYTES_SHOWN_FROM;
        Progress::drawn(shown.then(ProgressDrawTarget::stderr), Some(len), BYTES)
    }

    /// A spinner with the time so far on standard error, when it is a terminal, turning by
    /// itself until dropped: for one long step that cannot be counted.
    pub fn working() -> Progress {
        let p = Progress::drawn(
            on_terminal().then(ProgressDrawTarget::stderr),
            None,
            WORKING,
        );
        if let Some(bar) = &p.bar {
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
        }
        p
    }

    /// A bar drawn to `target`, or none.
    fn to(target: Option<ProgressDrawTarget>, len: usize) -> Progress {
        Progress::drawn(target, Some(len as u64), TEMPLATE)
    }

    fn drawn(target: Option<ProgressDrawTarget>, len: Option<u64>, template: &str) -> Progress {
        let bar = target.map(|target| {
            let bar = ProgressBar::with_draw_target(len, target);
            // The templates are constants of this module; its tests parse them.
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar }
    }

    /// `n` more steps (bytes) done.
    pub fn advance(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }

    /// Back to none done: the work starts again (a second reading of a file).
    pub fn restart(&self) {
        if let Some(bar) = &self.bar {
            bar.set_position(0);
        }
    }

    /// Names the item being worked on (a file name: made inert, it came from outside).
    pub fn at(&self, item: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(crate::text::inert(item).into_owned());
        }
    }

    /// One step done.
    pub fn tick(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Runs `f` with the bar off the screen (while it prints lines or a full-screen view runs),
    /// and draws it again after.
    pub fn hidden<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Steps done so far (none counted when no bar is drawn).
    pub fn done(&self) -> u64 {
        self.bar.as_ref().map_or(0, ProgressBar::position)
    }

    /// Whether a bar is drawn at all.
    pub fn is_shown(&self) -> bool {
        self.bar.is_some()
    }
}

impl Drop for Progress {
    /// The bar leaves no line behind: the summary that follows stands on its own.
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_templates_parse() {
        for t in [TEMPLATE, BYTES, WORKING] {
            assert!(ProgressStyle::with_template(t).is_ok(), "{t}");
        }
    }

    #[test]
    fn a_byte_bar_advances_and_restarts() {
        let bar = Progress::drawn(Some(ProgressDrawTarget::hidden()), Some(100), BYTES);
        bar.advance(40);
        bar.advance(20);
        assert_eq!(bar.done(), 60);
        bar.restart();
        assert_eq!(bar.done(), 0);
        let none = Progress::drawn(None, Some(100), BYTES);
        none.advance(5);
        assert_eq!(none.done(), 0);
    }

    #[test]
    fn a_bar_counts_its_steps_and_no_bar_does_nothing() {
        let bar = Progress::to(Some(ProgressDrawTarget::hidden()), 3);
        assert!(bar.is_shown());
        bar.at("a\u{1b}[31m.txt");
        bar.tick();
        assert_eq!(bar.hidden(|| 7), 7);
        bar.tick();
        assert_eq!(bar.done(), 2);
        let none = Progress::to(None, 3);
        none.at("a.txt");
        none.tick();
        assert_eq!(none.hidden(|| "ran"), "ran");
        assert!(!none.is_shown());
        assert_eq!(none.done(), 0);
    }

    #[test]
    fn not_a_terminal_or_one_step_draws_nothing() {
        // Test runs write standard error to a pipe (captured output).
        use std::io::IsTerminal;
        if !std::io::stderr().is_terminal() {
            assert!(!Progress::new(5).is_shown());
        }
        assert!(!Progress::new(1).is_shown());
        assert!(!Progress::bytes(BYTES_SHOWN_FROM - 1).is_shown());
        if !std::io::stderr().is_terminal() {
            assert!(!Progress::bytes(u64::MAX).is_shown());
            assert!(!Progress::working().is_shown());
        }
    }
}
