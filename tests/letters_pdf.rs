//! Letters as they arrive: PDFs made from the dev letters' texts import with the drafts of the
//! texts, a scan of one through OCR with at least 80% of them, and files that are no readable
//! letter are refused with what they are. Fixtures: `tests/fixtures/pdf` (see its README.md).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed expectation is the test failing

#[path = "support/cli.rs"]
mod support;

use std::path::{Path, PathBuf};

use pledge::letter::import::Import;
use pledge::letter::normalize::squeeze;
use pledge::model::Origin;
use support::{ledger_in, pledge, stdout};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn pdf_dir() -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/pdf")
}

/// The dev letters: (fixture name, their text).
fn dev() -> [(&'static str, PathBuf); 3] {
    let letters = Path::new(ROOT).join("tests/fixtures/letters");
    [
        (
            "jilin-st-reply-2025-05-19",
            Path::new(ROOT).join("data/jilin-st-reply-2025-05-19.txt"),
        ),
        (
            "huoqiu-cgj-reply-2023-07-31",
            letters.join("huoqiu-cgj-reply-2023-07-31.txt"),
        ),
        (
            "xinzheng-reply-2021-09-19",
            letters.join("xinzheng-reply-2021-09-19.txt"),
        ),
    ]
}

/// Each draft as compared: quote without whitespace, owner, deadline.
fn drafts(import: &Import) -> Vec<(String, String, Option<chrono::NaiveDate>)> {
    import
        .drafts
        .iter()
        .map(|d| (squeeze(&d.quote), d.owner.clone(), d.deadline))
        .collect()
}

#[test]
fn a_text_pdf_of_each_dev_letter_gives_the_drafts_of_its_text() {
    for (name, text) in dev() {
        let from_text = Import::read(&text).unwrap();
        let pdf = Import::read(&pdf_dir().join(format!("{name}.pdf"))).unwrap();
        assert_eq!(pdf.read_as, "PDF");
        assert!(
            matches!(pdf.origin, Origin::PdfText { pages } if pages >= 1),
            "{name}: {:?}",
            pdf.origin
        );
        assert!(!from_text.drafts.is_empty(), "{name}");
        assert_eq!(drafts(&pdf), drafts(&from_text), "{name}");
        assert_eq!(pdf.meta, from_text.meta, "{name}");
        // The running header and the page numbers are not in the letter.
        for gone in ["办理答复", "— 1 —", "— 2 —"] {
            assert!(
                !pdf.paragraphs.iter().any(|p| p.contains(gone)),
                "{name}: {gone}"
            );
        }
    }
}

/// Whether Tesseract is on PATH; when not, the OCR tests say so loudly and skip.
fn tesseract_here(test: &str) -> bool {
    let found = std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .any(|d| d.join("tesseract").is_file());
    if !found {
        eprintln!(
            "SKIPPED: tesseract not installed, {test} not run (apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)"
        );
    }
    found
}

/// How alike two quotes are: the longest common subsequence over the longer length.
fn alike(a: &str, b: &str) -> f64 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row = vec![0usize; b.len() + 1];
    for x in &a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()] as f64 / a.len().max(b.len()).max(1) as f64
}

#[test]
fn a_scan_of_a_letter_reads_by_ocr_with_at_least_four_fifths_of_its_pledges() {
    if !tesseract_here("the scanned PDF") {
        return;
    }
    let (name, text) = &dev()[0];
    let from_text = Import::read(text).unwrap();
    let scan = Import::read(&pdf_dir().join(format!("{name}.scan.pdf"))).unwrap();
    let Origin::Ocr { pages, confidence } = scan.origin else {
        panic!("{:?}", scan.origin);
    };
    assert_eq!((scan.read_as.as_str(), pages), ("OCR", 8));
    assert!(confidence >= 60, "mean confidence {confidence}");
    let read: Vec<String> = scan.drafts.iter().map(|d| squeeze(&d.quote)).collect();
    let found = from_text
        .drafts
        .iter()
        .filter(|d| {
            let q = squeeze(&d.quote);
            read.iter().any(|r| alike(&q, r) >= 0.8)
        })
        .count();
    eprintln!(
        "OCR found {found} of the text's {} pledges",
        from_text.drafts.len()
    );
    assert!(
        found * 5 >= from_text.drafts.len() * 4,
        "{found} of {}",
        from_text.drafts.len()
    );
}

#[test]
fn a_png_and_a_tiff_scan_read_by_ocr_and_the_review_knows_what_ocr_doubted() {
    if !tesseract_here("the PNG and TIFF scans") {
        return;
    }
    let text = Import::read(&dev()[2].1).unwrap();
    for ending in ["png", "tif"] {
        let scan =
            Import::read(&pdf_dir().join(format!("xinzheng-reply-2021-09-19.scan.{ending}")))
                .unwrap();
        assert!(
            matches!(scan.origin, Origin::Ocr { pages: 1, confidence } if confidence >= 60),
            "{ending}: {:?}",
            scan.origin
        );
        assert_eq!(scan.drafts.len(), text.drafts.len(), "{ending}");
        let chars = squeeze(&scan.text).chars().count();
        assert!(
            scan.doubtful
                .iter()
                .all(|r| r.start < r.end && r.end <= chars),
            "{ending}: {:?}",
            scan.doubtful
        );
    }
}

/// What `import-letter --dry-run FILE` says on standard error, and that it failed.
fn refused(file: &Path, env: &[(&str, &str)]) -> (String, i32) {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let mut cmd = support::command(&db, &["import-letter", "--yes"]);
    cmd.arg(file);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let letters = stdout(&pledge(&db, &["letters", "--format", "json"]));
    assert_eq!(
        letters.matches("\"claim_not_kept\"").count(),
        1,
        "nothing added: {letters}"
    );
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn pdfs_that_are_no_readable_letter_are_refused_with_what_they_are_and_nothing_added() {
    let bad = pdf_dir().join("bad");
    let dir = tempfile::tempdir().unwrap();
    let damaged = dir.path().join("damaged.pdf");
    let whole = std::fs::read(pdf_dir().join("xinzheng-reply-2021-09-19.pdf")).unwrap();
    std::fs::write(&damaged, &whole[..whole.len() / 3]).unwrap();
    for (file, says) in [
        (bad.join("locked.pdf"), "is a PDF locked with a password"),
        (
            bad.join("blank.pdf"),
            "is a PDF of 1 page(s) with neither text nor scanned pages to read",
        ),
        (
            bad.join("sixty-one-pages.pdf"),
            "is a PDF of 61 pages; a letter is read from at most 60",
        ),
        (damaged, "is a damaged PDF"),
    ] {
        let (said, code) = refused(&file, &[]);
        assert!(
            said.contains(says) && said.contains("nothing imported"),
            "{file:?}: {said}"
        );
        assert_eq!(code, 2, "{said}");
    }
}

#[test]
fn a_scan_without_tesseract_on_path_says_what_to_install_and_tries_nothing_else() {
    let empty = tempfile::tempdir().unwrap();
    let path = empty.path().to_str().unwrap();
    let scan = pdf_dir().join("xinzheng-reply-2021-09-19.scan.png");
    let (said, code) = refused(&scan, &[("PATH", path)]);
    assert!(
        said.contains("reading it takes `tesseract`, which is not installed")
            && said.contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim"),
        "{said}"
    );
    assert_eq!(code, 1, "{said}");
}

#[test]
fn an_image_that_is_not_a_letter_is_refused_with_what_ocr_found() {
    if !tesseract_here("the picture that is not a letter") {
        return;
    }
    let (said, code) = refused(&pdf_dir().join("bad/not-a-letter.png"), &[]);
    assert!(
        said.contains("holds no letter that OCR could read"),
        "{said}"
    );
    assert_eq!(code, 2, "{said}");
}

#[test]
fn a_letter_added_from_a_pdf_keeps_where_its_text_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let db = ledger_in(dir.path());
    let pdf = pdf_dir().join("xinzheng-reply-2021-09-19.pdf");
    stdout(&pledge(
        &db,
        &["import-letter", "--yes", pdf.to_str().unwrap()],
    ));
    let store = pledge::store::Store::open(&db).unwrap();
    let letters = store.letters().unwrap();
    let origins: Vec<Option<Origin>> = letters.iter().map(|l| l.origin).collect();
    assert_eq!(
        origins,
        [Some(Origin::Text), Some(Origin::PdfText { pages: 1 })]
    );
}
