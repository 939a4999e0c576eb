//! The report screen: the same report as `pledge report overdue`, following the list's filter.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::report::reading::{Arrival, Reading};
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

/// Lays `view` out as far as the line `until`, at a screen width; while it is read, its
/// first page as far as one `page` (what lies below is not read yet).
fn lay_out_until(view: &mut ReportView, width: u16, until: usize, page: usize) {
    match (&view.report, &view.first) {
        (Some(report), _) => view.layout.lay_out_until(report, style(width), until),
        (None, Some(first)) => view
            .layout
            .lay_out_until(first, style(width), until.min(page)),
        (None, None) => {}
    }
}

impl<L: Ledger> App<L> {
    /// Every line of the report as the screen shows them, laid out now to the end.
    pub fn report_lines(&self, view: &ReportView) -> Vec<String> {
        let mut all = view.layout.clone();
        if let Some(report) = &view.report {
            all.lay_out_until(report, style(self.size.0), usize::MAX);
        }
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
                lay_out_until(view, width, view.scroll + page * (1 + MARGIN_PAGES), page);
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
        // A ledger file is read on a thread of its own: at a million pledges the read takes
        // seconds, and the screen opens (and can be left) at once meanwhile.
        // The first page is read first: a screenful of rows at most.
        let rows = crate::tui::layout::body_height(self.size.1);
        let reading = self
            .store
            .reader()
            .and_then(|reader| Reading::start(reader, self.ledger.clone(), opts.clone(), rows));
        let report = match reading {
            Some(_) => None,
            None => Some(report::build(&self.store, &self.ledger, &opts)?),
        };
        self.screens.push(Screen::Report(Box::new(ReportView {
            report,
            reading,
            first: None,
            layout: Default::default(),
            scroll: 0,
        })));
        self.relayout_reports(false);
        Ok(())
    }

    /// A report screen (or a period report's, a dashboard, a bodies screen) is waiting for its
    /// read.
    pub fn reading_report(&self) -> bool {
        self.reading_period()
            || self.reading_dashboard()
            || self.reading_bodies()
            || self
                .screens
                .iter()
                .any(|screen| matches!(screen, Screen::Report(view) if view.reading.is_some()))
    }

    /// A read on its thread failed: its words go to the status line, and the screen at
    /// `close` (one that had nothing to show) closes with those above it.
    pub(super) fn read_failed(&mut self, close: Option<usize>, text: String) {
        if let Some(at) = close {
            self.screens.truncate(at);
        }
        self.message = Some(super::Message { text, error: true });
    }

    /// Shows what has arrived on the screen waiting for it, laid out as far as it shows: a
    /// first page, then the whole report in its place; what went wrong goes to the status
    /// line and the screen closes.
    pub(super) fn reported(&mut self) -> Result<(), Error> {
        self.periods_arrived()?;
        self.dashboards_arrived()?;
        self.bodies_arrived();
        let Some((at, read)) =
            self.screens
                .iter()
                .enumerate()
                .find_map(|(at, screen)| match screen {
                    Screen::Report(view) => Some((at, view.reading.as_ref()?.arrived()?)),
                    _ => None,
                })
        else {
            return Ok(());
        };
        match read {
            Arrival::First(first) => {
                if let Some(Screen::Report(view)) = self.screens.get_mut(at) {
                    (view.first, view.layout) = (Some(first), Default::default());
                }
                self.relayout_reports(false);
            }
            Arrival::Whole(Ok(report)) => {
                if let Some(Screen::Report(view)) = self.screens.get_mut(at) {
                    (view.report, view.reading) = (Some(report), None);
                    // The whole report's widths may differ from the first page's.
                    (view.first, view.layout) = (None, Default::default());
                }
                self.relayout_reports(false);
            }
            Arrival::Whole(Err(text)) => self.read_failed(Some(at), text),
        }
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
        lay_out_until(view, width, reach, page);
        // A first page scrolls nowhere: what lies below it is not read yet.
        let max = match view.report {
            Some(_) => view.layout.lines.len().saturating_sub(page),
            None => 0,
        };
        if super::scroll(&mut view.scroll, &action, page, max) {
            lay_out_until(view, width, view.scroll + page * (1 + MARGIN_PAGES), page);
            return Ok(());
        }
        match action {
            // Nothing to save until the report has arrived.
            Action::SaveReport if view.report.is_some() => {
                self.screens.push(Screen::SavePrompt { choice: 0 })
            }
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
                        // Nothing to save while the report is still being read.
                        let Some(r) = &view.report else {
                            return Ok(());
                        };
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
