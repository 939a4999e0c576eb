//! `pledge import-letter FILE… | DIR` with several letters: each read, found and printed,
//! reviewed or added on its own (one transaction each, so none is half-added), a letter that
//! cannot be read does not stop the others, and a summary ends it.

use std::io::Write;
use std::path::Path;

use super::{Ctx, Location, Refusal, confirmed, written};
use crate::cli::ImportLetterArgs;
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::letter::extract::Draft;
use crate::letter::import::Import;
use crate::messages::{cli as words, extract as batch};
use crate::request::Saved;

/// What the letters came to.
#[derive(Default)]
struct Tally {
    read: usize,
    found: usize,
    added: usize,
    /// Each letter not imported, worded with its file's name.
    refused: Vec<String>,
}

fn shown(path: &Path) -> String {
    crate::text::inert(&path.display().to_string()).into_owned()
}

pub fn run(
    mut store: impl Ledger,
    ctx: &Ctx,
    location: &Location,
    args: &ImportLetterArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let files = crate::letter::batch::letter_files(&args.files)?;
    if !args.dry_run {
        if store.is_read_only() {
            return Err(Error::ReadOnly {
                ledger: None,
                saving: crate::request::Saving::Letter,
            });
        }
        if !args.yes && !super::interactive() {
            return Err(Error::Command(Refusal::ReviewNeedsTerminal));
        }
    }
    let mut tally = Tally::default();
    for path in &files {
        let found = match Import::read(path) {
            Ok(found) => found,
            Err(e) => {
                tally.refused.push(e.to_string());
                continue;
            }
        };
        tally.read += 1;
        tally.found += found.drafts.len();
        if let Err(e) = one(
            &mut store, ctx, location, args, path, found, &mut tally, out,
        ) {
            // The ledger itself failed: what was added stays added; say so, then stop.
            summary(&tally, args.yes, out)?;
            return Err(e);
        }
    }
    summary(&tally, args.yes, out)?;
    if tally.refused.is_empty() {
        Ok(())
    } else {
        Err(Error::Letter(crate::letter::Refusal::SomeRefused {
            refused: tally.refused.len(),
            of: files.len(),
        }))
    }
}

/// One letter read: printed, reviewed or added.
#[allow(clippy::too_many_arguments)] // the command's own context, handed down once
fn one(
    store: &mut impl Ledger,
    ctx: &Ctx,
    location: &Location,
    args: &ImportLetterArgs,
    path: &Path,
    found: Import,
    tally: &mut Tally,
    out: &mut dyn Write,
) -> Result<()> {
    let name = shown(path);
    if args.dry_run {
        written(writeln!(out, "{}", batch::batch_heading(&name)))?;
        return super::letter::print(&found.read_as, &found.meta, &found.drafts, args.format, out);
    }
    if let Some(id) = found.already_in(&*store)? {
        tally
            .refused
            .push(batch::batch_named(&name, &words::letter_already_in(id)));
        return Ok(());
    }
    if !args.yes {
        let said = crate::tui::review(
            location.open()?,
            ctx.today,
            ctx.who.clone(),
            location.label(),
            found,
        )?;
        let said = said.unwrap_or_else(|| words::review_left().to_string());
        return confirmed(
            out,
            Saved::Letter(None),
            format_args!("{}\n", batch::batch_named(&name, &said)),
        );
    }
    let accepted: Vec<&Draft> = found.drafts.iter().collect();
    let (id, ids) = found.save(store, &accepted, &ctx.who, ctx.today)?;
    tally.added += ids.len();
    let said = crate::messages::letter::saved(&found.letter(ctx.today), &found.read_as, &ids, id);
    confirmed(
        out,
        Saved::Letter(Some(id)),
        format_args!("{}\n", batch::batch_named(&name, &said)),
    )
}

/// The summary; how many pledges were added is known (and said) only with --yes.
fn summary(tally: &Tally, yes: bool, out: &mut dyn Write) -> Result<()> {
    let added = yes.then_some(tally.added);
    let s = batch::batch_summary(tally.read, tally.found, added, &tally.refused);
    written(write!(out, "\n{s}"))
}
