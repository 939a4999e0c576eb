//! Every screen drawn on a TestBackend with the built-in Chinese pledges, at 80×24 and 120×40,
//! plus the too-small notice; colours and the cursor checked on cells.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/tui.rs"]
mod tui;
use tui::*;

use pledge::store::{Seed, Store};
use pledge::tui::keys::Action;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

/// Snapshots one state at each size; times of day vary between runs and are masked.
fn snapshot(name: &str, setup: impl Fn(&mut App)) {
    for size in SIZES {
        let mut app = app(size);
        setup(&mut app);
        let terminal = draw(&app, size);
        let mut settings = insta::Settings::clone_current();
        settings.add_filter(
            r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}Z?| \([+-]\d{2}:\d{2}\))",
            "[time]",
        );
        settings.bind(|| {
            insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), terminal.backend());
        });
    }
}

#[test]
fn list() {
    snapshot("list", |_| {});
}

#[test]
fn detail_with_target_and_overdue() {
    snapshot("detail_17", |app| {
        select(app, 17);
        app.apply(Action::Open);
    });
}

#[test]
fn detail_with_sub_items_and_a_note() {
    snapshot("detail_1", |app| {
        app.apply(Action::NewNote);
        typed(app, "港大研究院选址已确定。");
        app.apply(Action::Save);
        app.apply(Action::Open);
        app.apply(Action::NextChild);
    });
}

#[test]
fn note_editor() {
    snapshot("note_editor", |app| {
        select(app, 10);
        app.apply(Action::NewNote);
        typed(app, "实验室已挂牌");
        app.apply(Action::Enter);
        typed(app, "a进展");
    });
}

#[test]
fn edit_form() {
    snapshot("edit_form", |app| {
        select(app, 17);
        app.apply(Action::Edit);
        app.apply(Action::NextField);
    });
}

#[test]
fn add_form() {
    snapshot("add_form", |app| app.apply(Action::Add));
}

#[test]
fn status_picker() {
    snapshot("status_pick", |app| app.apply(Action::QuickStatus));
}

#[test]
fn filter_menu() {
    snapshot("filter_menu", |app| {
        app.apply(Action::Filter);
        app.apply(Action::Toggle);
    });
}

#[test]
fn search() {
    snapshot("search", |app| {
        app.apply(Action::Search);
        typed(app, "香港");
    });
}

#[test]
fn help() {
    snapshot("help", |app| app.apply(Action::Help));
}

#[test]
fn confirm_discard() {
    snapshot("confirm", |app| {
        app.apply(Action::NewNote);
        typed(app, "草稿");
        app.apply(Action::Back);
    });
}

#[test]
fn too_small_then_back_keeps_the_state() {
    let mut app = app((80, 24));
    select(&mut app, 4);
    app.apply(Action::NewNote);
    typed(&mut app, "未完");
    app.apply(Action::Resize(20, 5));
    // Keys typed behind the notice do nothing.
    typed(&mut app, "看不见");
    let small = draw(&app, (20, 5));
    insta::assert_snapshot!("too_small_20x5", small.backend());
    app.apply(Action::Resize(80, 24));
    let big = draw(&app, (80, 24));
    let text = format!("{}", big.backend());
    assert!(text.contains("未完") && text.contains("#4"), "{text}");
    assert!(!text.contains("看不见"), "{text}");
    // Nothing panics at the extremes.
    draw(&app, (1, 1));
    draw(&app, (300, 100));
}

/// The screen's text, one string per row.
fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    (0..area.height)
        .map(|y| (0..area.width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

#[test]
fn status_and_due_columns_show_their_longest_values_whole() {
    for size in SIZES {
        let store = Store::open_in_memory(Seed::Builtin).expect("store");
        // Seven years on: #17 (due 2025-12-31) is 2524 days overdue.
        let today = pledge::date::parse("2032-11-28").expect("date");
        let mut app = App::new(store, today, "t".into(), "l.db".into(), size).expect("app");
        app.apply(Action::QuickStatus);
        app.apply(Action::Down);
        app.apply(Action::Enter);
        let shown = rows(&draw(&app, size));
        let row = shown.iter().find(|r| r.contains(" 17 ")).expect("#17");
        assert!(row.contains(" in_progress "), "{size:?}: {row}");
        assert!(row.contains("2524d overdue"), "{size:?}: {row}");
        let head = shown.get(1).expect("headings");
        assert!(head.contains("STATUS") && head.contains("DUE"), "{head}");
    }
}

#[test]
fn the_footer_keeps_help_and_says_where_the_selection_is() {
    for size in SIZES {
        let mut app = app(size);
        // #1 is second in the deadline order (#17 first), its sub-items after it.
        select(&mut app, 1);
        let shown = rows(&draw(&app, size));
        let keys = shown.last().expect("footer");
        assert!(keys.contains(" ? help "), "{size:?}: {keys}");
        assert!(keys.trim_end().ends_with(" 2/20"), "{size:?}: {keys}");
        assert!(!keys.contains("repo "), "no hint is cut: {keys}");
    }
}

#[test]
fn help_opens_on_the_review_keys_and_scrolls_to_its_last_line() {
    for size in SIZES {
        let mut app = app(size);
        app.open_review(huoqiu());
        app.apply(Action::Help);
        let shown = rows(&draw(&app, size));
        let top = shown.get(1).expect("body");
        assert!(top.starts_with("Reviewing a letter "), "{size:?}: {top}");
        app.apply(Action::Bottom);
        let shown = rows(&draw(&app, size));
        let body = shown.len() - 3;
        let last = shown.get(body).expect("last body line");
        assert!(last.starts_with("  n/Esc "), "{size:?}: {shown:#?}");
        app.apply(Action::PageDown);
        assert_eq!(rows(&draw(&app, size)), shown, "{size:?}: past the end");
    }
}

#[test]
fn overdue_rows_are_red_and_marked() {
    let app = app((100, 30));
    let terminal = draw(&app, (100, 30));
    let buffer = terminal.backend().buffer();
    // Row 2 (under the header line and the column headings) is the most overdue pledge, #17.
    let row: String = (0..100)
        .map(|x| buffer[(x, 2)].symbol().to_string())
        .collect();
    assert!(row.starts_with('!') && row.contains("17"), "{row}");
    assert_eq!(buffer[(5, 2)].fg, Color::Red);
    assert!(
        buffer[(5, 2)].modifier.contains(Modifier::REVERSED),
        "selected"
    );
    let next: String = (0..100)
        .map(|x| buffer[(x, 3)].symbol().to_string())
        .collect();
    assert!(!next.starts_with('!'));
    assert_ne!(buffer[(5, 3)].fg, Color::Red);
}

#[test]
fn the_cursor_follows_typed_chinese() {
    let mut app = app((80, 24));
    app.apply(Action::NewNote);
    typed(&mut app, "a进展");
    let mut terminal = draw(&app, (80, 24));
    // The body's box starts on row 2 at column 0; its text at (1, 3).
    let pos = terminal.get_cursor_position().expect("cursor");
    assert_eq!((pos.x, pos.y), (1 + 5, 3));
    app.apply(Action::Left);
    terminal = draw(&app, (80, 24));
    let pos = terminal.get_cursor_position().expect("cursor");
    assert_eq!(pos.x, 1 + 3);
}

#[test]
fn letter_review() {
    // 120 wide: the letter and the drafts side by side; 80: one above the other.
    snapshot("letter_review", |app| app.open_review(huoqiu()));
}

#[test]
fn letter_review_split() {
    snapshot("letter_review_split", |app| {
        app.open_review(huoqiu());
        app.apply(Action::Split);
    });
}

#[test]
fn letter_review_scores() {
    // The first draft scored below the threshold: undecided, marked, its reasons shown.
    snapshot("letter_review_scores", |app| {
        app.open_review(mixed_scores())
    });
}

#[test]
fn letter_review_sorted_by_score() {
    snapshot("letter_review_sorted", |app| {
        app.open_review(mixed_scores());
        app.apply(Action::Sort);
    });
}

#[test]
fn a_doubtful_draft_is_dim_and_an_accepted_one_green() {
    let size = (120, 40);
    let mut app = app(size);
    app.open_review(mixed_scores());
    app.apply(Action::Down); // the chosen row is reversed; look at the first unchosen
    let terminal = draw(&app, size);
    let buffer = terminal.backend().buffer();
    let row_of = |mark: &str, n: &str| {
        (0..size.1)
            .find(|&y| {
                let cells = row_cells(&terminal, y, size.0);
                let text: String = cells.iter().map(|(_, s)| s.as_str()).collect();
                text.contains(&format!("{mark} {n} "))
            })
            .expect("draft row")
    };
    let doubtful = row_of("[?]", "1");
    let x = (0..size.0)
        .find(|&x| buffer[(x, doubtful)].symbol() == "?")
        .expect("mark");
    assert!(buffer[(x, doubtful)].modifier.contains(Modifier::DIM));
    let accepted = row_of("[✓]", "3");
    let x = (0..size.0)
        .find(|&x| buffer[(x, accepted)].symbol() == "✓")
        .expect("mark");
    assert_eq!(buffer[(x, accepted)].fg, Color::Green);
    assert!(!buffer[(x, accepted)].modifier.contains(Modifier::DIM));
}

/// The cells of `row` as text, with the column each character starts at.
fn row_cells(terminal: &Terminal<TestBackend>, y: u16, width: u16) -> Vec<(u16, String)> {
    let buffer = terminal.backend().buffer();
    let mut cells = Vec::new();
    let mut x = 0;
    while x < width {
        let symbol = buffer[(x, y)].symbol().to_string();
        // A wide character covers the next cell too, which holds a blank.
        let w = pledge::text::width(&symbol).max(1);
        cells.push((x, symbol));
        x += u16::try_from(w).unwrap();
    }
    cells
}

#[test]
fn the_chosen_quote_and_the_letter_cursor_are_marked_on_the_letter() {
    let size = (120, 40);
    let mut app = app(size);
    app.open_review(huoqiu());
    let terminal = draw(&app, size);
    // The quote begins "下步,我局": find that row of the letter pane.
    let find = |terminal: &Terminal<TestBackend>, start: &str| {
        (0..size.1)
            .find_map(|y| {
                let cells = row_cells(terminal, y, 66);
                let text: String = cells.iter().map(|(_, s)| s.as_str()).collect();
                let at = text.find(start)?;
                let chars = text[..at].chars().count();
                Some((cells[chars].0, y))
            })
            .expect("on screen")
    };
    let (x, y) = find(&terminal, "下步,我局");
    let cell = &terminal.backend().buffer()[(x, y)];
    assert_eq!(
        (cell.fg, cell.bg),
        (Color::Black, Color::Yellow),
        "chosen quote"
    );
    let (x, y) = find(&terminal, "您在霍邱县");
    assert_eq!(
        terminal.backend().buffer()[(x, y)].bg,
        Color::Reset,
        "not a quote"
    );
    // On the letter side the cursor's sentence is shown reversed; it starts at the quote.
    app.apply(Action::SwitchPane);
    let terminal = draw(&app, size);
    let (x, y) = find(&terminal, "下步,我局");
    let cell = &terminal.backend().buffer()[(x, y)];
    assert!(cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    app.apply(Action::Up);
    let terminal = draw(&app, size);
    let (x, y) = find(&terminal, "下步,我局");
    let cell = &terminal.backend().buffer()[(x, y)];
    assert!(
        !cell.modifier.contains(Modifier::REVERSED),
        "cursor moved up"
    );
}

#[test]
fn the_review_draws_at_every_small_size_without_breaking() {
    let mut app = app((40, 10));
    app.open_review(huoqiu());
    for (w, h) in [(40, 10), (41, 11), (60, 12), (99, 30), (100, 30), (20, 5)] {
        app.apply(Action::Resize(w, h));
        for action in [Action::SwitchPane, Action::Down, Action::Split] {
            app.apply(action);
            let terminal = draw(&app, (w, h));
            let buffer = terminal.backend().buffer();
            let text: String = buffer.content().iter().map(|c| c.symbol()).collect();
            assert!(!text.trim().is_empty(), "{w}×{h}");
            app.apply(Action::Back);
            if matches!(app.screen(), pledge::tui::screen::Screen::Confirm { .. }) {
                app.apply(Action::No);
            }
        }
    }
}

#[test]
fn a_sub_item_is_drawn_under_its_parent_and_names_it_when_the_parent_is_not_listed() {
    let size = (120, 40);
    let mut app = app(size);
    // Without spaces: a wide character's second cell reads as one.
    let text = rows(&draw(&app, size)).join("\n").replace(' ', "");
    let four = text.lines().find(|l| l.contains("5年内培养")).expect(&text);
    assert!(four.contains("└5年内培养"), "{four}");
    // A search #4 matches and its parent #1 does not.
    app.apply(Action::Search);
    typed(&mut app, "高级人才");
    app.apply(Action::Enter);
    assert!(
        app.ids.contains(&4) && !app.ids.contains(&1),
        "{:?}",
        app.ids
    );
    let text = rows(&draw(&app, size)).join("\n").replace(' ', "");
    let four = text.lines().find(|l| l.contains("5年内培养")).expect(&text);
    assert!(
        four.contains("↑#15年内培养") && !four.contains('└'),
        "{four}"
    );
}

#[test]
fn letter_review_letter_side_in_a_batch() {
    // Tab: the letter's side is focused, the footer offers its keys, the title says where the
    // batch stands.
    snapshot("letter_review_letter_side", |app| {
        app.open_review(huoqiu());
        app.place_in_batch(Some((2, 5)));
        app.apply(Action::SwitchPane);
    });
}

#[test]
fn the_footer_and_help_follow_the_focused_side_of_a_review() {
    for size in SIZES {
        let mut app = app(size);
        app.open_review(huoqiu());
        let footer = |app: &App| rows(&draw(app, size)).last().cloned().expect("footer");
        let drafts = footer(&app);
        assert!(drafts.contains("a accept"), "{size:?}: {drafts}");
        app.apply(Action::SwitchPane);
        let letter = footer(&app);
        assert!(
            letter.contains("n add sentence") && !letter.contains("a accept"),
            "{size:?}: {letter}"
        );
        app.apply(Action::Help);
        let shown = rows(&draw(&app, size));
        let top = shown.get(1).expect("body");
        assert!(
            top.starts_with("Reviewing a letter: its text"),
            "{size:?}: {top}"
        );
    }
}
