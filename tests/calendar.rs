//! `pledge calendar`: the golden file of the fixture's calendar, RFC 5545's line rules, UIDs
//! that stay the same across runs, edits and an export imported elsewhere, and `--owner`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/bulletin.rs"]
mod bulletin;
#[path = "support/cli.rs"]
mod cli;

use cli::{pledge, stdout};

/// The calendar's lines, each checked to end in CRLF and to hold at most 75 octets.
fn lines(ics: &str) -> Vec<&str> {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    let body = ics.strip_suffix("\r\n").unwrap();
    assert!(!body.replace("\r\n", "").contains('\n'), "a bare LF");
    assert!(!body.contains('\x1b'), "no escape reaches the file");
    let lines: Vec<&str> = body.split("\r\n").collect();
    for l in &lines {
        assert!(l.len() <= 75, "{} octets: {l}", l.len());
    }
    lines
}

/// The calendar's content lines unfolded (RFC 5545 §3.1).
fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn golden_calendar_of_the_fixture() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    let ics = stdout(&pledge(&db, &["calendar"]));
    lines(&ics);
    insta::assert_snapshot!("calendar_en", ics.replace("\r\n", "\n"));
    let zh = bulletin::run_in(&db, "zh", &["calendar"]);
    lines(&zh);
    insta::assert_snapshot!("calendar_zh", zh.replace("\r\n", "\n"));
}

#[test]
fn every_open_pledge_with_a_deadline_is_one_all_day_event() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    let ics = stdout(&pledge(&db, &["calendar"]));
    let all = unfolded(&ics);
    let uids: Vec<&str> = all
        .iter()
        .filter_map(|l| l.strip_prefix("UID:pledge-"))
        .map(|l| l.split('@').next().unwrap())
        .collect();
    // Open with a deadline, in deadline order; 4 (done), 8 (dropped) and 5 (no deadline) are not.
    assert_eq!(uids, ["11", "1", "10", "2", "9", "6", "3", "7"]);
    assert_eq!(all.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 8);
    // The deadline's day, ending the next (the first day of a month, across a year's end).
    assert!(all.contains(&"DTSTART;VALUE=DATE:20251231".to_string()));
    assert!(all.contains(&"DTEND;VALUE=DATE:20260101".to_string()));
    // The title with , ; and \ escaped; the quote's line break as \n.
    assert!(
        all.contains(&"SUMMARY:开放实验室资源\\, 供研学\\; 试点\\\\一批".to_string()),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|l| l.contains("Quote: 开放实验室\\;\\n组织研学"))
    );
    assert!(
        all.iter()
            .all(|l| !l.starts_with("DTSTAMP:") || l.ends_with('Z'))
    );
}

#[test]
fn uids_stay_across_runs_edits_and_an_export_imported_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    let uids = |db: &std::path::Path| -> Vec<String> {
        unfolded(&stdout(&pledge(db, &["calendar"])))
            .into_iter()
            .filter(|l| l.starts_with("UID:"))
            .collect()
    };
    let before = uids(&db);
    stdout(&pledge(
        &db,
        &["note", "2", "已提交审议", "--on", "2026-11-27"],
    ));
    stdout(&pledge(&db, &["set", "2", "--title", "印发编制核定办法"]));
    assert_eq!(uids(&db), before);
    let export = stdout(&pledge(&db, &["export"]));
    let file = dir.path().join("export.json");
    std::fs::write(&file, export).unwrap();
    let other = dir.path().join("other.db");
    stdout(&pledge(&other, &["init", "--empty"]));
    stdout(&pledge(&other, &["import", file.to_str().unwrap()]));
    assert_eq!(uids(&other), before, "the same ledger, moved");
    // A ledger made apart names its pledges otherwise.
    let apart = dir.path().join("apart");
    std::fs::create_dir(&apart).unwrap();
    let builtin = cli::ledger_in(&apart);
    let theirs = uids(&builtin);
    assert!(!theirs.is_empty());
    let ours_at = before[0].split('@').nth(1).unwrap();
    assert!(theirs.iter().all(|u| !u.ends_with(ours_at)));
}

#[test]
fn owner_picks_a_bodys_pledges_and_output_goes_to_a_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = bulletin::ledger_in(dir.path());
    let file = dir.path().join("省科研院.ics");
    let out = pledge(
        &db,
        &[
            "calendar",
            "--owner",
            "省科研院",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("1 event written to"), "{said}");
    let ics = std::fs::read_to_string(&file).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    assert!(
        unfolded(&ics)
            .iter()
            .any(|l| l.starts_with("UID:pledge-7@"))
    );
    // The ledger itself is never the output.
    let out = pledge(&db, &["calendar", "-o", db.to_str().unwrap()]);
    assert!(!out.status.success());
    let out = pledge(&db, &["calendar", "--owner", "无此单位"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("无此单位"));
}
