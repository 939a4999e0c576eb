//! `pledge list`: a table aligned by display width, or JSON, or CSV.

use std::io::Write;

use serde::Serialize;

use super::{Ctx, Refusal, terminal_width, written};
use crate::cli::{ListArgs, ListFormat};
use crate::error::{Error, Result};
use crate::ledger::Lists;
use crate::messages::cli as words;
use crate::model::Pledge;
use crate::store::{Filter, Quotes, Sort};
use crate::table::{Column, Widths};
use crate::text::spreadsheet_cell as cell;

mod measure;

/// A pledge in JSON output, with what "as of today" adds.
#[derive(Serialize)]
pub struct PledgeOut<'a> {
    #[serde(flatten)]
    pub pledge: &'a Pledge,
    pub days_overdue: Option<i64>,
}

pub fn run(store: &impl Lists, ctx: &Ctx, args: &ListArgs, out: &mut dyn Write) -> Result<()> {
    let filter = Filter {
        status: args.status,
        overdue_on: args.overdue.then_some(ctx.today),
        search: args.search.clone(),
        letter: args.letter,
        member: args.member.clone(),
        bodies: super::bodies::scope(store, args.owner.as_slice(), args.lead_only)?,
        ..Filter::default()
    };
    let sort = args.sort;
    // Every format writes rows as the store reads them: memory stays flat at any size.
    match args.format {
        ListFormat::Table => table(store, &filter, sort, ctx, terminal_width(), out),
        ListFormat::Json => json(store, &filter, sort, ctx, out),
        ListFormat::Csv => csv(store, &filter, sort, ctx, !args.no_bom, out),
    }
}

fn json(
    store: &impl Lists,
    filter: &Filter,
    sort: Sort,
    ctx: &Ctx,
    out: &mut dyn Write,
) -> Result<()> {
    use serde::ser::{SerializeSeq, Serializer};
    let mut ser = crate::json::serializer(&mut *out);
    let mut seq = ser.serialize_seq(None).map_err(crate::json::failed)?;
    store.each_pledge(filter, sort, Quotes::With, &mut |p| {
        let item = PledgeOut {
            pledge: &p,
            days_overdue: p.days_overdue(ctx.today),
        };
        seq.serialize_element(&item).map_err(crate::json::failed)
    })?;
    seq.end().map_err(crate::json::failed)?;
    written(writeln!(out))
}
/// The table's columns, headed in the messages' words.
fn columns() -> [Column; 8] {
    let [id, status, title, owner, deadline, due, progress, last_note] = words::list_headings();
    [
        Column::right(id),
        Column::left(status),
        Column::flexible(title, 12),
        Column::flexible(owner, 8),
        Column::left(deadline),
        Column::right(due),
        Column::right(progress),
        Column::left(last_note),
    ]
}

/// The table's cells for one pledge at its depth in the list; `!` marks an overdue id.
fn cells(p: &Pledge, depth: usize, today: chrono::NaiveDate) -> Vec<String> {
    vec![
        if p.is_overdue(today) {
            format!("!{}", p.id)
        } else {
            p.id.to_string()
        },
        crate::messages::values::status(p.status).to_string(),
        words::nested_title(&p.title, depth, p.parent),
        p.owner.clone(),
        p.deadline.map(crate::date::format).unwrap_or_default(),
        crate::messages::values::due(p.due(today)),
        p.progress_text(),
        p.last_note_on.map(crate::date::format).unwrap_or_default(),
    ]
}

/// How a row is coloured, as the full-screen list and taskwarrior do: overdue red, closed
/// (done, partial, dropped) dim, the rest as the terminal has it.
fn look(p: &Pledge, today: chrono::NaiveDate) -> Option<anstyle::Style> {
    if p.is_overdue(today) {
        Some(anstyle::AnsiColor::Red.on_default())
    } else if !p.status.is_open() {
        Some(anstyle::Style::new().dimmed())
    } else {
        None
    }
}

/// Two reads of one snapshot: the first measures the columns, the second writes each line
/// as it is read. The output is what a table built from every row at once would be.
fn table(
    store: &impl Lists,
    filter: &Filter,
    sort: Sort,
    ctx: &Ctx,
    width: Option<usize>,
    out: &mut dyn Write,
) -> Result<()> {
    let columns = columns();
    store.snapshot(|store| {
        let mut widths = Widths::new(&columns);
        let mut any = false;
        // Widths do not depend on the order. Unfiltered, they are measured in id order: one
        // pass along the table instead of a page read per row through an index. A filter
        // keeps its own index (in id order it would scan, or sort, the whole table).
        let measure_in = if *filter == Filter::default() {
            Sort::Id
        } else {
            sort
        };
        let mut measure = measure::Measure::default();
        store.each_listed(filter, measure_in, Quotes::Without, &mut |p, depth| {
            widths.widen(&measure.widths(&p, depth, ctx.today));
            any = true;
            Ok(())
        })?;
        if !any {
            return written(writeln!(out, "{}", words::no_match()));
        }
        let layout = widths.fit(&columns, width);
        written(out.write_all(layout.header().as_bytes()))?;
        let (mut shown, mut overdue) = (0usize, 0usize);
        store.each_listed(filter, sort, Quotes::Without, &mut |p, depth| {
            shown += 1;
            overdue += usize::from(p.is_overdue(ctx.today));
            let line = layout.line(cells(&p, depth, ctx.today));
            written(match ctx.color.then(|| look(&p, ctx.today)).flatten() {
                Some(style) => {
                    let text = line.trim_end_matches('\n');
                    writeln!(out, "{}{text}{}", style.render(), style.render_reset())
                }
                None => out.write_all(line.as_bytes()),
            })
        })?;
        written(writeln!(
            out,
            "{}",
            words::list_footer(shown, overdue, ctx.today)
        ))
    })
}

/// CSV with its headings and statuses in the language chosen (a sheet for people), after
/// the byte-order mark spreadsheet programs need to read UTF-8, as the report's CSV has.
fn csv(
    store: &impl Lists,
    filter: &Filter,
    sort: Sort,
    ctx: &Ctx,
    bom: bool,
    out: &mut dyn Write,
) -> Result<()> {
    if bom {
        written(out.write_all(b"\xEF\xBB\xBF"))?;
    }
    let mut w = csv::Writer::from_writer(out);
    let fail = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::io(crate::error::Doing::WriteOutput, io),
        other => Error::Command(Refusal::CsvNotWritten {
            detail: format!("{other:?}"),
        }),
    };
    w.write_record(words::csv_headings()).map_err(fail)?;
    let opt = |v: Option<String>| v.unwrap_or_default();
    store.each_pledge(filter, sort, Quotes::Without, &mut |p| {
        let t = p.target.as_ref();
        w.write_record([
            p.id.to_string(),
            // The English label is the keyword; in Chinese the sheet reads 推进中, as the report's.
            crate::messages::values::status(p.status).to_string(),
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
        .map_err(fail)
    })?;
    w.flush()
        .map_err(|e| Error::io(crate::error::Doing::WriteOutput, e))
}
