//! `pledge calendar`: every open pledge with a deadline as an all-day event, so deadlines show
//! in the calendars people already use. Each event's UID is the pledge's id at this ledger
//! ([`identity`]), so importing the file again updates the events instead of adding copies.
//! Events are written as the pledges are read, never held.

pub mod ics;

use std::collections::HashMap;
use std::io::Write;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::error::command::Refusal;
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::messages::calendar as words;
use crate::model::Pledge;
use crate::request::{Filter, LetterRef, Quotes, Sort};

use super::output;

/// The product named in the file (RFC 5545 PRODID).
const PRODUCT: &str = concat!("-//pledge//pledge ", env!("CARGO_PKG_VERSION"), "//ZH");

/// What names this ledger in UIDs: 16 hex digits of SHA-256 over the ledger's first history
/// entry (the creation of its first pledge: pledge, time, author), or, in a ledger imported
/// without history, over its first pledge (id, creation time, title). Both are written once
/// and never change, and an export imported elsewhere keeps them, so the same pledge keeps
/// its UID; two ledgers made apart differ. A ledger with no pledge has no event to name.
pub fn identity(store: &impl Ledger) -> Result<String> {
    let seed = match first(|each| store.each_change(each))? {
        Some(c) => format!("history\n{}\n{}\n{}", c.pledge, c.changed_at, c.changed_by),
        None => match first(|each| store.each_pledge_by_id(each))? {
            Some(p) => format!("pledge\n{}\n{}\n{}", p.id, p.created_at, p.title),
            None => String::new(),
        },
    };
    let digest = Sha256::digest(seed.as_bytes());
    Ok(digest.iter().take(8).map(|b| format!("{b:02x}")).collect())
}

/// The first item a reader hands over, the read stopped there.
fn first<T>(read: impl FnOnce(&mut dyn FnMut(T) -> Result<()>) -> Result<()>) -> Result<Option<T>> {
    let mut found = None;
    let result = read(&mut |item| {
        found = Some(item);
        // Stops the read: the item is all that is wanted.
        Err(Error::Command(Refusal::ReportNotMade))
    });
    match (found, result) {
        (Some(item), _) => Ok(Some(item)),
        (None, Ok(())) => Ok(None),
        (None, Err(e)) => Err(e),
    }
}

/// A pledge's UID: `pledge-17@<ledger identity>`.
pub fn uid(id: i64, identity: &str) -> String {
    format!("pledge-{id}@{identity}")
}

/// Writes the calendar of the open pledges with a deadline that `filter` picks, in deadline
/// order; returns how many events it holds. `today` stamps an event whose pledge carries no
/// readable time of change.
pub fn write(
    store: &impl Ledger,
    filter: &Filter,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<usize> {
    store.snapshot(|store| {
        let identity = identity(store)?;
        let letters: HashMap<i64, LetterRef> = store.letter_refs()?.into_iter().collect();
        let mut head = String::new();
        head.push_str(&ics::property("BEGIN", "VCALENDAR"));
        head.push_str(&ics::property("VERSION", "2.0"));
        head.push_str(&ics::property("PRODID", PRODUCT));
        head.push_str(&ics::property("CALSCALE", "GREGORIAN"));
        head.push_str(&ics::property("METHOD", "PUBLISH"));
        head.push_str(&ics::property("X-WR-CALNAME", &ics::text(words::name())));
        out.write_all(head.as_bytes()).map_err(output)?;
        let mut events = 0;
        store.each_pledge(filter, Sort::Deadline, Quotes::With, &mut |p| {
            let Some(deadline) = p.deadline.filter(|_| p.status.is_open()) else {
                return Ok(());
            };
            let letter = p.letter.and_then(|id| letters.get(&id));
            let event = event(&p, deadline, letter, &identity, today);
            events += 1;
            out.write_all(event.as_bytes()).map_err(output)
        })?;
        out.write_all(ics::property("END", "VCALENDAR").as_bytes())
            .map_err(output)?;
        Ok(events)
    })
}

/// One pledge as an all-day VEVENT on its deadline.
fn event(
    p: &Pledge,
    deadline: NaiveDate,
    letter: Option<&LetterRef>,
    identity: &str,
    today: NaiveDate,
) -> String {
    let stamp = ics::utc(&p.updated_at)
        .or_else(|| ics::utc(&p.created_at))
        .unwrap_or_else(|| format!("{}T000000Z", ics::date(today)));
    let mut e = String::new();
    e.push_str(&ics::property("BEGIN", "VEVENT"));
    e.push_str(&ics::property("UID", &uid(p.id, identity)));
    e.push_str(&ics::property("DTSTAMP", &stamp));
    e.push_str(&ics::property("LAST-MODIFIED", &stamp));
    e.push_str(&ics::property("DTSTART;VALUE=DATE", &ics::date(deadline)));
    // The day after, as RFC 5545 ends an all-day event; the last day there is has none, and
    // an event without an end lasts its one day.
    if let Some(next) = deadline.succ_opt() {
        e.push_str(&ics::property("DTEND;VALUE=DATE", &ics::date(next)));
    }
    e.push_str(&ics::property("SUMMARY", &ics::text(&p.title)));
    e.push_str(&ics::property(
        "DESCRIPTION",
        &ics::text(&description(p, letter)),
    ));
    // A deadline is a reminder, not an appointment: it leaves the day free.
    e.push_str(&ics::property("TRANSP", "TRANSPARENT"));
    e.push_str(&ics::property("END", "VEVENT"));
    e
}

/// What an event says beyond its title: the pledge, its owner, its letter, its quote.
fn description(p: &Pledge, letter: Option<&LetterRef>) -> String {
    let mut lines = vec![words::pledge_line(p.id), words::owner_line(&p.owner)];
    if let Some(text) = &p.deadline_text {
        lines.push(words::deadline_text_line(text));
    }
    if let Some(l) = letter {
        lines.push(words::letter_line(&crate::messages::store::letter_ref(l)));
    }
    if let Some(q) = p.quote.as_deref().filter(|q| !q.trim().is_empty()) {
        lines.push(words::quote_line(q));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uid_names_the_pledge_and_the_ledger() {
        assert_eq!(uid(17, "0123456789abcdef"), "pledge-17@0123456789abcdef");
    }

    #[test]
    fn the_first_item_read_is_kept_and_the_read_stopped() {
        let mut seen = Vec::new();
        let got = first(|each| {
            for n in 1..=3 {
                seen.push(n);
                each(n)?;
            }
            Ok(())
        });
        assert!(matches!(got, Ok(Some(1))));
        assert_eq!(seen, [1]);
        let none: Result<Option<i32>> = first(|_| Ok(()));
        assert!(matches!(none, Ok(None)));
    }
}
