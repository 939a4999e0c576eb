//! Changing pledges: adding one, editing its fields, and the history row every change leaves.

use chrono::NaiveDate;
use rusqlite::params;

use super::guard::stale;
use super::pledges::find_pledge;
use super::{Refusal, Saving, Store, now_stamp};
use crate::error::{Error, Result};
use crate::model::{Change, Pledge, Status, Target};
use crate::request::{Edit, Guarded, NewPledge, Seen, field_values};
use crate::sql::{Lite, Query, Sql};

fn opt_date_text(d: Option<NaiveDate>) -> Option<String> {
    d.map(crate::date::format)
}

impl Store {
    /// Adds a pledge and its "created" history entry; returns its id.
    pub fn add_pledge(&mut self, new: &NewPledge, who: &str) -> Result<i64> {
        self.add_pledge_with(new, &[], who)
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
            edit_seen(&mut Lite(tx), id, &edit, seen, who, reason)
        })?;
        done.ok_or_else(|| self.no_such_pledge(id))
    }
}

/// A normalized edit, only while each field in `seen` still holds what was seen there; read
/// once, inside the transaction that writes. `None` when there is no such pledge.
pub(crate) fn edit_seen(
    tx: &mut impl Sql,
    id: i64,
    edit: &Edit,
    seen: &[Seen],
    who: &str,
    reason: Option<&str>,
) -> Result<Option<Guarded<Vec<Change>>>> {
    let Some(old) = find_pledge(tx, id)? else {
        return Ok(None);
    };
    let stale = stale(tx, &old, seen)?;
    if !stale.is_empty() {
        return Ok(Some(Guarded::Stale(stale)));
    }
    // Moving or clearing a deadline, closing or reopening: refused without a reason.
    let reason = edit.checked_reason(&old, reason)?;
    apply_edit(tx, &old, edit, who, reason.as_deref()).map(|c| Some(Guarded::Done(c)))
}

/// Inserts a pledge (with `id` when given, as imports do) and its "created" entry.
pub(crate) fn insert_pledge(
    tx: &mut impl Sql,
    new: &NewPledge,
    who: &str,
    id: Option<i64>,
) -> Result<i64> {
    let now = now_stamp();
    let target = new.target.as_ref();
    let (deadline, quantity) = (
        opt_date_text(new.deadline),
        target.map(|t| t.quantity.get()),
    );
    let status = new.status.unwrap_or(Status::Pending).as_str();
    let mut values: Vec<&dyn rusqlite::ToSql> = vec![
        &new.letter,
        &new.parent,
        &new.title,
        &new.owner,
        &deadline,
        &new.deadline_text,
        &status,
        &quantity,
    ];
    let (unit, text) = (
        target.and_then(|t| t.unit.as_deref()),
        target.and_then(|t| t.text.as_deref()),
    );
    values.extend([&unit as &dyn rusqlite::ToSql, &text, &new.quote, &now, &now]);
    // Without an id the column is left out: a file then takes the next rowid, a server the
    // next of its sequence (NULL there is no "any").
    let column = match &id {
        Some(id) => {
            values.insert(0, id);
            "id, "
        }
        None => "",
    };
    let placeholders: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO pledge ({column}letter_id, parent_id, title, owner, deadline, deadline_text,
                             status, target_quantity, target_unit, target_text, quote, created_at,
                             updated_at)
         VALUES ({}) RETURNING id",
        placeholders.join(", ")
    );
    let id = tx.one(&sql, &values, |r| r.get::<i64>(0))?;
    record(tx, id, "created", None, Some(&new.title), who, None)?;
    super::bodies::link_owner(tx, id, &new.owner)?;
    Ok(id)
}

pub(crate) fn record(
    tx: &mut impl Sql,
    pledge: i64,
    field: &str,
    old: Option<&str>,
    new: Option<&str>,
    who: &str,
    reason: Option<&str>,
) -> Result<Change> {
    let changed_at = now_stamp();
    let id = tx.one(
        "INSERT INTO history (pledge_id, field, old_value, new_value, changed_at, changed_by, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        params![pledge, field, old, new, changed_at, who, reason],
        |r| r.get::<i64>(0),
    )?;
    Ok(Change {
        id,
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

pub(crate) fn apply_edit(
    tx: &mut impl Sql,
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
    tx.execute(
        "UPDATE pledge SET title = ?2, owner = ?3, deadline = ?4, deadline_text = ?5, status = ?6,
                target_quantity = ?7, target_unit = ?8, target_text = ?9, updated_at = ?10
         WHERE id = ?1",
        params![
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
        ],
    )?;
    // A new owner text names the pledge's bodies anew.
    if new.owner != old.owner {
        let issuer: Option<String> = match old.letter {
            Some(l) => Some(
                tx.one("SELECT issuer FROM letter WHERE id = ?1", &[&l], |r| {
                    r.get(0)
                })?,
            ),
            None => None,
        };
        let links = super::bodies::Namer::read(tx)?.links_for(tx, &new.owner, issuer.as_deref())?;
        changes.extend(super::bodies::relink(tx, old.id, &links, who, reason)?);
    }
    Ok(changes)
}
