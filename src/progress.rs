//! A progress bar on standard error for commands that work through many items (`import-letter`
//! over a folder; `backup` and others can use it): drawn only when standard error is a
//! terminal, so a pipe or a log never holds its escape sequences.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Steps done of a known number, shown as a bar with the item at hand; nothing at all when
/// standard error is not a terminal or there is only one step.
pub struct Progress {
    bar: Option<ProgressBar>,
}

/// The bar's layout: no words of its own, only counts and the item's (inert) name.
const TEMPLATE: &str = "{bar:30} {pos}/{len} {wide_msg}";

impl Progress {
    /// A bar of `len` steps on standard error, when it is a terminal and `len` is more than one.
    pub fn new(len: usize) -> Progress {
        use std::io::IsTerminal;
        let shown = std::io::stderr().is_terminal() && len > 1;
        Progress::to(shown.then(ProgressDrawTarget::stderr), len)
    }

    /// A bar drawn to `target`, or none.
    fn to(target: Option<ProgressDrawTarget>, len: usize) -> Progress {
        let bar = target.map(|target| {
            let bar = ProgressBar::with_draw_target(Some(len as u64), target);
            // The template is a constant of this module; its tests parse it.
            if let Ok(style) = ProgressStyle::with_template(TEMPLATE) {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar }
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
    fn the_template_parses() {
        assert!(ProgressStyle::with_template(TEMPLATE).is_ok());
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
    }
}
