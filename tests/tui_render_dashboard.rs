//! The dashboard drawn on a TestBackend over the built-in pledges with a few notes, in Chinese
//! at 80×24 and 120×40 and in English at 80×24: every row fits the terminal, the bodies'
//! names and categories line up in display columns, the pace marks are coloured, and the
//! app-script tests go from the dashboard to a body's list and to a gauge's pledge; and the
//! period report screen (`m`) over the same ledger.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/tui.rs"]
mod tui;
use tui::*;

use pledge::messages::lang::{self, Lang};
use pledge::model::{Quantity, Status};
use pledge::store::{Edit, NewNote, Seed, Store};
use pledge::tui::keys::Action;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

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
/// talents reported (behind pace), 12 of the 30 listed companies (past the deadline), 8 of
/// the 10 research teams, now due by 2027-05-19 (on pace), and two pledges done.
fn dashboard_app(size: (u16, u16)) -> App {
    let mut store = Store::open_in_memory(Seed::Builtin).expect("store");
    let due = Edit {
        deadline: Some(pledge::date::parse("2027-05-19").ok()),
        ..Edit::default()
    };
    store
        .edit_pledge(2, &due, "王", Some("港大确认引进时限"))
        .expect("deadline");
    for (pledge, on, progress) in [
        (2, "2026-11-10", Some(8.0)),
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
    for (id, why) in [(8, "会议已召开"), (10, "重点实验室已获批建设")] {
        store.edit_pledge(id, &done, "王", Some(why)).expect("done");
    }
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

fn shown(lang: Lang, size: (u16, u16), actions: &[Action]) -> Terminal<TestBackend> {
    lang::with(lang, || {
        let mut app = dashboard_app(size);
        run(&mut app, [Action::Dashboard]);
        run(&mut app, actions.iter().cloned());
        draw(&app, size)
    })
}

fn fits(name: &str, terminal: &Terminal<TestBackend>, cols: u16) {
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

/// The cells of the row that holds `text`, from where it starts.
fn find(terminal: &Terminal<TestBackend>, text: &str) -> (u16, u16) {
    let rows = shown_rows(terminal);
    let y = rows
        .iter()
        .position(|r| r.contains(text))
        .unwrap_or_else(|| panic!("{text:?} is not on screen:\n{}", rows.join("\n")));
    let row = &rows[y];
    let before = &row[..row.find(text).unwrap_or(0)];
    let x = pledge::text::width(before);
    (u16::try_from(x).unwrap(), u16::try_from(y).unwrap())
}

#[test]
fn behind_is_red_on_pace_green_and_the_chosen_rows_are_reversed() {
    let size = (120, 40);
    let terminal = shown(
        Lang::Zh,
        size,
        &[Action::Down, Action::SwitchPane, Action::Down],
    );
    let buffer = terminal.backend().buffer();
    let (x, y) = find(&terminal, "滞后 差10.6");
    assert_eq!(buffer[(x, y)].fg, Color::Red);
    let (x, y) = find(&terminal, "按期");
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    // The second gauge is chosen and its pane has the keys: its title is reversed.
    let (x, y) = find(&terminal, "2 香港大学");
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x, y) = find(&terminal, "▸ 有数量目标");
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    // The chosen body is bold while the other pane has the keys.
    let (x, y) = find(&terminal, "省商务厅");
    assert!(buffer[(x, y)].modifier.contains(Modifier::BOLD));
    assert!(!buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    // Bars are drawn in their category's colour.
    let (x, y) = find(&terminal, "已完成 1");
    assert_eq!(buffer[(x, y)].fg, Color::Green);
}

#[test]
fn each_bodys_categories_line_up_in_display_columns() {
    for (lang, size) in [
        (Lang::Zh, (80, 24)),
        (Lang::Zh, (120, 40)),
        (Lang::En, (80, 24)),
    ] {
        let terminal = shown(lang, size, &[]);
        let rows = shown_rows(&terminal);
        let words = lang::with(lang, pledge::messages::tui::dashboard::categories);
        let mut ends = Vec::new();
        for row in &rows {
            for w in words {
                let spaced = format!(" {w} ");
                let Some(at) = row.find(&spaced) else {
                    continue;
                };
                // A bar's label: its count follows.
                if row[at + spaced.len()..].starts_with(|c: char| c.is_ascii_digit()) {
                    ends.push(pledge::text::width(&row[..at]) + 1 + pledge::text::width(w));
                }
            }
        }
        assert!(ends.len() >= 9, "{lang:?} {size:?}: {rows:#?}");
        assert!(
            ends.windows(2).all(|w| w[0] == w[1]),
            "{lang:?} {size:?}: {ends:?}"
        );
    }
}

#[test]
fn the_least_size_draws_within_it_and_smaller_shows_the_notice() {
    for size in [(40, 10), (41, 12), (99, 15)] {
        let terminal = shown(Lang::Zh, size, &[Action::SwitchPane, Action::Bottom]);
        fits("dashboard tiny", &terminal, size.0);
        let rows = shown_rows(&terminal);
        assert!(rows[1].starts_with("督办看板"), "{size:?}: {rows:#?}");
    }
    let terminal = shown(Lang::Zh, (20, 5), &[]);
    let rows = shown_rows(&terminal).concat();
    assert!(rows.contains("窗口太小"), "{rows}");
}

#[test]
fn escape_sequences_in_names_titles_and_units_are_drawn_inert() {
    use pledge::model::Target;
    use pledge::store::NewPledge;
    let mut store = Store::open_in_memory(Seed::Empty).expect("store");
    let new = NewPledge {
        title: "培训\u{1b}[2J人才\u{9b}31m".into(),
        owner: "省\u{1b}]52;c;QUFBQQ==\u{7}人社厅".into(),
        deadline: pledge::date::parse("2027-12-31").ok(),
        deadline_text: None,
        status: None,
        target: Some(Target {
            quantity: Quantity::new(40.0).expect("quantity"),
            unit: Some("名\u{1b}[5m".into()),
            text: None,
        }),
        quote: None,
        parent: None,
        letter: None,
    };
    store.add_pledge(&new, "王").expect("pledge");
    let today = pledge::date::parse("2026-11-28").expect("date");
    let size = (120, 40);
    let mut app = App::new(store, today, "t".into(), "l.db".into(), size).expect("app");
    run(&mut app, [Action::Dashboard]);
    let terminal = draw(&app, size);
    let rows = shown_rows(&terminal);
    let all = rows.concat();
    assert!(!all.chars().any(char::is_control), "{rows:#?}");
    assert!(all.contains("人社厅") && all.contains("人才"), "{rows:#?}");
}

/// The period report screen over the same ledger: this month, then October.
fn period_shown(lang: Lang, size: (u16, u16), actions: &[Action]) -> Terminal<TestBackend> {
    lang::with(lang, || {
        let mut app = dashboard_app(size);
        run(&mut app, [Action::Period]);
        run(&mut app, actions.iter().cloned());
        draw(&app, size)
    })
}

#[test]
fn period_report_in_chinese_at_both_sizes_and_a_month_back() {
    for size in SIZES {
        let terminal = period_shown(Lang::Zh, size, &[]);
        fits("period_zh", &terminal, size.0);
        let rows = shown_rows(&terminal).join("\n");
        assert!(
            rows.contains("2026-11-01") && rows.contains("上月"),
            "{rows}"
        );
        insta::assert_snapshot!(
            format!("period_zh_{}x{}", size.0, size.1),
            terminal.backend()
        );
    }
    let october = period_shown(Lang::En, (80, 24), &[Action::Left]);
    fits("period_october", &october, 80);
    let rows = shown_rows(&october).join("\n");
    assert!(rows.contains("2026-10-01 to 2026-10-31"), "{rows}");
    insta::assert_snapshot!("period_october_80x24", october.backend());
}
