//! Every sentence and label the program shows lives in `src/messages/`: a source scan finds
//! string literals elsewhere that read as words for a person, so the second language has one
//! place to cover. SQL, format-only strings, test code and the allow-list are not counted.

use std::fs;
use std::path::{Path, PathBuf};

/// The folders the scan covers: all of the program's code.
const SCANNED: &[&str] = &["src", "crates/core/src"];

/// Literals that look like words but are not shown to anyone, each with why: one file per
/// area in `tests/messages_only/`.
fn allow_list() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/messages_only");
    let mut files = Vec::new();
    if let Ok(entries) = fs::read_dir(&dir) {
        files.extend(entries.flatten().map(|e| e.path()));
    }
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n")
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its inline test module (`#[cfg(test)] mod NAME {`): test
/// modules sit at the end of a file here. A `#[cfg(test)] mod NAME;` line is not one.
fn without_tests(text: &str) -> &str {
    let mut from = 0;
    while let Some(at) = text[from..].find("#[cfg(test)]\nmod ") {
        let start = from + at;
        let rest = &text[start + "#[cfg(test)]\nmod ".len()..];
        let name_end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if rest[name_end..].starts_with(" {") {
            return &text[..start];
        }
        from = start + 1;
    }
    text
}

/// String literals outside comments: (line, contents as written).
fn literals(code: &str) -> Vec<(usize, String)> {
    let b = code.as_bytes();
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    while i < b.len() {
        match b[i] {
            b'\n' => line += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' => {
                // A char literal ('"' included) or a lifetime: skip what a char literal holds.
                if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                } else if b.get(i + 2) == Some(&b'\'') {
                    i += 2;
                }
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) == Some(&b'"') {
                    let close = format!("\"{}", "#".repeat(hashes));
                    let start = j + 1;
                    let end = code[start..].find(&close).map_or(b.len(), |e| start + e);
                    out.push((line, code[start..end].to_string()));
                    line += code[start..end].matches('\n').count();
                    i = end + close.len();
                    continue;
                }
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != b'"' {
                    if b[j] == b'\\' {
                        j += 1;
                    }
                    j += 1;
                }
                let end = j.min(b.len());
                out.push((line, code[start..end].to_string()));
                line += code[start..end].matches('\n').count();
                i = end + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn is_sql(s: &str) -> bool {
    const WORDS: [&str; 14] = [
        "SELECT",
        "INSERT",
        "UPDATE",
        "DELETE",
        "CREATE",
        "DROP",
        "PRAGMA",
        "WHERE",
        "FROM",
        "VALUES",
        "BEGIN",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT",
    ];
    s.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| WORDS.contains(&w))
}

/// Reads as words for a person: two words in a row, or one capitalised word.
fn reads_as_words(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .collect();
    let spaced = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            let word = |t: &str| {
                let t = t.trim_matches(|c: char| ",.;:!?()`\"".contains(c));
                t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
            };
            word(w[0]) && word(w[1])
        });
    let capitalised = words.len() == 1
        && s.len() >= 3
        && s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && s.chars().skip(1).all(|c| c.is_ascii_lowercase());
    spaced || capitalised
}

fn allowed(list: &str, path: &str, literal: &str) -> bool {
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once(" | "))
        .any(|(p, lit)| (p == "*" || path.ends_with(p)) && lit == literal)
}

fn findings() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    sources(&root.join("crates/core/src"), &mut files);
    files.sort();
    let list = allow_list();
    let mut found = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        if !SCANNED.iter().any(|s| rel.starts_with(s)) {
            continue;
        }
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if rel.starts_with("src/messages") || name == "tests.rs" || name.ends_with("_tests.rs") {
            continue;
        }
        let Ok(text) = fs::read_to_string(&file) else {
            continue;
        };
        for (line, lit) in literals(without_tests(&text)) {
            if reads_as_words(&lit) && !is_sql(&lit) && !allowed(&list, &rel, &lit) {
                found.push(format!("{rel}:{line}: {lit:?}"));
            }
        }
    }
    found
}

#[test]
fn words_for_people_live_in_the_messages_module() {
    let found = findings();
    assert!(
        found.is_empty(),
        "{} literal(s) outside src/messages/ read as words for a person; word them in \
         src/messages/ (or, if no person reads them, add them to \
         a file of tests/messages_only/ with why):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_sentences_and_passes_over_code() {
    let code = "let a = \"no such pledge\"; // \"a comment\"\nlet b = \"{id}\";\n\
                let c = r#\"SELECT id FROM pledge\"#; let d = 'x'; let e = \"Title\";";
    let lits = literals(code);
    let words: Vec<&str> = lits
        .iter()
        .map(|(_, l)| l.as_str())
        .filter(|l| reads_as_words(l) && !is_sql(l))
        .collect();
    assert_eq!(words, ["no such pledge", "Title"]);
    assert_eq!(lits.len(), 4);
    let file = "#[cfg(test)]\nmod plans;\nfn a() {}\n#[cfg(test)]\nmod tests {\n}";
    assert_eq!(without_tests(file), "#[cfg(test)]\nmod plans;\nfn a() {}\n");
}
