//! The TUI as a person meets it, in a 120×40 pseudo-terminal: each figure is the time from the
//! key written to the terminal to the screen showing what it asked for.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use super::measure::Res;

/// One session's figures.
#[derive(Debug, Clone, Copy)]
pub struct Figures {
    pub first_frame: Duration,
    pub key_move: Duration,
    /// The searched character drawn in the search field.
    pub search_echo: Duration,
    /// The list of what it matches shown.
    pub search_result: Duration,
    /// The report screen's first frame: saying it reads the report, or the report itself.
    pub report_first: Duration,
    /// The report's first page shown, its headings and counts complete.
    pub report_open: Duration,
    /// The whole report in the first page's place: no longer saying it reads.
    pub report_whole: Duration,
    pub back_to_list: Duration,
    /// Esc pressed while the report is still being read: the list again.
    pub back_while_reading: Duration,
}

/// What the report screen says while its report is read (in English, as the session runs).
const READING: &str = "reading the report…";

/// The character a session searches for: about 1 in 12 generated titles hold it.
pub const SEARCH: &str = "氧";

const ROWS: u16 = 40;
const COLS: u16 = 120;

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn contents(&self) -> String {
        self.screen
            .lock()
            .map(|s| s.screen().contents())
            .unwrap_or_default()
    }

    /// The footer's message row: the search field while searching.
    fn message_row(&self) -> String {
        self.screen
            .lock()
            .map(|s| s.screen().contents_between(ROWS - 2, 0, ROWS - 2, COLS))
            .unwrap_or_default()
    }

    /// The list's position, "17/120", at the end of the footer's key row.
    fn position(&self) -> String {
        let row = self
            .screen
            .lock()
            .map(|s| s.screen().contents_between(ROWS - 1, 0, ROWS - 1, COLS))
            .unwrap_or_default();
        row.split_whitespace()
            .last()
            .unwrap_or_default()
            .to_string()
    }

    /// Waits until `done` holds of the session, the time since `start`.
    fn until(&self, start: Instant, what: &str, done: impl Fn(&Session) -> bool) -> Res<Duration> {
        loop {
            if done(self) {
                return Ok(start.elapsed());
            }
            if start.elapsed() > Duration::from_secs(120) {
                return Err(format!("the TUI never showed {what}:\n{}", self.contents()).into());
            }
            std::thread::sleep(Duration::from_micros(200));
        }
    }

    fn send(&mut self, keys: &str) -> Res<Instant> {
        self.writer.write_all(keys.as_bytes())?;
        self.writer.flush()?;
        Ok(Instant::now())
    }
}

/// One session over `db` (a ledger file or a server's URL): first frame, a move down, a
/// search of `search` (which lists `matches` of the `total` pledges), Esc, the report screen,
/// and back to the list.
pub fn figures(
    bin: &Path,
    db: impl AsRef<std::ffi::OsStr>,
    search: &str,
    matches: usize,
    total: usize,
) -> Res<Figures> {
    let pty = native_pty_system().openpty(PtySize {
        rows: ROWS,
        cols: COLS,
        pixel_width: 0,
        pixel_height: 0,
    })?;
    let mut cmd = CommandBuilder::new(bin);
    cmd.env("PLEDGE_LANG", "en");
    cmd.env("TERM", "xterm-256color");
    cmd.args(["--today", "2026-11-28", "--db"]);
    cmd.arg(db);
    let start = Instant::now();
    let child = pty.slave.spawn_command(cmd)?;
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader()?;
    let writer = pty.master.take_writer()?;
    let screen = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
    let shared = Arc::clone(&screen);
    // Drained all the time, or the program would block writing its frames.
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            if let Ok(mut s) = shared.lock() {
                s.process(&buf[..n]);
            }
        }
    });
    let mut s = Session {
        screen,
        writer,
        child,
    };
    let all = format!("1/{total}");
    let first_frame = s.until(start, "its first frame", |s| {
        s.contents().contains("q quit") && s.position() == all
    })?;
    let at = s.send("j")?;
    let second = format!("2/{total}");
    let key_move = s.until(at, "the selection moved", |s| s.position() == second)?;
    let at = s.send("/")?;
    s.until(at, "the search field", |s| {
        s.message_row().contains("Search:")
    })?;
    let at = s.send(search)?;
    let search_echo = s.until(at, "the search typed", |s| {
        s.message_row().contains(&format!("Search: {search}"))
    })?;
    // The selection stays on the pledge it was on, wherever that is in the new list.
    let (of_found, of_all) = (format!("/{matches}"), format!("/{total}"));
    let search_result = s.until(at, "the search's list", |s| {
        s.position().ends_with(&of_found) && !s.contents().contains("searching…")
    })?;
    let at = s.send("\x1b")?;
    s.until(at, "the whole list again", |s| {
        s.position().ends_with(&of_all) && !s.contents().contains("searching…")
    })?;
    let at = s.send("r")?;
    let report_first = s.until(at, "the report screen", |s| {
        let shown = s.contents();
        shown.contains(READING) || shown.contains("1. OVERDUE")
    })?;
    let report_open = s.until(at, "the report", |s| s.contents().contains("1. OVERDUE"))?;
    let report_whole = s.until(at, "the whole report", |s| {
        let shown = s.contents();
        shown.contains("1. OVERDUE") && !shown.contains(READING)
    })?;
    let at = s.send("\x1b")?;
    let back_to_list = s.until(at, "the list", |s| {
        s.position().ends_with(&of_all) && !s.contents().contains("1. OVERDUE")
    })?;
    // Last, since the report left behind is still read for a while on its thread.
    s.send("r")?;
    s.until(at, "the report screen", |s| {
        let shown = s.contents();
        shown.contains(READING) || shown.contains("1. OVERDUE")
    })?;
    let at = s.send("\x1b")?;
    let back_while_reading = s.until(at, "the list", |s| {
        let shown = s.contents();
        s.position().ends_with(&of_all) && !shown.contains(READING) && !shown.contains("1. OVERDUE")
    })?;
    s.send("q")?;
    s.child.wait()?;
    Ok(Figures {
        first_frame,
        key_move,
        search_echo,
        search_result,
        report_first,
        report_open,
        report_whole,
        back_to_list,
        back_while_reading,
    })
}

/// What the report screen's open costs in-process, the median of `runs`: the aggregate counts
/// it can open from, and the whole first pass (every row classified in Rust) it opens from now.
pub fn report_passes(db: &Path, runs: usize) -> Res<(Duration, Duration)> {
    let store = pledge::store::Store::open(db)?;
    let today = pledge::date::parse("2026-11-28").map_err(|e| format!("{e:?}"))?;
    let opts = pledge::report::Options::new(today);
    let filter = pledge::store::Filter::default();
    let q = pledge::store::ReportQuery {
        filter: &filter,
        owners: &[],
        as_of: today,
        due_by: today + chrono::Duration::days(opts.within_days),
    };
    let (mut counts, mut pass) = (Vec::new(), Vec::new());
    for _ in 0..runs.max(1) {
        let at = Instant::now();
        store.report_counts(&q, opts.within_days, opts.stale_days)?;
        counts.push(at.elapsed());
        let at = Instant::now();
        pledge::report::summarize(&store, "ledger.db", &opts)?;
        pass.push(at.elapsed());
    }
    Ok((super::measure::median(counts), super::measure::median(pass)))
}

/// How many pledges a search of `search` lists in `ledger`, and how many it holds, for a
/// session to wait for: a file and a server each counted by their own rules.
pub fn search_counts(ledger: &impl pledge::ledger::Lists, search: &str) -> Res<(usize, usize)> {
    let sort = pledge::request::Sort::default();
    let total = ledger.list_ids(&Default::default(), sort)?.len();
    let filter = pledge::request::Filter {
        search: Some(search.into()),
        ..Default::default()
    };
    let matches = ledger.list_ids(&filter, sort)?.len();
    if matches == 0 || matches == total {
        return Err(format!("{search} matches {matches} of {total}: no list to wait for").into());
    }
    Ok((matches, total))
}

/// The medians of `sessions`, each named as the benchmark prints it.
pub fn medians(sessions: &[Figures]) -> Vec<(&'static str, Duration)> {
    let each =
        |f: fn(&Figures) -> Duration| super::measure::median(sessions.iter().map(f).collect());
    vec![
        ("TUI (pty) first frame", each(|f| f.first_frame)),
        ("TUI (pty) key move", each(|f| f.key_move)),
        ("TUI (pty) 1-char search echo", each(|f| f.search_echo)),
        ("TUI (pty) 1-char search result", each(|f| f.search_result)),
        (
            "TUI (pty) report screen first frame",
            each(|f| f.report_first),
        ),
        (
            "TUI (pty) report screen first page",
            each(|f| f.report_open),
        ),
        ("TUI (pty) report screen whole", each(|f| f.report_whole)),
        ("TUI (pty) back to list", each(|f| f.back_to_list)),
        (
            "TUI (pty) back to list while reading",
            each(|f| f.back_while_reading),
        ),
    ]
}
