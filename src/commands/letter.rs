//! `pledge import-letter FILE`: the pledges of a reply letter, printed (--dry-run) or added (--yes).

use std::io::Write;

use serde::Serialize;

use super::{Ctx, written};
use crate::cli::{DraftFormat, ImportLetterArgs};
use crate::error::{Error, Result};
use crate::letter::extract::{Draft, drafts};
use crate::letter::{meta, normalize, read};
use crate::model::{Letter, Target};
use crate::store::{NewPledge, Store, sha256_hex};
use crate::text::inert_line;

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

/// Signed by nobody named: the ledger still needs an issuer to show.
const UNSIGNED: &str = "（未署名）";

fn to_pledge(d: &Draft) -> Result<NewPledge> {
    let target = d.targets.first().map(|t| Target {
        quantity: t.quantity,
        unit: Some(t.unit.clone()),
        text: Some(
            d.targets
                .iter()
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
                .join("；"),
        ),
    });
    Ok(NewPledge {
        title: if d.title.trim().is_empty() {
            d.quote.clone()
        } else {
            d.title.clone()
        },
        owner: d.owner.clone(),
        deadline: d.deadline,
        deadline_text: d.deadline_text.clone(),
        status: None,
        target,
        quote: Some(d.quote.clone()),
        parent: None,
        letter: None,
    })
}

pub fn run(
    store: &mut Store,
    ctx: &Ctx,
    args: ImportLetterArgs,
    out: &mut dyn Write,
) -> Result<()> {
    if !args.dry_run && !args.yes {
        return Err(Error::Usage(
            "say how: --dry-run prints the pledges found and writes nothing; --yes adds the letter \
             and all of them"
                .into(),
        ));
    }
    let source = read::read(&args.file)?;
    let paragraphs = normalize::paragraphs(&source.text);
    let m = meta::read(&paragraphs);
    let found = drafts(&paragraphs, &m);
    if args.dry_run {
        return print(&source.read_as, &m, &found, args.format, out);
    }
    let sha256 = sha256_hex(&source.text);
    if let Some(id) = store.letter_with_sha(&sha256)? {
        return written(writeln!(
            out,
            "this letter is already in the ledger (letter #{id}); nothing added"
        ));
    }
    let letter = Letter {
        id: 0,
        issuer: m.issuer.clone().unwrap_or_else(|| UNSIGNED.to_string()),
        addressee: m.addressee.clone().unwrap_or_default(),
        title: m.title.clone().unwrap_or_default(),
        issued_on: m.issued_on.unwrap_or(ctx.today),
        reference: None,
        body: source.text.clone(),
        sha256,
        added_at: String::new(),
    };
    let pledges = found.iter().map(to_pledge).collect::<Result<Vec<_>>>()?;
    let (id, ids) = store.add_letter(&letter, &pledges, &ctx.who)?;
    written(writeln!(
        out,
        "added letter #{id} ({}, read as {}) with {} pledge(s){}",
        inert_line(&letter.issuer),
        source.read_as,
        ids.len(),
        match (ids.first(), ids.last()) {
            (Some(a), Some(b)) => format!(": #{a}–#{b}"),
            _ => String::new(),
        }
    ))
}

fn print(
    read_as: &str,
    m: &meta::Meta,
    found: &[Draft],
    format: DraftFormat,
    out: &mut dyn Write,
) -> Result<()> {
    if format == DraftFormat::Json {
        let letter = LetterOut {
            issuer: m.issuer.as_deref(),
            addressee: m.addressee.as_deref(),
            title: m.title.as_deref(),
            issued_on: m.issued_on,
        };
        return super::list::json(
            &Found {
                read_as,
                letter,
                pledges: found,
            },
            out,
        );
    }
    let none = "(not found)";
    let mut s = format!("Read as {read_as}\n");
    s.push_str(&format!(
        "Issuer:    {}\n",
        inert_line(m.issuer.as_deref().unwrap_or(none))
    ));
    s.push_str(&format!(
        "Addressee: {}\n",
        inert_line(m.addressee.as_deref().unwrap_or(none))
    ));
    s.push_str(&format!(
        "Proposal:  {}\n",
        inert_line(m.title.as_deref().unwrap_or(none))
    ));
    s.push_str(&format!(
        "Date:      {}\n",
        m.issued_on.map_or(none.to_string(), crate::date::format)
    ));
    s.push_str(&format!(
        "\n{} pledge(s) found (dry run: nothing written)\n",
        found.len()
    ));
    for (i, d) in found.iter().enumerate() {
        s.push_str(&format!("\n{}. {}\n", i + 1, inert_line(&d.title)));
        s.push_str(&format!("   owner     {}\n", inert_line(&d.owner)));
        if let (Some(date), Some(text)) = (d.deadline, &d.deadline_text) {
            s.push_str(&format!(
                "   deadline  {} (\"{}\")\n",
                crate::date::format(date),
                inert_line(text)
            ));
        }
        for t in &d.targets {
            s.push_str(&format!(
                "   target    {} {} — {}\n",
                t.quantity,
                inert_line(&t.unit),
                inert_line(&t.text)
            ));
        }
        s.push_str(&format!("   quote     {}\n", inert_line(&d.quote)));
    }
    written(out.write_all(s.as_bytes()))
}
