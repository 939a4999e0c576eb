//! Bodies found in owner texts: each name the text gives (我厅 read as the letter's issuer)
//! is the body with that name or alias, else the body whose key it shares (the name is then
//! kept as an alias), else a new body. Upgrades, imports of older exports and new pledges
//! all link this way.

use std::collections::HashMap;

use rusqlite::{Connection, params};

use crate::body::{Role, key, province_of, self_reference, split};
use crate::error::Result;
use crate::sql::{Lite, Query, Sql};

/// The ledger's bodies by every name and, per province, by key: read once, kept up to date
/// as bodies and aliases are added.
pub(crate) struct Namer {
    names: HashMap<String, i64>,
    keys: HashMap<Option<String>, HashMap<String, i64>>,
}

impl Namer {
    pub(crate) fn read(conn: &mut impl Sql) -> Result<Namer> {
        let names = conn
            .all(
                "SELECT name, id FROM body UNION ALL SELECT alias, body_id FROM body_alias",
                &[],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?
            .into_iter()
            .collect();
        Ok(Namer {
            names,
            keys: HashMap::new(),
        })
    }

    fn keyed(&mut self, province: Option<&str>) -> &mut HashMap<String, i64> {
        let names = &self.names;
        self.keys
            .entry(province.map(str::to_string))
            .or_insert_with(|| {
                let mut by_key = HashMap::new();
                for (name, id) in names {
                    by_key.entry(key(name, province)).or_insert(*id);
                }
                by_key
            })
    }

    /// The body `name` is, read in `province`: found by name, by key (the name becomes an
    /// alias), or made.
    pub(crate) fn body_for(
        &mut self,
        conn: &mut impl Sql,
        name: &str,
        province: Option<&str>,
    ) -> Result<i64> {
        let name = name.trim();
        if let Some(id) = self.names.get(name) {
            return Ok(*id);
        }
        let k = key(name, province);
        let id = match self.keyed(province).get(&k) {
            Some(&id) => {
                conn.execute(
                    "INSERT INTO body_alias (alias, body_id) VALUES (?1, ?2)",
                    params![name, id],
                )?;
                id
            }
            None => conn.one(
                "INSERT INTO body (name) VALUES (?1) RETURNING id",
                &[&name],
                |r| r.get(0),
            )?,
        };
        self.names.insert(name.to_string(), id);
        for (p, by_key) in self.keys.iter_mut() {
            by_key.entry(key(name, p.as_deref())).or_insert(id);
        }
        Ok(id)
    }

    /// The bodies an owner text names, in order, each once.
    pub(crate) fn links_for(
        &mut self,
        conn: &mut impl Sql,
        owner: &str,
        issuer: Option<&str>,
    ) -> Result<Vec<(i64, Role)>> {
        let province = issuer.and_then(province_of);
        let mut links: Vec<(i64, Role)> = Vec::new();
        for named in split(owner) {
            let name = match issuer {
                Some(issuer) if self_reference(&named.name) && !issuer.trim().is_empty() => issuer,
                _ => named.name.as_str(),
            };
            let id = self.body_for(conn, name, province.as_deref())?;
            if !links.iter().any(|(b, _)| *b == id) {
                links.push((id, named.role));
            }
        }
        Ok(links)
    }
}

/// The issuer of a pledge's letter, if it has one.
fn issuer_of(conn: &mut impl Sql, pledge: i64) -> Result<Option<String>> {
    conn.optional(
        "SELECT l.issuer FROM pledge p JOIN letter l ON l.id = p.letter_id WHERE p.id = ?1",
        &[&pledge],
        |r| r.get(0),
    )
}

/// The province a pledge's names are read in: its letter's issuer's.
pub(crate) fn province_of_pledge(conn: &mut impl Sql, pledge: i64) -> Result<Option<String>> {
    Ok(issuer_of(conn, pledge)?.as_deref().and_then(province_of))
}

/// Links a pledge to the bodies of its owner text, in place of any links it had; no history.
pub(crate) fn link_owner(conn: &mut impl Sql, pledge: i64, owner: &str) -> Result<()> {
    let issuer = issuer_of(conn, pledge)?;
    let mut namer = Namer::read(conn)?;
    let links = namer.links_for(conn, owner, issuer.as_deref())?;
    super::write_links(conn, pledge, &links)
}

/// Links every pledge that has no link yet to the bodies of its owner text, in id order (an
/// upgrade, an import of an export made before bodies). Each distinct owner text of a letter
/// is split once.
pub(crate) fn derive_all(conn: &Connection) -> Result<()> {
    let mut namer = Namer::read(&mut Lite(conn))?;
    let mut stmt = conn.prepare(
        "SELECT p.id, p.owner, l.issuer FROM pledge p LEFT JOIN letter l ON l.id = p.letter_id
         WHERE NOT EXISTS (SELECT 1 FROM pledge_body pb WHERE pb.pledge_id = p.id)
         ORDER BY p.id",
    )?;
    let mut rows = stmt.query([])?;
    let mut done: HashMap<(String, Option<String>), super::Links> = HashMap::new();
    while let Some(r) = rows.next()? {
        let (id, owner, issuer): (i64, String, Option<String>) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let at = (owner, issuer);
        let links = match done.get(&at) {
            Some(links) => links.clone(),
            None => {
                let links = namer.links_for(&mut Lite(conn), &at.0, at.1.as_deref())?;
                done.insert(at, links.clone());
                links
            }
        };
        super::write_links(&mut Lite(conn), id, &links)?;
    }
    Ok(())
}
