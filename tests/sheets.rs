//! `pledge request` and `pledge collect`: the request sheets written for the built-in ledger,
//! filled in as a body would (in Chinese), and taken back; what must be refused, with where.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/cli.rs"]
mod support;

mod sheets {
    mod collect;
    pub mod fill;
    mod refused;
    mod request;
}

use std::path::PathBuf;
use std::process::Output;

/// A ledger with the built-in letter and the folder requests are written to.
pub struct Office {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Office {
    pub(crate) fn new() -> Office {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = support::ledger_in(dir.path());
        Office { dir, db }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        support::pledge(&self.db, args)
    }

    /// In Chinese, the default language.
    pub fn run_zh(&self, args: &[&str]) -> Output {
        support::command(&self.db, args)
            .env("PLEDGE_LANG", "zh")
            .output()
            .expect("runs")
    }

    /// The request sheet of one body, written in Chinese; its path.
    pub fn request(&self, body: &str) -> PathBuf {
        let out = self.path("out");
        let o = self.run_zh(&["request", "--owner", body, "-o", out.to_str().unwrap()]);
        let said = support::stdout(&o);
        let path = said
            .split_once("已写出 ")
            .and_then(|(_, rest)| rest.split_once('（'))
            .map(|(p, _)| PathBuf::from(p))
            .unwrap_or_else(|| panic!("{said}"));
        assert!(path.exists(), "{path:?}");
        path
    }

    /// A pledge as `show --format json` gives it.
    pub fn pledge(&self, id: i64) -> serde_json::Value {
        let o = self.run(&["show", &id.to_string(), "--format", "json"]);
        serde_json::from_str(&support::stdout(&o)).expect("json")
    }

    pub fn notes(&self, id: i64) -> Vec<serde_json::Value> {
        self.pledge(id)["notes"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }
}

pub fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}
