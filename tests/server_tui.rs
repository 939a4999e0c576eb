//! The full-screen view on a server ledger, in pseudo-terminals: two desks' views and four
//! writers at once on one ledger. Each view shows what the others save without `R` (the
//! server's notices), a note saved in one view is saved once with the desk's role as author,
//! and a view whose connection is cut while a note is being written saves it once when asked.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing
#[path = "support/cli.rs"]
mod cli;
#[path = "support/pg.rs"]
mod pg;
#[path = "tui_pty/session.rs"]
#[allow(dead_code)] // the harness of every pty test: not all of it is used here
mod session;

use std::path::Path;

use session::Session;

fn count(url: &str, sql: &str) -> String {
    pg::try_psql(url, sql).expect("counted")
}

#[test]
fn two_views_and_four_writers_on_one_server_ledger_lose_nothing_and_see_each_other() {
    let Some(url) = pg::database("tui") else {
        return;
    };
    cli::stdout(&cli::pledge(Path::new(&url), &["init"]));
    let db = Path::new(&url);
    let mut a = Session::start(db);
    let mut b = Session::start(db);
    for s in [&a, &b] {
        s.wait_for("TITLE");
        s.wait_for("20 open");
        s.wait_for("pledge · t0_tui ·");
    }

    // Four writers, 20 notes each, on pledges 1 to 8, while both views are open.
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let url = url.clone();
            std::thread::spawn(move || {
                for i in 0..20 {
                    let pledge = (w * 2 + i % 2 + 1).to_string();
                    let body = format!("第{w}组第{i}条");
                    let out = cli::pledge(
                        Path::new(&url),
                        &["note", &pledge, &body, "--on", "2026-11-20"],
                    );
                    assert!(out.status.success(), "{out:?}");
                }
            })
        })
        .collect();

    // Meanwhile desk A writes a note on pledge 10 through its form.
    a.send(b"/");
    a.send("氧化镓".as_bytes());
    a.wait_for_listed("search=\"氧化镓\"");
    a.send(b"\r");
    a.send(b"n");
    a.wait_for("What was reported");
    a.send("实验室已挂牌".as_bytes());
    a.send(b"\x13");
    a.wait_for("saved");
    for w in writers {
        w.join().expect("writer");
    }
    assert_eq!(
        count(&url, "SELECT count(*) FROM note"),
        "81",
        "nothing lost"
    );
    assert_eq!(
        count(
            &url,
            "SELECT count(*) FROM note WHERE body = '实验室已挂牌'"
        ),
        "1"
    );
    let role = count(&url, "SELECT current_user");
    assert_eq!(
        count(&url, "SELECT author FROM note WHERE body = '实验室已挂牌'"),
        role,
        "the author is the role the view signed in as"
    );

    // Desk B, untouched, shows the writers' notes and A's without `R`: the last-note days.
    b.wait_for("2026-11-20");
    b.wait_for("2026-11-28");

    // A's connection is cut while its next note is being written: saving it reconnects
    // and saves it once.
    a.send(b"n");
    a.wait_for("What was reported");
    a.send("断线后保存".as_bytes());
    pg::try_psql(
        &url,
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
         WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .expect("cut");
    a.send(b"\x13");
    a.wait_for("saved");
    assert_eq!(
        count(&url, "SELECT count(*) FROM note WHERE body = '断线后保存'"),
        "1",
        "saved once"
    );
    // B, cut too, makes its connection again and goes on showing what others save.
    let later = cli::pledge(
        Path::new(&url),
        &["note", "12", "积分评价已开展", "--on", "2026-11-25"],
    );
    assert!(later.status.success(), "{later:?}");
    b.wait_for("2026-11-25");
    for s in [&mut a, &mut b] {
        s.send(b"q");
        let status = s.wait_exit();
        assert!(status.success(), "{status:?}");
        s.assert_restored();
    }
}
