//! Review scripts: a letter's drafts decided, edited, split, merged and added to, then what the
//! ledger holds after saving or leaving.

use super::*;
/// The app over the SQLite ledger, as the program runs it.
type App = super::App<Store>;
use crate::letter::import::Import;
use crate::store::{Seed, Store};
use crate::tui::screen::Screen;
use crate::tui::screen::review::{Decision, NotDone, Order, Pane, Review, ReviewDraft};

const LETTER: &str = "张三代表:\n您提出的《关于加强农村公路养护的建议》收悉。现答复如下:\n\
    一、工作开展情况\n我局已完成危桥改造12座。\n\
    二、下一步工作打算\n1.加快危桥改造。2026年底前完成剩余8座危桥改造。\n\
    2.完善养护机制。建立县乡村三级路长制,确保每条农村公路有人管。\n\
    3.县公路段将于2027年6月底前完成养护站建设。\n\
    感谢您对交通工作的关心。\n某县交通运输局\n2026年3月1日\n";

/// The letter's review alone, laid out for a terminal of 120×40: no ledger, no `App`.
fn letter_review() -> Review {
    let mut review = Review::new(Import::from_text(LETTER.into(), "UTF-8".into()));
    review.lay_out((120, 40));
    review
}

fn quotes_of(review: &Review) -> Vec<&str> {
    review
        .drafts
        .iter()
        .map(|d| d.draft.quote.as_str())
        .collect()
}

#[test]
fn a_review_splits_a_draft_at_a_chosen_cut_and_reads_each_half_again() {
    let mut r = letter_review();
    let pick = r.split_pick().expect("a place to cut");
    assert_eq!((pick.draft, pick.at), (0, 0));
    let cut = pick.points[pick.at];
    r.split(0, cut).expect("split");
    assert_eq!(
        quotes_of(&r)[..2],
        ["加快危桥改造。", "2026年底前完成剩余8座危桥改造。"]
    );
    assert!(r.drafts[..2].iter().all(|d| d.decision == Decision::Open));
    assert_eq!(r.drafts[1].draft.targets[0].unit, "座");
    assert_eq!(r.drafts[1].draft.owner, "某县交通运输局");
    r.selected = r.drafts.len() - 1;
    assert_eq!(r.split_pick().map(|_| ()), Err(NotDone::NoSplitPoint));
    assert_eq!(
        r.split(0, 1),
        Err(NotDone::NoSplitPoint),
        "not a char boundary"
    );
}

#[test]
fn a_review_merges_a_draft_with_the_next_keeping_the_later_deadline() {
    let mut r = letter_review();
    let cut = r.split_pick().map(|p| p.points[p.at]).expect("cut");
    r.split(0, cut).expect("split");
    r.drafts[0].decision = Decision::Accepted;
    assert_eq!(r.merge(), Ok(0));
    assert_eq!(
        quotes_of(&r)[0],
        "加快危桥改造。2026年底前完成剩余8座危桥改造。"
    );
    let merged = &r.drafts[0];
    assert_eq!(
        merged.decision,
        Decision::Open,
        "a merged draft is decided again"
    );
    assert_eq!(
        merged.draft.deadline.map(crate::date::format).as_deref(),
        Some("2026-12-31")
    );
    r.selected = r.drafts.len() - 1;
    assert_eq!(r.merge(), Err(NotDone::NoNext));
    assert_eq!(r.drafts.len(), 3);
}

#[test]
fn a_review_adds_the_chosen_sentence_in_the_letters_order_from_its_pane_only() {
    let mut r = letter_review();
    assert_eq!(r.add_from_sentence(false), Err(NotDone::NotInLetter));
    r.switch_pane();
    assert_eq!(r.pane, Pane::Letter);
    r.cursor = r
        .sentences
        .iter()
        .position(|(p, range)| r.import.paragraphs[*p][range.clone()].contains("路长制"))
        .expect("sentence");
    assert_eq!(r.add_from_sentence(false), Ok(2));
    let added = &r.drafts[2];
    assert_eq!(added.decision, Decision::Accepted);
    assert_eq!(
        added.draft.quote,
        "建立县乡村三级路长制,确保每条农村公路有人管。"
    );
    assert_eq!((r.selected, r.pane), (2, Pane::Drafts));
    // The two low-scoring drafts were open; the last one started accepted.
    assert_eq!(r.accept_rest(), 2);
    assert_eq!(r.count(Decision::Open), 0);
}

pub(super) fn reviewing() -> App {
    let store = Store::open_in_memory(Seed::Empty).expect("store");
    let today = crate::date::parse("2026-11-28").unwrap_or_default();
    let mut app =
        App::new(store, today, "tester".into(), "test.db".into(), (120, 40)).expect("app");
    app.open_review(Import::from_text(LETTER.into(), "UTF-8".into()));
    app
}

pub(super) fn review(app: &App) -> &Review {
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

pub(super) fn run(app: &mut App, actions: impl IntoIterator<Item = Action>) {
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

pub(super) fn letters(app: &App) -> usize {
    app.store.letter_refs().expect("letters").len()
}

#[test]
fn the_letters_drafts_open_with_their_quotes_found_and_only_low_scorers_undecided() {
    let app = reviewing();
    assert_eq!(quotes(&app), quotes_of_letter());
    let r = review(&app);
    let scores: Vec<i32> = r.drafts.iter().map(|d| d.draft.score).collect();
    assert_eq!(scores, [4, 3, 6]);
    let decisions: Vec<Decision> = r.drafts.iter().map(|d| d.decision).collect();
    assert_eq!(
        decisions,
        [Decision::Open, Decision::Open, Decision::Accepted],
        "below the threshold a draft starts undecided; at it, accepted"
    );
    let doubtful: Vec<bool> = r.drafts.iter().map(ReviewDraft::doubtful).collect();
    assert_eq!(doubtful, [true, true, false]);
    assert!(
        r.layout.draft_lines.iter().all(Option::is_some),
        "every quote is marked in the letter"
    );
    assert!(matches!(app.screen(), Screen::Review { .. }));
}

#[test]
fn saving_adds_the_letter_with_only_the_accepted_drafts_in_one_go() {
    let mut app = reviewing();
    run(&mut app, [Action::Accept, Action::Reject, Action::Save]);
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
            assert!(question.contains("1 draft(s) not decided"), "{question}");
        }
        _ => panic!("expected a question"),
    }
    run(&mut app, [Action::Yes]);
    assert_eq!(letters(&app), 1);
    assert_eq!(
        app.ids.len(),
        2,
        "the accepted first and the high-scoring last"
    );
    // The same text again: saving is refused, the review stays open, nothing is added.
    app.open_review(Import::from_text(LETTER.into(), "UTF-8".into()));
    run(&mut app, [Action::AcceptAll, Action::Save]);
    let m = app.message.clone().expect("message");
    assert!(m.error && m.text.contains("already in the ledger"), "{m:?}");
    assert!(matches!(app.screen(), Screen::Review { .. }));
    assert_eq!((letters(&app), app.ids.len()), (1, 2));
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

/// The keys reach `Review`'s own split, merge and add (tested above without the app).
#[test]
fn split_merge_and_add_keys_change_the_drafts_and_say_so() {
    let mut app = reviewing();
    run(&mut app, [Action::Split]);
    assert!(matches!(app.screen(), Screen::SplitPick { .. }));
    run(&mut app, [Action::Enter]);
    assert_eq!(review(&app).drafts.len(), 4);
    run(&mut app, [Action::Merge]);
    assert_eq!(review(&app).drafts.len(), 3);
    let m = app.message.clone().expect("message");
    assert!(m.text.contains("drafts 1 and 2 merged"), "{m:?}");
    // The last draft has nothing after it to merge with; its quote nothing to split at.
    run(&mut app, [Action::Bottom, Action::Merge, Action::Split]);
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
    run(&mut app, [Action::Add]);
    assert_eq!(
        review(&app).drafts.len(),
        3,
        "n on the drafts side only explains"
    );
    run(&mut app, [Action::SwitchPane]);
    cursor_to(&mut app, "路长制");
    run(&mut app, [Action::Add]);
    let r = review(&app);
    assert_eq!((r.drafts.len(), r.selected, r.pane), (4, 2, Pane::Drafts));
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

pub(super) fn quotes_of_letter() -> [&'static str; 3] {
    [
        "加快危桥改造。2026年底前完成剩余8座危桥改造。",
        "完善养护机制。建立县乡村三级路长制,确保每条农村公路有人管。",
        "县公路段将于2027年6月底前完成养护站建设。",
    ]
}

#[test]
fn the_sort_key_lists_drafts_by_score_and_back_keeping_the_chosen_one() {
    let mut app = reviewing();
    run(&mut app, [Action::Down]);
    let chosen = review(&app).drafts[1].draft.quote.clone();
    run(&mut app, [Action::Sort]);
    let r = review(&app);
    let scores: Vec<i32> = r.drafts.iter().map(|d| d.draft.score).collect();
    assert_eq!((scores, r.order), (vec![6, 4, 3], Order::Score));
    assert_eq!(r.drafts[r.selected].draft.quote, chosen);
    assert!(
        r.layout.draft_lines.iter().all(Option::is_some),
        "quotes found again"
    );
    let said = app.message.clone().expect("said").text;
    assert!(said.contains("by score"), "{said}");
    run(&mut app, [Action::Sort]);
    assert_eq!(quotes(&app), quotes_of_letter());
    assert_eq!(
        review(&app).drafts[review(&app).selected].draft.quote,
        chosen
    );
}
