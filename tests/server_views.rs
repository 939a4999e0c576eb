//! What a server ledger offers besides its records: another desk's commits seen without a
//! query (LISTEN/NOTIFY), a read stopped from another thread, lists read on a view of their
//! own, a check of every record, and a backup into a ledger file. Runs against a private
//! cluster (tests/support/pg.rs).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing
#[path = "support/pg.rs"]
mod pg;

use std::time::{Duration, Instant};

use pledge::ledger::{Dump, Interrupt, Lister, Lists, Records};
use pledge::server::{Address, Server};
use pledge::store::{Filter, NewNote, Sort, Store};

fn server(test: &str) -> Option<(String, Address, Server)> {
    let url = pg::database(test)?;
    let address = Address::parse(&url).expect("address");
    let mut server = Server::create(&address).expect("created");
    server.seed_builtin().expect("seeded");
    Some((url, address, server))
}

fn note(pledge: i64, body: &str) -> NewNote {
    NewNote::new(
        pledge,
        pledge::date::parse("2026-11-20").expect("day"),
        "王",
        body,
    )
}

/// Waits up to a few seconds for `done`, polling.
fn within(what: &str, mut done: impl FnMut() -> bool) {
    let until = Instant::now() + Duration::from_secs(5);
    while !done() {
        assert!(Instant::now() < until, "{what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn another_desks_commit_is_seen_and_ones_own_is_not() {
    let Some((_, address, mut mine)) = server("changes") else {
        return;
    };
    let mut other = Server::open(&address).expect("other desk");
    let start = mine.changes().expect("changes");
    mine.add_note(&note(1, "自己写的")).expect("own note");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(mine.changes().expect("changes"), start, "one's own write");
    other
        .add_note(&note(2, "别的科室写的"))
        .expect("other's note");
    within("the other desk's note is seen", || {
        mine.changes().expect("changes") > start
    });
    let seen = mine.changes().expect("changes");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(mine.changes().expect("changes"), seen, "nothing more");
}

#[test]
fn a_read_is_stopped_from_another_thread() {
    let Some((url, _, server)) = server("cancel") else {
        return;
    };
    let view = server.view().expect("view");
    let cancel = view.cancel();
    // Another session holds the table: the view's read waits for it (up to the lock
    // timeout, 5 s) until stopped.
    let mut holder = postgres::Client::connect(&url, postgres::NoTls).expect("holder");
    let mut held = holder.transaction().expect("transaction");
    held.batch_execute("LOCK TABLE pledge IN ACCESS EXCLUSIVE MODE")
        .expect("locked");
    let started = Instant::now();
    let reading = std::thread::spawn(move || view.list(&Filter::default(), Sort::Id));
    std::thread::sleep(Duration::from_millis(300));
    cancel.interrupt();
    let read = reading.join().expect("thread");
    let took = started.elapsed();
    assert!(read.is_err(), "stopped, not finished: {read:?}");
    assert!(
        took < Duration::from_secs(3),
        "stopped at once, not at the lock timeout: {took:?}"
    );
    held.rollback().expect("released");
    // Stopping an idle connection stops nothing that comes after.
    let idle = server.view().expect("view");
    idle.cancel().interrupt();
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(
        idle.list(&Filter::default(), Sort::Id).expect("read").len(),
        20
    );
}

#[test]
fn a_view_reads_lists_on_a_thread_of_its_own_and_writes_nothing() {
    let Some((_, _, mut server)) = server("lister") else {
        return;
    };
    let view = server.view().expect("view");
    assert!(view.pledges(&[1]).is_ok(), "a view reads the same ledger");
    let search = Filter {
        search: Some("港".into()),
        ..Filter::default()
    };
    let expected = server.listed(&search, Sort::Id).expect("listed");
    assert!(!expected.ids.is_empty());
    let cancel = view.cancel();
    let lists = pledge::store::Lists::over(view, cancel).expect("lister");
    assert!(lists.ask(1, &search, Sort::Id));
    let mut answer = None;
    within("an answer", || {
        answer = lists.answer();
        answer.is_some()
    });
    let answer = answer.expect("answer");
    assert_eq!((answer.ask, answer.listed), (1, Ok(expected)));
    let mut view = server.view().expect("view");
    let refused = view.add_note(&note(1, "不应写入"));
    assert!(refused.is_err(), "a view is read-only: {refused:?}");
    assert_eq!(server.notes(1).expect("notes"), vec![]);
    server.add_note(&note(1, "写入")).expect("the desk writes");
}

#[test]
fn a_server_ledger_checks_sound_and_backs_up_into_a_new_file() {
    let Some((_, _, mut server)) = server("backup") else {
        return;
    };
    server.add_note(&note(4, "首批人才入选")).expect("note");
    server.check_all().expect("sound");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("backup.db");
    server.backup_to(&file).expect("backed up");
    let store = Store::open(&file).expect("a ledger file");
    assert_eq!(store.counts().expect("counts"), (1, 20, 1));
    assert_eq!(store.notes(4).expect("notes")[0].body, "首批人才入选");
    assert_eq!(
        store.identity().expect("identity"),
        server.identity().expect("identity"),
        "the same ledger, its secret kept"
    );
    let again = server.backup_to(&file);
    assert!(again.is_err(), "never over a file");
    assert_eq!(
        Store::open(&file).expect("kept").counts().expect("counts"),
        (1, 20, 1)
    );
}
