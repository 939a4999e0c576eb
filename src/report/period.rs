//! The period report (月度督办通报): what progressed, was completed, fell overdue or was
//! extended between two days, per body — the content of a monthly bulletin. Read in one
//! snapshot ([`read`]), held whole (it lists the period's events, not the ledger), and
//! written in any of the report formats.

mod doc;
mod read;

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

pub use pledge_core::period::{Kind, Period};
pub use read::read;

use super::{Format, Look, output};
use crate::body::Role;
use crate::error::Result;
use crate::messages::period as words;
use crate::model::{Quantity, Status};
use crate::request::Filter;

/// What to report on.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub period: Period,
    /// The `--owner` names asked for, for the scope line.
    pub owners: Vec<String>,
    /// The bodies they pick.
    pub filter: Filter,
}

/// One pledge in one part of the report, under one of its bodies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub id: i64,
    pub title: String,
    #[serde(skip_serializing_if = "Role::is_lead")]
    pub role: Role,
    /// Its status when the report was made.
    pub status: Status,
    /// The day it happened: the latest note in the period, the completion, the first day
    /// overdue, the extension.
    #[serde(with = "crate::date::strict")]
    pub on: NaiveDate,
    #[serde(flatten)]
    pub what: What,
}

/// What happened, with the facts of its kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum What {
    Progressed {
        /// Notes dated in the period (withdrawn ones left out).
        notes: usize,
        latest_note: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        reported_by: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        progress: Option<Quantity>,
    },
    Completed {
        became: Status,
        #[serde(skip_serializing_if = "Option::is_none")]
        why: Option<String>,
    },
    FellOverdue {
        #[serde(with = "crate::date::strict")]
        deadline: NaiveDate,
        /// Days late on the period's last day.
        days_overdue: i64,
    },
    Extended {
        #[serde(with = "crate::date::strict")]
        deadline_was: NaiveDate,
        #[serde(with = "crate::date::strict")]
        deadline: NaiveDate,
        #[serde(skip_serializing_if = "Option::is_none")]
        why: Option<String>,
    },
}

/// One body's entries in one part, in day order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub body: String,
    pub entries: Vec<Entry>,
}

/// The report, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub period: Period,
    pub ledger: String,
    /// The `--owner` names asked for.
    pub owners: Vec<String>,
    /// Each part's bodies, in name order.
    pub parts: [Vec<Group>; 4],
    /// The pledges in each part, each once though it is under several bodies.
    pub pledges: [usize; 4],
    /// Per body, as of the period's last day: overdue, open and not overdue, done.
    pub standings: Vec<(String, [usize; 3])>,
}

impl Report {
    /// The owners the report is limited to, in the language it is written in.
    pub fn scope(&self) -> Option<String> {
        crate::messages::report::scope(&self.owners, &Filter::default())
    }

    pub fn part(&self, k: Kind) -> &[Group] {
        &self.parts[k.index()]
    }

    /// Per body, in name order, how many of its entries each part holds.
    pub fn by_body(&self) -> Vec<(String, [usize; 4])> {
        let mut counts: std::collections::BTreeMap<String, [usize; 4]> = Default::default();
        for k in Kind::ALL {
            for g in self.part(k) {
                counts.entry(g.body.clone()).or_default()[k.index()] += g.entries.len();
            }
        }
        counts.into_iter().collect()
    }
}

/// Writes the report in `format`.
pub fn write(r: &Report, format: Format, look: Look, out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Text => super::doc::write_text(&doc::doc(r), look.style.width, out),
        Format::Markdown => super::doc::write_markdown(&doc::doc(r), out),
        Format::Html => super::doc::write_html(&doc::doc(r), out),
        Format::Docx => super::docx::write(&doc::doc(r), out),
        Format::Csv => csv(r, look.bom, out),
        Format::Json => json(r, out),
    }
}

/// One row per entry: its part, body, id, title, day, what happened, status, role.
fn csv(r: &Report, bom: bool, out: &mut dyn Write) -> Result<()> {
    use crate::text::spreadsheet_cell as field;
    if bom {
        out.write_all(b"\xEF\xBB\xBF").map_err(output)?;
    }
    let mut w = ::csv::Writer::from_writer(out);
    let failed = |e: ::csv::Error| output(e.into());
    w.write_record(words::csv_headings()).map_err(failed)?;
    for k in Kind::ALL {
        for g in r.part(k) {
            for e in &g.entries {
                w.write_record([
                    words::csv_kind(k).to_string(),
                    field(&g.body),
                    e.id.to_string(),
                    field(&e.title),
                    crate::date::format(e.on),
                    field(&doc::detail(e)),
                    crate::messages::report::status(e.status).to_string(),
                    crate::messages::bodies::role(e.role).to_string(),
                ])
                .map_err(failed)?;
            }
        }
    }
    w.flush().map_err(output)
}

#[derive(Serialize)]
struct Json<'a> {
    #[serde(with = "crate::date::strict")]
    from: NaiveDate,
    #[serde(with = "crate::date::strict")]
    to: NaiveDate,
    ledger: &'a str,
    scope: Option<String>,
    progressed: &'a [Group],
    completed: &'a [Group],
    fell_overdue: &'a [Group],
    extended: &'a [Group],
    pledges: Counts,
    by_body: Vec<BodyCounts>,
}

#[derive(Serialize)]
struct Counts {
    progressed: usize,
    completed: usize,
    fell_overdue: usize,
    extended: usize,
}

impl From<[usize; 4]> for Counts {
    fn from(c: [usize; 4]) -> Counts {
        Counts {
            progressed: c[0],
            completed: c[1],
            fell_overdue: c[2],
            extended: c[3],
        }
    }
}

#[derive(Serialize)]
struct BodyCounts {
    body: String,
    #[serde(flatten)]
    counts: Counts,
}

/// The report as JSON: the same bytes in every language.
fn json(r: &Report, out: &mut dyn Write) -> Result<()> {
    let json = Json {
        from: r.period.from,
        to: r.period.to,
        ledger: &r.ledger,
        // In English, so `--lang` changes no byte.
        scope: crate::messages::lang::with(crate::messages::lang::Lang::En, || r.scope()),
        progressed: r.part(Kind::Progressed),
        completed: r.part(Kind::Completed),
        fell_overdue: r.part(Kind::FellOverdue),
        extended: r.part(Kind::Extended),
        pledges: r.pledges.into(),
        by_body: r
            .by_body()
            .into_iter()
            .map(|(body, c)| BodyCounts {
                body,
                counts: c.into(),
            })
            .collect(),
    };
    crate::json::write(&json, out)
}
