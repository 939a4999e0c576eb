//! The body commands: another name for a body, a new canonical name, two bodies made one,
//! a body's parent and contact.
//! Each runs in one write; a pledge whose links read differently after it gets a history
//! entry saying how.

use rusqlite::params;

use super::super::{Saving, Store};
use super::{find, lookup, read_body, refuse_taken, relink};
use crate::body::{Body, BodyEdit, Role, check_name};
use crate::error::Result;
use crate::error::body::Refusal;
use crate::problem::Field;
use crate::sql::{Lite, Query, Sql};

/// A field of a body that `body set` changed: its name, old and new value.
pub type BodyChange = (&'static str, Option<String>, Option<String>);

/// Refuses `parent` (named `given`) as the parent of `body` when it is `body` or below it.
fn refuse_above_itself(conn: &mut impl Sql, body: i64, parent: i64, given: &str) -> Result<()> {
    if is_under(conn, parent, body)? {
        return Err(Refusal::ParentCycle {
            body: read_body(conn, body)?.name,
            parent: given.to_string(),
        }
        .into());
    }
    Ok(())
}

/// `body` is `top` or below it. The walk up is bounded by the bodies there are, whatever a
/// damaged file holds.
fn is_under(conn: &mut impl Sql, body: i64, top: i64) -> Result<bool> {
    let mut at = Some(body);
    let mut seen = std::collections::HashSet::new();
    while let Some(b) = at {
        if b == top {
            return Ok(true);
        }
        if !seen.insert(b) {
            break;
        }
        at = conn.one("SELECT parent_id FROM body WHERE id = ?1", &[&b], |r| {
            r.get(0)
        })?;
    }
    Ok(false)
}

/// The pledges linked to a body, with each one's links in order.
fn linked(conn: &mut impl Sql, body: i64) -> Result<Vec<(i64, super::Links)>> {
    let ids: Vec<i64> = conn.all(
        "SELECT pledge_id FROM pledge_body WHERE body_id = ?1 ORDER BY pledge_id",
        &[&body],
        |r| r.get(0),
    )?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let links = conn.all(
            "SELECT body_id, role FROM pledge_body WHERE pledge_id = ?1 ORDER BY position",
            &[&id],
            |r| {
                let role: String = r.get(1)?;
                Ok((r.get(0)?, Role::parse(&role).unwrap_or(Role::CoOwner)))
            },
        )?;
        out.push((id, links));
    }
    Ok(out)
}

impl Store {
    /// Gives a body another name it is known by.
    pub fn alias_body(&mut self, name: &str, alias: &str) -> Result<Body> {
        let alias = check_name(Field::Alias, alias)?;
        self.write(Saving::Change, |tx| alias_body(&mut Lite(tx), name, &alias))
    }

    /// Gives a body a new canonical name; the old one stays an alias, so texts that use it
    /// still find the body. A name that is this body's alias swaps places with the old name.
    pub fn rename_body(&mut self, old: &str, new: &str, who: &str) -> Result<Body> {
        let new = check_name(Field::Body, new)?;
        self.write(Saving::Change, |tx| {
            rename_body(&mut Lite(tx), old, &new, who)
        })
    }

    /// Sets a body's parent and contact; returns the body and what changed (field, old, new,
    /// parents by name). An unknown parent, or one that is the body or below it, is refused
    /// and nothing is written.
    pub fn set_body(&mut self, name: &str, edit: &BodyEdit) -> Result<(Body, Vec<BodyChange>)> {
        let edit = edit.checked()?;
        self.write(Saving::Change, |tx| set_body(&mut Lite(tx), name, &edit))
    }

    /// Makes `from` part of `into`: its links (a pledge linked to both keeps one, leading if
    /// either led), its aliases and its name (as an alias) move; `from` is gone.
    pub fn merge_bodies(&mut self, from: &str, into: &str, who: &str) -> Result<Body> {
        self.write(Saving::Change, |tx| {
            merge_bodies(&mut Lite(tx), from, into, who)
        })
    }
}

/// [`Store::alias_body`] inside the write, the alias checked.
pub(crate) fn alias_body(tx: &mut impl Sql, name: &str, alias: &str) -> Result<Body> {
    let id = lookup(tx, Field::Body, name)?;
    refuse_taken(tx, Field::Alias, alias)?;
    tx.execute(
        "INSERT INTO body_alias (alias, body_id) VALUES (?1, ?2)",
        params![alias, id],
    )?;
    read_body(tx, id)
}

/// [`Store::rename_body`] inside the write, the new name checked.
pub(crate) fn rename_body(tx: &mut impl Sql, old: &str, new: &str, who: &str) -> Result<Body> {
    let id = lookup(tx, Field::Body, old)?;
    let body = read_body(tx, id)?;
    if body.name == new {
        return Ok(body);
    }
    match find(tx, new)? {
        Some(other) if other == id => {
            tx.execute("DELETE FROM body_alias WHERE alias = ?1", &[&new])?;
        }
        _ => refuse_taken(tx, Field::Body, new)?,
    }
    let pledges = linked(tx, id)?;
    let before: Vec<Option<String>> = pledges
        .iter()
        .map(|(p, _)| super::links_text(tx, *p))
        .collect::<Result<_>>()?;
    tx.execute("UPDATE body SET name = ?2 WHERE id = ?1", params![id, new])?;
    tx.execute(
        "INSERT INTO body_alias (alias, body_id) VALUES (?1, ?2)",
        params![body.name, id],
    )?;
    for ((pledge, _), before) in pledges.iter().zip(before) {
        let after = super::links_text(tx, *pledge)?;
        super::super::edits::record(
            tx,
            *pledge,
            "bodies",
            before.as_deref(),
            after.as_deref(),
            who,
            None,
        )?;
    }
    read_body(tx, id)
}

/// [`Store::set_body`] inside the write, the edit checked.
pub(crate) fn set_body(
    tx: &mut impl Sql,
    name: &str,
    edit: &BodyEdit,
) -> Result<(Body, Vec<BodyChange>)> {
    let id = lookup(tx, Field::Body, name)?;
    let old = read_body(tx, id)?;
    fn name_of(tx: &mut impl Sql, b: Option<i64>) -> Result<Option<String>> {
        b.map(|b| read_body(tx, b).map(|b| b.name)).transpose()
    }
    let mut changes = Vec::new();
    if let Some(parent) = &edit.parent {
        let parent = match parent {
            Some(given) => {
                let p = lookup(tx, Field::BodyParent, given)?;
                refuse_above_itself(tx, id, p, given)?;
                Some(p)
            }
            None => None,
        };
        if parent != old.parent {
            tx.execute(
                "UPDATE body SET parent_id = ?2 WHERE id = ?1",
                params![id, parent],
            )?;
            let (was, now) = (name_of(tx, old.parent)?, name_of(tx, parent)?);
            changes.push(("parent", was, now));
        }
    }
    if let Some(contact) = &edit.contact
        && *contact != old.contact
    {
        tx.execute(
            "UPDATE body SET contact = ?2 WHERE id = ?1",
            params![id, contact],
        )?;
        changes.push(("contact", old.contact.clone(), contact.clone()));
    }
    Ok((read_body(tx, id)?, changes))
}

/// [`Store::merge_bodies`] inside the write.
pub(crate) fn merge_bodies(tx: &mut impl Sql, from: &str, into: &str, who: &str) -> Result<Body> {
    let f = lookup(tx, Field::Body, from)?;
    let i = lookup(tx, Field::Body, into)?;
    let from_body = read_body(tx, f)?;
    if f == i {
        return Err(Refusal::MergeIntoItself {
            from: from.trim().to_string(),
            into: from_body.name,
        }
        .into());
    }
    for (pledge, links) in linked(tx, f)? {
        let lead = links
            .iter()
            .any(|&(b, r)| (b == f || b == i) && r == Role::Lead);
        let mut moved: Vec<(i64, Role)> = Vec::new();
        for (b, r) in links {
            if b == f || b == i {
                if !moved.iter().any(|(m, _)| *m == i) {
                    moved.push((i, if lead { Role::Lead } else { r }));
                }
            } else {
                moved.push((b, r));
            }
        }
        relink(tx, pledge, &moved, who, None)?;
    }
    tx.execute(
        "UPDATE body_alias SET body_id = ?2 WHERE body_id = ?1",
        params![f, i],
    )?;
    // A body is never its own parent.
    tx.execute(
        "UPDATE body SET parent_id = NULL WHERE id = ?2 AND parent_id = ?1",
        params![f, i],
    )?;
    tx.execute(
        "UPDATE body SET parent_id = ?2 WHERE parent_id = ?1",
        params![f, i],
    )?;
    // When `into` sat below `from`, it now sits below itself: it takes the place `from`
    // had, the top of the two, or none if that is below it too.
    let parent: Option<i64> = tx.one("SELECT parent_id FROM body WHERE id = ?1", &[&i], |r| {
        r.get(0)
    })?;
    if let Some(p) = parent
        && is_under(tx, p, i)?
    {
        let place = match from_body.parent {
            Some(fp) if !is_under(tx, fp, i)? => Some(fp),
            _ => None,
        };
        tx.execute(
            "UPDATE body SET parent_id = ?2 WHERE id = ?1",
            params![i, place],
        )?;
    }
    tx.execute("DELETE FROM body WHERE id = ?1", &[&f])?;
    tx.execute(
        "INSERT INTO body_alias (alias, body_id) VALUES (?1, ?2)",
        params![from_body.name, i],
    )?;
    read_body(tx, i)
}
