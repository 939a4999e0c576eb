//! The words of reading PDFs and scans: what a PDF or an image is when it cannot be read, a
//! program OCR needs and how to install it, and where a letter's text came from.

use std::path::Path;

use crate::error::letter::Refusal;
use crate::t;
use crate::text::inert;
use pledge_core::letter::ocr::{DOUBTFUL_BELOW, MIN_CHARS, MIN_CONFIDENCE};
use pledge_core::letter::{Image, NotALetter};
use pledge_core::model::Origin;

fn shown(path: &Path) -> String {
    inert(&path.display().to_string()).into_owned()
}

/// A refusal of reading a scan, or `None` for one this module does not word.
pub fn refusal(r: &Refusal) -> Option<String> {
    Some(match r {
        Refusal::ProgramMissing {
            path,
            program,
            package,
        } => t!(
            "ocr-program-missing",
            path = shown(path),
            program = program.to_string(),
            package = package.to_string()
        ),
        Refusal::OcrLanguageMissing { path, package } => {
            t!(
                "ocr-language-missing",
                path = shown(path),
                package = package.to_string()
            )
        }
        Refusal::ProgramTimedOut {
            path,
            program,
            seconds,
        } => t!(
            "ocr-timed-out",
            path = shown(path),
            program = program.to_string(),
            seconds = seconds.to_string()
        ),
        Refusal::ProgramFailed {
            path,
            program,
            detail,
        } => t!(
            "ocr-failed",
            path = shown(path),
            program = program.to_string(),
            detail = inert(detail).into_owned()
        ),
        _ => return None,
    })
}

/// What a PDF or image is instead of a readable letter, or `None` for another reason.
pub fn not_a_letter(why: &NotALetter) -> Option<String> {
    Some(match why {
        NotALetter::PdfDamaged => t!("ocr-pdf-damaged"),
        NotALetter::PdfEncrypted => t!("ocr-pdf-encrypted"),
        NotALetter::PdfNoPages => t!("ocr-pdf-no-pages"),
        NotALetter::PdfTooManyPages { pages, limit } => t!(
            "ocr-pdf-too-many-pages",
            pages = pages.to_string(),
            limit = limit.to_string()
        ),
        NotALetter::PdfTooLarge { limit } => {
            t!("ocr-pdf-too-large", limit = (limit >> 20).to_string())
        }
        NotALetter::PdfNoText { pages } => t!("ocr-pdf-no-text", pages = pages.to_string()),
        NotALetter::PdfScanned { pages } => t!("ocr-pdf-scanned", pages = pages.to_string()),
        NotALetter::ImageUnreadable(kind) => t!(
            "ocr-image-unreadable",
            kind = match kind {
                Image::Png => crate::ts!("letter-png"),
                Image::Jpeg => crate::ts!("letter-jpeg"),
                Image::Gif => crate::ts!("letter-gif"),
                Image::Tiff => crate::ts!("letter-tiff"),
            }
        ),
        NotALetter::ImageTooLarge {
            width,
            height,
            limit,
        } => t!(
            "ocr-image-too-large",
            width = width.to_string(),
            height = height.to_string(),
            limit = (limit / 1_000_000).to_string()
        ),
        NotALetter::ScanNoText { chars, confidence } => t!(
            "ocr-scan-no-text",
            chars = chars.to_string(),
            confidence = confidence.to_string(),
            min_chars = MIN_CHARS.to_string(),
            min_confidence = MIN_CONFIDENCE.to_string()
        ),
        _ => return None,
    })
}

/// Where a letter's text came from, as the review's title says it: the way a file of text was
/// read ("UTF-8", "DOCX"), the PDF's text layer with its pages, or OCR with its confidence.
pub fn origin(origin: Origin, read_as: &str) -> String {
    match origin {
        Origin::Text => read_as.to_string(),
        Origin::PdfText { pages } => t!("ocr-origin-pdf", pages = pages.to_string()),
        Origin::Ocr { pages, confidence } => t!(
            "ocr-origin-ocr",
            pages = pages.to_string(),
            confidence = confidence.to_string()
        ),
    }
}

/// The legend under a letter read by OCR: what the marked words are.
pub fn legend() -> String {
    t!("ocr-legend", threshold = DOUBTFUL_BELOW.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::errors::zh_tests::assert_chinese;
    use crate::messages::lang::{Lang, with};

    fn refusals() -> Vec<Refusal> {
        let path = || std::path::PathBuf::from("扫描件\u{1b}[2J.pdf");
        vec![
            Refusal::ProgramMissing {
                path: path(),
                program: "tesseract",
                package: "tesseract-ocr tesseract-ocr-chi-sim",
            },
            Refusal::OcrLanguageMissing {
                path: path(),
                package: "tesseract-ocr-chi-sim",
            },
            Refusal::ProgramTimedOut {
                path: path(),
                program: "pdftoppm",
                seconds: 120,
            },
            Refusal::ProgramFailed {
                path: path(),
                program: "tesseract",
                detail: String::from("1: Error \u{1b}[31m in pixReadStream"),
            },
        ]
    }

    #[test]
    fn a_missing_program_names_what_to_install_and_every_refusal_is_inert() {
        let said = crate::messages::letter::refusal(&refusals()[0]);
        assert!(
            said.contains("`tesseract`, which is not installed")
                && said.contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim")
                && said.ends_with("nothing imported"),
            "{said}"
        );
        for r in refusals() {
            let said = crate::messages::letter::refusal(&r);
            assert!(!said.contains('\u{1b}') && !said.is_empty(), "{said:?}");
        }
    }

    #[test]
    fn the_refusals_origins_and_legend_are_chinese() {
        with(Lang::Zh, || {
            for r in refusals() {
                let said = crate::messages::letter::refusal(&r);
                assert_chinese(&said, &["1: Error [31m in pixReadStream".into()]);
                assert!(said.ends_with("；未导入任何内容"), "{said}");
            }
            assert_eq!(
                origin(
                    Origin::Ocr {
                        pages: 2,
                        confidence: 88
                    },
                    "OCR"
                ),
                "文字识别（2 页，平均置信度 88%）"
            );
            assert_eq!(
                origin(Origin::PdfText { pages: 3 }, "PDF"),
                "PDF 文字层（3 页）"
            );
            assert_eq!(origin(Origin::Text, "UTF-8"), "UTF-8");
            assert!(legend().contains("低于 70%"), "{}", legend());
        });
    }
}
