//! Which pledges a list or report reads, and in what order.

use chrono::NaiveDate;

use crate::model::Status;

/// Which pledges a list shows. Every field narrows; the default shows all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Owner contains this text.
    pub owner: Option<String>,
    pub status: Option<Status>,
    /// Only open pledges whose deadline is before this day.
    pub overdue_on: Option<NaiveDate>,
    /// Title, owner, quote or any note contains this text.
    pub search: Option<String>,
    /// Only pledges quoted from this letter.
    pub letter: Option<i64>,
    /// Only pledges of letters answering a member or deputy whose name contains this text.
    pub member: Option<String>,
    /// Linked to one of these bodies.
    pub bodies: Option<BodyScope>,
}

/// Pledges linked to any of these bodies: as lead or co-owner, or as lead only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BodyScope {
    pub ids: Vec<i64>,
    pub lead_only: bool,
}

/// Whether a read carries each pledge's quote: the longest text, which tables never show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quotes {
    With,
    Without,
}

/// List orders. Ties always fall back to the id, so the order is stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Deadline,
    /// Open pledges with the earliest deadline (most overdue) first.
    Overdue,
    Owner,
    /// Most recently changed or noted first.
    Updated,
    Id,
}

impl Sort {
    pub const ALL: [Sort; 5] = [
        Sort::Deadline,
        Sort::Overdue,
        Sort::Owner,
        Sort::Updated,
        Sort::Id,
    ];

    /// The order's keyword, as `--sort` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Deadline => "deadline",
            Sort::Overdue => "overdue",
            Sort::Owner => "owner",
            Sort::Updated => "updated",
            Sort::Id => "id",
        }
    }
}

/// What a report reads: its filter, owners and days.
#[derive(Debug, Clone, Copy)]
pub struct ReportQuery<'a> {
    pub filter: &'a Filter,
    pub owners: &'a [String],
    pub as_of: NaiveDate,
    pub due_by: NaiveDate,
}
