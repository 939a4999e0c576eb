//! Commands, the full-screen view and the report reach the ledger through the `Ledger` trait,
//! never through SQLite's `Store` by name: a second backend then needs no change there. Only
//! the commands that open, create, back up, restore, export, import or copy a ledger file
//! name it.

use std::fs;
use std::path::Path;

/// Where opening a ledger file is the point, so the backend is named.
const OPENERS: [&str; 3] = [
    "src/commands/ledger.rs",
    "src/commands/transfer",
    "src/commands/copy.rs",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn callers_name_the_ledger_trait_not_the_sqlite_store() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src/commands", "src/tui", "src/report"] {
        rust_files(&root.join(dir), &mut files);
    }
    for file in ["src/commands.rs", "src/tui.rs", "src/report.rs"] {
        files.push(root.join(file));
    }
    let mut found = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if OPENERS.iter().any(|o| rel.starts_with(o)) || name.ends_with("tests.rs") {
            continue;
        }
        let text = fs::read_to_string(file).unwrap_or_default();
        let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let words = line.trim_start();
            if words.starts_with("//") {
                continue;
            }
            let named = words
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|w| w == "Store");
            if named {
                found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        files.len() > 20,
        "the scan found only {} files",
        files.len()
    );
    assert!(
        found.is_empty(),
        "use `impl Ledger` (src/ledger.rs) here:\n{}",
        found.join("\n")
    );
}
