//! Every letter the reader can be given, cut short or damaged, goes through reading and
//! extraction without a panic: a letter is outside input, and a panic is no way to refuse it.

use std::io::Write;

use super::read::decode;
use super::{extract, meta, normalize};

/// The letters of the fixtures, and the one built in.
fn fixture_letters() -> Vec<Vec<u8>> {
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = workspace.join("tests/fixtures/letters");
    let builtin = workspace.join("data/jilin-st-reply-2025-05-19.txt");
    let mut out = vec![std::fs::read(builtin).unwrap_or_default()];
    for dir in [root.clone(), root.join("own")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if path.extension().is_some_and(|e| e == "txt") {
                out.push(std::fs::read(&path).unwrap_or_default());
            }
        }
    }
    // The built-in letter and the six fixtures: a wrong path must not leave nothing to test.
    assert!(
        out.len() >= 7 && out.iter().all(|l| !l.is_empty()),
        "fixtures"
    );
    out
}

/// A letter as a web page, with multibyte text inside its tags and attributes.
fn as_html(text: &str) -> Vec<u8> {
    let body: String = text
        .lines()
        .map(|l| format!("<p class=\"正文\" title=\"答复&amp;办理\">{l}&nbsp;&#x3002;</p>\n"))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>答复</title><style>p{{}}</style>\
         <script>var 说明='<p>';</script></head><body><nav>首页</nav>{body}\
         <!-- 注释 --><footer>版权</footer></body></html>"
    )
    .into_bytes()
}

/// A letter as a Word document: its lines as paragraphs of `word/document.xml`.
fn as_docx(text: &str) -> Vec<u8> {
    let paragraphs: String = text
        .lines()
        .map(|l| {
            let l = l.replace('&', "&amp;").replace('<', "&lt;");
            format!("<w:p><w:r><w:t>{l}</w:t><w:tab/><w:br/></w:r></w:p>")
        })
        .collect();
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document><w:body>{paragraphs}</w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let written = zip
        .start_file("word/document.xml", options)
        .and_then(|()| zip.write_all(xml.as_bytes()).map_err(Into::into))
        .and_then(|()| zip.finish());
    written.map(|c| c.into_inner()).unwrap_or_default()
}

/// Pages built to hit the reader's corners: tags and entities cut off, nothing closed.
fn hostile() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = [
        "<html><body><p>下一步，我局将于2025年底前完成。</p><p 标题=\"下一步",
        "<html><body><script>下一步",
        "<html><!-- 下一步，我局将",
        "<html><body>&#x110000;&#99999999999;&#x;&#;&;&&&&下一步&nb",
        "<html><body><<<<<<<下一步>>>>>><//p><p/>",
        "下一步，我局将在999999999999年内完成99999999999999999999个。",
        "下一步，我局将在4294967295年内完成，并在明年底前完成，同时，在之前，",
        "下一步，我局将用4294967295年时间完成改造。",
        "一是二是三是四是。1.2、（一）(1)十是",
        "\u{feff}下一步\r\n\r\n  一是\u{3000}\u{3000}。\r",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    out.push(b"\xff\xfe<\0h\0t\0m\0l\0>\0".to_vec());
    out.push(b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec());
    out
}

/// Reads and extracts; only a panic fails (a refusal is a fine answer).
fn read_all(bytes: &[u8]) {
    if let Ok(source) = decode(bytes) {
        let paragraphs = normalize::paragraphs(&source.text);
        let meta = meta::read(&paragraphs);
        for d in &extract::drafts(&paragraphs, &meta) {
            let _ = extract::split_points(&d.quote);
            let _ = extract::draft_of(&d.quote, &meta, Some(&d.owner));
        }
    }
}

/// Every cut of `bytes` near its ends, and a spread of cuts through the middle.
fn cuts(len: usize) -> Vec<usize> {
    let step = (len / 150).max(1);
    let mut at: Vec<usize> = (0..len.min(64)).collect();
    at.extend((0..len).step_by(step));
    at.extend(len.saturating_sub(64)..len);
    at
}

#[test]
fn letters_cut_short_at_any_byte_are_read_without_a_panic() {
    let texts: Vec<String> = fixture_letters()
        .iter()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect();
    let mut letters = fixture_letters();
    letters.extend(texts.iter().map(|t| as_html(t)));
    letters.extend(texts.iter().map(|t| as_docx(t)));
    letters.extend(hostile());
    for letter in &letters {
        for cut in cuts(letter.len()) {
            read_all(&letter[..cut]);
        }
        read_all(letter);
    }
}

#[test]
fn letters_with_bytes_changed_at_random_are_read_without_a_panic() {
    let mut letters = fixture_letters();
    let texts: Vec<String> = letters
        .iter()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect();
    letters.extend(texts.iter().map(|t| as_html(t)));
    letters.extend(texts.iter().map(|t| as_docx(t)));
    // A fixed sequence, so a failure repeats.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) as usize
    };
    let interesting = [
        b'<', b'>', b'&', b';', b'#', 0xE4, 0xB8, 0x80, 0xFF, 0, b'\n',
    ];
    for letter in &letters {
        for _ in 0..40 {
            let mut bytes = letter.clone();
            for _ in 0..1 + next() % 4 {
                if bytes.is_empty() {
                    break;
                }
                let at = next() % bytes.len();
                match next() % 3 {
                    0 => bytes[at] = interesting[next() % interesting.len()],
                    1 => bytes[at] = (next() & 0xFF) as u8,
                    _ => {
                        bytes.remove(at);
                    }
                }
            }
            read_all(&bytes);
        }
    }
}
