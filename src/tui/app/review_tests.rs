//! Review scripts: a letter's drafts decided, edited, split, merged and added to, then what the
//! ledger holds after saving or leaving.

use super::*;
use crate::letter::import::Import;
use crate::store::{Seed, Store};
use crate::tui::screen::Screen;
use crate::tui::screen::review::{Decision, Pane, Review};

const LETTER: &str = "张三代表:\n您提出的《关于加强农村公路养护的建议》收悉。现答复如下:\n\
    一、工作开展情况\n我局已完成危桥改造12座。\n\
    二、下一步工作打算\n1.加快危桥改造。2026年底前完成剩余8座危桥改造。\n\
    2.完善养护机制。建立县乡村三级路长制,确保每条农村公路有人管。\n\
    3.县公路段将于2027年6月底前完成养护站建设。\n\
    感谢您对交通工作的关心。\n某县交通运输局\n2026年3月1日\n";

fn reviewing() -> App {
    let store = Store::open_in_memory(Seed::Empty).expect("store");
    let today = crate::date::parse("2026-11-28").unwrap_or_default();
    let mut app =
        App::new(store, today, "tester".into(), "test.db".into(), (120, 40)).expect("app");
    app.open_review(Import::from_text(LETTER.into(), "UTF-8".into()));
    app
}

fn review(app: &App) -> &Review {
    app.screens
        .iter()
        .rev()
        .find_map(|s| match s {
            Screen::Review(r) => Some(&**r),
            _ => None,
        })
        .expect("review open")
}

fn quotes(app: &App) -> Vec<String> {
    review(app)
        .drafts
        .iter()
        .map(|d| d.draft.quote.clone())
        .collect()
}

fn run(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        app.apply(a);
    }
}

/// Moves the letter's cursor down to the sentence containing `text`.
fn cursor_to(app: &mut App, text: &str) {
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

fn letters(app: &App) -> usize {
    app.store.letter_refs().expect("letters").len()
}

#[test]
fn the_letters_drafts_open_undecided_with_their_quotes_found_in_the_text() {
    let app = reviewing();
    assert_eq!(quotes(&app), quotes_of_letter());
    let r = review(&app);
    assert!(r.drafts.iter().all(|d| d.decision == Decision::Open));
    assert!(
        r.layout.draft_lines.iter().all(Option::is_some),
        "every quote is marked in the letter"
    );
    assert!(matches!(app.screen(), Screen::Review { .. }));
}

#[test]
fn saving_adds_the_letter_with_only_the_accepted_drafts_in_one_go() {
    let mut app = reviewing();
    run(
        &mut app,
        [Action::Accept, Action::Reject, Action::Toggle, Action::Save],
    );
    assert!(
        matches!(app.screen(), Screen::List),
        "all decided: saved without asking"
    );
    let letter = app.store.letter(1).expect("read").expect("letter saved");
    assert_eq!(letter.body, LETTER);
    assert_eq!(letter.sha256, crate::store::sha256_hex(LETTER));
    assert_eq!(letter.issuer, "某县交通运输局");
    assert_eq!(letter.addressee, "张三代表");
    let saved: Vec<_> = app
        .store
        .pledges(&[1, 2, 3])
        .expect("pledges")
        .into_iter()
        .map(|p| (p.owner, p.deadline.map(crate::date::format), p.letter))
        .collect();
    assert_eq!(
        saved,
        [
            (
                "某县交通运输局".to_string(),
                Some("2026-12-31".to_string()),
                Some(1)
            ),
            (
                "县公路段".to_string(),
                Some("2027-06-30".to_string()),
                Some(1)
            ),
        ],
        "the rejected second draft is not added"
    );
    let said = app.saved_letter.clone().expect("said");
    assert!(said.contains("with 2 pledge(s): #1–#2"), "{said}");
    assert_eq!(app.ids.len(), 2, "the list shows them");
}

#[test]
fn undecided_drafts_are_asked_about_and_the_same_letter_is_not_added_twice() {
    let mut app = reviewing();
    run(&mut app, [Action::Accept, Action::Save]);
    match app.screens.last() {
        Some(Screen::Confirm { question, .. }) => {
            assert!(question.contains("2 draft(s) not decided"), "{question}");
        }
        _ => panic!("expected a question"),
    }
    run(&mut app, [Action::Yes]);
    assert_eq!(letters(&app), 1);
    assert_eq!(app.ids.len(), 1);
    // The same text again: saving is refused, the review stays open, nothing is added.
    app.open_review(Import::from_text(LETTER.into(), "UTF-8".into()));
    run(&mut app, [Action::AcceptAll, Action::Save]);
    let m = app.message.clone().expect("message");
    assert!(m.error && m.text.contains("already in the ledger"), "{m:?}");
    assert!(matches!(app.screen(), Screen::Review { .. }));
    assert_eq!((letters(&app), app.ids.len()), (1, 1));
}

#[test]
fn leaving_asks_first_and_adds_nothing() {
    let mut app = reviewing();
    run(&mut app, [Action::AcceptAll, Action::Back]);
    assert!(matches!(app.screen(), Screen::Confirm { .. }));
    run(&mut app, [Action::No]);
    assert!(
        matches!(app.screen(), Screen::Review { .. }),
        "no: the review stays"
    );
    run(&mut app, [Action::Quit]);
    assert!(matches!(app.screen(), Screen::Confirm { .. }), "q asks too");
    run(&mut app, [Action::No, Action::Back, Action::Yes]);
    assert!(matches!(app.screen(), Screen::List));
    assert_eq!(letters(&app), 0);
    assert_eq!(app.saved_letter, None);
}

#[test]
fn a_split_reads_each_half_again_and_a_merge_joins_them() {
    let mut app = reviewing();
    run(&mut app, [Action::Split]);
    assert!(matches!(app.screen(), Screen::SplitPick { .. }));
    run(&mut app, [Action::Enter]);
    assert_eq!(
        quotes(&app)[..2],
        ["加快危桥改造。", "2026年底前完成剩余8座危桥改造。"]
    );
    let second = &review(&app).drafts[1].draft;
    assert_eq!(
        second.deadline.map(crate::date::format).as_deref(),
        Some("2026-12-31")
    );
    assert_eq!(second.targets[0].unit, "座");
    assert_eq!(
        second.owner, "某县交通运输局",
        "no subject: the draft it came from"
    );
    assert_eq!(review(&app).drafts[0].draft.deadline, None);
    run(&mut app, [Action::Merge]);
    assert_eq!(
        quotes(&app)[0],
        "加快危桥改造。2026年底前完成剩余8座危桥改造。"
    );
    let merged = &review(&app).drafts[0].draft;
    assert_eq!(
        merged.deadline.map(crate::date::format).as_deref(),
        Some("2026-12-31")
    );
    assert_eq!(review(&app).drafts.len(), 3);
    // The last draft has nothing after it to merge with; its quote nothing to split at.
    run(&mut app, [Action::Bottom, Action::Merge]);
    assert_eq!(review(&app).drafts.len(), 3);
    run(&mut app, [Action::Split]);
    assert!(matches!(app.screen(), Screen::Review { .. }));
    let m = app.message.clone().expect("message");
    assert!(m.text.contains("no comma or full stop"), "{m:?}");
    run(
        &mut app,
        [Action::Top, Action::Split, Action::Right, Action::Back],
    );
    assert!(
        matches!(app.screen(), Screen::Review { .. }),
        "Esc leaves the split alone"
    );
    assert_eq!(review(&app).drafts.len(), 3);
}

#[test]
fn a_chosen_sentence_of_the_letter_becomes_an_accepted_draft_in_letter_order() {
    let mut app = reviewing();
    run(&mut app, [Action::Add]);
    assert_eq!(
        review(&app).drafts.len(),
        3,
        "n on the drafts side only explains"
    );
    run(&mut app, [Action::SwitchPane]);
    assert_eq!(review(&app).pane, Pane::Letter);
    cursor_to(&mut app, "路长制");
    run(&mut app, [Action::Add]);
    let r = review(&app);
    assert_eq!(r.drafts.len(), 4);
    let added = &r.drafts[r.selected];
    assert_eq!(r.selected, 2, "after the draft whose quote comes before it");
    assert_eq!(added.decision, Decision::Accepted);
    assert_eq!(
        added.draft.quote,
        "建立县乡村三级路长制,确保每条农村公路有人管。"
    );
    assert_eq!(added.draft.owner, "某县交通运输局");
    assert_eq!(r.pane, Pane::Drafts);
}

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
    let m = app.message.clone().expect("message");
    assert!(
        m.error && m.text.contains("deadline") && m.text.contains("2026-02-30"),
        "{m:?}"
    );
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

fn quotes_of_letter() -> [&'static str; 3] {
    [
        "加快危桥改造。2026年底前完成剩余8座危桥改造。",
        "完善养护机制。建立县乡村三级路长制,确保每条农村公路有人管。",
        "县公路段将于2027年6月底前完成养护站建设。",
    ]
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
        let m = app.message.clone().expect("message");
        assert!(m.error && m.text.contains(field), "{field}: {m:?}");
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
    let m = app.message.clone().expect("message");
    assert!(m.error && m.text.contains("title"), "{m:?}");
    assert!(matches!(app.screen(), Screen::Form { .. }));
}

#[test]
fn the_letter_keeps_the_chosen_draft_or_sentence_in_view_at_any_size() {
    let mut app = reviewing();
    for size in [(120, 40), (80, 24), (40, 10)] {
        app.apply(Action::Resize(size.0, size.1));
        run(&mut app, [Action::Bottom]);
        let r = review(&app);
        let page = Review::page(size);
        let line = r.layout.draft_lines[r.selected].expect("found");
        assert!(
            (r.scroll..r.scroll + page.max(1)).contains(&line),
            "{size:?}: line {line}, scroll {}",
            r.scroll
        );
    }
}

#[test]
fn a_letter_with_nothing_found_can_still_be_given_a_pledge_by_hand() {
    let text = "钱八代表:\n您提出的《关于增设公厕的建议》收悉。\n\
                我局已在中心城区新建公厕6座。市城管局将于2026年底前再建成公厕4座。\n\
                特此答复。\n某市城市管理局\n2026年4月1日\n";
    let store = Store::open_in_memory(Seed::Empty).expect("store");
    let today = crate::date::parse("2026-11-28").unwrap_or_default();
    let mut app = App::new(store, today, "t".into(), "t.db".into(), (100, 30)).expect("app");
    let mut import = Import::from_text(text.into(), "UTF-8".into());
    import.drafts.clear();
    app.open_review(import);
    run(&mut app, [Action::Accept]);
    let m = app.message.clone().expect("message");
    assert!(m.text.contains("no drafts"), "{m:?}");
    // Nothing accepted: saving asks whether to keep the letter alone.
    run(&mut app, [Action::Save]);
    match app.screens.last() {
        Some(Screen::Confirm { question, .. }) => {
            assert!(question.contains("No draft is accepted"), "{question}");
        }
        _ => panic!("expected a question"),
    }
    run(&mut app, [Action::No, Action::SwitchPane]);
    cursor_to(&mut app, "再建成");
    run(&mut app, [Action::Add, Action::Save]);
    assert!(
        matches!(app.screen(), Screen::List),
        "one draft, accepted: saved at once"
    );
    let p = app.store.pledge(1).expect("pledge");
    assert_eq!(p.owner, "市城管局");
    assert_eq!(
        p.deadline.map(crate::date::format).as_deref(),
        Some("2026-12-31")
    );
    assert_eq!(p.target.map(|t| t.quantity.to_string()), Some("4".into()));
}

#[test]
fn the_letter_is_laid_out_again_only_for_a_new_width_or_a_changed_quote() {
    let mut app = reviewing();
    let rows = |app: &App| review(app).layout.rows.as_ptr();
    let before = rows(&app);
    run(
        &mut app,
        [
            Action::Down,
            Action::Accept,
            Action::SwitchPane,
            Action::Down,
        ],
    );
    assert_eq!(rows(&app), before, "moving and deciding keep the layout");
    run(&mut app, [Action::Resize(120, 30)]);
    assert_eq!(rows(&app), before, "a new height keeps it too");
    run(&mut app, [Action::Resize(90, 30)]);
    let narrower = rows(&app);
    assert_ne!(narrower, before, "a new width lays it out again");
    run(&mut app, [Action::SwitchPane, Action::Top, Action::Merge]);
    assert_ne!(rows(&app), narrower, "a merged quote lays it out again");
    assert!(review(&app).layout.draft_lines.iter().all(Option::is_some));
}

#[test]
fn a_review_holds_no_more_drafts_than_one_letter_may_give() {
    use crate::letter::import::MAX_DRAFTS;
    let mut app = reviewing();
    if let Some(Screen::Review(r)) = app.screens.last_mut() {
        let first = r.drafts[0].clone();
        r.drafts.resize(MAX_DRAFTS, first);
    }
    run(&mut app, [Action::SwitchPane, Action::Down, Action::Add]);
    assert_eq!(review(&app).drafts.len(), MAX_DRAFTS);
    let m = app.message.clone().expect("message");
    assert!(
        m.text
            .contains("1001 pledges from one letter; one letter gives at most 1000"),
        "{m:?}"
    );
    run(
        &mut app,
        [
            Action::SwitchPane,
            Action::Top,
            Action::Split,
            Action::Enter,
        ],
    );
    assert_eq!(
        review(&app).drafts.len(),
        MAX_DRAFTS,
        "no split past the bound"
    );
    // One fewer, and a draft can be added again.
    if let Some(Screen::Review(r)) = app.screens.last_mut() {
        r.drafts.pop();
    }
    run(&mut app, [Action::SwitchPane, Action::Add]);
    assert_eq!(review(&app).drafts.len(), MAX_DRAFTS);
}
