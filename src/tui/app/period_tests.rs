//! App scripts of the period report screen: `m` opens this month's report for the list's
//! owner, `[`/`]` go a month back and on (never past today), another writer's note shows when
//! the screen is re-read, a new width lays it out again, and `p` saves it as the report is.

use super::tests::{app_on, run, until_read};
use crate::model::Quantity;
use crate::store::{NewNote, Seed, Store};
use crate::tui::keys::Action;
use crate::tui::screen::Screen;

type App = super::App<Store>;

fn note(pledge: i64, on: &str, body: &str) -> NewNote {
    NewNote {
        pledge,
        on: crate::date::parse(on).expect("date"),
        author: "督查室 王".into(),
        body: body.into(),
        progress: Quantity::new(20.0).ok(),
        status: None,
        why: None,
        reported_by: None,
        evidence: None,
    }
}

fn lines(app: &App) -> Vec<String> {
    match app.screen() {
        Screen::Period(view) => view.lines.clone(),
        _ => panic!("not on the period report"),
    }
}

fn shown(app: &App) -> String {
    lines(app).join("\n")
}

fn ledger_with_notes() -> Store {
    let mut store = Store::open_in_memory(Seed::Builtin).expect("store");
    store
        .add_note(&note(4, "2026-11-20", "已引进高级人才20名"))
        .expect("note");
    store
        .add_note(&note(9, "2026-10-12", "十月已向银行推送企业名单"))
        .expect("note");
    store
}

#[test]
fn m_opens_this_month_and_the_brackets_go_a_month_back_and_on() {
    let mut app = app_on(ledger_with_notes());
    run(&mut app, [Action::Period]);
    let text = shown(&app);
    assert!(
        text.contains("2026-11-01") && text.contains("2026-11-28"),
        "{text}"
    );
    assert!(
        text.contains("已引进高级人才20名"),
        "November's note: {text}"
    );
    assert!(
        !text.contains("十月已向银行"),
        "October's note is not November's"
    );
    run(&mut app, [Action::Left]);
    let october = shown(&app);
    assert!(october.contains("2026-10-01") && october.contains("2026-10-31"));
    assert!(october.contains("十月已向银行"), "{october}");
    run(&mut app, [Action::Right]);
    assert_eq!(shown(&app), text, "back to November");
    // No month after the one today is in.
    run(&mut app, [Action::Right]);
    assert_eq!(shown(&app), text);
    let said = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(said.contains("2026-11-28"), "{said}");
    run(&mut app, [Action::Back]);
    assert!(matches!(app.screen(), Screen::List));
}

#[test]
fn the_screen_shows_what_the_cli_report_prints_at_its_width() {
    crate::messages::lang::with(crate::messages::lang::Lang::Zh, || {
        let mut app = app_on(ledger_with_notes());
        run(&mut app, [Action::Period]);
        let opts = crate::report::period::Options {
            period: crate::report::period::Period {
                from: crate::date::parse("2026-11-01").expect("date"),
                to: crate::date::parse("2026-11-28").expect("date"),
            },
            owners: Vec::new(),
            filter: Default::default(),
        };
        let report = crate::report::period::read(&app.store, "test.db", &opts).expect("report");
        let look = crate::report::Look {
            style: crate::report::TextStyle {
                width: usize::from(app.size.0),
                color: false,
            },
            bom: false,
        };
        let mut cli = Vec::new();
        crate::report::period::write(&report, crate::report::Format::Text, look, &mut cli)
            .expect("text");
        assert_eq!(shown(&app), String::from_utf8_lossy(&cli).trim_end());
        assert!(
            shown(&app).contains("办理进展情况的通报"),
            "{}",
            shown(&app)
        );
        // A new width lays it out again, no line wider than the screen (down to the
        // report's narrowest page, as the overdue report's screen).
        let before = lines(&app);
        run(&mut app, [Action::Resize(84, 24)]);
        assert_ne!(lines(&app), before);
        for l in lines(&app) {
            assert!(crate::text::width(&l) <= 84, "{l}");
        }
    });
}

#[test]
fn the_owner_filter_limits_it_and_another_writers_note_shows_when_re_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ledger.db");
    drop(Store::create(&path, Seed::Builtin, false).expect("ledger"));
    let mut app = app_on(Store::open(&path).expect("ledger"));
    run(&mut app, [Action::Period]);
    // A ledger file's report is read on a thread: the screen opens at once, saying so.
    assert!(matches!(app.screen(), Screen::Period(v) if v.report.is_none()));
    run(&mut app, [Action::SaveReport]);
    assert!(
        matches!(app.screen(), Screen::Period(_)),
        "nothing to save yet"
    );
    until_read(&mut app);
    assert!(!shown(&app).contains("已对接银行"), "nothing yet");
    let mut other = Store::open(&path).expect("ledger");
    other
        .add_note(&note(9, "2026-11-25", "已对接银行10家"))
        .expect("note");
    run(&mut app, [Action::Refresh]);
    // The report shown stays while the new one is read.
    assert!(!lines(&app).is_empty());
    until_read(&mut app);
    assert!(shown(&app).contains("已对接银行"), "{}", shown(&app));
    // Leaving while a month is read goes back at once; nothing waits for it.
    run(&mut app, [Action::Left, Action::Back]);
    assert!(matches!(app.screen(), Screen::List));
    assert!(!app.reading_report());
    // #9 is co-owned by 澳门科技大学: in its report; not in 省商务厅's.
    for (body, has) in [("澳门科技大学", true), ("省商务厅", false)] {
        let mut app = app_on(Store::open(&path).expect("ledger"));
        app.filter_by_body(body).expect("filter");
        run(&mut app, [Action::Period]);
        until_read(&mut app);
        assert_eq!(
            shown(&app).contains("已对接银行"),
            has,
            "{body}: {}",
            shown(&app)
        );
        assert!(shown(&app).contains(body), "the scope names {body}");
    }
}

#[test]
fn p_saves_the_period_report_under_its_dates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_on(ledger_with_notes());
    app.save_dir = dir.path().to_path_buf();
    run(
        &mut app,
        [Action::Period, Action::SaveReport, Action::Enter],
    );
    assert!(matches!(app.screen(), Screen::Period(_)));
    let saved = dir.path().join("period-report-2026-11-01-2026-11-28.txt");
    let text = std::fs::read_to_string(&saved).expect("saved");
    assert!(
        text.contains("已引进高级人才20名") || text.contains("2026-11-20"),
        "{text}"
    );
}

#[test]
fn a_change_made_while_the_month_is_read_is_shown_once_it_has_arrived() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ledger.db");
    drop(Store::create(&path, Seed::Builtin, false).expect("ledger"));
    let mut app = app_on(Store::open(&path).expect("ledger"));
    run(&mut app, [Action::Period]);
    // Written while the first read may still be under way: that read is let finish and the
    // month read again after it (or read again now, had it finished).
    let mut other = Store::open(&path).expect("ledger");
    other
        .add_note(&note(9, "2026-11-26", "读取期间报送的进展"))
        .expect("note");
    run(&mut app, [Action::Refresh]);
    until_read(&mut app);
    assert!(
        shown(&app).contains("读取期间报送的进展"),
        "{}",
        shown(&app)
    );
}
