//! `pledge request` and `pledge collect`: the monthly cycle's spreadsheets, out and back.

use std::io::{BufRead, Read, Write};

use super::{Ctx, confirmed, remark, written};
use crate::cli::sheets::{CollectArgs, RequestArgs};
use crate::error::sheet::Refusal;
use crate::error::{Doing, Error, Result};
use crate::ledger::{Bodies, Lists, Sheets};
use crate::messages::sheets as words;
use crate::problem::Field;
use crate::request::Saved;
use crate::sheets::plan::{Context, Plan};
use crate::sheets::write::{Request, workbook};

/// The most files one collection reads.
const MAX_FILES: usize = 1000;

pub fn request(
    store: &(impl Lists + Bodies + Sheets),
    ctx: &Ctx,
    args: RequestArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let as_of = args.as_of.unwrap_or(ctx.today);
    let dir = args.output;
    if dir.exists() && !dir.is_dir() {
        return Err(Error::Sheet(Refusal::NotAFolder { path: dir }));
    }
    // Everything read in one view, the files written after: a body's sheet is of one moment.
    let sheets = store.snapshot(|s| {
        let ids = if args.owner.is_empty() {
            s.bodies_with_open_pledges()?
        } else {
            let mut ids = Vec::new();
            for name in &args.owner {
                for id in s.bodies_named(Field::Owner, name)? {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
            ids
        };
        let mut sheets = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(body) = s.body_by_id(id)? {
                let pledges = s.open_pledges_of(id)?;
                sheets.push((body, pledges));
            }
        }
        Ok((s.ledger_secret()?, sheets))
    })?;
    let (secret, sheets) = sheets;
    std::fs::create_dir_all(&dir).map_err(|e| Error::io_at(Doing::CreateFolder, &dir, e))?;
    let mut made = 0;
    let progress = crate::progress::Progress::new(sheets.len());
    for (body, pledges) in &sheets {
        progress.at(&body.name);
        if pledges.is_empty() {
            progress.hidden(|| remark(format_args!("{}", words::nothing_to_ask(&body.name))));
            progress.tick();
            continue;
        }
        let bytes = workbook(&Request {
            secret: &secret,
            body,
            as_of,
            pledges,
        })
        .map_err(|e| {
            Error::Sheet(Refusal::NotWritten {
                detail: e.to_string(),
            })
        })?;
        let base = format!(
            "{}-{}-{}",
            words::file_stem(),
            crate::sheet::safe_file_part(&body.name),
            crate::date::format(as_of)
        );
        let path = crate::sheets::save_new(&dir, &base, "xlsx", &bytes)?;
        made += 1;
        let shown = crate::files::shown(&path);
        progress.hidden(|| written(writeln!(out, "{}", words::written(&shown, pledges.len()))))?;
        progress.tick();
    }
    drop(progress);
    if made == 0 {
        return Err(Error::Sheet(Refusal::NoOpenPledges));
    }
    Ok(())
}

pub fn collect(
    store: &mut (impl Lists + Bodies + Sheets),
    ctx: &Ctx,
    args: CollectArgs,
    out: &mut dyn Write,
) -> Result<()> {
    if !args.dry_run && !args.yes && !super::interactive() {
        return Err(Error::Sheet(Refusal::NeedsAnswer));
    }
    if args.files.len() > MAX_FILES {
        return Err(Error::Sheet(Refusal::TooManyFiles {
            given: args.files.len(),
            limit: MAX_FILES,
        }));
    }
    let secret = store.ledger_secret()?;
    let plan = store.snapshot(|s| {
        let context = Context {
            store: s,
            secret: &secret,
            today: ctx.today,
            author: &ctx.who,
        };
        let mut plan = Plan::default();
        let progress = crate::progress::Progress::new(args.files.len());
        for file in &args.files {
            progress.at(&crate::files::shown(file));
            plan.add_file(&context, file)?;
            progress.tick();
        }
        Ok(plan)
    })?;
    show(&plan, out)?;
    for found in &plan.bad {
        remark(format_args!("{}", words::found(found)));
    }
    if !plan.bad.is_empty() && !args.skip_bad {
        return Err(Error::Sheet(Refusal::Bad {
            count: plan.bad.len(),
        }));
    }
    if plan.rows.is_empty() {
        return written(writeln!(out, "{}", words::nothing()));
    }
    if args.dry_run {
        return written(writeln!(out, "{}", words::dry_run()));
    }
    if !args.yes && !asked_yes(plan.rows.len(), out)? {
        return written(writeln!(out, "{}", words::declined()));
    }
    let rows: Vec<_> = plan.rows.into_iter().map(|p| p.collection).collect();
    let ids = store.collect(&rows, &ctx.who)?;
    let (first, last) = (
        ids.first().copied().unwrap_or(0),
        ids.last().copied().unwrap_or(0),
    );
    let said = words::added(ids.len(), first, last);
    confirmed(out, Saved::Note(last), format_args!("{said}\n"))
}

/// Prints each sheet read, each row to add, each row collected before, and the counts.
fn show(plan: &Plan, out: &mut dyn Write) -> Result<()> {
    for (place, body, as_of) in &plan.sheets {
        written(writeln!(out, "{}", words::sheet_read(place, body, *as_of)))?;
        for p in plan
            .rows
            .iter()
            .filter(|p| p.place.file == place.file && p.place.sheet == place.sheet)
        {
            let note = &p.collection.note;
            let mut extras = Vec::new();
            if let Some(q) = note.progress {
                extras.push(words::plan_quantity(&q.to_string()));
            }
            if let (Some(from), Some(to)) = (p.status_from, note.status) {
                extras.push(words::plan_status(from, to));
            }
            if let Some(e) = &note.evidence {
                extras.push(words::plan_evidence(e));
            }
            let line = words::plan_row(
                &p.place,
                p.pledge.id,
                &p.pledge.title,
                note.on,
                &note.body,
                &extras,
            );
            written(writeln!(out, "{line}"))?;
        }
    }
    for (place, note, changed) in &plan.again {
        written(writeln!(out, "{}", words::again(place, *note, *changed)))?;
    }
    let summary = words::summary(
        plan.rows.len(),
        plan.empty,
        plan.again.len(),
        plan.bad.len(),
    );
    written(writeln!(out, "{summary}"))
}

/// Asks on the terminal; only `y` or `yes` (or 是) adds.
fn asked_yes(count: usize, out: &mut dyn Write) -> Result<bool> {
    written(write!(out, "{}", words::ask(count)).and_then(|()| out.flush()))?;
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .take(64)
        .read_line(&mut line)
        .map_err(|e| Error::io(Doing::Terminal, e))?;
    let answer = line.trim().to_lowercase();
    Ok(matches!(answer.as_str(), "y" | "yes" | "是"))
}
