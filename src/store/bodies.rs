//! Accountable bodies: each pledge's links to them, their names and aliases, and what the
//! body commands change. Splitting an owner text and telling names apart are the core's
//! (`pledge_core::body`); this module keeps the records.

mod derive;
mod edit;
mod standing;

use rusqlite::params;

use crate::sql::{Lite, Query, Sql};

pub(crate) use derive::{Namer, derive_all, link_owner};
pub use edit::BodyChange;
pub(crate) use edit::{alias_body, merge_bodies, rename_body, set_body};
pub(crate) use standing::read as bodies;

use super::filter::Dialect;

use super::Store;
use crate::body::{Body, Link, Named, Page, Role};
use crate::error::Result;
use crate::problem::Field;
use crate::request::{Edit, NewPledge};

/// A pledge's links: each body's id and its role, in the order of the owner text.
pub(crate) type Links = Vec<(i64, Role)>;

/// The body with this name or alias.
pub(crate) fn find(conn: &mut impl Sql, name: &str) -> Result<Option<i64>> {
    let name = name.trim();
    conn.optional(
        "SELECT id FROM body WHERE name = ?1
         UNION ALL SELECT body_id FROM body_alias WHERE alias = ?1 LIMIT 1",
        &[&name],
        |r| r.get(0),
    )
}

/// Refuses a name some body already goes by.
pub(crate) fn refuse_taken(conn: &mut impl Sql, field: Field, name: &str) -> Result<()> {
    match find(conn, name)? {
        Some(id) => Err(crate::error::body::Refusal::NameTaken {
            field,
            name: name.to_string(),
            body: read_body(conn, id)?.name,
        }
        .into()),
        None => Ok(()),
    }
}

/// The body with this name or alias, or a refusal naming `field` and the name.
pub(crate) fn lookup(conn: &mut impl Sql, field: Field, name: &str) -> Result<i64> {
    let checked = crate::body::check_name(field, name)?;
    find(conn, &checked)?.ok_or_else(|| {
        crate::error::body::Refusal::Unknown {
            field,
            name: checked,
        }
        .into()
    })
}

pub(crate) fn read_body(conn: &mut impl Sql, id: i64) -> Result<Body> {
    let (name, parent, contact) = conn.one(
        "SELECT name, parent_id, contact FROM body WHERE id = ?1",
        &[&id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut aliases: Vec<String> = conn.all(
        "SELECT alias FROM body_alias WHERE body_id = ?1",
        &[&id],
        |r| r.get(0),
    )?;
    // In the order of their bytes, as a file sorts text (a server would sort by its locale).
    aliases.sort();
    Ok(Body {
        id,
        name,
        aliases,
        parent,
        contact,
    })
}

/// A pledge's links as its history words them: `lead:A; co_owner:B`, in order.
pub(crate) fn links_text(conn: &mut impl Sql, pledge: i64) -> Result<Option<String>> {
    let parts: Vec<String> = conn.all(
        "SELECT pb.role, b.name FROM pledge_body pb JOIN body b ON b.id = pb.body_id
         WHERE pb.pledge_id = ?1 ORDER BY pb.position",
        &[&pledge],
        |r| Ok(format!("{}:{}", r.get::<String>(0)?, r.get::<String>(1)?)),
    )?;
    Ok((!parts.is_empty()).then(|| parts.join("; ")))
}

/// Replaces a pledge's links, in this order; no history (the caller records it).
pub(crate) fn write_links(conn: &mut impl Sql, pledge: i64, links: &[(i64, Role)]) -> Result<()> {
    conn.execute("DELETE FROM pledge_body WHERE pledge_id = ?1", &[&pledge])?;
    let mut seen = Vec::new();
    for (body, role) in links {
        if seen.contains(body) {
            continue;
        }
        conn.execute(
            "INSERT INTO pledge_body (pledge_id, position, body_id, role) VALUES (?1, ?2, ?3, ?4)",
            params![pledge, seen.len() as i64, body, role.as_str()],
        )?;
        seen.push(*body);
    }
    Ok(())
}

/// Sets a pledge's links to the bodies named, making a body of a new name; the history
/// records the change when there is one.
pub(crate) fn set_links(
    conn: &mut impl Sql,
    pledge: i64,
    named: &[Named],
    who: &str,
    reason: Option<&str>,
) -> Result<Option<crate::model::Change>> {
    let province = derive::province_of_pledge(conn, pledge)?;
    let mut namer = Namer::read(conn)?;
    let mut links = Vec::new();
    for n in named {
        links.push((namer.body_for(conn, &n.name, province.as_deref())?, n.role));
    }
    relink(conn, pledge, &links, who, reason)
}

/// Writes new links and their history entry, if they differ from the old ones.
pub(crate) fn relink(
    conn: &mut impl Sql,
    pledge: i64,
    links: &[(i64, Role)],
    who: &str,
    reason: Option<&str>,
) -> Result<Option<crate::model::Change>> {
    let before = links_text(conn, pledge)?;
    write_links(conn, pledge, links)?;
    let after = links_text(conn, pledge)?;
    if before == after {
        return Ok(None);
    }
    let change = super::edits::record(
        conn,
        pledge,
        "bodies",
        before.as_deref(),
        after.as_deref(),
        who,
        reason,
    )?;
    Ok(Some(change))
}

impl Store {
    /// Every body with how its pledges stand as of `today`, the most overdue first.
    pub fn bodies(&self, today: chrono::NaiveDate) -> Result<Vec<crate::body::Standing>> {
        standing::read(&mut Lite(&self.conn), Dialect::Lite, today)
    }

    /// A body (found by any of its names) with its pledges, led ones first, in id order.
    pub fn body_page(&self, name: &str) -> Result<Page> {
        body_page(&mut Lite(&self.conn), name)
    }

    /// A body by id, if it is still in the ledger (a merge removes the one merged away).
    pub fn body_by_id(&self, id: i64) -> Result<Option<Body>> {
        body_by_id(&mut Lite(&self.conn), id)
    }

    /// The bodies a pledge is linked to, each with its part, in the order of its owner text.
    pub fn pledge_bodies(&self, pledge: i64) -> Result<Vec<(Body, Role)>> {
        pledge_bodies(&mut Lite(&self.conn), pledge)
    }

    /// The ids of the bodies a name picks: the body with this name or alias; else every
    /// body one of whose names contains it. None is a refusal naming `field` and the name.
    pub fn bodies_named(&self, field: Field, name: &str) -> Result<Vec<i64>> {
        bodies_named(&mut Lite(&self.conn), field, name)
    }

    /// Every body in id order, with its aliases, for an export.
    pub fn each_body(&self, each: &mut dyn FnMut(Body) -> Result<()>) -> Result<()> {
        super::dump::each_body(&mut Lite(&self.conn), each)
    }

    /// Every link, by pledge and position, for an export.
    pub fn each_link(&self, each: &mut dyn FnMut(Link) -> Result<()>) -> Result<()> {
        super::dump::each_link(&mut Lite(&self.conn), each)
    }
}

impl Store {
    /// [`Store::add_pledge`], its bodies the ones named (the first named leads, unless
    /// roles say otherwise) instead of those its owner text names when any are.
    pub fn add_pledge_with(&mut self, new: &NewPledge, bodies: &[Named], who: &str) -> Result<i64> {
        let new = new.checked()?;
        super::records::refuse_missing(&mut Lite(&self.conn), &new)?;
        self.write(super::Saving::Pledge, |tx| {
            add_pledge_with(&mut Lite(tx), &new, bodies, who)
        })
    }

    /// [`Store::edit_pledge`] and, when `bodies` is given, the pledge's bodies set to them,
    /// in one write: both are saved or neither.
    pub fn edit_pledge_with(
        &mut self,
        id: i64,
        edit: &Edit,
        bodies: Option<&[Named]>,
        who: &str,
        reason: Option<&str>,
    ) -> Result<Vec<crate::model::Change>> {
        let edit = edit.normalized()?;
        let done = self.write(super::Saving::Change, |tx| {
            edit_pledge_with(&mut Lite(tx), id, &edit, bodies, who, reason)
        })?;
        done.ok_or_else(|| self.no_such_pledge(id))
    }
}

/// A body (found by any of its names) with its pledges, led ones first, in id order.
pub(crate) fn body_page(sql: &mut impl Sql, name: &str) -> Result<Page> {
    let id = lookup(sql, Field::Body, name)?;
    let body = read_body(sql, id)?;
    let statement = format!(
        "SELECT {}, pb.role FROM pledge_body pb JOIN pledge p ON p.id = pb.pledge_id
         WHERE pb.body_id = ?1 ORDER BY pb.role = 'co_owner', p.id",
        super::rows::PLEDGE_COLUMNS
    );
    let pledges = sql.all(&statement, &[&id], |r| {
        let role: String = r.get(super::rows::PLEDGE_NAMES.len())?;
        Ok((
            super::rows::pledge(r)?,
            Role::parse(&role).unwrap_or(Role::CoOwner),
        ))
    })?;
    let parent = body
        .parent
        .map(|p| read_body(sql, p).map(|b| b.name))
        .transpose()?;
    Ok(Page {
        body,
        parent,
        pledges,
    })
}

/// A body by id, if it is still in the ledger (a merge removes the one merged away).
pub(crate) fn body_by_id(sql: &mut impl Sql, id: i64) -> Result<Option<Body>> {
    let found: Option<i64> =
        sql.optional("SELECT id FROM body WHERE id = ?1", &[&id], |r| r.get(0))?;
    found.map(|id| read_body(sql, id)).transpose()
}

/// The bodies a pledge is linked to, each with its part, in the order of its owner text.
pub(crate) fn pledge_bodies(sql: &mut impl Sql, pledge: i64) -> Result<Vec<(Body, Role)>> {
    let links: Vec<(i64, String)> = sql.all(
        "SELECT body_id, role FROM pledge_body WHERE pledge_id = ?1 ORDER BY position",
        &[&pledge],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut out = Vec::with_capacity(links.len());
    for (body, role) in links {
        out.push((
            read_body(sql, body)?,
            Role::parse(&role).unwrap_or(Role::CoOwner),
        ));
    }
    Ok(out)
}

/// The ids of the bodies a name picks: the body with this name or alias; else every body
/// one of whose names contains it (`replace` finds it in both dialects, with no wildcard
/// to escape). None is a refusal naming `field` and the name.
pub(crate) fn bodies_named(sql: &mut impl Sql, field: Field, name: &str) -> Result<Vec<i64>> {
    let checked = crate::body::check_name(field, name)?;
    if let Some(id) = find(sql, &checked)? {
        return Ok(vec![id]);
    }
    let ids: Vec<i64> = sql.all(
        "SELECT id FROM body WHERE replace(lower(name), lower(?1), '') <> lower(name)
         UNION SELECT body_id FROM body_alias
               WHERE replace(lower(alias), lower(?1), '') <> lower(alias)
         ORDER BY 1",
        &[&checked],
        |r| r.get(0),
    )?;
    if ids.is_empty() {
        return Err(crate::error::body::Refusal::Unknown {
            field,
            name: checked,
        }
        .into());
    }
    Ok(ids)
}

/// A checked pledge linked to the bodies named (the first leads unless roles say otherwise),
/// or to those its owner text names when none are.
pub(crate) fn add_pledge_with(
    sql: &mut impl Sql,
    new: &NewPledge,
    bodies: &[Named],
    who: &str,
) -> Result<i64> {
    let id = super::edits::insert_pledge(sql, new, who, None)?;
    if bodies.is_empty() {
        return Ok(id);
    }
    let province = derive::province_of_pledge(sql, id)?;
    let mut namer = Namer::read(sql)?;
    let mut links = Vec::new();
    for n in bodies {
        links.push((namer.body_for(sql, &n.name, province.as_deref())?, n.role));
    }
    write_links(sql, id, &links)?;
    Ok(id)
}

/// A normalized edit and, when `bodies` is given, the pledge's bodies set to them; `None`
/// when there is no such pledge.
pub(crate) fn edit_pledge_with(
    tx: &mut impl Sql,
    id: i64,
    edit: &Edit,
    bodies: Option<&[Named]>,
    who: &str,
    reason: Option<&str>,
) -> Result<Option<Vec<crate::model::Change>>> {
    let Some(old) = super::pledges::find_pledge(tx, id)? else {
        return Ok(None);
    };
    // The same rule as every edit: moving or clearing a deadline, closing or reopening is
    // refused without a reason.
    let reason = edit.checked_reason(&old, reason)?;
    let reason = reason.as_deref();
    let mut changes = super::edits::apply_edit(tx, &old, edit, who, reason)?;
    if let Some(named) = bodies.filter(|b| !b.is_empty()) {
        // The links the new owner text gave, if it changed, are replaced: one entry.
        let relinked = changes.iter().position(|c| c.field == "bodies");
        if let Some(change) = set_links(tx, id, named, who, reason)? {
            if let Some(at) = relinked {
                changes.remove(at);
            }
            changes.push(change);
        }
    }
    Ok(Some(changes))
}
