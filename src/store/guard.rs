//! Writing only over what the writer saw ([`crate::request::Seen`]): the check runs inside the
//! write transaction, so nothing can slip in between it and the write.

use crate::error::Result;
use crate::model::Pledge;
use crate::request::{Seen, Stale, field_values};
use crate::sql::{Query, Sql};

/// The fields of `p` that no longer hold what `seen` says; read inside the write transaction.
pub(crate) fn stale(tx: &mut impl Sql, p: &Pledge, seen: &[Seen]) -> Result<Vec<Stale>> {
    let values = field_values(p);
    let mut stale = Vec::new();
    for s in seen {
        // A field outside the pledge's columns cannot be compared here; its caller checks it.
        let Some((_, now)) = values.iter().find(|(f, _)| *f == s.field) else {
            continue;
        };
        if *now != s.value {
            stale.push(Stale {
                field: s.field.clone(),
                seen: s.value.clone(),
                now: now.clone(),
                by: last_changed_by(tx, p.id, &s.field)?,
            });
        }
    }
    Ok(stale)
}

/// Who last changed `field` of a pledge, by its history.
fn last_changed_by(tx: &mut impl Sql, pledge: i64, field: &str) -> Result<Option<String>> {
    tx.optional(
        "SELECT changed_by FROM history WHERE pledge_id = ?1 AND field IN (?2, 'created')
             ORDER BY id DESC LIMIT 1",
        rusqlite::params![pledge, field],
        |r| r.get(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Quantity, Status};
    use crate::request::{Edit, Guarded, NewNote, Withdrawal};
    use crate::store::{Seed, Store};

    fn store() -> Store {
        Store::open_in_memory(Seed::Builtin).expect("store")
    }

    fn deadline(d: &str) -> Edit {
        Edit {
            deadline: Some(crate::date::parse(d).ok()),
            ..Edit::default()
        }
    }

    #[test]
    fn an_edit_over_a_value_changed_since_it_was_seen_writes_nothing_and_says_who() {
        let mut store = store();
        let seen = Seen::all(&store.pledge(17).expect("p"));
        store
            .edit_pledge(17, &deadline("2026-03-01"), "李", Some("延期"))
            .expect("other");
        let history = store.history(17).expect("h").len();
        let done = store
            .edit_pledge_seen(17, &deadline("2026-06-30"), &seen, "王", Some("延期"))
            .expect("edit");
        assert_eq!(
            done,
            Guarded::Stale(vec![Stale {
                field: "deadline".into(),
                seen: Some("2025-12-31".into()),
                now: Some("2026-03-01".into()),
                by: Some("李".into()),
            }])
        );
        assert_eq!(store.history(17).expect("h").len(), history);
        let p = store.pledge(17).expect("p");
        assert_eq!(p.deadline, crate::date::parse("2026-03-01").ok());
        // Seen again, the same edit goes ahead.
        let seen = [Seen::new("deadline", Some("2026-03-01".into()))];
        let done = store
            .edit_pledge_seen(17, &deadline("2026-06-30"), &seen, "王", Some("延期"))
            .expect("edit");
        assert!(matches!(done, Guarded::Done(c) if c.len() == 1));
    }

    #[test]
    fn an_undo_guard_ignores_fields_it_did_not_write() {
        let mut store = store();
        let ours = store
            .edit_pledge(17, &deadline("2026-06-30"), "王", Some("延期"))
            .expect("ours");
        let owner = Edit {
            owner: Some("省委金融办".into()),
            ..Edit::default()
        };
        store.edit_pledge(17, &owner, "李", None).expect("theirs");
        let undo = Edit::reverting(&ours).expect("revert");
        let done = store
            .edit_pledge_seen(17, &undo, &Seen::wrote(&ours), "王", Some("undo"))
            .expect("undo");
        assert!(matches!(done, Guarded::Done(_)));
        let p = store.pledge(17).expect("p");
        assert_eq!(p.owner, "省委金融办");
        assert_eq!(p.deadline, crate::date::parse("2025-12-31").ok());
    }

    #[test]
    fn a_new_target_number_keeps_unit_and_wording_and_a_unit_needs_a_number() {
        let mut store = store();
        let number = Edit {
            target: Some(Some(Quantity::new(35.0).expect("q"))),
            ..Edit::default()
        };
        store.edit_pledge(17, &number, "王", None).expect("edit");
        let t = store.pledge(17).expect("p").target.expect("target");
        assert_eq!(t.unit.as_deref(), Some("家"));
        assert_eq!(t.text.as_deref(), Some("30 家 2025 年重点拟上市企业"));
        let clear = Edit {
            target: Some(None),
            ..Edit::default()
        };
        store.edit_pledge(17, &clear, "王", None).expect("clear");
        let unit = Edit {
            target_unit: Some(Some("家".into())),
            ..Edit::default()
        };
        let history = store.history(17).expect("h").len();
        assert!(store.edit_pledge(17, &unit, "王", None).is_err());
        assert_eq!(store.history(17).expect("h").len(), history);
        assert!(store.pledge(17).expect("p").target.is_none());
    }

    #[test]
    fn a_withdrawal_is_refused_once_later_progress_was_recorded() {
        let mut store = store();
        let note = |author: &str, progress: f64, status| NewNote {
            pledge: 13,
            on: crate::date::parse("2026-11-28").expect("date"),
            author: author.into(),
            body: "进展".into(),
            progress: Quantity::new(progress).ok(),
            status,
            why: None,
            reported_by: None,
            evidence: None,
        };
        let ours = store
            .add_note(&note("王", 766.0, Some(Status::InProgress)))
            .expect("ours");
        let withdrawal = |note| Withdrawal {
            pledge: 13,
            note,
            by: "王".into(),
            status_before: Some(Status::Pending),
        };
        store.add_note(&note("李", 800.0, None)).expect("theirs");
        let done = store.withdraw_note(&withdrawal(ours)).expect("withdraw");
        let Guarded::Stale(stale) = done else {
            panic!("withdrawn under a later note")
        };
        assert_eq!(
            (
                stale[0].field.as_str(),
                stale[0].now.as_deref(),
                stale[0].by.as_deref()
            ),
            ("progress", Some("800"), Some("李"))
        );
        assert!(
            store
                .history(13)
                .expect("h")
                .iter()
                .all(|c| c.field != "note_withdrawn")
        );
        // Without the later note, the same withdrawal is written and puts the status back.
        let mut store = self::store();
        let ours = store
            .add_note(&note("王", 766.0, Some(Status::InProgress)))
            .expect("ours");
        let done = store.withdraw_note(&withdrawal(ours)).expect("withdraw");
        assert!(matches!(done, Guarded::Done(_)));
        let p = store.pledge(13).expect("p");
        assert_eq!((p.status, p.progress), (Status::Pending, None));
    }

    #[test]
    fn a_withdrawal_is_refused_once_the_status_changed_since() {
        let mut store = store();
        let ours = store
            .add_note(&NewNote {
                pledge: 13,
                on: crate::date::parse("2026-11-28").expect("date"),
                author: "王".into(),
                body: "进展".into(),
                progress: None,
                status: Some(Status::InProgress),
                why: None,
                reported_by: None,
                evidence: None,
            })
            .expect("ours");
        let stalled = Edit {
            status: Some(Status::Stalled),
            ..Edit::default()
        };
        store.edit_pledge(13, &stalled, "李", None).expect("theirs");
        let w = Withdrawal {
            pledge: 13,
            note: ours,
            by: "王".into(),
            status_before: Some(Status::Pending),
        };
        let done = store.withdraw_note(&w).expect("withdraw");
        assert!(
            matches!(&done, Guarded::Stale(s) if s[0].field == "status"),
            "{done:?}"
        );
        assert_eq!(store.pledge(13).expect("p").status, Status::Stalled);
    }
}
