//! The review's letter side and batches: `n` on a line that is not of the body asks first, the
//! keys (and so the footer and help) follow the focused side, and `Q` stops a batch.

use super::review_tests::{review, reviewing, run};
use super::*;
use crate::tui::keys::{REVIEW, REVIEW_LETTER, Section, action_for};
use crate::tui::screen::review::Pane;
use crate::tui::screen::{OnYes, Screen};

/// Moves the letter's cursor to the first sentence holding `text`.
fn choose(app: &mut super::App<crate::store::Store>, text: &str) {
    let r = review(app);
    let target = r
        .sentences
        .iter()
        .position(|(p, range)| r.import.paragraphs[*p][range.clone()].contains(text))
        .expect("sentence");
    while review(app).cursor < target {
        app.apply(Action::Down);
    }
}

fn asked(app: &super::App<crate::store::Store>) -> Option<OnYes> {
    match app.screens.last() {
        Some(Screen::Confirm { on_yes, .. }) => Some(on_yes.clone()),
        _ => None,
    }
}

#[test]
fn adding_a_heading_or_the_signature_asks_first_and_a_body_sentence_does_not() {
    let mut app = reviewing();
    let before = review(&app).drafts.len();
    run(&mut app, [Action::SwitchPane, Action::Top]);
    choose(&mut app, "二、下一步工作打算");
    app.apply(Action::Add);
    assert_eq!(
        asked(&app),
        Some(OnYes::AddLine),
        "a heading is asked about"
    );
    app.apply(Action::No);
    assert_eq!(review(&app).drafts.len(), before, "no: nothing added");
    assert_eq!(review(&app).pane, Pane::Letter);
    choose(&mut app, "某县交通运输局");
    app.apply(Action::Add);
    assert_eq!(asked(&app), Some(OnYes::AddLine), "the signature too");
    app.apply(Action::Yes);
    let r = review(&app);
    assert_eq!(r.drafts.len(), before + 1, "yes: added");
    assert_eq!(r.drafts[r.selected].draft.quote, "某县交通运输局");
    // A sentence of the body is added at once.
    run(&mut app, [Action::SwitchPane, Action::Top]);
    choose(&mut app, "路长制");
    app.apply(Action::Add);
    assert_eq!(asked(&app), None);
    assert_eq!(review(&app).drafts.len(), before + 2);
}

#[test]
fn the_keys_and_footer_follow_the_focused_side_and_help_opens_at_them() {
    let mut app = reviewing();
    assert_eq!(app.keymap().section, Section::Review);
    app.apply(Action::SwitchPane);
    assert_eq!(app.keymap().section, Section::ReviewLetter);
    let footer: Vec<Action> = app.keymap().hints().map(|b| b.action.clone()).collect();
    assert!(footer.contains(&Action::Add) && footer.contains(&Action::SwitchPane));
    assert!(
        !footer.contains(&Action::Accept) && !footer.contains(&Action::Split),
        "the drafts' keys are not offered on the letter's side"
    );
    let press = |c| crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char(c));
    assert_eq!(
        action_for(&REVIEW_LETTER, press('a')),
        None,
        "nor do they act"
    );
    assert_eq!(action_for(&REVIEW_LETTER, press('n')), Some(Action::Add));
    assert_eq!(action_for(&REVIEW, press('a')), Some(Action::Accept));
    app.apply(Action::SwitchPane);
    assert_eq!(app.keymap().section, Section::Review);
}

#[test]
fn stopping_a_batch_asks_then_quits_saying_so_and_outside_a_batch_it_only_leaves() {
    let mut app = reviewing();
    app.place_in_batch(Some((2, 5)));
    app.apply(Action::StopBatch);
    assert_eq!(asked(&app), Some(OnYes::StopBatch));
    app.apply(Action::No);
    assert!(!app.quit && !app.stop_batch, "no: the review goes on");
    app.apply(Action::StopBatch);
    app.apply(Action::Yes);
    assert!(app.quit && app.stop_batch);
    assert_eq!(app.saved_pledges, 0, "the letter under review is not saved");
    let mut single = reviewing();
    single.apply(Action::StopBatch);
    assert_eq!(
        asked(&single),
        Some(OnYes::DiscardDraft),
        "one letter: leave it"
    );
}

#[test]
fn saving_a_reviewed_letter_counts_its_pledges_for_the_batch_summary() {
    let mut app = reviewing();
    app.place_in_batch(Some((1, 2)));
    app.apply(Action::AcceptAll);
    app.apply(Action::Save);
    assert!(app.saved_letter.is_some());
    assert_eq!(app.saved_pledges, 3);
}
