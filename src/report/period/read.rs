//! Reading a period report: the history once (withdrawn notes, completions, closings,
//! extensions), the notes once, then the pledges once; each pass streamed, only what falls
//! in the period kept.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use pledge_core::period::{change_day, completes, extends};

use super::{Entry, Group, Kind, Options, Report, What};
use crate::body::Role;
use crate::error::Result;
use crate::ledger::Ledger;
use crate::model::{Note, Pledge, Status};
use crate::request::{NOTE_WITHDRAWN, Sort, note_of_reason, why_of_reason};

/// A status change as the report needs it: when, by which note, to what, why.
struct StatusChange {
    changed_at: String,
    note: Option<i64>,
    became: Status,
    why: Option<String>,
}

/// The notes of one pledge in the period: how many, and the latest (day, id, note).
struct Progress {
    notes: usize,
    latest: (NaiveDate, i64, Note),
}

/// What happened to a pledge: in which part, on which day, with what facts.
type Happened = (Kind, NaiveDate, What);

/// Reads the report of `opts.period`, in one snapshot of the ledger.
pub fn read(store: &impl Ledger, ledger: &str, opts: &Options) -> Result<Report> {
    store.snapshot(|store| read_in(store, ledger, opts))
}

fn read_in(store: &impl Ledger, ledger: &str, opts: &Options) -> Result<Report> {
    let period = opts.period;
    let allowed: Option<HashSet<i64>> = match &opts.filter.bodies {
        Some(_) => Some(
            store
                .list_ids(&opts.filter, Sort::Id)?
                .into_iter()
                .collect(),
        ),
        None => None,
    };
    let picked = |id: i64| allowed.as_ref().is_none_or(|a| a.contains(&id));
    let mut withdrawn = HashSet::new();
    let mut completions: HashMap<i64, Vec<StatusChange>> = HashMap::new();
    let mut closings: HashMap<i64, StatusChange> = HashMap::new();
    let mut extensions: HashMap<i64, (NaiveDate, NaiveDate, NaiveDate, Option<String>)> =
        HashMap::new();
    store.each_change(&mut |c| {
        if !picked(c.pledge) && c.field != NOTE_WITHDRAWN {
            return Ok(());
        }
        let date = |v: &Option<String>| v.as_deref().and_then(|d| crate::date::parse(d).ok());
        match c.field.as_str() {
            NOTE_WITHDRAWN => {
                if let Some(id) = c.old.as_deref().and_then(|v| v.parse::<i64>().ok()) {
                    withdrawn.insert(id);
                }
            }
            "status" => {
                let Some(became) = c.new.as_deref().and_then(|s| s.parse::<Status>().ok()) else {
                    return Ok(());
                };
                let reason = c.reason.as_deref();
                let change = StatusChange {
                    changed_at: c.changed_at.clone(),
                    note: reason.and_then(note_of_reason),
                    became,
                    why: reason.and_then(|r| match note_of_reason(r) {
                        Some(_) => why_of_reason(r).map(str::to_string),
                        None => Some(r.to_string()),
                    }),
                };
                if became.is_open() {
                    closings.remove(&c.pledge);
                } else {
                    let again = StatusChange {
                        changed_at: change.changed_at.clone(),
                        note: change.note,
                        became,
                        why: None,
                    };
                    closings.insert(c.pledge, again);
                }
                if completes(became) {
                    completions.entry(c.pledge).or_default().push(change);
                }
            }
            "deadline" => {
                let (old, new) = (date(&c.old), date(&c.new));
                let day = change_day(&c.changed_at, None);
                if let (true, Some(day), Some(old), Some(new)) = (extends(old, new), day, old, new)
                    && period.contains(day)
                {
                    // Moved more than once in the period: from the first day to the last.
                    let e = extensions.entry(c.pledge).or_insert((day, old, new, None));
                    e.0 = day;
                    e.2 = new;
                    e.3 = c.reason.clone();
                }
            }
            _ => {}
        }
        Ok(())
    })?;
    let wanted: HashSet<i64> = completions
        .values()
        .flatten()
        .chain(closings.values())
        .filter_map(|c| c.note)
        .collect();
    let mut note_days = HashMap::new();
    let mut progress: HashMap<i64, Progress> = HashMap::new();
    store.each_note(&mut |n| {
        if wanted.contains(&n.id) {
            note_days.insert(n.id, n.on);
        }
        if withdrawn.contains(&n.id) || !period.contains(n.on) || !picked(n.pledge) {
            return Ok(());
        }
        match progress.get_mut(&n.pledge) {
            Some(p) => {
                p.notes += 1;
                if (n.on, n.id) > (p.latest.0, p.latest.1) {
                    p.latest = (n.on, n.id, n);
                }
            }
            None => {
                progress.insert(
                    n.pledge,
                    Progress {
                        notes: 1,
                        latest: (n.on, n.id, n),
                    },
                );
            }
        }
        Ok(())
    })?;
    let day_of = |c: &StatusChange| {
        change_day(
            &c.changed_at,
            c.note.and_then(|n| note_days.get(&n).copied()),
        )
    };
    // Each pledge's entries, by kind, before they are put under its bodies.
    let mut found: Vec<(Pledge, Vec<Happened>)> = Vec::new();
    store.each_pledge_by_id(&mut |p| {
        if !picked(p.id) {
            return Ok(());
        }
        let mut what = Vec::new();
        if let Some(pr) = progress.remove(&p.id) {
            let (on, _, note) = pr.latest;
            what.push((
                Kind::Progressed,
                on,
                What::Progressed {
                    notes: pr.notes,
                    latest_note: crate::text::first_line(&note.body).to_string(),
                    reported_by: note.reported_by,
                    progress: note.progress,
                },
            ));
        }
        let completed = completions
            .get(&p.id)
            .into_iter()
            .flatten()
            .filter_map(|c| day_of(c).filter(|d| period.contains(*d)).map(|d| (d, c)))
            .next_back();
        if let Some((on, c)) = completed {
            let what_done = What::Completed {
                became: c.became,
                why: c.why.clone(),
            };
            what.push((Kind::Completed, on, what_done));
        }
        if let Some(deadline) = p.overdue_from() {
            let closed_on = if p.status.is_open() {
                None
            } else {
                // Closed with no history of it (an import of a bare export): taken as
                // closed by its deadline, as nothing says otherwise.
                Some(closings.get(&p.id).and_then(day_of).unwrap_or(deadline))
            };
            if period.fell_overdue(deadline, closed_on) {
                let late = What::FellOverdue {
                    deadline,
                    days_overdue: crate::date::days_between(deadline, period.to),
                };
                let first = deadline.succ_opt().unwrap_or(deadline);
                what.push((Kind::FellOverdue, first, late));
            }
        }
        if let Some((on, was, now, why)) = extensions.remove(&p.id) {
            let moved = What::Extended {
                deadline_was: was,
                deadline: now,
                why,
            };
            what.push((Kind::Extended, on, moved));
        }
        if !what.is_empty() {
            found.push((p, what));
        }
        Ok(())
    })?;
    let mut parts: [BTreeMap<String, Vec<Entry>>; 4] = Default::default();
    let mut pledges = [0; 4];
    for (p, what) in found {
        let bodies = bodies_of(store, &p, opts)?;
        for (kind, on, what) in what {
            pledges[kind.index()] += 1;
            for (body, role) in &bodies {
                parts[kind.index()]
                    .entry(body.clone())
                    .or_default()
                    .push(Entry {
                        id: p.id,
                        title: p.title.clone(),
                        role: *role,
                        status: p.status,
                        on,
                        what: what.clone(),
                    });
            }
        }
    }
    let parts = parts.map(|groups| {
        groups
            .into_iter()
            .map(|(body, mut entries)| {
                entries.sort_by_key(|e| (e.on, e.id));
                Group { body, entries }
            })
            .collect()
    });
    let standings = store
        .bodies(period.to)?
        .into_iter()
        .filter(|s| s.open + s.done > 0)
        .map(|s| {
            let overdue = usize::try_from(s.overdue).unwrap_or(0);
            let open = usize::try_from(s.open).unwrap_or(0).saturating_sub(overdue);
            (
                s.name,
                [overdue, open, usize::try_from(s.done).unwrap_or(0)],
            )
        })
        .collect();
    Ok(Report {
        period,
        ledger: ledger.to_string(),
        owners: opts.owners.clone(),
        parts,
        pledges,
        standings,
    })
}

/// The bodies a pledge is listed under, with its part in each: its linked bodies (only those
/// `--owner` picked, when it did), or its owner text when it has none.
fn bodies_of(store: &impl Ledger, p: &Pledge, opts: &Options) -> Result<Vec<(String, Role)>> {
    let linked = store.pledge_bodies(p.id)?;
    let scope = opts.filter.bodies.as_ref();
    let listed: Vec<(String, Role)> = linked
        .into_iter()
        .filter(|(b, role)| {
            scope.is_none_or(|s| s.ids.contains(&b.id) && (!s.lead_only || *role == Role::Lead))
        })
        .map(|(b, role)| (b.name, role))
        .collect();
    if listed.is_empty() {
        return Ok(vec![(p.owner.clone(), Role::Lead)]);
    }
    Ok(listed)
}
