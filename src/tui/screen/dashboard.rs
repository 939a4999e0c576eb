//! What the dashboard holds: every body's standing (the bodies screen's rows), the ledger's
//! counts at a glance, and the one page of gauges on screen out of however many there are.

use crate::body::Standing;
use crate::dashboard::{Overview, Tracked};
use crate::report::background::Background;
use crate::tui::screen::bodies::Rows;

/// The part of the dashboard the moving keys and Enter act on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    Bodies,
    Gauges,
}

#[derive(Default)]
pub struct DashboardView {
    pub bodies: Vec<Standing>,
    /// The chosen body and the first on screen.
    pub at: Rows,
    pub overview: Overview,
    /// The gauges read: from the `page_from`th of `overview.tracked`, those on screen.
    pub gauges: Vec<Tracked>,
    pub page_from: usize,
    /// The chosen gauge and the first on screen, counted over all of them.
    pub gauge: Rows,
    pub pane: Pane,
    /// The read under way on a thread of its own, if any.
    pub reading: Option<Background<Gathered>>,
    /// Whether a read has arrived: until then the dashboard says it reads.
    pub shown: bool,
}

/// What one read of the dashboard brings.
pub struct Gathered {
    pub bodies: Vec<Standing>,
    pub overview: Overview,
    pub gauges: Vec<Tracked>,
    pub page_from: usize,
}

impl DashboardView {
    /// Shows what a read brought, the chosen rows kept where they were (the caller keeps
    /// them in view at the window's size).
    pub fn show(&mut self, g: Gathered) {
        (self.bodies, self.overview, self.gauges, self.page_from) =
            (g.bodies, g.overview, g.gauges, g.page_from);
        self.shown = true;
    }

    pub fn chosen_body(&self) -> Option<&Standing> {
        self.bodies.get(self.at.selected)
    }

    pub fn chosen_gauge(&self) -> Option<&Tracked> {
        let i = self.gauge.selected.checked_sub(self.page_from)?;
        self.gauges.get(i)
    }

    /// The gauges on screen, with whether each is the chosen one, at most `cap` of them.
    pub fn shown_gauges(&self, cap: usize) -> impl Iterator<Item = (&Tracked, bool)> {
        let skip = self.gauge.offset.saturating_sub(self.page_from);
        let selected = self.gauge.selected;
        let from = self.page_from + skip;
        self.gauges
            .iter()
            .skip(skip)
            .take(cap)
            .enumerate()
            .map(move |(i, t)| (t, from + i == selected))
    }

    /// Whether the gauges read cover the `cap` rows from the first on screen.
    pub fn page_covers(&self, cap: usize) -> bool {
        let wanted = cap.min(self.overview.tracked.saturating_sub(self.gauge.offset));
        self.page_from == self.gauge.offset && self.gauges.len() >= wanted
    }
}
