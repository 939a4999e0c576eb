//! The report screen: the same report as `pledge report overdue`, following the list's filter.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::report::{self, Format, Look, Options, TextStyle};
use crate::tui::keys::Action;
use crate::tui::screen::{ReportView, Screen};

/// Saved files are text-report pages of this width.
const SAVE_WIDTH: usize = 100;

impl<L: Ledger> App<L> {
    /// The report's text at a screen width: the CLI's text format, without colour.
    fn lay_out(report: &report::Report, width: u16) -> Vec<String> {
        let width = usize::from(width).max(report::MIN_WIDTH);
        report::text::lines(
            report,
            TextStyle {
                width,
                color: false,
            },
        )
    }

    /// The report's lines as the screen shows them.
    pub fn report_lines<'a>(&self, view: &'a ReportView) -> &'a [String] {
        &view.lines
    }

    /// Lays open reports out again for a new width.
    pub(super) fn relayout_reports(&mut self) {
        let width = self.size.0;
        for screen in &mut self.screens {
            if let Screen::Report(view) = screen {
                view.lines = Self::lay_out(&view.report, width);
            }
        }
    }

    pub(super) fn open_report(&mut self) -> Result<(), Error> {
        // The owner as chosen names the report's scope; the bodies it picked are the filter's.
        let opts = Options {
            filter: self.filter(),
            owners: self.owner_filter.iter().cloned().collect(),
            ..Options::new(self.today)
        };
        let report = report::build(&self.store, &self.ledger, &opts)?;
        let lines = Self::lay_out(&report, self.size.0);
        self.screens.push(Screen::Report(Box::new(ReportView {
            report,
            lines,
            scroll: 0,
        })));
        Ok(())
    }

    pub(super) fn apply_report(&mut self, action: Action) -> Result<(), Error> {
        let page = crate::tui::layout::body_height(self.size.1).max(1);
        let Some(Screen::Report(view)) = self.screens.last_mut() else {
            return Ok(());
        };
        let max = view.lines.len().saturating_sub(page);
        if super::scroll(&mut view.scroll, &action, page, max) {
            return Ok(());
        }
        match action {
            Action::SaveReport => self.screens.push(Screen::SavePrompt { choice: 0 }),
            Action::Back => self.close()?,
            Action::Help => self.open_help(),
            Action::Quit => self.ask_quit()?,
            _ => {}
        }
        Ok(())
    }

    pub(super) fn apply_save_prompt(&mut self, action: Action) -> Result<(), Error> {
        let Some(Screen::SavePrompt { choice }) = self.screens.last_mut() else {
            return Ok(());
        };
        let n = Format::ALL.len();
        match action {
            Action::Right => *choice = (*choice + 1) % n,
            Action::Left => *choice = (*choice + n - 1) % n,
            Action::Back => self.pop(),
            Action::Enter => {
                let Some(&format) = Format::ALL.get(*choice) else {
                    return Ok(());
                };
                self.pop();
                let Some(Screen::Report(view)) = self.screens.last() else {
                    return Ok(());
                };
                let r = &view.report;
                let look = Look {
                    style: TextStyle {
                        width: SAVE_WIDTH,
                        color: false,
                    },
                    bom: true,
                };
                let bytes = report::render(r, format, look);
                let base = format!("overdue-report-{}", crate::date::format(r.summary.as_of));
                let path = crate::files::free_name(&self.save_dir, &base, format.extension());
                crate::files::write_atomically(&path, &bytes)?;
                self.say(crate::messages::tui::report_saved(format.name(), &path));
            }
            _ => {}
        }
        Ok(())
    }
}
