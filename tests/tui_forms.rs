//! The forms, the note editor and help's search drawn on a TestBackend: each field's error
//! under that field in red and not on the status line, and a search highlighted by columns.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use pledge::store::{Seed, Store};
/// The app over the SQLite ledger, as the program runs it.
type App = pledge::tui::app::App<pledge::store::Store>;
use pledge::tui::keys::Action;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn app(size: (u16, u16)) -> App {
    let store = Store::open_in_memory(Seed::Builtin).expect("store");
    let today = pledge::date::parse("2026-11-28").expect("date");
    App::new(store, today, "tester".into(), "ledger.db".into(), size).expect("app")
}

fn draw(app: &App, size: (u16, u16)) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
    terminal
        .draw(|f| pledge::tui::ui::render(app, f))
        .expect("draw");
    terminal
}

fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    (0..area.height)
        .map(|y| (0..area.width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

fn typed(app: &mut App, text: &str) {
    text.chars().for_each(|c| app.apply(Action::Insert(c)));
}

/// The add form saved with an empty title and owner and a day that does not exist.
fn wrong_add_form(app: &mut App) {
    app.apply(Action::Add);
    app.apply(Action::NextField);
    app.apply(Action::NextField);
    typed(app, "2026-02-30");
    app.apply(Action::Save);
}

#[test]
fn each_form_error_is_drawn_in_red_under_its_own_field_and_not_on_the_status_line() {
    for size in SIZES {
        let mut app = app(size);
        wrong_add_form(&mut app);
        let terminal = draw(&app, size);
        insta::assert_snapshot!(
            format!("add_form_errors_{}x{}", size.0, size.1),
            terminal.backend()
        );
        let shown = rows(&terminal);
        let at = |needle: &str| shown.iter().position(|r| r.contains(needle));
        let deadline = at("Deadline ").expect("deadline field");
        let under = &shown[deadline + 1];
        assert!(under.contains("2026-02-30"), "{size:?}: {shown:#?}");
        let title = at("Title ").expect("title field");
        assert!(shown[title + 1].contains("title"), "{size:?}: {shown:#?}");
        let footer = shown[usize::from(size.1) - 2..].join("\n");
        assert!(!footer.contains("2026-02-30"), "said once: {footer}");
        let buffer = terminal.backend().buffer();
        let x = u16::try_from(under.find("deadline").expect("worded")).expect("x");
        let cell = &buffer[(x, u16::try_from(deadline + 1).expect("y"))];
        assert_eq!(cell.fg, Color::Red, "{size:?}");
        // The cursor is in the first wrong field, the title.
        let cursor = terminal.backend().cursor_position();
        assert_eq!(usize::from(cursor.y), title, "{size:?}");
    }
}

#[test]
fn the_note_editor_shows_the_author_and_an_error_under_it() {
    for size in SIZES {
        let mut app = app(size);
        app.apply(Action::NewNote);
        typed(&mut app, "进展");
        (0..3).for_each(|_| app.apply(Action::NextField));
        app.apply(Action::End);
        (0..6).for_each(|_| app.apply(Action::Backspace));
        app.apply(Action::Save);
        let terminal = draw(&app, size);
        insta::assert_snapshot!(
            format!("note_author_error_{}x{}", size.0, size.1),
            terminal.backend()
        );
        let shown = rows(&terminal);
        let by = shown
            .iter()
            .position(|r| r.starts_with("By "))
            .expect("author field");
        assert!(shown[by + 1].contains("author"), "{size:?}: {shown:#?}");
    }
}

#[test]
fn a_help_search_highlights_its_matches_at_their_display_columns() {
    let size = (80, 24);
    let mut app = app(size);
    app.apply(Action::Help);
    app.apply(Action::Search);
    typed(&mut app, "ReDo");
    let terminal = draw(&app, size);
    let shown = rows(&terminal);
    let buffer = terminal.backend().buffer();
    let (y, line) = shown
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, r)| r.contains("redo"))
        .expect("a match on screen");
    let x = u16::try_from(line.find("redo").expect("match")).expect("x");
    let y = u16::try_from(y).expect("y");
    let hit = &buffer[(x, y)];
    assert!(
        hit.bg == Color::Yellow || hit.modifier.contains(Modifier::REVERSED),
        "{hit:?}"
    );
    let before = &buffer[(x - 1, y)];
    assert_eq!(before.bg, Color::Reset, "only the match is marked");
    let prompt = shown.get(usize::from(size.1) - 3).expect("prompt");
    assert!(
        prompt.starts_with("/ReDo") && prompt.contains("match 1 of"),
        "{prompt}"
    );
}
