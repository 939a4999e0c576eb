//! `pledge show ID`: everything about one pledge.

pub mod label;

pub use label::Label;

use std::io::Write;

use serde::Serialize;

use super::{Ctx, written};
use crate::body::{Body, Role};
use crate::cli::{PageFormat, ShowArgs};
use crate::error::Result;
use crate::ledger::Records;
use crate::messages::cli as words;
use crate::model::{Change, Letter, Note, Pledge};
use crate::text::{inert, inert_line};

#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    pledge: &'a Pledge,
    days_overdue: Option<i64>,
    /// The bodies it is linked to, in the order of its owner text.
    bodies: Vec<Linked<'a>>,
    /// The source letter without its full text (see `pledge export` for that).
    letter_citation: Option<Citation<'a>>,
    children: Vec<i64>,
    notes: &'a [Note],
    history: &'a [Change],
}

#[derive(Serialize)]
struct Linked<'a> {
    id: i64,
    name: &'a str,
    role: Role,
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

pub fn run(store: &impl Records, ctx: &Ctx, args: &ShowArgs, out: &mut dyn Write) -> Result<()> {
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
    let bodies = store.pledge_bodies(pledge.id)?;
    match args.format {
        PageFormat::Json => crate::json::write(
            &Shown {
                pledge: &pledge,
                days_overdue: pledge.days_overdue(ctx.today),
                bodies: bodies
                    .iter()
                    .map(|(b, role)| Linked {
                        id: b.id,
                        name: &b.name,
                        role: *role,
                    })
                    .collect(),
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
        PageFormat::Text => {
            let text = render(
                &pledge,
                &bodies,
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

/// Labels take this many display columns, values start after them.
const LABEL_COLUMNS: usize = 10;

/// The plain-text page for one pledge; every piece of stored text is made inert.
#[allow(clippy::too_many_arguments)] // the page's parts, each read once by `run`
fn render(
    p: &Pledge,
    bodies: &[(Body, Role)],
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
    let mut line = |label: Option<&str>, value: &str| {
        let label = label.unwrap_or("");
        let pad = LABEL_COLUMNS.saturating_sub(crate::text::width(label));
        s.push_str(&format!(
            "  {label}{}{}\n",
            " ".repeat(pad),
            inert_line(value)
        ));
    };
    let status_word = crate::messages::values::status(p.status);
    let due = crate::messages::values::due(p.due(ctx.today));
    let status = if due.is_empty() {
        status_word.to_string()
    } else {
        words::status_due(status_word, &due, ctx.today)
    };
    let head = format!("#{} {}\n", p.id, inert_line(&p.title));
    line(Some(words::label(Label::Status)), &status);
    line(Some(words::label(Label::Owner)), &inert_line(&p.owner));
    if !bodies.is_empty() {
        let named: Vec<(&str, crate::body::Role)> =
            bodies.iter().map(|(b, r)| (b.name.as_str(), *r)).collect();
        line(
            Some(crate::messages::bodies::pledge_bodies_label()),
            &inert_line(&crate::messages::bodies::linked(&named)),
        );
    }
    let phrase = p.deadline_text.as_deref().map(inert_line);
    line(
        Some(words::label(Label::Deadline)),
        &words::deadline(p.deadline, phrase.as_deref()),
    );
    if let Some(original) = p.original_deadline.filter(|_| p.deadline_moves > 0) {
        let moved = crate::messages::letters::original_deadline(original, p.deadline_moves);
        line(None, &moved);
    }
    if let Some(cleared) = p.cleared_deadline.filter(|_| p.deadline.is_none()) {
        line(None, &crate::messages::letters::cleared(cleared));
    }
    if let Some(t) = &p.target {
        let phrase = t.text.as_deref().map(inert_line);
        line(
            Some(words::label(Label::Target)),
            &words::target(&inert_line(&t.to_string()), phrase.as_deref()),
        );
    }
    let progress = p.progress_text();
    line(
        Some(words::label(Label::Progress)),
        if progress.is_empty() {
            words::no_progress_reported()
        } else {
            &progress
        },
    );
    if let Some(parent) = parent {
        line(
            Some(words::label(Label::PartOf)),
            &format!("#{} {}", parent.id, inert_line(&parent.title)),
        );
    }
    for (i, c) in children.iter().enumerate() {
        let label = (i == 0).then(|| words::label(Label::SubItems));
        let status = crate::messages::values::status(c.status);
        line(
            label,
            &format!("#{} {} [{status}]", c.id, inert_line(&c.title)),
        );
    }
    line(
        Some(words::label(Label::Created)),
        &words::stamp(&p.created_at),
    );
    line(
        Some(words::label(Label::Updated)),
        &words::stamp(&p.updated_at),
    );
    let mut s = head + &s;
    if let Some(q) = &p.quote {
        s.push_str(&format!("\n{}\n", words::quote_heading()));
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
    s.push_str(&format!("\n{}\n", words::notes_heading(notes.len())));
    if notes.is_empty() {
        s.push_str(&format!(
            "  {}\n",
            crate::messages::report::no_progress_recorded()
        ));
    }
    let withdrawn = crate::request::withdrawn(history);
    for n in notes {
        let mut sets = String::new();
        if withdrawn.contains(&n.id) {
            sets.push_str(&format!("  {}", crate::messages::store::withdrawn_mark()));
        }
        sets.push_str(&words::note_sets(
            n.progress.map(|q| q.to_string()),
            n.status.map(crate::messages::values::status),
        ));
        s.push_str(&format!(
            "  {}  {}{sets}  (#{})\n",
            crate::date::format(n.on),
            inert_line(&n.author),
            n.id
        ));
        s.push_str(&indent(&inert(&n.body), "    "));
        let by = n
            .reported_by
            .as_deref()
            .map(crate::messages::letters::reported_by);
        let evidence = n
            .evidence
            .as_deref()
            .map(crate::messages::letters::evidence);
        for said in by.into_iter().chain(evidence) {
            s.push_str(&format!("    {}\n", inert_line(&said)));
        }
    }
    s.push_str(&format!("\n{}\n", words::history_heading()));
    for c in history {
        // "created" is how the ledger marks a pledge's first entry, not a word shown as is.
        let change = match c.field.as_str() {
            "created" => words::history_created().to_string(),
            crate::store::NOTE_WITHDRAWN => crate::messages::store::withdrawal(c.old.as_deref()),
            field => words::history_change(
                &inert_line(field),
                &inert_line(c.old.as_deref().unwrap_or(words::no_value())),
                &inert_line(c.new.as_deref().unwrap_or(words::no_value())),
            ),
        };
        let why = c
            .reason
            .as_deref()
            .map(|r| words::history_why(&inert_line(&crate::messages::store::reason(r))))
            .unwrap_or_default();
        s.push_str(&format!(
            "  {}  {}  {}{why}\n",
            inert_line(&words::stamp(&c.changed_at)),
            inert_line(&c.changed_by),
            inert_line(&change)
        ));
    }
    s
}

fn indent(text: &str, by: &str) -> String {
    text.lines().map(|l| format!("{by}{l}\n")).collect()
}
