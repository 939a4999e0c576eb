//! `pledge show ID`: everything about one pledge.

use std::io::Write;

use serde::Serialize;

use super::{Ctx, written};
use crate::cli::{ShowArgs, ShowFormat};
use crate::error::Result;
use crate::model::{Change, Letter, Note, Pledge};
use crate::store::Store;
use crate::text::{inert, inert_line};

#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    pledge: &'a Pledge,
    days_overdue: Option<i64>,
    /// The source letter without its full text (see `pledge export` for that).
    letter_citation: Option<Citation<'a>>,
    children: Vec<i64>,
    notes: &'a [Note],
    history: &'a [Change],
}

#[derive(Serialize)]
struct Citation<'a> {
    id: i64,
    issuer: &'a str,
    addressee: &'a str,
    title: &'a str,
    #[serde(with = "crate::date::strict")]
    issued_on: chrono::NaiveDate,
    reference: Option<&'a str>,
}

pub fn run(store: &Store, ctx: &Ctx, args: &ShowArgs, out: &mut dyn Write) -> Result<()> {
    let pledge = store.pledge(args.id)?;
    let letter = pledge
        .letter
        .map(|id| store.letter(id))
        .transpose()?
        .flatten();
    let parent = pledge.parent.map(|id| store.pledge(id)).transpose()?;
    let children = store.children(pledge.id)?;
    let notes = store.notes(pledge.id)?;
    let history = store.history(pledge.id)?;
    match args.format {
        ShowFormat::Json => crate::json::write(
            &Shown {
                pledge: &pledge,
                days_overdue: pledge.days_overdue(ctx.today),
                letter_citation: letter.as_ref().map(|l| Citation {
                    id: l.id,
                    issuer: &l.issuer,
                    addressee: &l.addressee,
                    title: &l.title,
                    issued_on: l.issued_on,
                    reference: l.reference.as_deref(),
                }),
                children: children.iter().map(|c| c.id).collect(),
                notes: &notes,
                history: &history,
            },
            out,
        ),
        ShowFormat::Text => {
            let text = render(
                &pledge,
                letter.as_ref(),
                parent.as_ref(),
                &children,
                &notes,
                &history,
                ctx,
            );
            written(out.write_all(text.as_bytes()))
        }
    }
}

/// The plain-text page for one pledge; every piece of stored text is made inert.
fn render(
    p: &Pledge,
    letter: Option<&Letter>,
    parent: Option<&Pledge>,
    children: &[Pledge],
    notes: &[Note],
    history: &[Change],
    ctx: &Ctx,
) -> String {
    let mut s = String::new();
    // Every value passes here made inert, pieces already made so included: a unit or a stamp
    // from an imported ledger is as much outside text as a title.
    let mut line =
        |label: &str, value: &str| s.push_str(&format!("  {label:<10}{}\n", inert_line(value)));
    let mut status = p.status.as_str().to_string();
    let due = crate::messages::values::due(p.due(ctx.today));
    if !due.is_empty() {
        status = format!("{status} ({due} as of {})", crate::date::format(ctx.today));
    }
    let head = format!("#{} {}\n", p.id, inert_line(&p.title));
    line("status", &status);
    line("owner", &inert_line(&p.owner));
    if let Some(d) = p.deadline {
        let phrase = p
            .deadline_text
            .as_deref()
            .map(|t| format!(" (\"{}\")", inert_line(t)));
        line(
            "deadline",
            &format!("{}{}", crate::date::format(d), phrase.unwrap_or_default()),
        );
    } else {
        let phrase = p
            .deadline_text
            .as_deref()
            .map(|t| format!(" (\"{}\")", inert_line(t)));
        line("deadline", &format!("none{}", phrase.unwrap_or_default()));
    }
    if let Some(t) = &p.target {
        let words = t.text.as_deref().map(|w| format!(" — {}", inert_line(w)));
        line(
            "target",
            &format!(
                "{}{}",
                inert_line(&t.to_string()),
                words.unwrap_or_default()
            ),
        );
    }
    let progress = p.progress_text();
    line(
        "progress",
        if progress.is_empty() {
            "none reported"
        } else {
            &progress
        },
    );
    if let Some(parent) = parent {
        line(
            "part of",
            &format!("#{} {}", parent.id, inert_line(&parent.title)),
        );
    }
    for (i, c) in children.iter().enumerate() {
        let label = if i == 0 { "sub-items" } else { "" };
        line(
            label,
            &format!("#{} {} [{}]", c.id, inert_line(&c.title), c.status),
        );
    }
    line("created", &p.created_at);
    line("updated", &p.updated_at);
    let mut s = head + &s;
    if let Some(q) = &p.quote {
        s.push_str("\nQuote\n");
        s.push_str(&indent(&inert(q), "  "));
        if let Some(l) = letter {
            let reference = l
                .reference
                .as_deref()
                .map(|r| format!(" ({})", inert_line(r)));
            let cite = format!(
                "{}{}",
                crate::messages::values::letter(l),
                reference.unwrap_or_default()
            );
            s.push_str(&format!("  — {}\n", inert_line(&cite)));
        }
    }
    s.push_str(&format!("\nNotes ({}, newest first)\n", notes.len()));
    if notes.is_empty() {
        s.push_str("  no progress recorded\n");
    }
    let withdrawn = crate::request::withdrawn(history);
    for n in notes {
        let mut extra = String::new();
        if withdrawn.contains(&n.id) {
            extra.push_str(&format!("  {}", crate::messages::store::withdrawn_mark()));
        }
        if let Some(q) = n.progress {
            extra.push_str(&format!("  progress {q}"));
        }
        if let Some(st) = n.status {
            extra.push_str(&format!("  status → {st}"));
        }
        s.push_str(&format!(
            "  {}  {}{extra}  (#{})\n",
            crate::date::format(n.on),
            inert_line(&n.author),
            n.id
        ));
        s.push_str(&indent(&inert(&n.body), "    "));
    }
    s.push_str("\nHistory\n");
    for c in history {
        let change = match c.field.as_str() {
            "created" => "created".to_string(),
            crate::store::NOTE_WITHDRAWN => crate::messages::store::withdrawal(c.old.as_deref()),
            field => format!(
                "{}: {} → {}",
                inert_line(field),
                inert_line(c.old.as_deref().unwrap_or("(none)")),
                inert_line(c.new.as_deref().unwrap_or("(none)"))
            ),
        };
        let why = c
            .reason
            .as_deref()
            .map(|r| format!("  why: {}", inert_line(&crate::messages::store::reason(r))))
            .unwrap_or_default();
        s.push_str(&format!(
            "  {}  {}  {}{why}\n",
            inert_line(&c.changed_at),
            inert_line(&c.changed_by),
            inert_line(&change)
        ));
    }
    s
}

fn indent(text: &str, by: &str) -> String {
    text.lines().map(|l| format!("{by}{l}\n")).collect()
}
