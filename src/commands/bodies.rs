//! `pledge bodies` and `pledge body show|rename|alias|merge`, and `--owner` read as bodies.

use std::io::Write;

use serde::Serialize;

use super::{Ctx, Refusal, written};
use crate::body::BodyEdit;
use crate::body::{Page, Role, Standing};
use crate::cli::{BodiesArgs, BodyCommand, BodySetArgs, ListFormat, PageFormat};
use crate::error::{Error, Result};
use crate::ledger::Bodies;
use crate::messages::bodies as words;
use crate::problem::Field;
use crate::request::BodyScope;
use crate::table::{Column, Widths};
use crate::text::{inert_line, spreadsheet_cell as cell};

/// The bodies `--owner` names (each its own body, else every body a name of which contains
/// it), none when no `--owner` is given. A name that picks no body is refused.
pub fn scope(
    store: &impl crate::ledger::Records,
    names: &[String],
    lead_only: bool,
) -> Result<Option<BodyScope>> {
    if names.is_empty() {
        return Ok(None);
    }
    let mut ids = Vec::new();
    for name in names {
        for id in store.bodies_named(Field::Owner, name)? {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    Ok(Some(BodyScope { ids, lead_only }))
}

/// A body in `pledge bodies --format json`.
#[derive(Serialize)]
struct StandingOut<'a> {
    #[serde(flatten)]
    standing: &'a Standing,
    on_time_rate: Option<f64>,
}

pub fn list(store: &impl Bodies, ctx: &Ctx, args: &BodiesArgs, out: &mut dyn Write) -> Result<()> {
    let bodies = store.bodies(ctx.today)?;
    match args.format {
        ListFormat::Json => {
            let rows: Vec<StandingOut> = bodies
                .iter()
                .map(|s| StandingOut {
                    standing: s,
                    on_time_rate: s.on_time_rate(),
                })
                .collect();
            let mut ser = crate::json::serializer(&mut *out);
            rows.serialize(&mut ser).map_err(crate::json::failed)?;
            written(writeln!(out))
        }
        ListFormat::Csv => csv(&bodies, out),
        ListFormat::Table => table(&bodies, super::terminal_width(), out),
    }
}

fn table(bodies: &[Standing], width: Option<usize>, out: &mut dyn Write) -> Result<()> {
    if bodies.is_empty() {
        return written(writeln!(out, "{}", words::none()));
    }
    let [body, aliases, open, overdue, done, dropped, on_time] = words::headings();
    let columns = [
        Column::flexible(body, 8),
        Column::flexible(aliases, 8),
        Column::right(open),
        Column::right(overdue),
        Column::right(done),
        Column::right(dropped),
        Column::right(on_time),
    ];
    let rows: Vec<Vec<String>> = bodies
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.aliases.join(words::alias_separator()),
                s.open.to_string(),
                s.overdue.to_string(),
                s.done.to_string(),
                s.dropped.to_string(),
                words::rate(s.on_time_rate()),
            ]
        })
        .collect();
    let mut widths = Widths::new(&columns);
    for r in &rows {
        widths.measure(r);
    }
    let layout = widths.fit(&columns, width);
    let mut text = layout.header();
    for r in rows {
        text.push_str(&layout.line(r));
    }
    written(out.write_all(text.as_bytes()))
}

fn csv(bodies: &[Standing], out: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let fail = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::io(crate::error::Doing::WriteOutput, io),
        other => Error::Command(Refusal::CsvNotWritten {
            detail: format!("{other:?}"),
        }),
    };
    w.write_record(words::csv_headings()).map_err(fail)?;
    for s in bodies {
        w.write_record([
            cell(&s.name),
            cell(&s.aliases.join("; ")),
            s.open.to_string(),
            s.overdue.to_string(),
            s.done.to_string(),
            s.dropped.to_string(),
            s.on_time_rate()
                .map(|r| format!("{r:.4}"))
                .unwrap_or_default(),
        ])
        .map_err(fail)?;
    }
    w.flush()
        .map_err(|e| Error::io(crate::error::Doing::WriteOutput, e))
}

pub fn body(
    store: &mut impl Bodies,
    ctx: &Ctx,
    cmd: BodyCommand,
    out: &mut dyn Write,
) -> Result<()> {
    let said = match cmd {
        BodyCommand::Show(args) => {
            let page = store.body_page(&args.name)?;
            return match args.format {
                PageFormat::Text => show(&page, ctx, out),
                PageFormat::Json => show_json(&page, out),
            };
        }
        BodyCommand::Rename { old, new } => {
            let before = store.body_page(&old)?.body.name;
            let body = store.rename_body(&old, &new, &ctx.who)?;
            words::renamed(&inert_line(&before), &inert_line(&body.name))
        }
        BodyCommand::Alias { name, alias } => {
            let body = store.alias_body(&name, &alias)?;
            words::aliased(&inert_line(&body.name), &inert_line(alias.trim()))
        }
        BodyCommand::Merge { from, into } => {
            let from_name = store.body_page(&from)?.body.name;
            let body = store.merge_bodies(&from, &into, &ctx.who)?;
            words::merged(&inert_line(&from_name), &inert_line(&body.name))
        }
        BodyCommand::Set(args) => return set(store, args, out),
    };
    written(writeln!(out, "{said}"))
}

/// `body set`: `--parent none` clears the parent, `--contact ''` the contact.
fn set(store: &mut impl Bodies, args: BodySetArgs, out: &mut dyn Write) -> Result<()> {
    let edit = BodyEdit {
        parent: args.parent.map(|p| Some(p).filter(|p| p != "none")),
        contact: args.contact.map(|c| Some(c).filter(|c| !c.is_empty())),
    };
    if edit.is_empty() {
        return Err(crate::error::body::Refusal::NothingToSet.into());
    }
    let (body, changes) = store.set_body(&args.name, &edit)?;
    let name = inert_line(&body.name);
    if changes.is_empty() {
        return written(writeln!(out, "{}", words::unchanged(&name)));
    }
    let none = crate::messages::cli::no_value();
    let mut said = String::new();
    for (field, old, new) in &changes {
        said.push_str(&words::changed(
            &name,
            field,
            &inert_line(old.as_deref().unwrap_or(none)),
            &inert_line(new.as_deref().unwrap_or(none)),
        ));
        said.push('\n');
    }
    written(out.write_all(said.as_bytes()))
}

/// A body's page: its names, its parent and contact, then its pledges, one a line.
fn show(page: &Page, ctx: &Ctx, out: &mut dyn Write) -> Result<()> {
    let [name, aliases, contact, pledges] = words::show_labels();
    let mut text = String::new();
    let mut field = |label: &str, value: &str| {
        let pad = " ".repeat(12usize.saturating_sub(crate::text::width(label)));
        text.push_str(&format!("{label}{pad}{}\n", inert_line(value)));
    };
    field(name, &page.body.name);
    if !page.body.aliases.is_empty() {
        field(aliases, &page.body.aliases.join(words::alias_separator()));
    }
    if let Some(p) = &page.parent {
        field(words::parent_label(), p);
    }
    if let Some(c) = &page.body.contact {
        field(contact, c);
    }
    text.push_str(&format!("\n{pledges}\n"));
    if page.pledges.is_empty() {
        text.push_str(&format!("{}\n", words::no_pledges()));
    }
    let columns = [
        Column::right(""),
        Column::left(""),
        Column::left(""),
        Column::left(""),
        Column::flexible("", 12),
    ];
    let mut widths = Widths::new(&columns);
    let rows: Vec<Vec<String>> = page
        .pledges
        .iter()
        .map(|(p, role)| {
            vec![
                if p.is_overdue(ctx.today) {
                    format!("!{}", p.id)
                } else {
                    p.id.to_string()
                },
                words::role(*role).to_string(),
                crate::messages::values::status(p.status).to_string(),
                p.deadline.map(crate::date::format).unwrap_or_default(),
                p.title.clone(),
            ]
        })
        .collect();
    for r in &rows {
        widths.measure(r);
    }
    let layout = widths.fit(&columns, super::terminal_width());
    for r in rows {
        text.push_str(&layout.line(r));
    }
    written(out.write_all(text.as_bytes()))
}

#[derive(Serialize)]
struct PledgeRole<'a> {
    id: i64,
    title: &'a str,
    owner: &'a str,
    status: crate::model::Status,
    role: Role,
}

#[derive(Serialize)]
struct PageOut<'a> {
    body: &'a crate::body::Body,
    /// The parent's name (`body.parent` is its id).
    parent_name: Option<&'a str>,
    pledges: Vec<PledgeRole<'a>>,
}

fn show_json(page: &Page, out: &mut dyn Write) -> Result<()> {
    let doc = PageOut {
        body: &page.body,
        parent_name: page.parent.as_deref(),
        pledges: page
            .pledges
            .iter()
            .map(|(p, role)| PledgeRole {
                id: p.id,
                title: &p.title,
                owner: &p.owner,
                status: p.status,
                role: *role,
            })
            .collect(),
    };
    let mut ser = crate::json::serializer(&mut *out);
    doc.serialize(&mut ser).map_err(crate::json::failed)?;
    written(writeln!(out))
}
