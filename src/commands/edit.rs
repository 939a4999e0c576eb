//! `pledge add`, `pledge note` and `pledge set`: the writing commands.

use std::io::{Read, Write};

use super::{Ctx, confirmed, written};
use crate::cli::{AddArgs, NoteArgs, SetArgs, TargetArgs};
use crate::error::{Error, Result};
use crate::model::Target;
use crate::request::Saved;
use crate::store::{Edit, NewNote, NewPledge, Store};
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

pub fn add(store: &mut Store, ctx: &Ctx, args: AddArgs, out: &mut dyn Write) -> Result<()> {
    let new = NewPledge {
        title: args.title,
        owner: args.owner,
        deadline: args.deadline,
        deadline_text: non_blank(args.deadline_text),
        status: args.status,
        target: target(args.target),
        quote: non_blank(args.quote),
        parent: args.parent,
        letter: args.letter,
    };
    let id = store.add_pledge(&new, &ctx.who)?;
    confirmed(
        out,
        Saved::Pledge(id),
        format_args!("added pledge #{id}: {}\n", inert_line(new.title.trim())),
    )
}

/// A note on standard input longer than a note can be even without its trailing blanks.
/// Reading stopped there, so the size is only "more than"; shorter notes are measured by the
/// store, after the blanks it does not keep.
fn note_too_large(read: usize) -> Error {
    Error::Usage(format!(
        "the note on standard input is more than {read} bytes (reading stopped there); a note \
         holds at most 1 MB ({} bytes); note NOT saved",
        crate::model::MAX_NOTE_BYTES
    ))
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
        Error::Usage(format!(
            "the note on standard input is not UTF-8 text (invalid byte at offset {}); note NOT saved",
            e.utf8_error().valid_up_to()
        ))
    })
}

pub fn note(store: &mut Store, ctx: &Ctx, args: NoteArgs, out: &mut dyn Write) -> Result<()> {
    let on = args.on.unwrap_or(ctx.today);
    if on > ctx.today {
        return Err(Error::Usage(format!(
            "--on {} is after today ({}); a note records progress that has happened. Note NOT saved",
            crate::date::format(on),
            crate::date::format(ctx.today)
        )));
    }
    let body = note_text(args.text)?;
    if body.trim().is_empty() {
        return Err(Error::Usage(
            "the note text is empty; expected some text. Note NOT saved".into(),
        ));
    }
    let new = NewNote {
        pledge: args.id,
        on,
        author: args.author.unwrap_or_else(|| ctx.who.clone()),
        body,
        progress: args.progress,
        status: args.status,
    };
    let id = store.add_note(&new)?;
    confirmed(
        out,
        Saved::Note(id),
        format_args!(
            "added note #{id} to pledge #{} ({})\n",
            args.id,
            crate::date::format(on)
        ),
    )
}

pub fn set(store: &mut Store, ctx: &Ctx, args: SetArgs, out: &mut dyn Write) -> Result<()> {
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
    if edit.is_empty() {
        return Err(Error::Usage(
            "nothing to change: give at least one of --status, --owner, --deadline, --deadline-text, \
             --title, --target, --unit, --target-text, --no-target"
                .into(),
        ));
    }
    let changes = store.edit_pledge(args.id, &edit, &ctx.who, args.why.as_deref())?;
    if changes.is_empty() {
        return written(writeln!(
            out,
            "pledge #{} already has those values; nothing changed",
            args.id
        ));
    }
    let mut said = String::new();
    for c in &changes {
        said.push_str(&format!(
            "pledge #{} {}: {} → {}\n",
            args.id,
            inert_line(&c.field),
            inert_line(c.old.as_deref().unwrap_or("(none)")),
            inert_line(c.new.as_deref().unwrap_or("(none)"))
        ));
    }
    confirmed(out, Saved::Change(args.id), format_args!("{said}"))
}
