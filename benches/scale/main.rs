//! `cargo bench --bench scale`: pledge at 10k, 100k and 1M pledges, and Taskwarrior beside it
//! when installed. Prints a table of medians with each command's peak memory; timings stay
//! out of the test suite.
//!
//! Options: `--sizes 10000,100000,1000000`, `--runs 5`, `--seed 2026`, `--dir target/bench`,
//! `--no-taskwarrior`, `--keep` (reuse ledgers already generated for a size and seed),
//! `--only-tui` (the pseudo-terminal figures alone), `--no-postgres`.
//!
//! When PostgreSQL 15 is installed, the ledgers of 10k and 100k pledges are also copied onto
//! a private server (started here, on a Unix socket in a temporary folder) and timed there,
//! in a second table beside the file's figures (not with `--only-tui`); when it cannot start,
//! one line says why.

mod generate;
mod measure;
#[path = "../../tests/support/pg.rs"]
#[allow(clippy::expect_used, clippy::unwrap_used)] // the tests' cluster: a failed set-up is fatal
mod pg;
mod server;
mod taskwarrior;
mod tui_session;

use std::path::{Path, PathBuf};
use std::time::Duration;

use measure::{Res, median, runs};

struct Options {
    sizes: Vec<usize>,
    runs: usize,
    seed: u64,
    dir: PathBuf,
    taskwarrior: bool,
    keep: bool,
    only_tui: bool,
    postgres: bool,
}

/// The sizes also timed on a server, whatever `--sizes` holds besides.
const SERVER_SIZES: [usize; 2] = [10_000, 100_000];

fn options() -> Res<Options> {
    let mut o = Options {
        sizes: vec![10_000, 100_000, 1_000_000],
        runs: 5,
        seed: 2026,
        dir: PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench"),
        taskwarrior: true,
        keep: false,
        only_tui: false,
        postgres: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--sizes" => {
                o.sizes = value()?
                    .split(',')
                    .map(str::parse)
                    .collect::<Result<_, _>>()?
            }
            "--runs" => o.runs = value()?.parse()?,
            "--seed" => o.seed = value()?.parse()?,
            "--dir" => o.dir = PathBuf::from(value()?),
            "--no-taskwarrior" => o.taskwarrior = false,
            "--keep" => o.keep = true,
            "--only-tui" => o.only_tui = true,
            "--no-postgres" => o.postgres = false,
            "--bench" => {}
            other => {
                return Err(format!("unknown option {other}; see benches/scale/main.rs").into());
            }
        }
    }
    Ok(o)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn mb(kib: Option<u64>) -> String {
    kib.map_or_else(|| "?".into(), |k| format!("{:.1} MB", k as f64 / 1024.0))
}

/// One line of the table: our median and peak memory, and Taskwarrior's median beside it.
fn row(what: &str, ours: Duration, peak: Option<Option<u64>>, theirs: Option<(&str, Duration)>) {
    let peak = peak.map(mb).unwrap_or_default();
    match theirs {
        Some((cmd, t)) => println!(
            "| {what:<32} | {:>10} | {peak:>9} | {cmd:<18} | {:>10} | {:>6.0}× |",
            ms(ours),
            ms(t),
            t.as_secs_f64() / ours.as_secs_f64().max(1e-9)
        ),
        None => println!(
            "| {what:<32} | {:>10} | {peak:>9} | {:<18} | {:>10} | {:>7} |",
            ms(ours),
            "",
            "",
            ""
        ),
    }
}

/// `import` of `file` into a new empty ledger each run: median time and largest peak.
fn import_runs(o: &Options, bin: &Path, dir: &Path, file: &Path) -> Res<(Duration, Option<u64>)> {
    let target = dir.join("imported.db");
    let target_arg = target.display().to_string();
    let file_arg = file.display().to_string();
    runs(o.runs, || {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{target_arg}{suffix}"));
        }
        measure::process(bin, &["--db", &target_arg, "init", "--empty"], &[])?;
        measure::process(bin, &["--db", &target_arg, "import", &file_arg], &[])
    })
}

/// The TUI's figures in a pseudo-terminal, medians of `o.runs` sessions, and the report
/// screen's two first passes in-process.
fn tui_figures(o: &Options, bin: &Path, db: &Path) -> Res<Vec<(&'static str, Duration)>> {
    use tui_session::SEARCH;
    let store = pledge::store::Store::open(db)?;
    let (matches, total) = tui_session::search_counts(&store, SEARCH)?;
    drop(store);
    let mut sessions = Vec::new();
    for _ in 0..o.runs.max(1) {
        sessions.push(tui_session::figures(bin, db, SEARCH, matches, total)?);
    }
    let (counts, pass) = tui_session::report_passes(db, o.runs)?;
    let mut rows = tui_session::medians(&sessions);
    rows.push(("report counts, one pass", counts));
    rows.push(("report first pass, every row", pass));
    Ok(rows)
}

fn bench_size(o: &Options, n: usize, bin: &Path, on_server: bool) -> Res<()> {
    let dir = o.dir.join(format!("{n}-{}", o.seed));
    std::fs::create_dir_all(&dir)?;
    let db = dir.join("ledger.db");
    if !(o.keep && db.exists()) {
        let _ = std::fs::remove_file(&db);
        generate::ledger(&db, n, o.seed)?;
    }
    if o.only_tui {
        println!("\n{n} pledges; medians of {} runs", o.runs);
        for (what, time) in tui_figures(o, bin, &db)? {
            row(what, time, None, None);
        }
        return Ok(());
    }
    let size = std::fs::metadata(&db)?.len();
    let db_arg = db.display().to_string();
    let base = ["--db", &db_arg, "--today", "2026-11-28"];
    let with = |extra: &[&str]| -> Vec<String> {
        base.iter().chain(extra).map(|s| s.to_string()).collect()
    };
    let tw = if o.taskwarrior && taskwarrior::installed() && n <= 100_000 {
        Some(taskwarrior::load(&db, &dir)?)
    } else {
        None
    };
    let tw_env: Vec<(String, String)> = tw.as_ref().map(|t| t.env()).unwrap_or_default();
    let tw_env: Vec<(&str, &str)> = tw_env
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let task = Path::new("task");
    // Alternate ours and theirs, so a noisy moment hurts both alike.
    let pair = |ours: Vec<String>,
                theirs: Option<Vec<&str>>|
     -> Res<(Duration, Option<u64>, Option<Duration>)> {
        let ours_args: Vec<&str> = ours.iter().map(String::as_str).collect();
        let (mut a, mut b, mut peak) = (Vec::new(), Vec::new(), None);
        for _ in 0..o.runs {
            let s = measure::process(bin, &ours_args, &[])?;
            a.push(s.time);
            peak = peak.max(s.peak_kib);
            if let (Some(args), true) = (&theirs, tw.is_some()) {
                b.push(measure::process(task, args, &tw_env)?.time);
            }
        }
        Ok((median(a), peak, (!b.is_empty()).then(|| median(b))))
    };

    let (frame, frame_peak) = runs(o.runs, || measure::tui_first_frame(bin, &db))?;
    let (moves, search) = measure::keystrokes(&db, o.runs)?;
    let (dashboard, dashboard_page) = measure::dashboard(&db, o.runs)?;
    let tui = tui_figures(o, bin, &db)?;
    let (report, report_peak, _) = pair(
        with(&["report", "overdue", "--format", "text", "--width", "120"]),
        None,
    )?;
    let (report_csv, report_csv_peak, _) =
        pair(with(&["report", "overdue", "--format", "csv"]), None)?;
    let (overdue, overdue_peak, tw_overdue) =
        pair(with(&["list", "--overdue"]), Some(vec!["overdue"]))?;
    let (list, list_peak, tw_list) = pair(with(&["list"]), Some(vec!["list"]))?;
    let (list_csv, list_csv_peak, _) = pair(with(&["list", "--format", "csv"]), None)?;
    let (export, export_peak, _) = pair(with(&["export"]), None)?;
    let export_file = dir.join("export.json");
    let export_args = with(&["export"]);
    let export_args: Vec<&str> = export_args.iter().map(String::as_str).collect();
    measure::process_to(bin, &export_args, &export_file)?;
    let export_size = std::fs::metadata(&export_file)?.len();
    let (import, import_peak) = import_runs(o, bin, &dir, &export_file)?;
    let (note, note_peak, tw_note) = pair(
        with(&["note", "1", "benchmark progress note"]),
        Some(vec!["1", "annotate", "benchmark note"]),
    )?;
    let (add, add_peak, tw_add) = pair(
        with(&[
            "add",
            "--title",
            "benchmark pledge",
            "--owner",
            "吉林省科学技术厅",
        ]),
        Some(vec!["add", "benchmark task"]),
    )?;

    println!(
        "\n{n} pledges; ledger {:.1} MB; export {:.1} MB; medians of {} runs",
        size as f64 / 1_048_576.0,
        export_size as f64 / 1_048_576.0,
        o.runs
    );
    println!(
        "| {:<32} | {:>10} | {:>9} | {:<18} | {:>10} | {:>7} |",
        "measure", "pledge", "peak", "taskwarrior", "time", "ratio"
    );
    println!(
        "|{:-<34}|{:->12}|{:->11}|{:-<20}|{:->12}|{:->9}|",
        "", "", "", "", "", ""
    );
    row("TUI launch to first frame", frame, Some(frame_peak), None);
    row("TUI selection move", moves, None, None);
    row("TUI search keystroke", search, None, None);
    row("TUI dashboard opened (d)", dashboard, None, None);
    row("TUI dashboard gauges page", dashboard_page, None, None);
    for &(what, time) in &tui {
        row(what, time, None, None);
    }
    row(
        "report overdue --format text",
        report,
        Some(report_peak),
        None,
    );
    row(
        "report overdue --format csv",
        report_csv,
        Some(report_csv_peak),
        None,
    );
    row(
        "list --overdue",
        overdue,
        Some(overdue_peak),
        tw_overdue.map(|t| ("task overdue", t)),
    );
    row(
        "list",
        list,
        Some(list_peak),
        tw_list.map(|t| ("task list", t)),
    );
    row("list --format csv", list_csv, Some(list_csv_peak), None);
    row("export", export, Some(export_peak), None);
    row("import (of that export)", import, Some(import_peak), None);
    row(
        "note ID TEXT",
        note,
        Some(note_peak),
        tw_note.map(|t| ("task N annotate", t)),
    );
    row("add", add, Some(add_peak), tw_add.map(|t| ("task add", t)));
    if tw.is_none() && n <= 100_000 {
        println!(
            "(Taskwarrior not measured: {})",
            if o.taskwarrior {
                "not installed"
            } else {
                "--no-taskwarrior"
            }
        );
    }
    if on_server && SERVER_SIZES.contains(&n) {
        let mut file = vec![("TUI launch to first frame", frame)];
        file.extend(tui);
        file.extend([
            ("report overdue --format text", report),
            ("list --overdue", overdue),
            ("list", list),
            ("note ID TEXT", note),
            ("add", add),
        ]);
        let url = pg::database(&format!("bench_{n}")).ok_or("no database on the server")?;
        server_table(n, o.runs, &server::measure(bin, &db, &url, o.runs)?, &file);
    }
    Ok(())
}

/// The server's figures beside the file's of the same measure, then any measure's failure.
fn server_table(n: usize, runs: usize, m: &server::Measured, file: &[(&str, Duration)]) {
    println!(
        "\n{n} pledges on a PostgreSQL server (this machine, Unix socket, fsync on); \
         copied there in {:.1} s; medians of {runs} runs",
        m.copy.as_secs_f64()
    );
    println!(
        "| {:<36} | {:>10} | {:>10} | {:>7} | {:>9} |",
        "measure", "file", "server", "ratio", "peak"
    );
    println!(
        "|{:-<38}|{:->12}|{:->12}|{:->9}|{:->11}|",
        "", "", "", "", ""
    );
    for f in &m.figures {
        let on_file = file
            .iter()
            .find(|(what, _)| *what == f.what)
            .map(|&(_, t)| t);
        let shown = on_file.map(ms).unwrap_or_default();
        match &f.result {
            Ok((time, peak)) => {
                let ratio = on_file.map_or_else(String::new, |t| {
                    format!("{:.1}×", time.as_secs_f64() / t.as_secs_f64().max(1e-9))
                });
                let peak = peak.map(|p| mb(Some(p))).unwrap_or_default();
                println!(
                    "| {:<36} | {shown:>10} | {:>10} | {ratio:>7} | {peak:>9} |",
                    f.what,
                    ms(*time)
                );
            }
            Err(_) => println!(
                "| {:<36} | {shown:>10} | {:>10} | {:>7} | {:>9} |",
                f.what, "failed", "", ""
            ),
        }
    }
    for f in &m.figures {
        if let Err(e) = &f.result {
            println!("{} failed on the server: {e}", f.what);
        }
    }
}

fn main() -> Res<()> {
    let o = options()?;
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_pledge"));
    println!(
        "pledge scale benchmark on {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    let on_server = o.postgres
        && !o.only_tui
        && o.sizes.iter().any(|n| SERVER_SIZES.contains(n))
        && match pg::start_durable() {
            Ok(()) => true,
            Err(why) => {
                println!(
                    "\n======== SKIPPED: the PostgreSQL columns are not measured: {} ========",
                    why.split_whitespace().collect::<Vec<_>>().join(" ")
                );
                false
            }
        };
    for &n in &o.sizes {
        bench_size(&o, n, &bin, on_server)?;
    }
    Ok(())
}
