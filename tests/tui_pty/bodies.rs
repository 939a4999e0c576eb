//! The bodies and letters screens and the typed owner filter, in the real binary.

use super::session::*;

#[test]
fn bodies_letters_and_the_owner_field_from_the_keyboard() {
    let (_dir, db) = ledger();
    let mut s = Session::start(&db);
    s.wait_for("TITLE");
    s.send(b"b");
    s.wait_for("bodies, the most overdue first");
    s.send(b"\r");
    s.wait_for("13 pledges that 吉林省科学技术厅 leads or co-owns");
    // The owner field: typed Chinese, Tab completes, Enter applies the body.
    s.send(b"\x1b");
    s.wait_for("filter: all");
    s.send(b"f");
    s.wait_for("Overdue only");
    s.send(b"jj");
    s.wait_for("Tab complete");
    s.send("长春理".as_bytes());
    s.wait_for("长春理工大学");
    s.send(b"\t\r");
    s.wait_for("owner=长春理工大学");
    s.send(b"\x1b");
    s.wait_for("filter: all");
    s.send(b"L");
    s.wait_for("1 letter");
    s.send(b"\r");
    s.wait_for("quotes marked");
    s.send(b"\t");
    s.wait_for("Quote 1 of");
    s.send(b"\r");
    s.wait_for("History");
    s.send(b"\x1b");
    s.wait_for("Quote 1 of");
    // Alone, not as Alt-f: the Escape has been read once the letter is back.
    s.send(b"f");
    s.wait_for("letter=1");
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}
