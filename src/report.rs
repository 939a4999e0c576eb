//! The overdue report (督办通报): what is late, what is due soon, and what has no deadline and
//! no recent progress, grouped by owner. One model, rendered as text, markdown, CSV, JSON, HTML;
//! the CLI and the TUI both print it from here.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod text;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;
use crate::model::{Quantity, Status, Target};
pub use crate::store::LetterRef;
use crate::store::{Filter, OpenPledge, Store};

/// What to report on.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub as_of: NaiveDate,
    /// Only owners containing one of these (none: every owner).
    pub owners: Vec<String>,
    /// "Due soon" means due within this many days.
    pub within_days: i64,
    /// An undated pledge is stale when its last note is older than this.
    pub stale_days: i64,
    /// The TUI's list filter, when the report follows it.
    pub filter: Filter,
}

impl Options {
    pub fn new(as_of: NaiveDate) -> Options {
        Options {
            as_of,
            owners: Vec::new(),
            within_days: 30,
            stale_days: 90,
            filter: Filter::default(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Overdue,
    DueSoon,
    NoDeadline,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Overdue, Section::DueSoon, Section::NoDeadline];

    /// The heading of the column that counts days in this section.
    pub fn days_label(self) -> &'static str {
        match self {
            Section::Overdue => "Days overdue",
            Section::DueSoon => "Days left",
            Section::NoDeadline => "Days since",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Section::Overdue => "overdue",
            Section::DueSoon => "due_soon",
            Section::NoDeadline => "no_deadline",
        }
    }
}

/// One pledge as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub id: i64,
    pub title: String,
    pub owner: String,
    #[serde(with = "crate::date::strict_opt")]
    pub deadline: Option<NaiveDate>,
    pub deadline_text: Option<String>,
    pub status: Status,
    pub target: Option<Target>,
    pub progress: Option<Quantity>,
    /// Overdue items: days past the deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_overdue: Option<i64>,
    /// Due-soon items: days until the deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_left: Option<i64>,
    /// Undated items: days since the last note, or since the letter (or the pledge's entry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_since: Option<i64>,
    #[serde(with = "crate::date::strict_opt")]
    pub last_note_on: Option<NaiveDate>,
    pub last_note: Option<String>,
    #[serde(skip)]
    pub progress_text: String,
}

impl Item {
    /// The day count the section is about.
    pub fn days(&self) -> Option<i64> {
        self.days_overdue.or(self.days_left).or(self.days_since)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OwnerGroup {
    pub owner: String,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub as_of: NaiveDate,
    pub ledger: String,
    pub letters: Vec<LetterRef>,
    pub within_days: i64,
    pub stale_days: i64,
    /// A description of the owner filter or TUI filter in force, if any.
    pub scope: Option<String>,
    pub overdue: Vec<OwnerGroup>,
    pub due_soon: Vec<OwnerGroup>,
    pub no_deadline: Vec<OwnerGroup>,
    /// Open undated pledges left out because they had recent progress (said in the footer).
    pub undated_recent: usize,
}

impl Report {
    pub fn section(&self, s: Section) -> &[OwnerGroup] {
        match s {
            Section::Overdue => &self.overdue,
            Section::DueSoon => &self.due_soon,
            Section::NoDeadline => &self.no_deadline,
        }
    }

    pub fn count(&self, s: Section) -> usize {
        self.section(s).iter().map(|g| g.items.len()).sum()
    }

    /// Every item with its section, in report order.
    pub fn items(&self) -> impl Iterator<Item = (Section, &Item)> {
        Section::ALL.into_iter().flat_map(move |s| {
            self.section(s)
                .iter()
                .flat_map(move |g| g.items.iter().map(move |i| (s, i)))
        })
    }

    /// What the footer says of undated pledges left out for recent progress, if any were.
    pub fn left_out(&self) -> Option<String> {
        (self.undated_recent > 0).then(|| {
            format!(
                "{} open pledge(s) without a deadline had progress in the last {} days and are not listed",
                self.undated_recent, self.stale_days
            )
        })
    }

    /// Per owner: counts in each section, owners in name order.
    pub fn by_owner(&self) -> Vec<(String, [usize; 3])> {
        let mut counts: BTreeMap<String, [usize; 3]> = BTreeMap::new();
        for (i, s) in Section::ALL.into_iter().enumerate() {
            for g in self.section(s) {
                counts.entry(g.owner.clone()).or_default()[i] += g.items.len();
            }
        }
        counts.into_iter().collect()
    }
}

fn scope(opts: &Options) -> Option<String> {
    let mut parts = Vec::new();
    if !opts.owners.is_empty() {
        parts.push(format!("owner contains {}", opts.owners.join(" or ")));
    }
    let f = &opts.filter;
    if let Some(o) = &f.owner {
        parts.push(format!("owner contains {o}"));
    }
    if let Some(s) = f.status {
        parts.push(format!("status {s}"));
    }
    if f.overdue_on.is_some() {
        parts.push("overdue only".into());
    }
    if let Some(s) = f.search.as_deref().filter(|s| !s.is_empty()) {
        parts.push(format!("matching \"{s}\""));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Groups items by owner; owners ordered by their most urgent item (`key`, smaller first),
/// items within an owner likewise. Ids are unique, so the order is fully determined.
fn group(mut items: Vec<Item>, key: impl Fn(&Item) -> i64) -> Vec<OwnerGroup> {
    items.sort_unstable_by_key(|i| (key(i), i.id));
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<OwnerGroup> = Vec::new();
    for item in items {
        match at.get(&item.owner) {
            Some(&n) => groups[n].items.push(item),
            None => {
                at.insert(item.owner.clone(), groups.len());
                groups.push(OwnerGroup {
                    owner: item.owner.clone(),
                    items: vec![item],
                });
            }
        }
    }
    groups
}

/// Builds the report from the ledger. No pledge appears in two sections.
pub fn build(store: &Store, ledger: &str, opts: &Options) -> Result<Report> {
    let letters = store.letter_refs()?;
    let issued: HashMap<i64, NaiveDate> =
        letters.iter().map(|(id, l)| (*id, l.issued_on)).collect();
    let (mut overdue, mut due_soon, mut no_deadline) = (Vec::new(), Vec::new(), Vec::new());
    let mut undated_recent = 0;
    let due_by = opts
        .as_of
        .checked_add_signed(chrono::Duration::days(opts.within_days.max(0)))
        .map_or(crate::date::LAST, |d| d.min(crate::date::LAST));
    store.open_pledges(&opts.filter, &opts.owners, opts.as_of, due_by, |row| {
        let OpenPledge {
            pledge: p,
            last_note,
        } = row;
        let progress_text = p.progress_text();
        let last_note_on = last_note.as_ref().map(|n| n.0);
        let since_day = last_note_on
            .or_else(|| p.letter.and_then(|l| issued.get(&l).copied()))
            .or_else(|| {
                p.created_at
                    .get(..10)
                    .and_then(|d| crate::date::parse(d).ok())
            })
            .unwrap_or(opts.as_of);
        let base = Item {
            id: p.id,
            title: p.title,
            owner: p.owner,
            deadline: p.deadline,
            deadline_text: p.deadline_text,
            status: p.status,
            target: p.target,
            progress: p.progress,
            days_overdue: None,
            days_left: None,
            days_since: None,
            last_note_on,
            last_note: last_note.map(|n| n.1),
            progress_text,
        };
        match p.deadline {
            Some(d) if d < opts.as_of => overdue.push(Item {
                days_overdue: Some(crate::date::days_between(d, opts.as_of)),
                ..base
            }),
            Some(d) => {
                let left = crate::date::days_between(opts.as_of, d);
                if left <= opts.within_days {
                    due_soon.push(Item {
                        days_left: Some(left),
                        ..base
                    });
                }
            }
            None => {
                let since = crate::date::days_between(since_day, opts.as_of);
                if base.last_note.is_none() || since > opts.stale_days {
                    no_deadline.push(Item {
                        days_since: Some(since),
                        ..base
                    });
                } else {
                    undated_recent += 1;
                }
            }
        }
    })?;
    Ok(Report {
        as_of: opts.as_of,
        ledger: ledger.to_string(),
        letters: letters.into_iter().map(|(_, l)| l).collect(),
        within_days: opts.within_days,
        stale_days: opts.stale_days,
        scope: scope(opts),
        overdue: group(overdue, |i| -i.days_overdue.unwrap_or(0)),
        due_soon: group(due_soon, |i| i.days_left.unwrap_or(0)),
        no_deadline: group(no_deadline, |i| -i.days_since.unwrap_or(0)),
        undated_recent,
    })
}

/// The formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Csv,
    Json,
    Html,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Markdown,
        Format::Csv,
        Format::Json,
        Format::Html,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
        }
    }
}

/// How text output looks: width in display columns, and whether to colour it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    pub width: usize,
    pub color: bool,
}

/// The narrowest text report that still has room for its columns.
pub const MIN_WIDTH: usize = 80;

/// Writes the report in `format`; a text report goes out piece by piece, never copied whole.
pub fn write(
    report: &Report,
    format: Format,
    style: TextStyle,
    bom: bool,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Text => text::pieces(report, style)
            .iter()
            .try_for_each(|piece| out.write_all(piece.as_bytes())),
        other => out.write_all(&render(report, other, style, bom)),
    }
}

/// The report in `format`, as bytes ready to write.
pub fn render(report: &Report, format: Format, style: TextStyle, bom: bool) -> Vec<u8> {
    match format {
        Format::Text => text::render(report, style).into_bytes(),
        Format::Markdown => markdown::render(report).into_bytes(),
        Format::Csv => csv::render(report, bom),
        Format::Json => json::render(report).into_bytes(),
        Format::Html => html::render(report).into_bytes(),
    }
}
