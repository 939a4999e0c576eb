//! What the body commands say: `pledge bodies`, `pledge body show|rename|alias|merge`, the
//! roles a body takes in a pledge, and their refusals.

use crate::body::Role;
use crate::error::body::Refusal;

/// A role as a person calls it.
pub fn role(r: Role) -> &'static str {
    match r {
        Role::Lead => crate::ts!("bodies-role-lead"),
        Role::CoOwner => crate::ts!("bodies-role-co-owner"),
    }
}

/// What marks, in a body's section of the report, a pledge it co-owns.
pub fn co_owner_mark() -> &'static str {
    crate::ts!("bodies-co-owner-mark")
}

/// A pledge's title in a body's section of the report: marked when the body co-owns it.
pub fn marked_title(title: &str, role: Role) -> std::borrow::Cow<'_, str> {
    match role {
        Role::Lead => title.into(),
        Role::CoOwner => {
            crate::t!("bodies-marked-title", mark = co_owner_mark(), title = title).into()
        }
    }
}

/// The headings of `pledge bodies`' table.
pub fn headings() -> [&'static str; 7] {
    [
        crate::ts!("bodies-col-body"),
        crate::ts!("bodies-col-aliases"),
        crate::ts!("bodies-col-open"),
        crate::ts!("bodies-col-overdue"),
        crate::ts!("bodies-col-done"),
        crate::ts!("bodies-col-dropped"),
        crate::ts!("bodies-col-on-time"),
    ]
}

/// The headings of `pledge bodies --format csv`: machine names, as in JSON.
pub fn csv_headings() -> [&'static str; 7] {
    [
        "body",
        "aliases",
        "open",
        "overdue",
        "done",
        "dropped",
        "on_time_rate",
    ]
}

/// How aliases are joined in a cell.
pub fn alias_separator() -> &'static str {
    crate::ts!("bodies-alias-separator")
}

/// An on-time rate as a percentage, or a dash while no pledge could be on time.
pub fn rate(r: Option<f64>) -> String {
    match r {
        Some(r) => crate::t!("bodies-rate", percent = format!("{:.0}", r * 100.0)),
        None => crate::t!("bodies-no-rate"),
    }
}

/// `pledge bodies` when the ledger has none.
pub fn none() -> String {
    crate::t!("bodies-none")
}

/// The labels of `pledge body show`.
pub fn show_labels() -> [&'static str; 4] {
    [
        crate::ts!("bodies-show-name"),
        crate::ts!("bodies-show-aliases"),
        crate::ts!("bodies-show-contact"),
        crate::ts!("bodies-show-pledges"),
    ]
}

/// The label of a pledge's bodies on its page (`pledge show`).
pub fn pledge_bodies_label() -> &'static str {
    crate::ts!("bodies-show-pledge-bodies")
}

/// A pledge's bodies on its page, each with its part, in order.
pub fn linked(bodies: &[(&str, Role)]) -> String {
    bodies
        .iter()
        .map(|&(name, r): &(&str, Role)| {
            let role: &str = role(r);
            crate::t!("bodies-linked", name = name, role = role)
        })
        .collect::<Vec<_>>()
        .join(crate::ts!("bodies-linked-separator"))
}

/// The label of a body's parent on its page.
pub fn parent_label() -> &'static str {
    crate::ts!("bodies-show-parent")
}

/// The fields `body set` changes, as a refusal names them.
pub fn field(f: crate::problem::Field) -> Option<&'static str> {
    Some(match f {
        crate::problem::Field::BodyParent => crate::ts!("bodies-field-parent"),
        crate::problem::Field::BodyContact => crate::ts!("bodies-field-contact"),
        _ => return None,
    })
}

/// A change `body set` made, one line.
pub fn changed(body: &str, field: &str, old: &str, new: &str) -> String {
    let field = match field {
        "parent" => parent_label(),
        "contact" => crate::ts!("bodies-show-contact"),
        other => other,
    };
    crate::t!(
        "bodies-changed",
        body = body,
        field = field,
        old = old,
        new = new
    )
}

/// `body set` that gave what the body already had.
pub fn unchanged(body: &str) -> String {
    crate::t!("bodies-unchanged", body = body)
}

/// A body with no pledge linked.
pub fn no_pledges() -> String {
    crate::t!("bodies-show-no-pledges")
}

pub fn renamed(old: &str, new: &str) -> String {
    crate::t!("bodies-renamed", old = old, new = new)
}

pub fn aliased(body: &str, alias: &str) -> String {
    crate::t!("bodies-aliased", body = body, alias = alias)
}

pub fn merged(from: &str, into: &str) -> String {
    crate::t!("bodies-merged", from = from, into = into)
}

/// A body refusal: the field, the value, what is accepted; nothing was written.
pub fn refusal(r: &Refusal) -> String {
    let inert = |s: &str| format!("{:?}", crate::text::inert(s));
    match r {
        Refusal::Unknown { field, name } => crate::t!(
            "bodies-unknown",
            field = super::values::field(*field),
            name = inert(name)
        ),
        Refusal::MergeIntoItself { from, into } => {
            crate::t!(
                "bodies-merge-itself",
                from = inert(from),
                into = inert(into)
            )
        }
        Refusal::ParentCycle { body, parent } => crate::t!(
            "bodies-parent-cycle",
            field = field(crate::problem::Field::BodyParent).unwrap_or_default(),
            parent = inert(parent),
            body = inert(body)
        ),
        Refusal::NothingToSet => crate::t!("bodies-nothing-to-set"),
        Refusal::NameTaken { field, name, body } => crate::t!(
            "bodies-name-taken",
            field = super::values::field(*field),
            name = inert(name),
            body = inert(body)
        ),
    }
}
