//! `pledge report scorecard`: golden files of the fixture's scorecard (text in Chinese and
//! English, JSON, CSV, Markdown, HTML with its stacked bars), the rule at another grace, and
//! `--letter` / `--member`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/bulletin.rs"]
mod bulletin;
#[path = "support/cli.rs"]
mod cli;

fn card(db: &std::path::Path, lang: &str, more: &[&str]) -> String {
    let mut args = vec!["report", "scorecard"];
    args.extend_from_slice(more);
    bulletin::run_in(db, lang, &args)
}

#[test]
fn golden_scorecards() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    let zh = card(&db, "zh", &["--width", "100"]);
    assert!(zh.lines().all(|l| pledge::text::width(l) <= 100), "{zh}");
    insta::assert_snapshot!("scorecard_text_zh", zh);
    insta::assert_snapshot!("scorecard_text_en", card(&db, "en", &["--width", "80"]));
    insta::assert_snapshot!("scorecard_json", card(&db, "en", &["--format", "json"]));
    insta::assert_snapshot!("scorecard_csv_zh", card(&db, "zh", &["--format", "csv"]));
    insta::assert_snapshot!(
        "scorecard_markdown_en",
        card(&db, "en", &["--format", "markdown"])
    );
    insta::assert_snapshot!("scorecard_html_zh", card(&db, "zh", &["--format", "html"]));
}

#[test]
fn the_grace_decides_when_late_is_broken_and_letters_narrow_the_count() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    let json = |more: &[&str]| -> serde_json::Value {
        let mut args = vec!["--format", "json"];
        args.extend_from_slice(more);
        serde_json::from_str(&card(&db, "en", &args)).unwrap()
    };
    let all = json(&[]);
    assert_eq!(all["broken_after_days"], 90);
    // 8 dropped; 1 (100 days late) and 11 (332) past the grace; 10 (27) and 2 (10) not yet.
    let broken: Vec<i64> = all["broken"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_i64().unwrap())
        .collect();
    assert_eq!(broken, [1, 8, 11]);
    assert_eq!(all["overall"]["total"], 11);
    assert_eq!(all["overall"]["kept"], 1);
    assert_eq!(all["overall"]["partly_kept"], 1);
    let strict = json(&["--broken-after", "0"]);
    assert_eq!(strict["overall"]["broken"], 5);
    let one = json(&["--letter", "2"]);
    assert_eq!(one["letters"].as_array().unwrap().len(), 1);
    assert_eq!(one["overall"]["total"], 4);
    assert_eq!(one["scope"], "letter #2");
    let member = json(&["--member", "王某某"]);
    assert_eq!(member["letters"][0]["letter_id"], 1);
    assert_eq!(member["overall"]["total"], 6);
    assert_eq!(
        json(&[]),
        serde_json::from_str::<serde_json::Value>(&card(&db, "zh", &["--format", "json"])).unwrap()
    );
    let unknown = cli::pledge(&db, &["report", "scorecard", "--letter", "9"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("\"9\""));
    let both = cli::pledge(
        &db,
        &["report", "scorecard", "--letter", "1", "--member", "王"],
    );
    assert_eq!(both.status.code(), Some(2));
}
