//! `pledge letters`, `pledge letter show|set` and `pledge confirm`: letters as records, and
//! the confirmation a deadline cleared while overdue waits for.

use std::io::Write;

use serde::Serialize;

use super::{Ctx, Refusal, confirmed, terminal_width, written};
use crate::cli::letters::{ConfirmArgs, LetterCommand, LetterSetArgs, LettersArgs};
use crate::cli::{ListFormat, PageFormat};
use crate::error::{Error, Result};
use crate::ledger::{Letters, Lists};
use crate::messages::cli as cli_words;
use crate::messages::letters::{self as words, Label};
use crate::model::{Category, LetterKind, Pledge};
use crate::problem::{Field, Invalid};
use crate::request::{Filter, LetterEdit, LetterRow, Saved, Sort};
use crate::table::{Column, Widths};
use crate::text::{inert, inert_line, spreadsheet_cell as cell};

pub fn list(
    store: &impl Letters,
    ctx: &Ctx,
    args: &LettersArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let rows = store.letter_rows(ctx.today)?;
    match args.format {
        ListFormat::Table => table(&rows, terminal_width(), out),
        ListFormat::Json => json(&rows, out),
        ListFormat::Csv => csv(&rows, out),
    }
}

#[derive(Serialize)]
struct RowOut<'a> {
    #[serde(flatten)]
    row: &'a LetterRow,
    claim_not_kept: bool,
}

fn json(rows: &[LetterRow], out: &mut dyn Write) -> Result<()> {
    let rows: Vec<RowOut> = rows
        .iter()
        .map(|row| RowOut {
            row,
            claim_not_kept: row.claim_not_kept(),
        })
        .collect();
    crate::json::write(&rows, out)
}

fn cells(r: &LetterRow) -> Vec<String> {
    vec![
        r.id.to_string(),
        r.issuer.clone(),
        r.member.clone().unwrap_or_else(|| r.addressee.clone()),
        r.title.clone(),
        crate::date::format(r.issued_on),
        r.reference.clone().unwrap_or_default(),
        r.category.map(words::category).unwrap_or_default(),
        r.pledges.to_string(),
        r.open.to_string(),
        r.overdue.to_string(),
        r.done.to_string(),
        if r.claim_not_kept() {
            words::not_kept().to_string()
        } else {
            String::new()
        },
    ]
}

fn table(rows: &[LetterRow], width: Option<usize>, out: &mut dyn Write) -> Result<()> {
    if rows.is_empty() {
        return written(writeln!(out, "{}", words::none()));
    }
    let [
        id,
        issuer,
        member,
        title,
        date,
        reference,
        category,
        pledges,
        open,
        overdue,
        done,
    ] = words::headings();
    let columns = [
        Column::right(id),
        Column::flexible(issuer, 8),
        Column::flexible(member, 6),
        Column::flexible(title, 12),
        Column::left(date),
        Column::flexible(reference, 6),
        Column::left(category),
        Column::right(pledges),
        Column::right(open),
        Column::right(overdue),
        Column::right(done),
        Column::left(words::flag_heading()),
    ];
    let mut widths = Widths::new(&columns);
    for r in rows {
        widths.measure(&cells(r));
    }
    let layout = widths.fit(&columns, width);
    let mut text = layout.header();
    for r in rows {
        text.push_str(&layout.line(cells(r)));
    }
    let flagged = rows.iter().filter(|r| r.claim_not_kept()).count();
    text.push_str(&words::footer(rows.len(), flagged));
    text.push('\n');
    written(out.write_all(text.as_bytes()))
}

fn csv(rows: &[LetterRow], out: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let fail = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::io(crate::error::Doing::WriteOutput, io),
        other => Error::Command(Refusal::CsvNotWritten {
            detail: format!("{other:?}"),
        }),
    };
    // Keys, as JSON has them: a spreadsheet's columns stay the same in either language.
    let head = [
        "id",
        "issuer",
        "addressee",
        "member",
        "kind",
        "title",
        "issued_on",
        "reference",
        "category",
        "pledges",
        "open",
        "overdue",
        "done",
        "dropped",
        "claim_not_kept",
    ];
    w.write_record(head).map_err(fail)?;
    for r in rows {
        w.write_record([
            r.id.to_string(),
            cell(&r.issuer),
            cell(&r.addressee),
            cell(r.member.as_deref().unwrap_or("")),
            r.kind.map(LetterKind::as_str).unwrap_or("").to_string(),
            cell(&r.title),
            crate::date::format(r.issued_on),
            cell(r.reference.as_deref().unwrap_or("")),
            r.category.map(Category::as_str).unwrap_or("").to_string(),
            r.pledges.to_string(),
            r.open.to_string(),
            r.overdue.to_string(),
            r.done.to_string(),
            r.dropped.to_string(),
            r.claim_not_kept().to_string(),
        ])
        .map_err(fail)?;
    }
    w.flush()
        .map_err(|e| Error::io(crate::error::Doing::WriteOutput, e))
}

pub fn letter(
    store: &mut (impl Letters + Lists),
    ctx: &Ctx,
    command: LetterCommand,
    out: &mut dyn Write,
) -> Result<()> {
    match command {
        LetterCommand::Show(args) => show(store, ctx, &args, out),
        LetterCommand::Set(args) => set(store, args, out),
    }
}

#[derive(Serialize)]
struct LetterOut<'a> {
    #[serde(flatten)]
    row: &'a LetterRow,
    claim_not_kept: bool,
    contact: Option<&'a str>,
    phone: Option<&'a str>,
    body: &'a str,
    pledge_ids: Vec<i64>,
}

fn show(
    store: &(impl Letters + Lists),
    ctx: &Ctx,
    args: &crate::cli::ShowArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let letter = store
        .letter(args.id)?
        .ok_or_else(|| crate::store::no_such_letter(args.id))?;
    let rows = store.letter_rows(ctx.today)?;
    let row = rows
        .iter()
        .find(|r| r.id == args.id)
        .ok_or_else(|| crate::store::no_such_letter(args.id))?;
    let filter = Filter {
        letter: Some(args.id),
        ..Filter::default()
    };
    let pledges = store.list(&filter, Sort::Id)?;
    if args.format == PageFormat::Json {
        return crate::json::write(
            &LetterOut {
                row,
                claim_not_kept: row.claim_not_kept(),
                contact: letter.meta.contact.as_deref(),
                phone: letter.meta.phone.as_deref(),
                body: &letter.body,
                pledge_ids: pledges.iter().map(|p| p.id).collect(),
            },
            out,
        );
    }
    let mut s = format!("{} #{}\n", inert_line(&letter.title), letter.id);
    let mut line = |label: Label, value: Option<String>| {
        let Some(value) = value.filter(|v| !v.is_empty()) else {
            return;
        };
        let label = words::label(label);
        let pad = 10usize.saturating_sub(crate::text::width(label));
        s.push_str(&format!(
            "  {label}{}{}\n",
            " ".repeat(pad),
            inert_line(&value)
        ));
    };
    line(Label::Issuer, Some(letter.issuer.clone()));
    line(Label::Addressee, Some(letter.addressee.clone()));
    line(Label::Member, letter.meta.member.clone());
    line(
        Label::Kind,
        letter.meta.kind.map(|k| words::kind(k).to_string()),
    );
    line(Label::Date, Some(crate::date::format(letter.issued_on)));
    line(Label::Reference, letter.reference.clone());
    line(Label::Category, letter.meta.category.map(words::category));
    line(Label::Contact, letter.meta.contact.clone());
    line(Label::Phone, letter.meta.phone.clone());
    line(
        Label::Pledges,
        Some(words::counts(
            row.pledges,
            row.open,
            row.overdue,
            row.done,
            row.dropped,
        )),
    );
    if row.claim_not_kept() {
        s.push_str(&format!(
            "  ! {}\n",
            words::not_kept_line(row.overdue, row.dropped)
        ));
    }
    s.push_str(&format!("\n{}\n", words::pledges_heading()));
    if pledges.is_empty() {
        s.push_str(&format!("  {}\n", words::no_pledges()));
    }
    for p in &pledges {
        s.push_str(&pledge_line(p, ctx));
    }
    s.push_str(&format!("\n{}\n", words::text_heading()));
    for l in inert(&letter.body).lines() {
        s.push_str(&format!("  {l}\n"));
    }
    written(out.write_all(s.as_bytes()))
}

fn pledge_line(p: &Pledge, ctx: &Ctx) -> String {
    let mark = if p.is_overdue(ctx.today) { "!" } else { " " };
    let due = crate::messages::values::due(p.due(ctx.today));
    format!(
        " {mark}#{} [{}] {}  {}{}\n",
        p.id,
        crate::messages::values::status(p.status),
        inert_line(&p.title),
        inert_line(&p.owner),
        if due.is_empty() {
            String::new()
        } else {
            format!("  {due}")
        }
    )
}

/// An option's value: absent leaves the field, '' clears it, anything else sets it.
fn given(v: Option<String>) -> Option<Option<String>> {
    v.map(|t| Some(t).filter(|t| !t.is_empty()))
}

fn parsed<T: std::str::FromStr<Err = crate::problem::Problem>>(
    field: Field,
    v: Option<String>,
) -> Result<Option<Option<T>>> {
    given(v)
        .map(|v| {
            v.map(|t| t.parse().map_err(|p| Invalid::new(field, t.clone(), p)))
                .transpose()
        })
        .transpose()
        .map_err(Error::from)
}

fn set(store: &mut impl Letters, args: LetterSetArgs, out: &mut dyn Write) -> Result<()> {
    let edit = LetterEdit {
        reference: given(args.reference),
        member: given(args.member),
        kind: parsed(Field::Kind, args.kind)?,
        category: parsed(Field::Category, args.category)?,
        contact: given(args.contact),
        phone: given(args.phone),
    };
    if edit.is_empty() {
        return Err(Error::Command(Refusal::NothingToChange));
    }
    let changes = store.set_letter(args.id, &edit)?;
    if changes.is_empty() {
        return written(writeln!(out, "{}", words::unchanged(args.id)));
    }
    let none = cli_words::no_value();
    let mut said = String::new();
    for (field, old, new) in &changes {
        said.push_str(&words::changed(
            args.id,
            field,
            &inert_line(old.as_deref().unwrap_or(none)),
            &inert_line(new.as_deref().unwrap_or(none)),
        ));
    }
    confirmed(out, Saved::Letter(Some(args.id)), format_args!("{said}"))
}

pub fn confirm(
    store: &mut impl Letters,
    ctx: &Ctx,
    args: ConfirmArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let deadline = store.confirm_deadline(args.id, &ctx.who, &args.why)?;
    let said = words::confirmed(args.id, deadline);
    confirmed(out, Saved::Change(args.id), format_args!("{said}\n"))
}
