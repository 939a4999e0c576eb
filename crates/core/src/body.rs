//! Accountable bodies (承办单位): what a body and a pledge's link to it are, how an owner text
//! names its bodies ([`split`]), and which names are one body ([`key`]). Pure: the store
//! keeps the records, the messages word them.

mod alias;
mod split;

use serde::{Deserialize, Serialize};

pub use alias::{key, province_of, self_reference};
pub use split::split;

use crate::problem::{Field, Invalid};

/// How a pledge's body takes part: it leads (牵头/主办) or works with the lead (配合/协办).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Lead,
    CoOwner,
}

impl Role {
    /// The role's stored and machine name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::CoOwner => "co_owner",
        }
    }

    /// For serde: a lead is the role said of no one.
    pub fn is_lead(&self) -> bool {
        *self == Role::Lead
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "lead" => Some(Role::Lead),
            "co_owner" => Some(Role::CoOwner),
            _ => None,
        }
    }
}

/// A body as an owner text or a command names it, with its part in the pledge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub role: Role,
}

impl Named {
    pub fn lead(name: &str) -> Named {
        Named {
            name: name.to_string(),
            role: Role::Lead,
        }
    }

    pub fn co_owner(name: &str) -> Named {
        Named {
            name: name.to_string(),
            role: Role::CoOwner,
        }
    }
}

/// A body on record: its canonical name and the other names it goes by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub parent: Option<i64>,
    #[serde(default)]
    pub contact: Option<String>,
}

/// A pledge's link to a body, in the order of its owner text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub pledge: i64,
    pub body: i64,
    pub role: Role,
    pub position: i64,
}

/// A body with its pledges and the part it takes in each, as `pledge body show` prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub body: Body,
    /// The name of the body it is part of.
    pub parent: Option<String>,
    pub pledges: Vec<(crate::model::Pledge, Role)>,
}

/// A body with how its pledges stand, as `pledge bodies` lists them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Standing {
    pub name: String,
    pub aliases: Vec<String>,
    pub open: i64,
    pub overdue: i64,
    pub done: i64,
    pub dropped: i64,
    /// Closed pledges with a deadline, and how many of them were closed by it.
    #[serde(skip)]
    pub due_closed: i64,
    #[serde(skip)]
    pub on_time: i64,
}

impl Standing {
    /// The share of pledges closed (done or partial) by their deadline among those closed
    /// that had one; none while no such pledge exists.
    pub fn on_time_rate(&self) -> Option<f64> {
        (self.due_closed > 0).then(|| self.on_time as f64 / self.due_closed as f64)
    }
}

/// The most bytes a body's name or alias may hold.
pub const MAX_NAME_BYTES: usize = 200;

/// A body's name as given: trimmed; empty, blank or overlong names are refused.
pub fn check_name(field: Field, value: &str) -> Result<String, Invalid> {
    let name = crate::request::required(field, value)?;
    if name.len() > MAX_NAME_BYTES || name.contains(['\n', '\r']) {
        return Err(Invalid::new(
            field,
            value,
            crate::problem::Problem::TooLong {
                max_bytes: MAX_NAME_BYTES,
            },
        ));
    }
    Ok(name)
}

/// A body's parent and contact to change; `None` leaves one as it is, `Some(None)` clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BodyEdit {
    /// The parent body by any of its names.
    pub parent: Option<Option<String>>,
    pub contact: Option<Option<String>>,
}

impl BodyEdit {
    pub fn is_empty(&self) -> bool {
        *self == BodyEdit::default()
    }

    /// The edit as it will be applied: names and contact trimmed, one line each; blank is
    /// refused naming the field (clearing is `None`).
    pub fn checked(&self) -> Result<BodyEdit, Invalid> {
        let line = |field, v: &Option<Option<String>>| {
            v.as_ref()
                .map(|v| v.as_deref().map(|t| check_name(field, t)).transpose())
                .transpose()
        };
        Ok(BodyEdit {
            parent: line(Field::BodyParent, &self.parent)?,
            contact: line(Field::BodyContact, &self.contact)?,
        })
    }
}

/// The bodies named by `--lead` and `--co-owner`, in that order, each once.
pub fn named(lead: Option<&str>, co_owners: &[String]) -> Result<Vec<Named>, Invalid> {
    let mut out: Vec<Named> = Vec::new();
    if let Some(l) = lead {
        out.push(Named::lead(&check_name(Field::Lead, l)?));
    }
    for c in co_owners {
        let name = check_name(Field::CoOwner, c)?;
        if !out.iter().any(|n| n.name == name) {
            out.push(Named::co_owner(&name));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Problem;

    #[test]
    fn roles_keep_their_machine_names() {
        for r in [Role::Lead, Role::CoOwner] {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("owner"), None);
    }

    #[test]
    fn blank_names_are_refused_naming_the_field() {
        let e = named(Some("  "), &[]).expect_err("blank");
        assert_eq!((e.field, e.problem), (Field::Lead, Problem::Empty));
        let e = named(None, &["\t".into()]).expect_err("blank");
        assert_eq!(e.field, Field::CoOwner);
        let long = "厅".repeat(100);
        assert!(check_name(Field::Body, &long).is_err());
    }

    #[test]
    fn lead_then_co_owners_each_once() {
        let n = named(Some(" 省科技厅 "), &["省商务厅".into(), "省科技厅".into()]).expect("ok");
        assert_eq!(n, [Named::lead("省科技厅"), Named::co_owner("省商务厅")]);
    }

    #[test]
    fn a_body_edit_trims_keeps_none_as_clearing_and_refuses_blank() {
        let edit = BodyEdit {
            parent: Some(Some(" 省政府 ".into())),
            contact: Some(None),
        };
        assert_eq!(
            edit.checked().map(|e| (e.parent, e.contact)),
            Ok((Some(Some("省政府".into())), Some(None)))
        );
        let blank = BodyEdit {
            contact: Some(Some(" ".into())),
            ..BodyEdit::default()
        };
        assert_eq!(
            blank.checked().map_err(|e| e.field),
            Err(Field::BodyContact)
        );
        assert!(BodyEdit::default().is_empty());
    }

    #[test]
    fn the_on_time_rate_counts_closed_pledges_that_had_a_deadline() {
        let mut s = Standing {
            name: "x".into(),
            ..Standing::default()
        };
        assert_eq!(s.on_time_rate(), None);
        (s.due_closed, s.on_time) = (4, 3);
        assert_eq!(s.on_time_rate(), Some(0.75));
    }
}
