//! `pledge report period`: golden files of the fixture's November 2026 up to the 28th (text in Chinese and
//! English, JSON, and the other formats), what each part holds, and the refusals of a period
//! that runs backwards or past today.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/bulletin.rs"]
mod bulletin;
#[path = "support/cli.rs"]
mod cli;

/// November up to today (2026-11-28 in these helpers).
const NOVEMBER: [&str; 4] = ["report", "period", "--from", "2026-11-01"];

fn report(db: &std::path::Path, lang: &str, more: &[&str]) -> String {
    let mut args = NOVEMBER.to_vec();
    args.extend_from_slice(more);
    bulletin::run_in(db, lang, &args)
}

#[test]
fn golden_period_reports() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    let zh = report(&db, "zh", &["--width", "100"]);
    let en = report(&db, "en", &["--width", "100"]);
    for text in [&zh, &en] {
        assert!(
            text.lines().all(|l| pledge::text::width(l) <= 100),
            "{text}"
        );
        assert!(!text.contains('\x1b'));
    }
    insta::assert_snapshot!("period_text_zh", zh);
    insta::assert_snapshot!("period_text_en", en);
    insta::assert_snapshot!("period_json", report(&db, "en", &["--format", "json"]));
    insta::assert_snapshot!(
        "period_markdown_zh",
        report(&db, "zh", &["--format", "markdown"])
    );
    insta::assert_snapshot!("period_csv_zh", report(&db, "zh", &["--format", "csv"]));
    insta::assert_snapshot!("period_html_zh", report(&db, "zh", &["--format", "html"]));
}

#[test]
fn each_part_holds_what_happened_in_the_period_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    let json: serde_json::Value =
        serde_json::from_str(&report(&db, "en", &["--format", "json"])).unwrap();
    let ids = |part: &str| -> Vec<(String, i64)> {
        json[part]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| {
                let body = g["body"].as_str().unwrap().to_string();
                g["entries"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(move |e| (body.clone(), e["id"].as_i64().unwrap()))
            })
            .collect()
    };
    let just = |part: &str| -> Vec<i64> { ids(part).into_iter().map(|(_, id)| id).collect() };
    // Notes of 10-31 and 12-01 are outside; pledge 10's one note was withdrawn; pledge 7 is
    // under its lead and its co-owner.
    assert_eq!(just("progressed"), [1, 4, 7, 7]);
    assert!(ids("progressed").contains(&("省科研院".to_string(), 7)));
    // Done by a note in the period; the drop (8) and the partial of October (5) are not.
    assert_eq!(just("completed"), [4]);
    // Overdue from 11-02 and 11-19; 9 is due on the 30th, 11 and 1 were late before.
    assert_eq!(just("fell_overdue"), [10, 2]);
    assert_eq!(just("extended"), [9, 3]);
    let three = &json["extended"][1]["entries"][0];
    assert_eq!(three["deadline_was"], "2026-06-30");
    assert_eq!(three["deadline"], "2027-06-30");
    assert_eq!(json["pledges"]["progressed"], 3, "pledge 7 counted once");
    // The same bytes in either language.
    assert_eq!(
        report(&db, "en", &["--format", "json"]),
        report(&db, "zh", &["--format", "json"])
    );
}

#[test]
fn owner_keeps_a_bodys_groups_and_a_period_outside_the_rules_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    let json: serde_json::Value = serde_json::from_str(&report(
        &db,
        "en",
        &["--format", "json", "--owner", "教育厅"],
    ))
    .unwrap();
    for part in ["progressed", "completed", "fell_overdue", "extended"] {
        for g in json[part].as_array().unwrap() {
            assert_eq!(g["body"], "吉林省教育厅", "{part}");
        }
    }
    assert_eq!(json["scope"], "owner contains 教育厅");
    let backwards = cli::pledge(
        &db,
        &[
            "report",
            "period",
            "--from",
            "2026-11-20",
            "--to",
            "2026-11-01",
        ],
    );
    assert_eq!(backwards.status.code(), Some(2));
    let said = String::from_utf8_lossy(&backwards.stderr);
    assert!(
        said.contains("--to 2026-11-01") && said.contains("--from 2026-11-20"),
        "{said}"
    );
    // --today is 2026-11-28 in these helpers.
    let ahead = cli::pledge(
        &db,
        &[
            "report",
            "period",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
        ],
    );
    assert_eq!(ahead.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&ahead.stderr).contains("after today (2026-11-28)"));
    let bad = cli::pledge(&db, &["report", "period", "--from", "2026-02-30"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("2026-02-30"));
}
