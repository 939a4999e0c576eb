//! The dashboard drawn on a TestBackend over the built-in pledges with a few notes, in Chinese
//! at 80×24 and 120×40 and in English at 80×24: every row fits the terminal, the bodies'
//! names and categories line up in display columns, the pace marks are coloured, and the
//! app-script tests go from the dashboard to a body's list and to a gauge's pledge.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/tui.rs"]
mod tui;
use tui::*;

use pledge::ledger::Ledger;
use pledge::messages::lang::{self, Lang};
use pledge::model::{Quantity, Status};
use pledge::store::{Edit, NewNote, Seed, Store};
use pledge::tui::keys::Action;
use pledge::tui::screen::Screen;
use ratatui::style::Color;

fn note(pledge: i64, on: &str, progress: Option<f64>) -> NewNote {
    NewNote {
        pledge,
        on: pledge::date::parse(on).expect("date"),
        author: "督办室 王".into(),
        body: "已报送本月进展".into(),
        progress: progress.map(|p| Quantity::new(p).expect("quantity")),
        status: None,
        why: None,
        reported_by: None,
        evidence: None,
    }
}

/// The built-in ledger as of 2026-11-28 with notes over the year: 20 of the 100 senior
/// talents reported (behind pace), 12 of the 30 listed companies, one pledge done.
fn dashboard_app(size: (u16, u16)) -> App {
    let mut store = Store::open_in_memory(Seed::Builtin).expect("store");
    for (pledge, on, progress) in [
        (4, "2026-11-28", Some(20.0)),
        (17, "2026-10-15", Some(12.0)),
        (13, "2026-06-30", Some(400.0)),
        (1, "2026-03-02", None),
        (1, "2026-09-01", None),
        (12, "2026-09-20", None),
        (14, "2026-11-03", None),
    ] {
        store.add_note(&note(pledge, on, progress)).expect("note");
    }
    let done = Edit {
        status: Some(Status::Done),
        ..Edit::default()
    };
    store
        .edit_pledge(8, &done, "王", Some("会议已召开"))
        .expect("done");
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

fn shown(
    lang: Lang,
    size: (u16, u16),
    actions: &[Action],
) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    lang::with(lang, || {
        let mut app = dashboard_app(size);
        run(&mut app, [Action::Dashboard]);
        run(&mut app, actions.iter().cloned());
        draw(&app, size)
    })
}

fn fits(name: &str, terminal: &ratatui::Terminal<ratatui::backend::TestBackend>, cols: u16) {
    for (y, row) in shown_rows(terminal).iter().enumerate() {
        let w = pledge::text::width(row);
        assert!(w <= usize::from(cols), "{name} row {y}: {row}");
    }
}

#[test]
fn dashboard_in_chinese_at_both_sizes() {
    for size in SIZES {
        let terminal = shown(Lang::Zh, size, &[]);
        fits("dashboard_zh", &terminal, size.0);
        insta::assert_snapshot!(
            format!("dashboard_zh_{}x{}", size.0, size.1),
            terminal.backend()
        );
    }
}

#[test]
fn dashboard_in_english() {
    let size = (80, 24);
    let terminal = shown(Lang::En, size, &[]);
    fits("dashboard", &terminal, size.0);
    insta::assert_snapshot!("dashboard_80x24", terminal.backend());
}

#[test]
fn dashboard_gauges_in_focus() {
    let size = (120, 40);
    let terminal = shown(Lang::Zh, size, &[Action::SwitchPane, Action::Down]);
    fits("dashboard_gauges_zh", &terminal, size.0);
    insta::assert_snapshot!("dashboard_gauges_zh_120x40", terminal.backend());
}
