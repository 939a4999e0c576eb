//! `pledge list`: a table aligned by display width, or JSON, or CSV.

use std::io::Write;

use serde::Serialize;

use super::{Ctx, terminal_width, written};
use crate::cli::{ListArgs, ListFormat, SortArg};
use crate::error::{Error, Result};
use crate::model::Pledge;
use crate::store::{Filter, Sort, Store};
use crate::table::{self, Column};
use crate::text::spreadsheet_cell as cell;

impl From<SortArg> for Sort {
    fn from(s: SortArg) -> Sort {
        match s {
            SortArg::Deadline => Sort::Deadline,
            SortArg::Overdue => Sort::Overdue,
            SortArg::Owner => Sort::Owner,
            SortArg::Updated => Sort::Updated,
            SortArg::Id => Sort::Id,
        }
    }
}

/// A pledge in JSON output, with what "as of today" adds.
#[derive(Serialize)]
pub struct PledgeOut<'a> {
    #[serde(flatten)]
    pub pledge: &'a Pledge,
    pub days_overdue: Option<i64>,
}

pub fn run(store: &Store, ctx: &Ctx, args: &ListArgs, out: &mut dyn Write) -> Result<()> {
    let filter = Filter {
        owner: args.owner.clone(),
        status: args.status,
        overdue_on: args.overdue.then_some(ctx.today),
        search: args.search.clone(),
    };
    let pledges = store.list(&filter, args.sort.into())?;
    match args.format {
        ListFormat::Table => table(&pledges, ctx, terminal_width(), out),
        ListFormat::Json => {
            let items: Vec<PledgeOut> = pledges
                .iter()
                .map(|p| PledgeOut {
                    pledge: p,
                    days_overdue: p.days_overdue(ctx.today),
                })
                .collect();
            crate::json::write(&items, out)
        }
        ListFormat::Csv => csv(&pledges, ctx, out),
    }
}

const COLUMNS: [Column; 8] = [
    Column::right("ID"),
    Column::left("STATUS"),
    Column::flexible("TITLE", 12),
    Column::flexible("OWNER", 8),
    Column::left("DEADLINE"),
    Column::right("DUE"),
    Column::right("PROGRESS"),
    Column::left("LAST NOTE"),
];

fn table(pledges: &[Pledge], ctx: &Ctx, width: Option<usize>, out: &mut dyn Write) -> Result<()> {
    if pledges.is_empty() {
        return written(writeln!(out, "no pledges match"));
    }
    let rows: Vec<Vec<String>> = pledges
        .iter()
        .map(|p| {
            let late = p.is_overdue(ctx.today);
            vec![
                if late {
                    format!("!{}", p.id)
                } else {
                    p.id.to_string()
                },
                p.status.as_str().to_string(),
                p.title.clone(),
                p.owner.clone(),
                p.deadline.map(crate::date::format).unwrap_or_default(),
                p.due_text(ctx.today),
                p.progress_text(),
                p.last_note_on.map(crate::date::format).unwrap_or_default(),
            ]
        })
        .collect();
    written(out.write_all(table::render(&COLUMNS, rows, width).as_bytes()))?;
    let overdue = pledges.iter().filter(|p| p.is_overdue(ctx.today)).count();
    written(writeln!(
        out,
        "{} {}, {overdue} overdue as of {} (! marks overdue)",
        pledges.len(),
        if pledges.len() == 1 {
            "pledge"
        } else {
            "pledges"
        },
        crate::date::format(ctx.today)
    ))
}

fn csv(pledges: &[Pledge], ctx: &Ctx, out: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let fail = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::io("cannot write the output", io),
        other => Error::Refused(format!("cannot write CSV: {other:?}")),
    };
    w.write_record([
        "id",
        "status",
        "title",
        "owner",
        "deadline",
        "deadline_text",
        "days_overdue",
        "target_quantity",
        "target_unit",
        "target_text",
        "progress",
        "last_note_on",
        "parent",
        "letter",
    ])
    .map_err(fail)?;
    let opt = |v: Option<String>| v.unwrap_or_default();
    for p in pledges {
        let t = p.target.as_ref();
        w.write_record([
            p.id.to_string(),
            p.status.as_str().to_string(),
            cell(&p.title),
            cell(&p.owner),
            opt(p.deadline.map(crate::date::format)),
            cell(p.deadline_text.as_deref().unwrap_or("")),
            opt(p.days_overdue(ctx.today).map(|d| d.to_string())),
            opt(t.map(|t| t.quantity.to_string())),
            cell(t.and_then(|t| t.unit.as_deref()).unwrap_or("")),
            cell(t.and_then(|t| t.text.as_deref()).unwrap_or("")),
            opt(p.progress.map(|q| q.to_string())),
            opt(p.last_note_on.map(crate::date::format)),
            opt(p.parent.map(|i| i.to_string())),
            opt(p.letter.map(|i| i.to_string())),
        ])
        .map_err(fail)?;
    }
    w.flush()
        .map_err(|e| Error::io("cannot write the output", e))
}
