//! The dashboard: opened with `d`, re-read with the rest of the screen (a write, `R`, another
//! writer's tick), its panes moved through with the usual keys. Every count is the store's
//! aggregate, read off the drawing path; the gauges are read a screenful at a time.

use super::App;
use crate::error::Error;
use crate::ledger::Ledger;
use crate::report::background::{Background, take_arrived};
use crate::tui::keys::Action;
use crate::tui::layout::dashboard::{areas_for, bodies_shown, gauges_shown};
use crate::tui::screen::Screen;
use crate::tui::screen::bodies::Rows;
use crate::tui::screen::dashboard::{DashboardView, Gathered, Pane};

/// How many days without a note make an open pledge quiet: the report's default.
const STALE_DAYS: i64 = crate::report::STALE_DAYS as i64;

/// Bodies and gauges that fit on a terminal of `size`, with `gauges` gauges to show.
fn capacities(size: (u16, u16), gauges: usize) -> (usize, usize) {
    let a = areas_for(size, gauges);
    (bodies_shown(a.bars), gauges_shown(a.gauges))
}

/// Reads everything the dashboard shows in one consistent view: the gauges from where the
/// chosen one, `gauge`, keeps them (within what is there now).
fn gather(
    store: &impl Ledger,
    today: chrono::NaiveDate,
    size: (u16, u16),
    mut gauge: Rows,
) -> Result<Gathered, Error> {
    store.snapshot(|s| {
        let bodies = s.bodies(today)?;
        let overview = s.overview(today, STALE_DAYS)?;
        let (_, gauges_cap) = capacities(size, overview.tracked);
        gauge.keep_in_view(overview.tracked, gauges_cap);
        let gauges = s.tracked(gauge.offset, gauges_cap)?;
        Ok(Gathered {
            bodies,
            overview,
            gauges,
            page_from: gauge.offset,
        })
    })
}

impl<L: Ledger> App<L> {
    pub(super) fn open_dashboard(&mut self) -> Result<(), Error> {
        let mut view = DashboardView::default();
        self.read_dashboard(&mut view)?;
        self.screens.push(Screen::Dashboard(Box::new(view)));
        Ok(())
    }

    /// Starts reading what `view` shows on a thread of its own, over a view of the ledger of
    /// its own (at a million pledges the reads take a second or two, and no key waits for
    /// them); read here when the ledger has no such view. What it showed stays until then.
    fn read_dashboard(&self, view: &mut DashboardView) -> Result<(), Error> {
        let (today, size, gauge) = (self.today, self.size, view.gauge);
        let reading = self.store.reader().and_then(|reader| {
            Background::start(reader, move |r: &L| gather(r, today, size, gauge))
        });
        match reading {
            Some(reading) => view.reading = Some(reading),
            None => view.show(gather(&self.store, today, size, gauge)?),
        }
        Ok(())
    }

    /// Re-reads every dashboard open.
    pub(super) fn reread_dashboards(&mut self) -> Result<(), Error> {
        let mut screens = std::mem::take(&mut self.screens);
        let read = screens.iter_mut().try_for_each(|screen| match screen {
            Screen::Dashboard(view) => self.read_dashboard(view),
            _ => Ok(()),
        });
        self.screens = screens;
        read?;
        self.keep_dashboards_in_view()
    }

    /// A dashboard is waiting for its read.
    pub(super) fn reading_dashboard(&self) -> bool {
        self.screens
            .iter()
            .any(|screen| matches!(screen, Screen::Dashboard(view) if view.reading.is_some()))
    }

    /// Shows what each dashboard's read brought; what went wrong goes to the status line, and
    /// a dashboard that never showed anything closes.
    pub(super) fn dashboards_arrived(&mut self) -> Result<(), Error> {
        let mut failed = None;
        for (at, screen) in self.screens.iter_mut().enumerate() {
            let Screen::Dashboard(view) = screen else {
                continue;
            };
            match take_arrived(&mut view.reading) {
                Some(Ok(gathered)) => view.show(gathered),
                Some(Err(text)) => failed = failed.or(Some(((!view.shown).then_some(at), text))),
                None => {}
            }
        }
        if let Some((close, text)) = failed {
            self.read_failed(close, text);
        }
        self.keep_dashboards_in_view()
    }

    /// Keeps each dashboard's chosen rows on screen at the window's size, reading the gauges
    /// that come on screen.
    pub(super) fn keep_dashboards_in_view(&mut self) -> Result<(), Error> {
        for screen in &mut self.screens {
            if let Screen::Dashboard(view) = screen {
                let (bodies_cap, gauges_cap) = capacities(self.size, view.overview.tracked);
                view.at.keep_in_view(view.bodies.len(), bodies_cap);
                view.gauge.keep_in_view(view.overview.tracked, gauges_cap);
                if !view.page_covers(gauges_cap) {
                    view.page_from = view.gauge.offset;
                    view.gauges = self.store.tracked(view.page_from, gauges_cap)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn apply_dashboard(&mut self, action: Action) -> Result<(), Error> {
        let size = self.size;
        let Some(Screen::Dashboard(view)) = self.screens.last_mut() else {
            return Ok(());
        };
        let (bodies_cap, gauges_cap) = capacities(size, view.overview.tracked);
        let (rows, len, cap) = match view.pane {
            Pane::Bodies => (&mut view.at, view.bodies.len(), bodies_cap),
            Pane::Gauges => (&mut view.gauge, view.overview.tracked, gauges_cap),
        };
        if super::scroll(&mut rows.selected, &action, cap, len.saturating_sub(1)) {
            rows.keep_in_view(len, cap);
            return self.keep_dashboards_in_view();
        }
        match action {
            Action::SwitchPane => {
                view.pane = match view.pane {
                    Pane::Bodies => Pane::Gauges,
                    Pane::Gauges => Pane::Bodies,
                };
            }
            Action::Open => match view.pane {
                Pane::Bodies => {
                    let Some(name) = view.chosen_body().map(|b| b.name.clone()) else {
                        return Ok(());
                    };
                    self.filter_by_body(&name)?;
                    self.pop();
                }
                Pane::Gauges => {
                    if let Some(id) = view.chosen_gauge().map(|t| t.id) {
                        self.open_detail(id)?;
                    }
                }
            },
            other => self.apply_leaving_keys(other)?,
        }
        Ok(())
    }
}
