//! Writing only over what the writer saw. A form, a picker or an undo carries the values it read
//! earlier; another process may have changed them since. A backend compares them inside the
//! write, so nothing can slip in between the check and the write.

use crate::model::{Change, Pledge};

/// The fields an edit can touch, as history stores them.
pub fn field_values(p: &Pledge) -> [(&'static str, Option<String>); 8] {
    let t = p.target.as_ref();
    [
        ("title", Some(p.title.clone())),
        ("owner", Some(p.owner.clone())),
        ("deadline", p.deadline.map(crate::date::format)),
        ("deadline_text", p.deadline_text.clone()),
        ("status", Some(p.status.as_str().to_string())),
        ("target_quantity", t.map(|t| t.quantity.to_string())),
        ("target_unit", t.and_then(|t| t.unit.clone())),
        ("target_text", t.and_then(|t| t.text.clone())),
    ]
}

/// A field's value as the writer last saw it, in the form history stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub field: String,
    pub value: Option<String>,
}

impl Seen {
    pub fn new(field: &str, value: Option<String>) -> Seen {
        Seen {
            field: field.to_string(),
            value,
        }
    }

    /// Every field an edit can touch, as `p` holds them: what a form opened on `p` shows.
    pub fn all(p: &Pledge) -> Vec<Seen> {
        field_values(p)
            .into_iter()
            .map(|(field, value)| Seen::new(field, value))
            .collect()
    }

    /// What `changes` wrote: an undo goes ahead only while those values are still there.
    pub fn wrote(changes: &[Change]) -> Vec<Seen> {
        changes
            .iter()
            .map(|c| Seen::new(&c.field, c.new.clone()))
            .collect()
    }
}

/// A field that changed after the writer read it: nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    pub field: String,
    /// What the writer saw.
    pub seen: Option<String>,
    /// What the ledger holds now.
    pub now: Option<String>,
    /// Who wrote the value there, when history or the notes say.
    pub by: Option<String>,
}

/// What a guarded write did: written, or refused because fields changed underneath.
#[derive(Debug, Clone, PartialEq)]
pub enum Guarded<T> {
    Done(T),
    Stale(Vec<Stale>),
}
