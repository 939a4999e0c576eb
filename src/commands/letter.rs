//! `pledge import-letter FILE… | DIR`: the pledges of reply letters, printed (--dry-run),
//! reviewed in the TUI one letter after another, or all added (--yes).

use std::io::Write;

use serde::Serialize;

use super::{Ctx, Refusal, confirmed, written};
use crate::cli::{ImportLetterArgs, PageFormat};
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::letter::extract::Draft;
use crate::letter::import::Import;
use crate::letter::meta;
use crate::messages::cli as words;
use crate::request::Saved;

#[derive(Serialize)]
struct LetterOut<'a> {
    issuer: Option<&'a str>,
    addressee: Option<&'a str>,
    title: Option<&'a str>,
    #[serde(with = "crate::date::strict_opt")]
    issued_on: Option<chrono::NaiveDate>,
}

#[derive(Serialize)]
struct Found<'a> {
    read_as: &'a str,
    letter: LetterOut<'a>,
    pledges: &'a [Draft],
}

/// Where the letters go: the ledger's name as a review screen shows it, and how to open
/// it again (each review screen of a batch takes a view of its own).
pub struct Target<'a, L> {
    pub label: String,
    pub open: &'a dyn Fn() -> Result<L>,
}

pub fn run<L: Ledger>(
    mut store: L,
    ctx: &Ctx,
    into: &Target<'_, L>,
    args: ImportLetterArgs,
    out: &mut dyn Write,
) -> Result<()> {
    if crate::letter::batch::is_many(&args.files) {
        return super::letter_batch::run(store, ctx, into, &args, out);
    }
    let Some(file) = args.files.first() else {
        return Ok(());
    };
    let found = Import::read(file)?;
    if args.dry_run {
        return print(&found.read_as, &found.meta, &found.drafts, args.format, out);
    }
    if store.is_read_only() {
        return Err(Error::ReadOnly {
            ledger: None,
            saving: crate::request::Saving::Letter,
        });
    }
    if let Some(id) = found.already_in(&store)? {
        return written(writeln!(out, "{}", words::letter_already_in(id)));
    }
    if !args.yes {
        if !super::interactive() {
            return Err(Error::Command(Refusal::ReviewNeedsTerminal));
        }
        let reviewed = crate::tui::review(
            store,
            ctx.today,
            ctx.who.clone(),
            into.label.clone(),
            found,
            None,
        )?;
        return match reviewed.said {
            Some(said) => confirmed(out, Saved::Letter(None), format_args!("{said}\n")),
            None => written(writeln!(out, "{}", words::review_left())),
        };
    }
    let accepted: Vec<&Draft> = found.drafts.iter().collect();
    let (id, ids) = found.save(&mut store, &accepted, &ctx.who, ctx.today)?;
    confirmed(
        out,
        Saved::Letter(Some(id)),
        format_args!(
            "{}\n",
            crate::messages::letter::saved(&found.letter(ctx.today), &found.read_as, &ids, id)
        ),
    )
}

pub(super) fn print(
    read_as: &str,
    m: &meta::Meta,
    found: &[Draft],
    format: PageFormat,
    out: &mut dyn Write,
) -> Result<()> {
    if format == PageFormat::Json {
        let letter = LetterOut {
            issuer: m.issuer.as_deref(),
            addressee: m.addressee.as_deref(),
            title: m.title.as_deref(),
            issued_on: m.issued_on,
        };
        return crate::json::write(
            &Found {
                read_as,
                letter,
                pledges: found,
            },
            out,
        );
    }
    let s = crate::messages::letter::dry_run(read_as, m, found);
    written(out.write_all(s.as_bytes()))
}
