//! `pledge add`, `pledge note` and `pledge set`: the writing commands.

use std::io::{Read, Write};

use super::{Ctx, confirmed, written};
use crate::cli::{AddArgs, NoteArgs, SetArgs, TargetArgs};
use crate::commands::Refusal;
use crate::error::{Error, Result};
use crate::ledger::Records;
use crate::messages::cli as words;
use crate::model::Target;
use crate::problem::{Field, Invalid};
use crate::request::Saved;
use crate::store::{Edit, NewNote, NewPledge};
use crate::text::inert_line;

fn target(args: TargetArgs) -> Option<Target> {
    args.target.map(|quantity| Target {
        quantity,
        unit: args.unit.filter(|u| !u.trim().is_empty()),
        text: args.target_text.filter(|t| !t.trim().is_empty()),
    })
}

fn non_blank(s: Option<String>) -> Option<String> {
    s.filter(|t| !t.trim().is_empty())
}

pub fn add(store: &mut impl Records, ctx: &Ctx, args: AddArgs, out: &mut dyn Write) -> Result<()> {
    let bodies = crate::body::named(args.lead.as_deref(), &args.co_owner)?;
    let owner = args.owner.unwrap_or_else(|| {
        let names: Vec<&str> = bodies.iter().map(|n| n.name.as_str()).collect();
        names.join("、")
    });
    let new = NewPledge {
        title: args.title,
        owner,
        deadline: args.deadline,
        deadline_text: non_blank(args.deadline_text),
        status: args.status,
        target: target(args.target),
        quote: non_blank(args.quote),
        parent: args.parent,
        letter: args.letter,
    };
    let id = store.add_pledge_with(&new, &bodies, &ctx.who)?;
    let said = words::added_pledge(id, &inert_line(new.title.trim()));
    confirmed(out, Saved::Pledge(id), format_args!("{said}"))
}

/// A note on standard input longer than a note can be even without its trailing blanks.
/// Reading stopped there, so the size is only "more than"; shorter notes are measured by the
/// store, after the blanks it does not keep.
fn note_too_large(read: usize) -> Error {
    Error::Command(Refusal::NoteInputTooLarge { read })
}

/// The note's text: the argument, or standard input for `-`.
fn note_text(arg: String) -> Result<String> {
    if arg != "-" {
        return Ok(arg);
    }
    // Read no more than a note may hold (with room for trailing blanks, which are not kept):
    // `yes | pledge note 1 -` must be refused, not read until memory runs out.
    let most = crate::model::MAX_NOTE_BYTES + crate::model::NOTE_SLACK;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(most as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(crate::error::Doing::ReadNoteInput, e))?;
    if bytes.len() > most {
        return Err(note_too_large(most));
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::Command(Refusal::NoteInputNotUtf8 {
            offset: e.utf8_error().valid_up_to(),
        })
    })
}

pub fn note(
    store: &mut impl Records,
    ctx: &Ctx,
    args: NoteArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let on = args.on.unwrap_or(ctx.today);
    crate::model::check_note_date(on, ctx.today)
        .map_err(|p| Invalid::new(Field::On, crate::date::format(on), p))?;
    // Blank text, like every other rule of a note's, is the store's to refuse.
    let body = note_text(args.text)?;
    let new = NewNote {
        pledge: args.id,
        on,
        author: args.author.unwrap_or_else(|| ctx.who.clone()),
        body,
        progress: args.progress,
        status: args.status,
        why: args.why,
        reported_by: args.by_body,
        evidence: args.evidence,
    };
    let id = store.add_note(&new)?;
    let said = words::added_note(id, args.id, on);
    confirmed(out, Saved::Note(id), format_args!("{said}"))
}

pub fn set(store: &mut impl Records, ctx: &Ctx, args: SetArgs, out: &mut dyn Write) -> Result<()> {
    // Blank text removes a wording or unit; the store decides what a new number keeps.
    let edit = Edit {
        title: args.title,
        owner: args.owner,
        deadline: args.deadline.map(|d| d.0),
        deadline_text: args.deadline_text.map(Some),
        status: args.status,
        target: if args.no_target {
            Some(None)
        } else {
            args.target.map(Some)
        },
        target_unit: args.unit.map(Some),
        target_text: args.target_text.map(Some),
    };
    let bodies = crate::body::named(args.lead.as_deref(), &args.co_owner)?;
    if edit.is_empty() && bodies.is_empty() {
        return Err(Error::Command(Refusal::NothingToChange));
    }
    let changes =
        store.edit_pledge_with(args.id, &edit, Some(&bodies), &ctx.who, args.why.as_deref())?;
    if changes.is_empty() {
        return written(writeln!(out, "{}", words::unchanged(args.id)));
    }
    let mut said = String::new();
    for c in &changes {
        said.push_str(&words::changed(
            args.id,
            &inert_line(&c.field),
            &inert_line(c.old.as_deref().unwrap_or(words::no_value())),
            &inert_line(c.new.as_deref().unwrap_or(words::no_value())),
        ));
    }
    confirmed(out, Saved::Change(args.id), format_args!("{said}"))
}
