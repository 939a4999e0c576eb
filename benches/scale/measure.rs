//! Timing whole processes (with their peak memory), the TUI's first frame in a pseudo-terminal,
//! and single keystrokes inside the TUI.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pledge::store::Store;
/// The app over the SQLite ledger, as the program runs it.
type App = pledge::tui::app::App<pledge::store::Store>;
use pledge::tui::keys::Action;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// One run: how long it took and the most memory it held (KiB), when known.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    pub time: Duration,
    pub peak_kib: Option<u64>,
}

pub fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs.get(xs.len() / 2).copied().unwrap_or_default()
}

/// Median of `n` runs of `f`, with the largest peak memory seen.
pub fn runs(n: usize, mut f: impl FnMut() -> Res<Sample>) -> Res<(Duration, Option<u64>)> {
    let mut times = Vec::new();
    let mut peak = None;
    for _ in 0..n.max(1) {
        let s = f()?;
        times.push(s.time);
        peak = peak.max(s.peak_kib);
    }
    Ok((median(times), peak))
}

/// Runs a command to the end, output discarded; its wall time and peak resident memory.
///
/// The peak comes from GNU time when it is installed: a child's own `ru_maxrss` also counts
/// the memory of the process it was forked from, which here is the benchmark itself.
pub fn process(program: &Path, args: &[&str], env: &[(&str, &str)]) -> Res<Sample> {
    process_into(program, args, env, Stdio::null())
}

/// [`process`] with its standard output written to `out` (an export to import later).
pub fn process_to(program: &Path, args: &[&str], out: &Path) -> Res<Sample> {
    process_into(program, args, &[], std::fs::File::create(out)?.into())
}

fn process_into(program: &Path, args: &[&str], env: &[(&str, &str)], stdout: Stdio) -> Res<Sample> {
    let gnu_time = Path::new("/usr/bin/time");
    let mut cmd = if gnu_time.exists() {
        let mut c = Command::new(gnu_time);
        c.args(["-f", "%M"]).arg(program);
        c
    } else {
        Command::new(program)
    };
    let start = Instant::now();
    let child = cmd
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain old data that wait4 fills in; the pid is our own child's.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let time = start.elapsed();
    let mut stderr = String::new();
    if let Some(mut err) = child.stderr {
        err.read_to_string(&mut stderr)?;
    }
    if waited != pid || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        return Err(format!(
            "{} {args:?} failed (status {status}): {stderr}",
            program.display()
        )
        .into());
    }
    let peak_kib = if gnu_time.exists() {
        stderr.lines().last().and_then(|l| l.trim().parse().ok())
    } else {
        Some(usage.ru_maxrss as u64)
    };
    Ok(Sample { time, peak_kib })
}

fn peak_of(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Launches the TUI in a 120×40 pseudo-terminal and waits for its first complete frame (the
/// footer is drawn last); then quits it. `db` is a ledger file or a server's URL.
pub fn tui_first_frame(bin: &Path, db: impl AsRef<std::ffi::OsStr>) -> Res<Sample> {
    let pty = native_pty_system().openpty(PtySize {
        rows: 40,
        cols: 120,
        pixel_width: 0,
        pixel_height: 0,
    })?;
    let mut cmd = CommandBuilder::new(bin);
    cmd.env("PLEDGE_LANG", "en");
    cmd.args(["--today", "2026-11-28", "--db"]);
    cmd.arg(db);
    cmd.env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd)?;
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader()?;
    let mut writer = pty.master.take_writer()?;
    let screen = Arc::new(Mutex::new(vt100::Parser::new(40, 120, 0)));
    let shared = Arc::clone(&screen);
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
    let deadline = Duration::from_secs(60);
    let time = loop {
        let done = screen
            .lock()
            .map(|s| s.screen().contents().contains("q quit"))
            .unwrap_or(false);
        if done {
            break start.elapsed();
        }
        if start.elapsed() > deadline {
            return Err("the TUI drew no frame within a minute".into());
        }
        std::thread::sleep(Duration::from_micros(200));
    };
    let peak_kib = child.process_id().and_then(peak_of);
    writer.write_all(b"q")?;
    writer.flush()?;
    child.wait()?;
    Ok(Sample { time, peak_kib })
}

/// Median time of one selection move, and of one search keystroke, inside the TUI: the
/// action applied and the frame drawn, as the event loop does per key.
pub fn keystrokes(db: &Path, rounds: usize) -> Res<(Duration, Duration)> {
    let store = Store::open(db)?;
    let today = pledge::date::parse("2026-11-28").map_err(|e| e.to_string())?;
    let mut app = App::new(store, today, "bench".into(), "bench.db".into(), (120, 40))?;
    let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
    terminal.draw(|f| pledge::tui::ui::render(&app, f))?;
    // Until what the key asked for is drawn: the dashboard reads on a thread of its own,
    // and the loop looks for its read as it waits for keys.
    let mut step = |app: &mut App, action: Action| -> Res<Duration> {
        let start = Instant::now();
        app.apply(action);
        while app.reading_report() {
            std::thread::sleep(Duration::from_millis(1));
            app.apply(Action::Reported);
        }
        terminal.draw(|f| pledge::tui::ui::render(app, f))?;
        Ok(start.elapsed())
    };
    let mut moves = Vec::new();
    for i in 0..rounds * 20 {
        let action = if (i / 60) % 2 == 0 {
            Action::Down
        } else {
            Action::Up
        };
        moves.push(step(&mut app, action)?);
    }
    let mut searches = Vec::new();
    for _ in 0..rounds {
        step(&mut app, Action::Search)?;
        for c in "氧化镓功率".chars() {
            searches.push(step(&mut app, Action::Insert(c))?);
        }
        step(&mut app, Action::Back)?;
    }
    Ok((median(moves), median(searches)))
}

/// Median time of opening the dashboard until its counts are drawn (every body's counts, the
/// quiet pledges, notes per month, a screen of gauges), and of moving through its gauges a page
/// at a time, with the page read from the ledger as it comes on screen.
pub fn dashboard(db: &Path, rounds: usize) -> Res<(Duration, Duration)> {
    let store = Store::open(db)?;
    let today = pledge::date::parse("2026-11-28").map_err(|e| e.to_string())?;
    let mut app = App::new(store, today, "bench".into(), "bench.db".into(), (120, 40))?;
    let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
    // Until what the key asked for is drawn: the dashboard reads on a thread of its own,
    // and the loop looks for its read as it waits for keys.
    let mut step = |app: &mut App, action: Action| -> Res<Duration> {
        let start = Instant::now();
        app.apply(action);
        while app.reading_report() {
            std::thread::sleep(Duration::from_millis(1));
            app.apply(Action::Reported);
        }
        terminal.draw(|f| pledge::tui::ui::render(app, f))?;
        Ok(start.elapsed())
    };
    let (mut opens, mut pages) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        opens.push(step(&mut app, Action::Dashboard)?);
        step(&mut app, Action::SwitchPane)?;
        for i in 0..20 {
            let action = if i < 10 {
                Action::PageDown
            } else {
                Action::PageUp
            };
            pages.push(step(&mut app, action)?);
        }
        step(&mut app, Action::Back)?;
    }
    Ok((median(opens), median(pages)))
}
