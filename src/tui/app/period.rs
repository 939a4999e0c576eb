//! The period report screen (`m`): this month's 月度督办通报 for the list's owner, `[` and `]`
//! a month back or on, re-read with the rest of the screen and saved as the report is.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::report::background::{Background, take_arrived};
use crate::report::period::{self, Options, Period};
use crate::report::{Format, Look, TextStyle};
use crate::tui::keys::Action;
use crate::tui::screen::Screen;
use crate::tui::screen::period::{self as months, PeriodView};

/// The report as the CLI writes it as text at `width` columns, in lines.
fn lay_out(r: &period::Report, width: u16) -> Result<Vec<String>, Error> {
    let look = Look {
        style: TextStyle {
            width: usize::from(width).max(crate::report::MIN_WIDTH),
            color: false,
        },
        bom: false,
    };
    let mut text = Vec::new();
    period::write(r, Format::Text, look, &mut text)?;
    Ok(String::from_utf8_lossy(&text)
        .lines()
        .map(str::to_string)
        .collect())
}

impl<L: Ledger> App<L> {
    /// What `pledge report period --owner` reads for the list's owner.
    fn period_options(&self, p: Period) -> Options {
        Options {
            period: p,
            owners: self.owner_filter.iter().cloned().collect(),
            filter: crate::request::Filter {
                bodies: self.filter().bodies,
                ..Default::default()
            },
        }
    }

    /// The period's report: started on a thread of its own over a view of the ledger file,
    /// else read here and now.
    fn read_period(&self, p: Period) -> Result<PeriodView, Error> {
        let opts = self.period_options(p);
        let reading = self.store.reader().and_then(|reader| {
            let (ledger, opts) = (self.ledger.clone(), opts.clone());
            Background::start(reader, move |r: &L| period::read(r, &ledger, &opts))
        });
        // Without a thread of its own (a ledger in memory, or none could start): here.
        let report = match reading {
            Some(_) => None,
            None => Some(period::read(&self.store, &self.ledger, &opts)?),
        };
        let lines = match &report {
            Some(r) => lay_out(r, self.size.0)?,
            None => Vec::new(),
        };
        Ok(PeriodView {
            period: p,
            report,
            reading,
            stale: false,
            lines,
            scroll: 0,
        })
    }

    /// A period report screen is waiting for its report.
    pub(super) fn reading_period(&self) -> bool {
        self.screens
            .iter()
            .any(|s| matches!(s, Screen::Period(view) if view.reading.is_some()))
    }

    /// Shows each period report that has arrived; what went wrong goes to the status line
    /// and that screen closes.
    pub(super) fn periods_arrived(&mut self) -> Result<(), Error> {
        let (width, page) = (self.size.0, crate::tui::layout::body_height(self.size.1));
        let mut failed = None;
        let mut again = false;
        for (at, screen) in self.screens.iter_mut().enumerate() {
            let Screen::Period(view) = screen else {
                continue;
            };
            let Some(read) = take_arrived(&mut view.reading) else {
                continue;
            };
            match read {
                Ok(report) => {
                    view.lines = lay_out(&report, width)?;
                    view.report = Some(report);
                    view.scroll = view.scroll.min(view.lines.len().saturating_sub(page));
                    again |= std::mem::take(&mut view.stale);
                }
                Err(text) => failed = failed.or(Some((at, text))),
            }
        }
        if let Some((at, text)) = failed {
            self.read_failed(Some(at), text);
        }
        if again {
            self.reread_periods()?;
        }
        Ok(())
    }

    pub(super) fn open_period(&mut self) -> Result<(), Error> {
        let Some(p) = months::month(self.today, self.today) else {
            return Ok(());
        };
        let view = self.read_period(p)?;
        self.screens.push(Screen::Period(Box::new(view)));
        Ok(())
    }

    /// Re-reads every period report open, each for its own period, keeping its place; the
    /// report shown stays until the new one arrives. One being read is let finish, and read
    /// again then.
    pub(super) fn reread_periods(&mut self) -> Result<(), Error> {
        let page = crate::tui::layout::body_height(self.size.1);
        let mut fresh = Vec::new();
        for screen in &mut self.screens {
            if let Screen::Period(view) = screen {
                view.stale = view.reading.is_some();
                if !view.stale {
                    fresh.push(view.period);
                }
            }
        }
        let fresh: Vec<PeriodView> = fresh
            .into_iter()
            .map(|p| self.read_period(p))
            .collect::<Result<_, _>>()?;
        let mut fresh = fresh.into_iter();
        for screen in &mut self.screens {
            let Screen::Period(view) = screen else {
                continue;
            };
            if view.stale {
                continue;
            }
            let Some(again) = fresh.next() else {
                continue;
            };
            view.reading = again.reading;
            if let Some(report) = again.report {
                view.report = Some(report);
                view.lines = again.lines;
            }
            view.scroll = view.scroll.min(view.lines.len().saturating_sub(page));
        }
        Ok(())
    }

    /// Lays every period report out again at a new width.
    pub(super) fn relayout_periods(&mut self) -> Result<(), Error> {
        let (width, page) = (self.size.0, crate::tui::layout::body_height(self.size.1));
        for screen in &mut self.screens {
            if let Screen::Period(view) = screen
                && let Some(report) = &view.report
            {
                view.lines = lay_out(report, width)?;
                view.scroll = view.scroll.min(view.lines.len().saturating_sub(page));
            }
        }
        Ok(())
    }

    pub(super) fn apply_period(&mut self, action: Action) -> Result<(), Error> {
        let page = crate::tui::layout::body_height(self.size.1).max(1);
        let today = self.today;
        let Some(Screen::Period(view)) = self.screens.last_mut() else {
            return Ok(());
        };
        let max = view.lines.len().saturating_sub(page);
        if super::scroll(&mut view.scroll, &action, page, max) {
            return Ok(());
        }
        let shown = view.period;
        match action {
            Action::Left | Action::Right => {
                let other = if action == Action::Left {
                    months::previous(shown, today)
                } else {
                    months::next(shown, today)
                };
                let Some(other) = other else {
                    let words = if action == Action::Left {
                        crate::messages::tui::period::no_earlier_month(months::first_month())
                    } else {
                        crate::messages::tui::period::no_later_month(today)
                    };
                    self.say(words);
                    return Ok(());
                };
                let fresh = self.read_period(other)?;
                if let Some(Screen::Period(view)) = self.screens.last_mut() {
                    **view = fresh;
                }
            }
            // Nothing to save until the report has arrived.
            Action::SaveReport if view.report.is_some() => {
                self.screens.push(Screen::SavePrompt { choice: 0 })
            }
            Action::SaveReport => {}
            other => self.apply_leaving_keys(other)?,
        }
        Ok(())
    }
}

/// The period report below the save prompt in `format`, and the name it is saved under.
pub(super) fn saved_file(
    view: &PeriodView,
    format: Format,
    look: Look,
) -> Result<(Vec<u8>, String), Error> {
    let mut bytes = Vec::new();
    if let Some(report) = &view.report {
        period::write(report, format, look, &mut bytes)?;
    }
    let p = view.period;
    let base = format!(
        "period-report-{}-{}",
        crate::date::format(p.from),
        crate::date::format(p.to)
    );
    Ok((bytes, base))
}
