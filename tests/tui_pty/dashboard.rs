//! The dashboard in the real binary: opened with `d` over a ledger with a reported number,
//! its pace mark read off the terminal, Tab to the gauges, Enter into a pledge and back, and
//! Enter on a body to its list.

use super::session::*;
use std::process::Command;

#[test]
fn the_dashboard_from_the_keyboard_behind_pace_into_a_pledge_and_to_a_bodys_list() {
    let (_dir, db) = ledger();
    let out = Command::new(BIN)
        .env("PLEDGE_LANG", "en")
        .arg("--db")
        .arg(&db)
        .args(["--today", "2026-11-28", "note", "4", "已引进高级人才20名"])
        .args([
            "--on",
            "2026-11-28",
            "--progress",
            "20",
            "--author",
            "香港大学",
        ])
        .output()
        .expect("note");
    assert!(out.status.success(), "{out:?}");
    let mut s = Session::start(&db);
    s.wait_for("TITLE");
    s.send(b"d");
    s.wait_for("without a note for over 90 days");
    s.wait_for("behind by 10.6");
    s.wait_for("Tab to the targets");
    s.send(b"\t");
    s.wait_for("Tab to the bodies");
    s.send(b"j\r");
    s.wait_for("History");
    s.wait_for("已引进高级人才20名");
    s.send(b"\x1b");
    s.wait_for("open pledges with a target and a deadline");
    s.send(b"\t");
    s.wait_for("Tab to the targets");
    s.send(b"\r");
    s.wait_for("13 pledges that 吉林省科学技术厅 leads or co-owns");
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}
