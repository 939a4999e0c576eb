//! Changing pledges: adding one, editing its fields, and the history row every change leaves.

use chrono::NaiveDate;
use rusqlite::{Transaction, params};

use super::guard::stale;
use super::pledges::find_pledge;
use super::{Refusal, Saving, Store, now_stamp};
use crate::error::{Error, Result};
use crate::model::{Change, Pledge, Status, Target};
use crate::request::{Edit, Guarded, NewPledge, Seen, field_values};

fn opt_date_text(d: Option<NaiveDate>) -> Option<String> {
    d.map(crate::date::format)
}

impl Store {
    /// Adds a pledge and its "created" history entry; returns its id.
    pub fn add_pledge(&mut self, new: &NewPledge, who: &str) -> Result<i64> {
        let new = new.checked()?;
        if let Some(id) = new.parent {
            find_pledge(&self.conn, id)?.ok_or(Refusal::NoParent { id })?;
        }
        if let Some(id) = new.letter {
            self.letter(id)?
                .ok_or_else(|| super::letters::no_such_letter(id))?;
        }
        self.write(Saving::Pledge, |tx| insert_pledge(tx, &new, who, None))
    }

    /// Applies an edit; records one history entry per changed field and returns them.
    pub fn edit_pledge(
        &mut self,
        id: i64,
        edit: &Edit,
        who: &str,
        reason: Option<&str>,
    ) -> Result<Vec<Change>> {
        match self.edit_pledge_seen(id, edit, &[], who, reason)? {
            Guarded::Done(changes) => Ok(changes),
            // Nothing was seen, so nothing can be stale.
            Guarded::Stale(_) => Ok(Vec::new()),
        }
    }

    /// Applies an edit only if each field in `seen` still holds the value seen there; otherwise
    /// writes nothing and says which fields changed, to whom and by whom.
    pub fn edit_pledge_seen(
        &mut self,
        id: i64,
        edit: &Edit,
        seen: &[Seen],
        who: &str,
        reason: Option<&str>,
    ) -> Result<Guarded<Vec<Change>>> {
        let edit = edit.normalized()?;
        // Read once, inside the transaction that writes; a missing id is said after it.
        let done = self.write(Saving::Change, |tx| {
            let Some(old) = find_pledge(tx, id)? else {
                return Ok(None);
            };
            let stale = stale(tx, &old, seen)?;
            if !stale.is_empty() {
                return Ok(Some(Guarded::Stale(stale)));
            }
            // Moving or clearing a deadline, closing or reopening: refused without a reason.
            let reason = edit.checked_reason(&old, reason)?;
            apply_edit(tx, &old, &edit, who, reason.as_deref()).map(|c| Some(Guarded::Done(c)))
        })?;
        done.ok_or_else(|| self.no_such_pledge(id))
    }
}

/// Inserts a pledge (with `id` when given, as imports do) and its "created" entry.
pub(super) fn insert_pledge(
    tx: &Transaction,
    new: &NewPledge,
    who: &str,
    id: Option<i64>,
) -> Result<i64> {
    let now = now_stamp();
    let target = new.target.as_ref();
    tx.prepare_cached(
        "INSERT INTO pledge (id, letter_id, parent_id, title, owner, deadline, deadline_text, status,
                             target_quantity, target_unit, target_text, quote, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
    )?
    .execute(params![
        id,
        new.letter,
        new.parent,
        new.title,
        new.owner,
        opt_date_text(new.deadline),
        new.deadline_text,
        new.status.unwrap_or(Status::Pending).as_str(),
        target.map(|t| t.quantity.get()),
        target.and_then(|t| t.unit.as_deref()),
        target.and_then(|t| t.text.as_deref()),
        new.quote,
        now,
    ])?;
    let id = tx.last_insert_rowid();
    record(tx, id, "created", None, Some(&new.title), who, None)?;
    super::bodies::link_owner(tx, id, &new.owner)?;
    Ok(id)
}

pub(super) fn record(
    tx: &rusqlite::Connection,
    pledge: i64,
    field: &str,
    old: Option<&str>,
    new: Option<&str>,
    who: &str,
    reason: Option<&str>,
) -> Result<Change> {
    let changed_at = now_stamp();
    tx.prepare_cached(
        "INSERT INTO history (pledge_id, field, old_value, new_value, changed_at, changed_by, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![pledge, field, old, new, changed_at, who, reason])?;
    Ok(Change {
        id: tx.last_insert_rowid(),
        pledge,
        field: field.to_string(),
        old: old.map(str::to_string),
        new: new.map(str::to_string),
        changed_at,
        changed_by: who.to_string(),
        reason: reason.map(str::to_string),
    })
}

/// The target after `edit`: a new number keeps the unit and wording unless they are given too.
fn merged_target(old: &Pledge, edit: &Edit) -> Result<Option<Target>> {
    let keep = |given: &Option<Option<String>>, was: Option<&String>| {
        given.clone().unwrap_or_else(|| was.cloned())
    };
    let was = old.target.as_ref();
    let quantity = match edit.target {
        Some(quantity) => quantity,
        None => was.map(|t| t.quantity),
    };
    let unit = keep(&edit.target_unit, was.and_then(|t| t.unit.as_ref()));
    let text = keep(&edit.target_text, was.and_then(|t| t.text.as_ref()));
    match quantity {
        Some(quantity) => Ok(Some(Target {
            quantity,
            unit,
            text,
        })),
        // Removing the target removes what described it; describing a missing one is refused.
        None if given(&edit.target_unit) || given(&edit.target_text) => {
            Err(Error::Ledger(Refusal::TargetWithoutNumber {
                pledge: old.id,
            }))
        }
        None => Ok(None),
    }
}

fn given(value: &Option<Option<String>>) -> bool {
    matches!(value, Some(Some(_)))
}

pub(super) fn apply_edit(
    tx: &Transaction,
    old: &Pledge,
    edit: &Edit,
    who: &str,
    reason: Option<&str>,
) -> Result<Vec<Change>> {
    let new = Pledge {
        title: edit.title.clone().unwrap_or_else(|| old.title.clone()),
        owner: edit.owner.clone().unwrap_or_else(|| old.owner.clone()),
        deadline: edit.deadline.unwrap_or(old.deadline),
        deadline_text: edit
            .deadline_text
            .clone()
            .unwrap_or_else(|| old.deadline_text.clone()),
        status: edit.status.unwrap_or(old.status),
        target: merged_target(old, edit)?,
        ..old.clone()
    };
    let mut changes = Vec::new();
    for ((field, before), (_, after)) in field_values(old).into_iter().zip(field_values(&new)) {
        if before != after {
            changes.push(record(
                tx,
                old.id,
                field,
                before.as_deref(),
                after.as_deref(),
                who,
                reason,
            )?);
        }
    }
    if changes.is_empty() {
        return Ok(changes);
    }
    let target = new.target.as_ref();
    tx.prepare_cached(
        "UPDATE pledge SET title = ?2, owner = ?3, deadline = ?4, deadline_text = ?5, status = ?6,
                target_quantity = ?7, target_unit = ?8, target_text = ?9, updated_at = ?10
         WHERE id = ?1",
    )?
    .execute(params![
        old.id,
        new.title,
        new.owner,
        opt_date_text(new.deadline),
        new.deadline_text,
        new.status.as_str(),
        target.map(|t| t.quantity.get()),
        target.and_then(|t| t.unit.as_deref()),
        target.and_then(|t| t.text.as_deref()),
        now_stamp(),
    ])?;
    // A new owner text names the pledge's bodies anew.
    if new.owner != old.owner {
        let issuer: Option<String> = match old.letter {
            Some(l) => {
                Some(tx.query_row("SELECT issuer FROM letter WHERE id = ?1", [l], |r| r.get(0))?)
            }
            None => None,
        };
        let links = super::bodies::Namer::read(tx)?.links_for(tx, &new.owner, issuer.as_deref())?;
        changes.extend(super::bodies::relink(tx, old.id, &links, who, reason)?);
    }
    Ok(changes)
}
