//! Reading reply letters: the hand-labelled dev letters (from `shared/letters/dev`, copied into
//! `tests/fixtures/letters`) keep every labelled sentence through reading and normalising.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

use std::path::Path;

use pledge::letter::{meta, normalize, read};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/letters");
const JILIN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/jilin-st-reply-2025-05-19.txt"
);

fn labels(name: &str) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(Path::new(DIR).join(format!("{name}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_labelled_quote_survives_reading_and_normalising() {
    for (name, file) in [
        ("jilin-st-reply-2025-05-19", JILIN.to_string()),
        (
            "huoqiu-cgj-reply-2023-07-31",
            format!("{DIR}/huoqiu-cgj-reply-2023-07-31.txt"),
        ),
        (
            "xinzheng-reply-2021-09-19",
            format!("{DIR}/xinzheng-reply-2021-09-19.txt"),
        ),
    ] {
        let source = read::read(Path::new(&file)).unwrap();
        assert_eq!(source.read_as, "UTF-8");
        let paragraphs = normalize::paragraphs(&source.text);
        let joined = normalize::squeeze(&paragraphs.join(""));
        for label in labels(name) {
            let quote = normalize::squeeze(label["quote"].as_str().unwrap());
            assert!(joined.contains(&quote), "{name}: lost {quote}");
        }
        // No paragraph keeps a PDF artefact: a space between two Chinese characters.
        for p in &paragraphs {
            let chars: Vec<char> = p.chars().collect();
            for w in chars.windows(3) {
                assert!(
                    !(w[1] == ' ' && normalize::is_cjk(w[0]) && normalize::is_cjk(w[2])),
                    "{name}: stray space in {p}"
                );
            }
        }
        let m = meta::read(&paragraphs);
        assert!(
            m.addressee.is_some() && m.title.is_some() && m.issued_on.is_some(),
            "{name}: {m:?}"
        );
    }
}

#[test]
fn a_gbk_copy_of_a_letter_reads_the_same_and_says_so() {
    let text = std::fs::read_to_string(format!("{DIR}/xinzheng-reply-2021-09-19.txt")).unwrap();
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("letter.txt");
    std::fs::write(&file, &gbk).unwrap();
    let source = read::read(&file).unwrap();
    assert_eq!(source.read_as, "GB18030");
    assert_eq!(source.text, text);
}
