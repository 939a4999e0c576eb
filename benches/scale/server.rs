//! The same ledger on a PostgreSQL server: put there by `pledge copy`, then timed with the
//! file's measures that a server runs (the TUI in a pseudo-terminal, the report, the lists,
//! a note and an add as whole processes), for printing beside the file's.

use std::path::Path;
use std::time::Duration;

use super::measure::{self, Res};
use super::{pg, tui_session};

/// One measure on the server: its median and the largest peak of `pledge` itself (the
/// server's memory is not counted), or what went wrong.
pub struct Figure {
    pub what: &'static str,
    pub result: Result<(Duration, Option<u64>), String>,
}

pub struct Measured {
    /// `pledge copy --from FILE --to URL`, once.
    pub copy: Duration,
    pub figures: Vec<Figure>,
}

/// Copies the ledger file `db` into the empty database at `url`, has the server gather its
/// statistics (as autovacuum would within a minute, but not in the middle of a measure),
/// and times each measure `runs` times. A measure that fails is kept with its error, and the
/// rest still run.
pub fn measure(bin: &Path, db: &Path, url: &str, runs: usize) -> Res<Measured> {
    let db_arg = db.display().to_string();
    let copy = measure::process(bin, &["copy", "--from", &db_arg, "--to", url], &[])?.time;
    pg::try_psql(url, "VACUUM ANALYZE").map_err(|e| format!("VACUUM ANALYZE: {e}"))?;
    let mut figures = vec![Figure {
        what: "TUI launch to first frame",
        result: settle(measure::runs(runs, || measure::tui_first_frame(bin, url))),
    }];
    match sessions(bin, url, runs) {
        Ok(medians) => figures.extend(medians.into_iter().map(|(what, time)| Figure {
            what,
            result: Ok((time, None)),
        })),
        Err(e) => figures.push(Figure {
            what: "TUI (pty) session",
            result: Err(e.to_string()),
        }),
    }
    let process = |what, extra: &[&str]| {
        let mut args = vec!["--db", url, "--today", "2026-11-28"];
        args.extend(extra);
        let result = settle(measure::runs(runs, || measure::process(bin, &args, &[])));
        Figure { what, result }
    };
    figures.extend([
        process(
            "report overdue --format text",
            &["report", "overdue", "--format", "text", "--width", "120"],
        ),
        process("list --overdue", &["list", "--overdue"]),
        process("list", &["list"]),
        process("note ID TEXT", &["note", "1", "benchmark progress note"]),
        process(
            "add",
            &[
                "add",
                "--title",
                "benchmark pledge",
                "--owner",
                "吉林省科学技术厅",
            ],
        ),
    ]);
    Ok(Measured { copy, figures })
}

fn settle(r: Res<(Duration, Option<u64>)>) -> Result<(Duration, Option<u64>), String> {
    r.map_err(|e| e.to_string())
}

/// The pseudo-terminal session's medians on the server, its search counted there.
fn sessions(bin: &Path, url: &str, runs: usize) -> Res<Vec<(&'static str, Duration)>> {
    let address = pledge::server::Address::parse(url)?;
    let server = pledge::server::Server::open(&address)?;
    let (matches, total) = tui_session::search_counts(&server, tui_session::SEARCH)?;
    drop(server);
    let mut sessions = Vec::new();
    for _ in 0..runs.max(1) {
        sessions.push(tui_session::figures(
            bin,
            url,
            tui_session::SEARCH,
            matches,
            total,
        )?);
    }
    Ok(tui_session::medians(&sessions))
}
