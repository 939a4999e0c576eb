//! The overdue report: golden files of every format for a fixed ledger, the built-in ledger's
//! facts, options and exit codes, and the TUI screen printing the same report.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pledge::store::Store;
/// The app over the SQLite ledger, as the program runs it.
type App = pledge::tui::app::App<pledge::store::Store>;
use pledge::tui::keys::Action;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "report/chinese.rs"]
mod chinese;
#[path = "report/print.rs"]
mod print;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/report-ledger.json"
);

struct Ledger {
    dir: tempfile::TempDir,
}

impl Ledger {
    /// The fixed ledger of `tests/fixtures`, at `~/ledger.db` with HOME set to a temp folder.
    fn fixture() -> Ledger {
        let l = Ledger::builtin_empty(true);
        let out = l.run(&["import", FIXTURE]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        l
    }

    fn builtin() -> Ledger {
        Ledger::builtin_empty(false)
    }

    fn builtin_empty(empty: bool) -> Ledger {
        let l = Ledger {
            dir: tempfile::tempdir().unwrap(),
        };
        let init: &[&str] = if empty {
            &["init", "--empty"]
        } else {
            &["init"]
        };
        assert!(l.run(init).status.success());
        l
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("ledger.db")
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_in("en", args)
    }

    /// `args` run with `PLEDGE_LANG` set to `lang`.
    fn run_in(&self, lang: &str, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_pledge"))
            .env("PLEDGE_LANG", lang)
            .env("HOME", self.dir.path())
            .env_remove("PLEDGE_DB")
            .env_remove("NO_COLOR")
            .current_dir(self.dir.path())
            .arg("--db")
            .arg(self.db())
            .args(["--today", "2026-11-28"])
            .args(args)
            .output()
            .unwrap()
    }

    fn report(&self, args: &[&str]) -> String {
        self.report_in("en", args)
    }

    /// The report in `lang`, as printed.
    fn report_in(&self, lang: &str, args: &[&str]) -> String {
        let mut all = vec!["report", "overdue"];
        all.extend_from_slice(args);
        let out = self.run_in(lang, &all);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

#[test]
fn golden_text_at_80_and_120_columns() {
    let l = Ledger::fixture();
    for width in ["80", "120"] {
        let text = l.report(&["--width", width]);
        insta::assert_snapshot!(format!("text_{width}"), text);
        let max = width.parse::<usize>().unwrap();
        for line in text.lines() {
            assert!(pledge::text::width(line) <= max, "wider than {max}: {line}");
        }
        assert!(
            !text.contains('\x1b'),
            "no escape codes when not a terminal"
        );
    }
}

#[test]
fn golden_markdown_csv_json_html() {
    let l = Ledger::fixture();
    insta::assert_snapshot!("markdown", l.report(&["--format", "markdown"]));
    insta::assert_snapshot!("csv", l.report(&["--format", "csv"]));
    insta::assert_snapshot!("json", l.report(&["--format", "json"]));
    insta::assert_snapshot!("html", l.report(&["--format", "html"]));
}

#[test]
fn every_table_of_a_report_shares_one_set_of_columns() {
    let l = Ledger::fixture();
    for width in ["80", "120"] {
        let text = l.report(&["--width", width]);
        let headings: Vec<String> = text
            .lines()
            .filter(|l| l.starts_with("  ID"))
            .map(|l| {
                l.replace("LATE", "DAYS")
                    .replace("LEFT", "DAYS")
                    .replace("SINCE", " DAYS")
            })
            .collect();
        assert!(headings.len() >= 4, "{text}");
        assert!(headings.windows(2).all(|w| w[0] == w[1]), "{headings:#?}");
    }
}

#[test]
fn text_from_notes_is_escaped_for_each_format() {
    let l = Ledger::fixture();
    let text = l.report(&["--width", "200"]);
    assert!(text.contains("␛[2J") && !text.contains('\x1b'));
    let html = l.report(&["--format", "html"]);
    assert!(
        html.contains("&lt;3&gt;") && html.contains("&quot;第一批&quot;") && !html.contains("<3>")
    );
    assert!(
        !html.contains("http") && !html.contains("<link") && !html.contains("<script"),
        "self-contained"
    );
    assert!(
        html.contains("@page")
            && html.contains("table-header-group")
            && html.contains("break-inside: avoid")
    );
    assert!(html.contains("counter(page)") && html.contains("<html lang=\"en\">"));
    // Song for the body and Hei for headings, on Windows/WPS, macOS and Linux.
    assert!(html.contains(
        "font-family: \"SimSun\", \"宋体\", \"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", serif;"
    ));
    assert!(html.contains(
        "font-family: \"SimHei\", \"黑体\", \"Heiti SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", sans-serif;"
    ));
    let md = l.report(&["--format", "markdown"]);
    assert!(md.contains("\\|完成") && md.contains("| 10 | 第一批 2 所学校改扩建 \\| 子项 |"));
    let csv = l.report(&["--format", "csv"]);
    assert!(csv.starts_with('\u{feff}'));
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let first = rows.iter().find(|r| &r[2] == "1").unwrap();
    assert!(
        first[14].starts_with("进展：\"第一批\" <3> 所学校|完成, 共 5 所"),
        "{:?}",
        &first[14]
    );
    assert!(
        !l.report(&["--format", "csv", "--no-bom"])
            .starts_with('\u{feff}')
    );
    let json = l.report(&["--format", "json"]);
    assert!(
        json.contains("\\u001b[2J") && !json.contains('\x1b'),
        "JSON escapes the control character"
    );
}

#[test]
fn sections_hold_what_they_should_and_nothing_twice() {
    let l = Ledger::fixture();
    let json: serde_json::Value = serde_json::from_str(&l.report(&["--format", "json"])).unwrap();
    let ids = |key: &str| -> Vec<i64> {
        json[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect()
    };
    // Owners by their most overdue pledge; within an owner, most overdue first.
    assert_eq!(ids("overdue"), [3, 1, 10, 2]);
    assert_eq!(json["overdue"][0]["days_overdue"], 400);
    assert_eq!(ids("due_soon"), [4]);
    assert_eq!(json["due_soon"][0]["days_left"], 12);
    assert_eq!(ids("no_deadline"), [5, 6]);
    assert_eq!(json["no_deadline"][0]["days_since"], 558);
    assert_eq!(json["no_deadline"][1]["days_since"], 200);
    assert_eq!(json["undated_recent"], 1);
    let item = &json["overdue"][1];
    for key in [
        "id",
        "title",
        "owner",
        "deadline",
        "days_overdue",
        "status",
        "progress",
        "target",
        "last_note_on",
        "last_note",
    ] {
        assert!(item.get(key).is_some(), "missing {key}");
    }
    assert_eq!(item["last_note_on"], "2026-10-01");
    // A note dated after the as-of day is not "last heard".
    assert_eq!(json["overdue"][0]["last_note"], serde_json::Value::Null);
    let owner_only = l.report(&["--format", "json", "--owner", "财政", "--owner", "长春"]);
    let json: serde_json::Value = serde_json::from_str(&owner_only).unwrap();
    assert_eq!(json["overdue"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["due_soon"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["no_deadline"].as_array().map(Vec::len), Some(0));
}

#[test]
fn the_builtin_ledger_as_of_2026_11_28() {
    let l = Ledger::builtin();
    let json: serde_json::Value =
        serde_json::from_str(&l.report(&["--format", "json", "--as-of", "2026-11-28"])).unwrap();
    // #17 is overdue, once in the section of each of its three bodies: the lead first.
    let overdue = json["overdue"].as_array().unwrap();
    let rows: Vec<(&str, Option<&str>)> = overdue
        .iter()
        .map(|i| (i["owner"].as_str().unwrap(), i["role"].as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("省委金融办", None),
            ("吉林省科学技术厅", Some("co_owner")),
            ("省商务厅", Some("co_owner"))
        ]
    );
    assert!(
        overdue
            .iter()
            .all(|i| i["id"] == 17 && i["days_overdue"] == 332)
    );
    let mut seen: Vec<i64> = Vec::new();
    for k in ["overdue", "due_soon", "no_deadline"] {
        let mut ids: Vec<i64> = json[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert!(
            ids.iter().all(|id| !seen.contains(id)),
            "no pledge in two sections"
        );
        seen.extend(ids);
    }
    seen.sort_unstable();
    // Every open pledge is overdue (#17), dated in the future (#4, 2030), or undated and silent.
    let mut expected: Vec<i64> = (1..=20).filter(|id| *id != 4).collect();
    expected.sort_unstable();
    assert_eq!(seen, expected);
}

#[test]
fn the_header_names_only_the_letters_of_the_pledges_listed() {
    let l = Ledger::builtin();
    let huoqiu = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/letters/huoqiu-cgj-reply-2023-07-31.txt"
    );
    assert!(l.run(&["import-letter", huoqiu, "--yes"]).status.success());
    // The letters' titles, which no pledge's row repeats.
    let (jilin, other) = ("大湾区科技", "老城区改造");
    let both = l.report(&[]);
    assert!(both.contains(jilin) && both.contains(other), "{both}");
    for format in ["text", "markdown", "html", "json"] {
        let one = l.report(&["--format", format, "--owner", "霍邱"]);
        assert!(one.contains(other), "{format}: {one}");
        assert!(!one.contains(jilin), "{format}: {one}");
        let one = l.report(&["--format", format, "--owner", "吉林"]);
        assert!(
            one.contains(jilin) && !one.contains(other),
            "{format}: {one}"
        );
    }
    let json: serde_json::Value =
        serde_json::from_str(&l.report(&["--format", "json", "--owner", "霍邱"])).unwrap();
    assert_eq!(json["letters"].as_array().unwrap().len(), 1);
    // Nothing listed (its one pledge, undated, has recent progress): no letter named, and
    // not said to be entered by hand.
    assert!(l.run(&["note", "6", "进展顺利"]).status.success());
    let none = l.report(&["--owner", "中车长客"]);
    assert!(none.contains("Letters: none (no pledge listed)"), "{none}");
    // The TUI's report of a search names the letters of what it found.
    let mut app = app_on(&l.db(), (100, 40));
    app.apply(Action::Search);
    "背街小巷"
        .chars()
        .for_each(|c| app.apply(Action::Insert(c)));
    app.apply(Action::Enter);
    open_report(&mut app);
    let Some(pledge::tui::screen::Screen::Report(view)) = app.screens.last() else {
        panic!("no report screen")
    };
    let text = app.report_lines(view).join("\n");
    assert!(text.contains(other) && !text.contains(jilin), "{text}");
}

#[test]
fn fail_if_overdue_sets_exit_code_3() {
    let l = Ledger::builtin();
    let out = l.run(&["report", "overdue", "--fail-if-overdue"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(!out.stdout.is_empty(), "the report is still printed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 pledge is overdue"));
    let out = l.run(&[
        "report",
        "overdue",
        "--fail-if-overdue",
        "--as-of",
        "2025-06-01",
    ]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn output_files_are_written_whole_and_bad_options_refused() {
    let l = Ledger::builtin();
    let out = l.run(&["report", "overdue", "-o", "report.html", "--format", "html"]);
    assert!(out.status.success());
    let html = std::fs::read_to_string(l.dir.path().join("report.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    let out = l.run(&["report", "overdue", "-o", "missing/report.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    let leftovers: Vec<_> = std::fs::read_dir(l.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    for (args, says) in [
        (&["--width", "30"][..], "--width"),
        (&["--format", "pdf"], "possible values"),
        (&["--as-of", "2025-13-01"], "--as-of"),
        (&["--stale-days", "-1"], "--stale-days"),
        (&["--within", "x"], "--within"),
    ] {
        let mut all = vec!["report", "overdue"];
        all.extend_from_slice(args);
        let out = l.run(&all);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{args:?}"
        );
    }
}

fn app_on(db: &Path, size: (u16, u16)) -> App {
    let store = Store::open(db).unwrap();
    let today = pledge::date::parse("2026-11-28").unwrap();
    App::new(store, today, "tester".into(), "~/ledger.db".into(), size).unwrap()
}

/// Opens the report screen and waits, as the loop does, for its report read on a thread of
/// its own (a ledger file is read there), with a deadline.
fn open_report(app: &mut App) {
    app.apply(Action::Report);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while app.reading_report() {
        assert!(
            std::time::Instant::now() < deadline,
            "the report never came"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
        app.apply(Action::Reported);
    }
}

#[test]
fn the_tui_report_screen_is_the_cli_report() {
    let l = Ledger::fixture();
    let mut app = app_on(&l.db(), (100, 60));
    open_report(&mut app);
    let mut terminal = Terminal::new(TestBackend::new(100, 60)).unwrap();
    terminal.draw(|f| pledge::tui::ui::render(&app, f)).unwrap();
    let buffer = terminal.backend().buffer();
    let screen: Vec<String> = (1..57)
        .map(|y| {
            let mut line = String::new();
            let mut skip = 0;
            for x in 0..100 {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let sym = buffer[(x, y)].symbol();
                skip = pledge::text::width(sym).saturating_sub(1);
                line.push_str(sym);
            }
            line.trim_end().to_string()
        })
        .collect();
    let cli = l.report(&["--width", "100"]);
    for (n, (shown, printed)) in screen.iter().zip(cli.lines()).enumerate() {
        assert_eq!(shown, printed, "line {n}");
    }

    // p saves it, in text by default, named after the as-of day, never over an earlier one.
    app.save_dir = l.dir.path().to_path_buf();
    app.apply(Action::SaveReport);
    app.apply(Action::Enter);
    let saved =
        std::fs::read_to_string(l.dir.path().join("overdue-report-2026-11-28.txt")).unwrap();
    assert_eq!(saved, cli);
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains("overdue-report-2026-11-28.txt")
    );
    app.apply(Action::SaveReport);
    app.apply(Action::Right);
    app.apply(Action::Enter);
    assert!(l.dir.path().join("overdue-report-2026-11-28.md").exists());
    app.apply(Action::SaveReport);
    app.apply(Action::Enter);
    assert!(
        l.dir
            .path()
            .join("overdue-report-2026-11-28-2.txt")
            .exists()
    );
}

#[test]
fn the_tui_report_follows_the_list_filter() {
    let l = Ledger::fixture();
    let mut app = app_on(&l.db(), (100, 40));
    app.apply(Action::Search);
    "财政".chars().for_each(|c| app.apply(Action::Insert(c)));
    app.apply(Action::Enter);
    open_report(&mut app);
    let lines = match app.screens.last() {
        Some(pledge::tui::screen::Screen::Report(view)) => app.report_lines(view),
        _ => panic!("no report screen"),
    };
    let text = lines.join("\n");
    assert!(
        text.contains("1. OVERDUE: 1 pledge") && text.contains("吉林省财政厅"),
        "{text}"
    );
    assert!(text.contains("Scope:   matching \"财政\""));
}
