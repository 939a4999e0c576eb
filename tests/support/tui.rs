//! The full-screen view on a TestBackend, for the test files that include this one: the app
//! over the built-in ledger as of 2026-11-28, drawn at a size, and driven by actions.
// Each test file uses its own share of these helpers.
#![allow(dead_code)]

use pledge::store::{Seed, Store};
use pledge::tui::keys::Action;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The app over the SQLite ledger, as the program runs it.
pub type App = pledge::tui::app::App<pledge::store::Store>;

pub const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

pub fn app(size: (u16, u16)) -> App {
    let store = Store::open_in_memory(Seed::Builtin).expect("store");
    let today = pledge::date::parse("2026-11-28").expect("date");
    App::new(
        store,
        today,
        "tester".into(),
        "~/.local/share/pledge/ledger.db".into(),
        size,
    )
    .expect("app")
}

pub fn draw(app: &App, size: (u16, u16)) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
    terminal
        .draw(|f| pledge::tui::ui::render(app, f))
        .expect("draw");
    terminal
}

pub fn run(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    actions.into_iter().for_each(|a| app.apply(a));
}

pub fn select(app: &mut App, id: i64) {
    let at = app.ids.iter().position(|&i| i == id).expect("on the list");
    while app.selected < at {
        app.apply(Action::Down);
    }
}

pub fn typed(app: &mut App, text: &str) {
    text.chars().for_each(|c| app.apply(Action::Insert(c)));
}

/// Each row as its characters, a wide character's second cell left out, so that the row's
/// display width is what the terminal would take to show it.
pub fn shown_rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < area.width {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += u16::try_from(pledge::text::width(symbol).max(1)).expect("a cell's width");
            }
            row
        })
        .collect()
}

/// The Huoqiu letter, the review screen's fixture.
pub fn huoqiu() -> pledge::letter::import::Import {
    let path = std::path::Path::new("tests/fixtures/letters/huoqiu-cgj-reply-2023-07-31.txt");
    pledge::letter::import::Import::read(path).expect("letter")
}

/// A short letter whose drafts score differently: two below the acceptance threshold.
#[allow(dead_code)] // not every file of tests reviews it
pub fn mixed_scores() -> pledge::letter::import::Import {
    let text = "张三代表:\n您提出的《关于加强农村公路养护的建议》收悉。现答复如下:\n\
        一、工作开展情况\n我局已完成危桥改造12座。\n\
        二、下一步工作打算\n1.加快危桥改造。2026年底前完成剩余8座危桥改造。\n\
        2.完善养护机制。建立县乡村三级路长制,确保每条农村公路有人管。\n\
        3.县公路段将于2027年6月底前完成养护站建设。\n\
        感谢您对交通工作的关心。\n某县交通运输局\n2026年3月1日\n";
    pledge::letter::import::Import::from_text(text.into(), "UTF-8".into())
}
