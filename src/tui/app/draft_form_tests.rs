//! A draft of the letter under review edited in the form: checked by the same field rules as
//! a pledge, kept in the review, and saved as edited.

use super::review_tests::{letters, quotes_of_letter, review, reviewing, run};
use super::tests::field_error;
use super::*;
use crate::tui::screen::review::Decision;
use crate::tui::screen::{FieldKind, Screen};

#[test]
fn an_edited_draft_is_checked_kept_in_the_review_and_saved_as_edited() {
    let mut app = reviewing();
    run(&mut app, [Action::Down, Action::Edit]);
    assert!(matches!(app.screen(), Screen::Form { .. }));
    // Owner, then the deadline: a day that does not exist is refused, naming the field.
    run(&mut app, [Action::NextField, Action::End]);
    run(&mut app, (0..20).map(|_| Action::Backspace));
    run(&mut app, "县公路段".chars().map(Action::Insert));
    run(&mut app, [Action::NextField]);
    run(&mut app, "2026-02-30".chars().map(Action::Insert));
    run(&mut app, [Action::Save]);
    let e = field_error(&app, FieldKind::Deadline).unwrap_or_default();
    assert!(e.contains("deadline") && e.contains("2026-02-30"), "{e}");
    assert!(app.message.is_none(), "said beside the field only");
    assert!(
        matches!(app.screen(), Screen::Form { .. }),
        "the form stays with what was typed"
    );
    run(&mut app, (0..10).map(|_| Action::Backspace));
    run(&mut app, "2026-09-30".chars().map(Action::Insert));
    run(&mut app, [Action::NextField, Action::NextField]);
    run(&mut app, "20".chars().map(Action::Insert));
    run(&mut app, [Action::NextField]);
    run(&mut app, "个".chars().map(Action::Insert));
    run(&mut app, [Action::NextField]);
    run(&mut app, "建成20个养护点".chars().map(Action::Insert));
    run(&mut app, [Action::Save]);
    assert!(matches!(app.screen(), Screen::Review { .. }));
    assert_eq!(
        letters(&app),
        0,
        "nothing is written before the review is saved"
    );
    let d = &review(&app).drafts[1];
    assert_eq!(
        d.decision,
        Decision::Accepted,
        "an edited draft is accepted"
    );
    assert_eq!(d.draft.owner, "县公路段");
    assert_eq!(d.draft.targets[0].text, "建成20个养护点");
    run(
        &mut app,
        [
            Action::Top,
            Action::Reject,
            Action::Down,
            Action::Reject,
            Action::Save,
        ],
    );
    assert!(matches!(app.screen(), Screen::List));
    let p = app.store.pledge(1).expect("pledge");
    assert_eq!(p.owner, "县公路段");
    assert_eq!(
        p.deadline.map(crate::date::format).as_deref(),
        Some("2026-09-30")
    );
    assert_eq!(
        p.target.clone().map(|t| (t.quantity.to_string(), t.unit)),
        Some(("20".into(), Some("个".into())))
    );
    assert_eq!(p.quote.as_deref(), Some(quotes_of_letter()[1]));
    assert_eq!(
        p.target.and_then(|t| t.text).as_deref(),
        Some("建成20个养护点")
    );
}

#[test]
fn a_unit_or_wording_without_a_target_number_is_refused_not_dropped() {
    for (fields, field) in [(5, "unit"), (6, "target wording")] {
        let mut app = reviewing();
        run(&mut app, [Action::Down, Action::Edit]);
        assert!(review(&app).drafts[1].draft.targets.is_empty());
        run(&mut app, (0..fields).map(|_| Action::NextField));
        run(&mut app, "座".chars().map(Action::Insert));
        run(&mut app, [Action::Save]);
        let kind = [FieldKind::Unit, FieldKind::TargetText][fields - 5];
        let e = field_error(&app, kind).unwrap_or_default();
        assert!(e.contains(field), "{field}: {e}");
        assert!(
            matches!(app.screen(), Screen::Form { .. }),
            "the form stays with what was typed"
        );
        assert_eq!(review(&app).drafts[1].decision, Decision::Open);
    }
}

#[test]
fn an_empty_title_is_refused_by_name() {
    let mut app = reviewing();
    run(&mut app, [Action::Edit, Action::End]);
    run(&mut app, (0..60).map(|_| Action::Backspace));
    run(&mut app, [Action::Save]);
    let e = field_error(&app, FieldKind::Title).unwrap_or_default();
    assert!(e.contains("title"), "{e}");
    assert!(matches!(app.screen(), Screen::Form { .. }));
}
