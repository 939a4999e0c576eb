//! Every screen drawn in Chinese on a TestBackend at 80×24 and 120×40. The language is the
//! thread's own (`lang::with`), so the app is made and drawn inside it. Besides the snapshot,
//! each screen is measured in display columns: no row is wider than the terminal, and a
//! footer that has a help hint keeps it (`?`, or F1 where `?` is typed).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/tui.rs"]
mod tui;
use tui::*;

use pledge::messages::lang::{self, Lang};
use pledge::tui::keys::Action;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The footer's help hint as the screen's key table writes it (`? 帮助`, or `F1 帮助` where
/// `?` is typed), when the screen has one in its footer.
fn help_hint(app: &App) -> Option<String> {
    use pledge::messages::tui::keys;
    let b = app.keymap().hints().find(|b| b.action == Action::Help)?;
    Some(format!(" {} {} ", keys::keys(b.keys), keys::hint(b.label)))
}

/// The checks every Chinese screen passes, in display columns.
fn measured(name: &str, terminal: &Terminal<TestBackend>, size: (u16, u16), help: Option<&str>) {
    let shown = shown_rows(terminal);
    for (y, row) in shown.iter().enumerate() {
        let w = pledge::text::width(row);
        assert!(
            w <= usize::from(size.0),
            "{name} {size:?} row {y} is {w} columns: {row}"
        );
    }
    if let Some(help) = help {
        let footer = shown.last().expect("footer");
        assert!(footer.contains(help), "{name} {size:?}: {footer}");
    }
}

/// Snapshots one state at each size, in Chinese; times of day are masked.
fn snapshot(name: &str, setup: impl Fn(&mut App)) {
    for size in SIZES {
        let (terminal, help) = lang::with(Lang::Zh, || {
            let mut app = app(size);
            setup(&mut app);
            (draw(&app, size), help_hint(&app))
        });
        measured(name, &terminal, size, help.as_deref());
        let mut settings = insta::Settings::clone_current();
        settings.add_filter(
            r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}Z?| \([+-]\d{2}:\d{2}\))",
            "[time]",
        );
        settings.bind(|| {
            insta::assert_snapshot!(
                format!("{name}_zh_{}x{}", size.0, size.1),
                terminal.backend()
            );
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
fn add_form_with_errors() {
    snapshot("add_form_errors", |app| {
        app.apply(Action::Add);
        app.apply(Action::NextField);
        app.apply(Action::NextField);
        typed(app, "2026-02-30");
        app.apply(Action::Save);
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
fn status_picker() {
    snapshot("status_pick", |app| app.apply(Action::QuickStatus));
}

#[test]
fn status_reason_refused_when_blank() {
    snapshot("status_reason", |app| {
        select(app, 6);
        app.apply(Action::QuickStatus);
        (0..3).for_each(|_| app.apply(Action::Down));
        app.apply(Action::Enter);
        typed(app, "   ");
        app.apply(Action::Save);
    });
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
fn report() {
    snapshot("report", |app| app.apply(Action::Report));
}

#[test]
fn save_prompt() {
    snapshot("save_prompt", |app| {
        app.apply(Action::Report);
        app.apply(Action::SaveReport);
    });
}

#[test]
fn letter_review() {
    snapshot("letter_review", |app| app.open_review(huoqiu()));
}

#[test]
fn letter_review_scores() {
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
fn letter_review_split() {
    snapshot("letter_review_split", |app| {
        app.open_review(huoqiu());
        app.apply(Action::Split);
    });
}

#[test]
fn too_small() {
    let small = lang::with(Lang::Zh, || {
        let mut app = app((80, 24));
        app.apply(Action::Resize(30, 8));
        draw(&app, (30, 8))
    });
    measured("too_small", &small, (30, 8), None);
    insta::assert_snapshot!("too_small_zh_30x8", small.backend());
}
