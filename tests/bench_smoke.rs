//! The benchmark's own code, run at a small size so CI keeps it working. No timings are
//! checked here: speed lives in `cargo bench --bench scale`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "../benches/scale/generate.rs"]
mod generate;
#[path = "../benches/scale/measure.rs"]
mod measure;

use std::path::Path;

#[test]
fn the_benchmark_generates_a_ledger_and_measures_every_path() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    generate::ledger(&db, 300, 2026).unwrap();
    let store = pledge::store::Store::open(&db).unwrap();
    let (_, pledges, notes) = store.counts().unwrap();
    assert_eq!(pledges, 300);
    assert!(
        (600..=1200).contains(&notes),
        "about 3 notes a pledge: {notes}"
    );
    drop(store);
    let bin = Path::new(env!("CARGO_BIN_EXE_pledge"));
    let db_arg = db.display().to_string();
    let sample = measure::process(bin, &["--db", &db_arg, "list", "--overdue"], &[]).unwrap();
    assert!(sample.peak_kib.is_some_and(|k| k > 0) && sample.time > std::time::Duration::ZERO);
    assert!(
        measure::process(bin, &["--db", &db_arg, "show", "99999"], &[]).is_err(),
        "failures are reported"
    );
    // The export written to a file, imported into a new ledger: every row arrives.
    let file = dir.path().join("export.json");
    let export = measure::process_to(bin, &["--db", &db_arg, "export"], &file).unwrap();
    assert!(export.peak_kib.is_some());
    let copy = dir.path().join("copy.db").display().to_string();
    measure::process(bin, &["--db", &copy, "init", "--empty"], &[]).unwrap();
    let file_arg = file.display().to_string();
    measure::process(bin, &["--db", &copy, "import", &file_arg], &[]).unwrap();
    let copied = pledge::store::Store::open(Path::new(&copy)).unwrap();
    assert_eq!(copied.counts().unwrap(), (0, 300, notes));
    let frame = measure::tui_first_frame(bin, &db).unwrap();
    assert!(frame.peak_kib.is_some() && frame.time > std::time::Duration::ZERO);
    let (moves, search) = measure::keystrokes(&db, 1).unwrap();
    assert!(moves > std::time::Duration::ZERO && search > std::time::Duration::ZERO);
    let (open, page) = measure::dashboard(&db, 1).unwrap();
    assert!(open > std::time::Duration::ZERO && page > std::time::Duration::ZERO);
}

#[test]
fn the_generator_is_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    generate::ledger(&a, 50, 7).unwrap();
    generate::ledger(&b, 50, 7).unwrap();
    let export = |p: &Path| pledge::store::Store::open(p).unwrap().export().unwrap();
    let (mut x, mut y) = (export(&a), export(&b));
    for n in x.notes.iter_mut().chain(y.notes.iter_mut()) {
        n.written_at.clear();
    }
    // Each ledger makes its own secret.
    assert_ne!(x.identity, y.identity);
    (x.identity, y.identity) = (None, None);
    assert_eq!(x, y);
}

#[path = "../benches/scale/tui_session.rs"]
mod tui_session;

#[test]
fn the_benchmark_times_the_tui_in_a_pseudo_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    generate::ledger(&db, 300, 2026).unwrap();
    let store = pledge::store::Store::open(&db).unwrap();
    let (matches, total) = tui_session::search_counts(&store, tui_session::SEARCH).unwrap();
    drop(store);
    let bin = Path::new(env!("CARGO_BIN_EXE_pledge"));
    let f = tui_session::figures(bin, &db, tui_session::SEARCH, matches, total).unwrap();
    assert!(f.search_echo <= f.search_result, "{f:?}");
    let zero = std::time::Duration::ZERO;
    let times = [
        f.first_frame,
        f.key_move,
        f.report_first,
        f.report_open,
        f.report_whole,
        f.back_to_list,
        f.back_while_reading,
    ];
    for t in times {
        assert!(t > zero, "{f:?}");
    }
    assert!(f.report_first <= f.report_open, "{f:?}");
    assert!(f.report_open <= f.report_whole, "{f:?}");
    // The report's two first passes run on the generated ledger.
    let (counts, pass) = tui_session::report_passes(&db, 1).unwrap();
    assert!(counts > zero && pass > zero, "{counts:?} {pass:?}");
}

#[path = "support/pg.rs"]
mod pg;
#[path = "../benches/scale/server.rs"]
mod server;

#[test]
fn the_benchmark_measures_the_ledger_on_a_server() {
    let Some(url) = pg::database("bench_smoke") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    generate::ledger(&db, 300, 2026).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_pledge"));
    let m = server::measure(bin, &db, &url, 1).unwrap();
    let zero = std::time::Duration::ZERO;
    assert!(m.copy > zero);
    // The whole-process measures, the first frame and every pseudo-terminal figure.
    let names: Vec<_> = m.figures.iter().map(|f| f.what).collect();
    assert_eq!(names.len(), 15, "{names:?}");
    for f in &m.figures {
        let (time, _) = f
            .result
            .as_ref()
            .unwrap_or_else(|e| panic!("{}: {e}", f.what));
        assert!(*time > zero, "{}", f.what);
    }
    let peaks = m.figures.iter().filter_map(|f| f.result.as_ref().ok()?.1);
    assert_eq!(peaks.count(), 6, "a peak for each whole process");
    // The note and the pledge were written on the server, not in the file.
    let pledges = pg::try_psql(&url, "SELECT count(*) FROM pledge").unwrap();
    assert_eq!(pledges, "301");
}
