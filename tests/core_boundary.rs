//! The core crate knows no terminal, no database and no command line: none of their crates is
//! among its dependencies, however deep. Read from `Cargo.lock`, which cargo keeps exact.

use std::collections::{BTreeMap, BTreeSet};

/// Crates that would bring a UI, SQLite or argument parsing into the core.
const FORBIDDEN: [&str; 7] = [
    "ratatui",
    "crossterm",
    "rusqlite",
    "libsqlite3-sys",
    "clap",
    "postgres",
    "tokio-postgres",
];

/// Each package of the lock file with the names of what it depends on.
fn packages(lock: &str) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for block in lock.split("[[package]]").skip(1) {
        let mut name = None;
        let mut deps = Vec::new();
        let mut in_deps = false;
        for line in block.lines() {
            let line = line.trim();
            if let Some(n) = line.strip_prefix("name = ") {
                name = Some(n.trim_matches('"').to_string());
            } else if line.starts_with("dependencies = [") {
                in_deps = true;
            } else if in_deps && line == "]" {
                in_deps = false;
            } else if in_deps {
                // `"name"`, or `"name version"` when two versions are locked.
                let dep = line.trim_matches(|c| c == '"' || c == ',');
                if let Some(first) = dep.split(' ').next() {
                    deps.push(first.to_string());
                }
            }
        }
        if let Some(name) = name {
            out.entry(name).or_insert_with(Vec::new).extend(deps);
        }
    }
    out
}

fn reached_from(root: &str, graph: &BTreeMap<String, Vec<String>>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![root.to_string()];
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone()) {
            todo.extend(graph.get(&name).into_iter().flatten().cloned());
        }
    }
    seen
}

#[test]
fn the_core_depends_on_no_ui_database_or_command_line_crate() {
    let root = env!("CARGO_MANIFEST_DIR");
    let lock = std::fs::read_to_string(format!("{root}/Cargo.lock")).unwrap_or_default();
    let graph = packages(&lock);
    assert!(
        graph.contains_key("pledge-core"),
        "no pledge-core in Cargo.lock"
    );
    let core = reached_from("pledge-core", &graph);
    let bad: Vec<&&str> = FORBIDDEN.iter().filter(|f| core.contains(**f)).collect();
    assert!(bad.is_empty(), "the core depends on {bad:?}");
    // The check sees what it looks for: the program itself does use them.
    let program = reached_from("pledge", &graph);
    assert!(
        ["ratatui", "crossterm", "rusqlite"]
            .iter()
            .all(|c| program.contains(*c))
    );
}
