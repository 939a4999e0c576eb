//! `pledge import-letter FILE… | DIR` with several letters: each read, found and printed,
//! reviewed or added on its own (one transaction each, so none is half-added), a letter that
//! cannot be read does not stop the others, and a summary ends it. On a terminal a progress
//! bar on standard error counts the letters; in a review, `Q` stops the whole batch.

use std::io::Write;
use std::path::Path;

use super::{Ctx, Refusal, confirmed, written};
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
    /// The batch was stopped in a review, with this many letters after it not read.
    stopped: Option<usize>,
}

/// Whether to go on to the next letter.
#[derive(Debug, PartialEq, Eq)]
enum Next {
    Go,
    Stop,
}

fn shown(path: &Path) -> String {
    crate::text::inert(&path.display().to_string()).into_owned()
}

pub fn run<L: Ledger>(
    mut store: L,
    ctx: &Ctx,
    into: &super::letter::Target<'_, L>,
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
    let progress = crate::progress::Progress::new(files.len());
    let of = files.len();
    for (at, path) in files.iter().enumerate() {
        progress.at(&path.display().to_string());
        let step = progress.hidden(|| -> Result<Next> {
            let found = match Import::read(path) {
                Ok(found) => found,
                Err(e) => {
                    tally.refused.push(e.to_string());
                    return Ok(Next::Go);
                }
            };
            tally.read += 1;
            tally.found += found.drafts.len();
            let place = (at + 1, of);
            one(
                &mut store, ctx, into, args, path, found, place, &mut tally, out,
            )
        });
        progress.tick();
        match step {
            Ok(Next::Go) => {}
            Ok(Next::Stop) => {
                tally.stopped = Some(of - at - 1);
                break;
            }
            Err(e) => {
                // The ledger itself failed: what was added stays added; say so, then stop.
                drop(progress);
                summary(&tally, args.dry_run, out)?;
                return Err(e);
            }
        }
    }
    drop(progress);
    summary(&tally, args.dry_run, out)?;
    if tally.refused.is_empty() {
        Ok(())
    } else {
        Err(Error::Letter(crate::letter::Refusal::SomeRefused {
            refused: tally.refused.len(),
            of: files.len(),
        }))
    }
}

/// One letter read: printed, reviewed or added; letter `place.0` of `place.1`.
#[allow(clippy::too_many_arguments)] // the command's own context, handed down once
fn one<L: Ledger>(
    store: &mut L,
    ctx: &Ctx,
    into: &super::letter::Target<'_, L>,
    args: &ImportLetterArgs,
    path: &Path,
    found: Import,
    place: (usize, usize),
    tally: &mut Tally,
    out: &mut dyn Write,
) -> Result<Next> {
    let name = shown(path);
    if args.dry_run {
        written(writeln!(out, "{}", batch::batch_heading(&name)))?;
        super::letter::print(&found.read_as, &found.meta, &found.drafts, args.format, out)?;
        return Ok(Next::Go);
    }
    if let Some(id) = found.already_in(&*store)? {
        tally
            .refused
            .push(batch::batch_named(&name, &words::letter_already_in(id)));
        return Ok(Next::Go);
    }
    if !args.yes {
        let reviewed = crate::tui::review(
            (into.open)()?,
            ctx.today,
            ctx.who.clone(),
            into.label.clone(),
            found,
            Some(place),
        )?;
        tally.added += reviewed.added;
        if reviewed.stop {
            return Ok(Next::Stop);
        }
        let said = reviewed
            .said
            .unwrap_or_else(|| words::review_left().to_string());
        confirmed(
            out,
            Saved::Letter(None),
            format_args!("{}\n", batch::batch_named(&name, &said)),
        )?;
        return Ok(Next::Go);
    }
    let accepted: Vec<&Draft> = found.drafts.iter().collect();
    let (id, ids) = found.save(store, &accepted, &ctx.who, ctx.today)?;
    tally.added += ids.len();
    let said = crate::messages::letter::saved(&found.letter(ctx.today), &found.read_as, &ids, id);
    confirmed(
        out,
        Saved::Letter(Some(id)),
        format_args!("{}\n", batch::batch_named(&name, &said)),
    )?;
    Ok(Next::Go)
}

/// The summary: letters read, pledges found and added (by `--yes` or saved reviews; none
/// said for a dry run), each refusal, and a stop asked for in a review.
fn summary(tally: &Tally, dry_run: bool, out: &mut dyn Write) -> Result<()> {
    let added = (!dry_run).then_some(tally.added);
    let s = batch::batch_summary(tally.read, tally.found, added, &tally.refused);
    written(write!(out, "\n{s}"))?;
    match tally.stopped {
        Some(left) => written(writeln!(
            out,
            "{}",
            crate::messages::tui::review_batch::stopped(left)
        )),
        None => Ok(()),
    }
}
