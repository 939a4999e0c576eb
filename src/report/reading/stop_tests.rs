//! A report read left behind is stopped: the query under way by SQLite's interrupt on the
//! reading connection, and the steps after it by the flag they look at.

use std::cell::Cell;
use std::time::{Duration, Instant};

use super::super::{Options, build_unless, rows};
use super::Reading;
use crate::error::command::Refusal;
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::store::{NewPledge, Seed, Store};

fn ledger(dir: &std::path::Path, n: usize) -> Result<Store> {
    let mut store = Store::create(&dir.join("l.db"), Seed::Builtin, false)?;
    for i in 0..n {
        let owner = ["吉林省科学技术厅", "吉林省教育厅", "长春市人民政府"][i % 3];
        let new = NewPledge {
            title: format!("第{i}项：推进氧化镓功率器件实验室建设"),
            owner: owner.into(),
            deadline: crate::date::parse("2026-01-31").ok(),
            ..NewPledge::default()
        };
        store.add_pledge(&new, "王")?;
    }
    Ok(store)
}

fn opts() -> Options {
    Options::new(crate::date::parse("2026-11-28").expect("date"))
}

fn tempdir() -> Result<tempfile::TempDir> {
    tempfile::tempdir().map_err(|e| Error::io(crate::error::Doing::Read, e))
}

#[test]
fn the_interrupt_ends_the_pass_over_the_pledges_under_way() -> Result<()> {
    let dir = tempdir()?;
    let store = ledger(dir.path(), 300)?;
    let reader = store.reader().expect("a file has a reader");
    let interrupt = reader.interrupter();
    let opts = opts();
    let q = rows::query(&opts);
    let mut all = 0;
    reader.open_pledges(&q, |_| all += 1)?;
    assert!(all >= 300, "{all}");
    let mut seen = 0;
    let read = reader.open_pledges(&q, |_| {
        seen += 1;
        if seen == 1 {
            interrupt.interrupt();
        }
    });
    assert!(read.is_err(), "the pass ran on to the end");
    assert!(seen < all, "{seen} of {all} rows");
    // The connection reads on as before once the interrupted query has ended.
    let mut again = 0;
    reader.open_pledges(&q, |_| again += 1)?;
    assert_eq!(again, all);
    Ok(())
}

#[test]
fn a_stop_between_steps_keeps_the_next_step_from_starting() -> Result<()> {
    let dir = tempdir()?;
    let store = ledger(dir.path(), 30)?;
    // Asked before the read, after the first pass, and before each group: stop at the first
    // group, then at the start.
    for at in [3, 2, 1] {
        let asked = Cell::new(0);
        let stopped = || {
            asked.set(asked.get() + 1);
            asked.get() >= at
        };
        let read = build_unless(&store, "l.db", &opts(), &stopped);
        assert!(
            matches!(read, Err(Error::Command(Refusal::ReportReadingStopped))),
            "stopped at ask {at}: {read:?}"
        );
        assert_eq!(asked.get(), at, "nothing read after the stop");
    }
    assert!(build_unless(&store, "l.db", &opts(), &|| false).is_ok());
    Ok(())
}

#[test]
fn a_reading_stopped_says_so_and_its_thread_ends() -> Result<()> {
    let dir = tempdir()?;
    let store = ledger(dir.path(), 300)?;
    let reader = store.reader().expect("a file has a reader");
    let reading = Reading::start(reader, "l.db".into(), opts(), 10).expect("a thread");
    reading.stop();
    let deadline = Instant::now() + Duration::from_secs(20);
    let read = loop {
        if let Some(read) = reading.whole() {
            break read;
        }
        assert!(Instant::now() < deadline, "the thread never ended");
        std::thread::sleep(Duration::from_millis(2));
    };
    assert_eq!(
        read,
        Err(crate::messages::report::reading_stopped().to_string())
    );
    // The thread sent that and ended: nothing more will come, and the channel is closed.
    assert!(matches!(
        reading.answer.recv_timeout(Duration::from_secs(20)),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected)
    ));
    Ok(())
}
