//! Both languages' catalogues hold the same messages with the same arguments, so neither
//! language ever shows a message id or an English sentence in a Chinese screen.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use std::collections::{BTreeMap, BTreeSet};

const EN: &str = include_str!("../i18n/en/pledge.ftl");
const ZH: &str = include_str!("../i18n/zh/pledge.ftl");

/// Each message id with the variables its text (and its continuation lines) uses.
fn messages(file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for (n, line) in file.lines().enumerate() {
        let text = if line.starts_with([' ', '\t']) {
            line
        } else if line.trim().is_empty() || line.starts_with('#') {
            current = None;
            continue;
        } else {
            let (id, value) = line
                .split_once('=')
                .unwrap_or_else(|| panic!("line {}: not `id = text`: {line}", n + 1));
            let id = id.trim().to_string();
            assert!(
                found.insert(id.clone(), BTreeSet::new()).is_none(),
                "line {}: {id} twice",
                n + 1
            );
            current = Some(id);
            value
        };
        let Some(id) = &current else {
            panic!("line {}: a continuation outside a message", n + 1);
        };
        let vars = found.get_mut(id).expect("inserted above");
        let mut rest = text;
        while let Some(at) = rest.find("{$").or_else(|| rest.find("{ $")) {
            rest = rest[at..].trim_start_matches(['{', ' ', '$']);
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            vars.insert(name);
        }
    }
    found
}

#[test]
fn both_catalogues_hold_the_same_messages_with_the_same_arguments() {
    let (en, zh) = (messages(EN), messages(ZH));
    let only = |a: &BTreeMap<_, _>, b: &BTreeMap<_, _>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(only(&en, &zh), Vec::<String>::new(), "in English only");
    assert_eq!(only(&zh, &en), Vec::<String>::new(), "in Chinese only");
    for (id, vars) in &en {
        assert_eq!(vars, &zh[id], "{id} takes other arguments in Chinese");
    }
    assert!(en.len() > 5, "the parser found the messages");
}

#[test]
fn no_message_carries_invisible_direction_marks_or_escapes() {
    for (name, file) in [("en", EN), ("zh", ZH)] {
        for (n, line) in file.lines().enumerate() {
            assert!(
                !line
                    .chars()
                    .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{1b}' | '\u{200b}')),
                "{name} line {}: {line:?}",
                n + 1
            );
        }
    }
}

#[test]
fn the_parser_sees_a_missing_message_and_a_renamed_argument() {
    let a = messages("x = a {$n}\ny = b\n");
    let b = messages("x = a {$m}\n");
    assert_ne!(a, b);
    assert!(!b.contains_key("y"));
    assert_ne!(a["x"], b["x"]);
}
