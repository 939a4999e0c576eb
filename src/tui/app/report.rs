//! The report screen: the same report as `pledge report overdue`, following the list's filter.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::report::{self, Format, Look, Options, TextStyle};
use crate::tui::keys::Action;
use crate::tui::screen::{ReportView, Screen};

/// Saved files are text-report pages of this width.
const SAVE_WIDTH: usize = 100;

/// Lines laid out beyond the last one shown, so that paging down finds them ready.
const MARGIN_PAGES: usize = 2;

/// The style the screen lays the report out in at a screen width: the CLI's text format,
/// without colour.
fn style(width: u16) -> TextStyle {
    TextStyle {
        width: usize::from(width).max(report::MIN_WIDTH),
        color: false,
    }
}

/// Lays `view` out as far as the line `until`, at a screen width.
fn lay_out_until(view: &mut ReportView, width: u16, until: usize) {
    view.layout.lay_out_until(&view.report, style(width), until);
}

impl<L: Ledger> App<L> {
    /// Every line of the report as the screen shows them, laid out now to the end.
    pub fn report_lines(&self, view: &ReportView) -> Vec<String> {
        let mut all = view.layout.clone();
        all.lay_out_until(&view.report, style(self.size.0), usize::MAX);
        all.lines
    }

    /// Lays the open reports out as far as the screen shows, and a margin: again from the
    /// top for a new width.
    pub(super) fn relayout_reports(&mut self, width_changed: bool) {
        let (width, page) = (self.size.0, crate::tui::layout::body_height(self.size.1));
        for screen in &mut self.screens {
            if let Screen::Report(view) = screen {
                if width_changed {
                    view.layout = Default::default();
                }
                lay_out_until(view, width, view.scroll + page * (1 + MARGIN_PAGES));
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
        self.screens.push(Screen::Report(Box::new(ReportView {
            report,
            layout: Default::default(),
            scroll: 0,
        })));
        self.relayout_reports(false);
        Ok(())
    }

    pub(super) fn apply_report(&mut self, action: Action) -> Result<(), Error> {
        let page = crate::tui::layout::body_height(self.size.1).max(1);
        let width = self.size.0;
        let Some(Screen::Report(view)) = self.screens.last_mut() else {
            return Ok(());
        };
        // Laid out as far as the key can move, to the end for the last page.
        let reach = match action {
            Action::Bottom => usize::MAX,
            _ => view.scroll + page * (2 + MARGIN_PAGES),
        };
        lay_out_until(view, width, reach);
        let max = view.layout.lines.len().saturating_sub(page);
        if super::scroll(&mut view.scroll, &action, page, max) {
            lay_out_until(view, width, view.scroll + page * (1 + MARGIN_PAGES));
            return Ok(());
        }
        match action {
            Action::SaveReport => self.screens.push(Screen::SavePrompt { choice: 0 }),
            // Nothing was written from the report: the list below is shown as it was (a
            // write by another process meanwhile is the ticks' to show).
            Action::Back => self.pop(),
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
                let look = Look {
                    style: TextStyle {
                        width: SAVE_WIDTH,
                        color: false,
                    },
                    bom: true,
                };
                let (bytes, base) = match self.screens.last() {
                    Some(Screen::Report(view)) => {
                        let r = &view.report;
                        let base =
                            format!("overdue-report-{}", crate::date::format(r.summary.as_of));
                        (report::render(r, format, look), base)
                    }
                    Some(Screen::Period(view)) => super::period::saved_file(view, format, look)?,
                    _ => return Ok(()),
                };
                let path = crate::files::free_name(&self.save_dir, &base, format.extension());
                crate::files::write_atomically(&path, &bytes)?;
                self.say(crate::messages::tui::report_saved(format.name(), &path));
            }
            _ => {}
        }
        Ok(())
    }
}
