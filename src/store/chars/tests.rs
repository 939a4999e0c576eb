use super::*;
use crate::request::{Edit, Filter, NewNote, NewPledge, Sort};
use crate::store::{Seed, Store};

/// Texts with every kind of character the tokens must agree on: ASCII of both cases, digits,
/// punctuation and the LIKE wildcards, Chinese, two- and four-byte characters, the characters
/// FTS5's own tokenizers drop (spaces, tabs, newlines, a NUL), and nothing at all.
const TEXTS: [&str; 10] = [
    "推进超宽禁带半导体氧化镓功率器件省重点实验室",
    "Build the IEEE Lab in Changchun",
    "Raise coverage to 100% of counties_a\\b",
    "吉林省科学技术厅、长春市",
    "Ärger über Straße é É",
    "表情😀与𠀀字",
    "一行\n二行\t三\u{0}四",
    "  空格  ",
    "，。！？“引号”",
    "a",
];

fn new_pledge(title: &str, owner: &str, quote: Option<&str>) -> NewPledge {
    NewPledge {
        title: title.into(),
        owner: owner.into(),
        quote: quote.map(str::to_string),
        ..NewPledge::default()
    }
}

fn new_note(pledge: i64, body: &str) -> NewNote {
    NewNote::new(
        pledge,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        "督办室 王",
        body,
    )
}

/// A ledger of the texts in every field (owner and quote shifted, so each field holds other
/// text than the others), each with a note, written through the triggers.
fn ledger() -> Store {
    let mut store = Store::open_in_memory(Seed::Builtin).unwrap();
    for (n, title) in TEXTS.iter().enumerate() {
        let owner = TEXTS[(n + 3) % TEXTS.len()].trim();
        // A body's name has no control characters.
        let owner = if owner.is_empty() || owner.contains(char::is_control) {
            "某局"
        } else {
            owner
        };
        let quote = (n % 3 != 0).then(|| TEXTS[(n + 5) % TEXTS.len()]);
        let title = if title.trim().is_empty() {
            "标题"
        } else {
            title
        };
        let id = store
            .add_pledge(&new_pledge(title, owner, quote), "王")
            .unwrap();
        let body = TEXTS[(n + 7) % TEXTS.len()];
        if !body.trim().is_empty() {
            store.add_note(&new_note(id, body)).unwrap();
        }
    }
    store
}

/// Every token in both tables with where it stands, in order.
fn instances(store: &Store) -> Vec<(String, String, i64, String, i64)> {
    let mut all = Vec::new();
    for table in ["pledge_chars", "note_chars"] {
        store
            .conn
            .execute_batch(&format!(
                "DROP TABLE IF EXISTS temp.v; \
                 CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, {table}, instance);"
            ))
            .unwrap();
        let mut stmt = store
            .conn
            .prepare("SELECT term, doc, col, offset FROM temp.v ORDER BY doc, col, offset")
            .unwrap();
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    table.to_string(),
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                ))
            })
            .unwrap();
        all.extend(rows.map(|r| r.unwrap()));
    }
    all
}

#[test]
fn the_triggers_and_the_bulk_build_write_the_same_tokens() {
    let store = ledger();
    let by_triggers = instances(&store);
    assert!(by_triggers.len() > 500, "{}", by_triggers.len());
    store
        .conn
        .execute_batch(
            "INSERT INTO pledge_chars (pledge_chars) VALUES ('delete-all');
             INSERT INTO note_chars (note_chars) VALUES ('delete-all');",
        )
        .unwrap();
    assert!(instances(&store).is_empty());
    build(&store.conn).unwrap();
    assert_eq!(instances(&store), by_triggers);
}

#[test]
fn a_character_is_its_code_point_and_only_ascii_capitals_are_made_small() {
    assert_eq!(tokens("氧A a"), "6c27 61 20 61");
    assert_eq!(tokens("ÄäÉ😀\u{0}"), "c4 e4 c9 1f600 0");
    assert_eq!(tokens("\u{10}\u{ff}\u{10ffff}"), "10 ff 10ffff");
    assert_eq!(tokens(""), "");
    assert_eq!(phrase("化镓"), "\"5316 9553\"");
}

/// What the list found before these indexes: every text read, LIKE for a search with ASCII
/// letters (their case ignored), else the exact bytes.
fn scan(store: &Store, text: &str) -> Vec<i64> {
    let like = text.chars().any(|c| c.is_ascii_alphabetic());
    let (sql, value) = if like {
        let mut pattern = String::from("%");
        for c in text.chars() {
            if matches!(c, '%' | '_' | '\\') {
                pattern.push('\\');
            }
            pattern.push(c);
        }
        pattern.push('%');
        (
            "SELECT id FROM pledge p WHERE p.title LIKE ?1 ESCAPE '\\' OR p.owner LIKE ?1 ESCAPE '\\'
               OR p.quote LIKE ?1 ESCAPE '\\'
               OR p.id IN (SELECT pledge_id FROM note WHERE body LIKE ?1 ESCAPE '\\') ORDER BY id",
            pattern,
        )
    } else {
        (
            "SELECT id FROM pledge p WHERE instr(p.title, ?1) > 0 OR instr(p.owner, ?1) > 0
               OR instr(coalesce(p.quote, ''), ?1) > 0
               OR p.id IN (SELECT pledge_id FROM note WHERE instr(body, ?1) > 0) ORDER BY id",
            text.to_string(),
        )
    };
    let mut stmt = store.conn.prepare(sql).unwrap();
    let rows = stmt.query_map([value], |r| r.get(0)).unwrap();
    rows.map(|r| r.unwrap()).collect()
}

fn found(store: &Store, text: &str) -> Vec<i64> {
    let filter = Filter {
        search: Some(text.into()),
        ..Filter::default()
    };
    store.list_ids(&filter, Sort::Id).unwrap()
}

/// Every one- and two-character search made of the ledger's own texts (each character, each
/// pair side by side, in both ASCII cases), and pairs that stand in no text.
fn searches(store: &Store) -> Vec<String> {
    let mut texts: Vec<String> = TEXTS.iter().map(|t| t.to_string()).collect();
    let mut stmt = store
        .conn
        .prepare("SELECT title || owner || coalesce(quote, '') FROM pledge")
        .unwrap();
    texts.extend(
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap()),
    );
    let mut out = std::collections::BTreeSet::new();
    for text in texts {
        let chars: Vec<char> = text.chars().collect();
        for (n, c) in chars.iter().enumerate() {
            out.insert(c.to_string());
            out.insert(c.to_ascii_uppercase().to_string());
            if let Some(next) = chars.get(n + 1) {
                out.insert(format!("{c}{next}"));
                out.insert(format!("{c}{next}").to_ascii_uppercase());
            }
        }
    }
    out.extend(["镓氧", "%", "_", "0_", "%o", "\\b", "\"", "\"q"].map(String::from));
    out.into_iter().collect()
}

#[test]
fn one_and_two_character_searches_find_what_reading_every_text_finds() {
    let mut store = ledger();
    // Every search once, then every third one after each change (they take a while unoptimized).
    let check = |store: &Store, every: usize| {
        let all: Vec<String> = searches(store).into_iter().step_by(every).collect();
        assert!(all.len() > 100, "{}", all.len());
        let mut matched = 0;
        for text in &all {
            let scanned = scan(store, text);
            matched += usize::from(!scanned.is_empty());
            assert_eq!(found(store, text), scanned, "search {text:?}");
        }
        assert!(matched > all.len() / 2, "{matched} of {}", all.len());
    };
    check(&store, 1);
    // Edited texts are indexed again, the old ones gone.
    let edit = Edit {
        title: Some("改后的标题含镓".into()),
        owner: Some("新单位".into()),
        ..Edit::default()
    };
    for id in [10, 12, 14] {
        store.edit_pledge(id, &edit, "王", None).unwrap();
    }
    check(&store, 3);
    // An import builds the tables at once: the same searches find the same pledges.
    let data = store.export().unwrap();
    let mut copy = Store::open_in_memory(Seed::Empty).unwrap();
    copy.import(&data).unwrap();
    assert_eq!(instances(&copy), instances(&store));
    check(&copy, 3);
}

#[test]
fn two_characters_match_only_side_by_side_in_one_field() {
    let mut store = Store::open_in_memory(Seed::Empty).unwrap();
    let id = store
        .add_pledge(&new_pledge("建设氧", "化镓局", Some("Ab")), "王")
        .unwrap();
    store.add_note(&new_note(id, "ok")).unwrap();
    for (text, hits) in [
        ("氧", 1),
        ("设氧", 1),
        ("氧化", 0),
        ("化镓", 1),
        ("bo", 0),
        ("AB", 1),
        ("kA", 0),
        ("OK", 1),
        ("氧设", 0),
    ] {
        assert_eq!(found(&store, text).len(), hits, "{text:?}");
    }
}

/// A long note goes through the triggers in time linear in its length (the text is walked as
/// bytes): a megabyte of Chinese took hours the way `substr` counts characters.
#[test]
fn a_long_note_is_indexed_whole() {
    let mut store = Store::open_in_memory(Seed::Empty).unwrap();
    let id = store
        .add_pledge(&new_pledge("标题", "某局", None), "王")
        .unwrap();
    let mut body = "进展顺利".repeat(20_000);
    body.push_str("末尾");
    store.add_note(&new_note(id, &body)).unwrap();
    assert_eq!(found(&store, "尾"), [id]);
    assert_eq!(found(&store, "末尾"), [id]);
    assert_eq!(found(&store, "利末"), [id]);
    assert!(found(&store, "尾末").is_empty());
}
