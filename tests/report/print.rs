//! The HTML report printed to A4 by a headless browser, when one is installed: CI has none,
//! so without it the test says loudly that it was skipped (the README gives the command to
//! run by hand).

use std::path::Path;
use std::process::Command;

use super::Ledger;

/// The first browser of these on PATH.
fn browser() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// Prints `html` to `pdf` as the README's manual check does.
fn print(browser: &str, html: &Path, pdf: &Path, profile: &Path) -> bool {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(html)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The size of each page of a PDF in points, from its `/MediaBox` entries.
fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/MediaBox")
        .filter_map(|(at, _)| {
            let rest = &text[at..];
            let open = rest.find('[')?;
            let close = rest.find(']')?;
            let n: Vec<f64> = rest[open + 1..close]
                .split_whitespace()
                .filter_map(|v| v.parse().ok())
                .collect();
            (n.len() == 4).then(|| (n[2] - n[0], n[3] - n[1]))
        })
        .collect()
}

#[test]
fn the_chinese_html_prints_on_a4_in_a_headless_browser() {
    let Some(browser) = browser() else {
        eprintln!(
            "SKIPPED the_chinese_html_prints_on_a4_in_a_headless_browser: no chromium on PATH; \
             run the README's manual check instead"
        );
        return;
    };
    let l = Ledger::fixture();
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    std::fs::write(&html, l.report_in("zh", &["--format", "html"])).unwrap();
    let (pdf, profile) = (dir.path().join("report.pdf"), dir.path().join("profile"));
    assert!(
        print(browser, &html, &pdf, &profile),
        "{browser} did not print"
    );
    let sizes = page_sizes(&std::fs::read(&pdf).unwrap());
    assert!(!sizes.is_empty(), "no page in the PDF");
    // A4 is 595.28 × 841.89 points.
    for (w, h) in sizes {
        assert!(
            (w - 595.28).abs() < 2.0 && (h - 841.89).abs() < 2.0,
            "{w} × {h}"
        );
    }
}
