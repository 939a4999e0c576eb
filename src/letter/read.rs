//! A letter file to text: the checks a path needs before its bytes are read (a folder, a
//! pipe, an empty or oversized file), then the core's decoding, or OCR for a scan.

use std::io::Read;
use std::path::Path;

pub use pledge_core::letter::read::{MAX_BYTES, MAX_DOCX_XML_BYTES, Source, decode, html_to_text};

use super::ocr::{self, Scan};
use super::{Image, NotALetter, Refusal};
use crate::error::{Error, Result};

/// Reads a letter file, refusing one that is not a regular, non-empty file of at most
/// [`MAX_BYTES`] or whose bytes are not a letter's text. A scanned PDF and a PNG, JPEG or
/// TIFF image are read by OCR.
pub fn read(path: &Path) -> Result<Source> {
    let named = || path.to_path_buf();
    let failed = |error| {
        Error::Letter(Refusal::Io {
            path: named(),
            error,
        })
    };
    let meta = std::fs::metadata(path).map_err(failed)?;
    if meta.is_dir() {
        return Err(Error::Letter(Refusal::Directory { path: named() }));
    }
    if !meta.is_file() {
        return Err(Error::Letter(Refusal::NotAFile { path: named() }));
    }
    if meta.len() == 0 {
        return Err(Error::Letter(Refusal::Empty { path: named() }));
    }
    if meta.len() > MAX_BYTES {
        return Err(Error::Letter(Refusal::TooLarge {
            path: named(),
            bytes: meta.len(),
        }));
    }
    // Read no more than the limit even if the file grows (or was swapped) after the check.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(failed)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Error::Letter(Refusal::Grew { path: named() }));
    }
    match decode(&bytes) {
        Err(NotALetter::PdfScanned { pages }) => ocr::read(
            path,
            Scan::Pdf {
                bytes: &bytes,
                pages,
            },
        ),
        Err(NotALetter::Image(kind @ (Image::Png | Image::Jpeg | Image::Tiff))) => ocr::read(
            path,
            Scan::Image {
                bytes: &bytes,
                kind,
            },
        ),
        read => read.map_err(|why| Error::Letter(Refusal::not_a_letter(path, why))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(path: &Path) -> Refusal {
        match read(path) {
            Err(Error::Letter(r)) => r,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_folder_an_empty_file_and_a_missing_one_are_refused_as_facts_naming_the_path() {
        let dir = tempfile::tempdir().expect("dir");
        assert!(matches!(
            refused(dir.path()),
            Refusal::Directory { path } if path == dir.path()
        ));
        let empty = dir.path().join("empty.txt");
        std::fs::write(&empty, "").expect("write");
        assert!(matches!(refused(&empty), Refusal::Empty { path } if path == empty));
        let missing = refused(&dir.path().join("missing.txt"));
        assert!(
            matches!(missing, Refusal::Io { .. }) && !missing.is_usage(),
            "a file that cannot be read is a failure (exit 1), not a usage error"
        );
        let pdf = dir.path().join("letter.pdf");
        std::fs::write(&pdf, "%PDF-1.7").expect("write");
        let not = refused(&pdf);
        assert!(
            matches!(
                &not,
                Refusal::NotALetter {
                    why: NotALetter::PdfDamaged,
                    ..
                }
            ) && not.is_usage()
        );
    }
}
