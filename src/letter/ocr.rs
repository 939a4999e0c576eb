//! Scans read by OCR: the page images of a scanned PDF rendered by poppler's `pdftoppm`, each
//! page read by `tesseract` (Simplified Chinese) as TSV, both found on `PATH` when needed.
//!
//! Programs get arguments, never a shell line; they run on a private copy of the file in a
//! private temporary folder, removed afterwards, each with a time limit and a bound on what
//! it may print.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pledge_core::letter::image_size::{self, MAX_PIXELS};
use pledge_core::letter::layout::{self, Page};
use pledge_core::letter::ocr::{self, MIN_CHARS, MIN_CONFIDENCE};
use pledge_core::letter::read::Source;
use pledge_core::letter::{Image, NotALetter};
use pledge_core::model::Origin;

use super::Refusal;
use crate::error::{Error, Result};

/// What the Debian packages are called, for the message when a program is missing.
pub const TESSERACT_PACKAGES: &str = "tesseract-ocr tesseract-ocr-chi-sim";
pub const POPPLER_PACKAGE: &str = "poppler-utils";
const LANGUAGE_PACKAGE: &str = "tesseract-ocr-chi-sim";

/// The long side of a rendered page in pixels: an A4 page at 300 dpi, what Tesseract reads best,
/// whatever size the PDF says its pages are.
const PAGE_PIXELS: &str = "3508";
/// Time for rendering all pages, and for reading each page (a busy machine is slow).
const RENDER_SECONDS: u64 = 120;
const PAGE_SECONDS: u64 = 90;
/// What a program may print: a page's TSV is some tens of kilobytes.
const MAX_OUTPUT: usize = 8 << 20;

/// What is to be read by OCR.
pub enum Scan<'a> {
    Pdf { bytes: &'a [u8], pages: usize },
    Image { bytes: &'a [u8], kind: Image },
}

/// The text OCR reads of a scan, with its pages, mean confidence and the words it doubts.
pub fn read(path: &Path, scan: Scan<'_>) -> Result<Source> {
    let refused = |why| Error::Letter(Refusal::not_a_letter(path, why));
    if let Scan::Image { bytes, kind } = &scan {
        let (w, h) = image_size::size(bytes, *kind)
            .ok_or_else(|| refused(NotALetter::ImageUnreadable(*kind)))?;
        if u64::from(w) * u64::from(h) > MAX_PIXELS {
            return Err(refused(NotALetter::ImageTooLarge {
                width: w,
                height: h,
                limit: MAX_PIXELS,
            }));
        }
    }
    let tesseract = find(path, "tesseract", TESSERACT_PACKAGES)?;
    let langs = run(
        path,
        "tesseract",
        Command::new(&tesseract).arg("--list-langs"),
        PAGE_SECONDS,
    )?;
    if !String::from_utf8_lossy(&langs)
        .lines()
        .any(|l| l.trim() == "chi_sim")
    {
        return Err(Error::Letter(Refusal::OcrLanguageMissing {
            path: path.to_path_buf(),
            package: LANGUAGE_PACKAGE,
        }));
    }
    let dir = tempfile::Builder::new()
        .prefix("pledge-ocr-")
        .tempdir()
        .map_err(|error| io(path, error))?;
    let images = match scan {
        Scan::Pdf { bytes, pages } => render(path, dir.path(), bytes, pages)?,
        Scan::Image { bytes, kind } => {
            let ending = match kind {
                Image::Png => "png",
                Image::Jpeg => "jpg",
                Image::Tiff | Image::Gif => "tif",
            };
            let copy = dir.path().join(format!("scan.{ending}"));
            std::fs::write(&copy, bytes).map_err(|error| io(path, error))?;
            vec![copy]
        }
    };
    // One run for every page: the language data is loaded once.
    let list = dir.path().join("pages.txt");
    let listed: String = images
        .iter()
        .map(|p| format!("{}\n", p.display()))
        .collect();
    std::fs::write(&list, listed).map_err(|error| io(path, error))?;
    let tsv = run(
        path,
        "tesseract",
        Command::new(&tesseract)
            .arg(&list)
            .arg("stdout")
            .args(["-l", "chi_sim", "--psm", "3", "tsv"])
            // One thread: the machine's other work keeps its cores, and on a busy machine
            // threads only wait on each other.
            .env("OMP_THREAD_LIMIT", "1"),
        PAGE_SECONDS * images.len() as u64,
    )?;
    let reads = ocr::pages(&String::from_utf8_lossy(&tsv), images.len());
    let confidence = ocr::mean_confidence(&reads);
    let chars: usize = reads.iter().map(|r| r.chars).sum();
    if chars < MIN_CHARS || confidence < MIN_CONFIDENCE {
        return Err(refused(NotALetter::ScanNoText { chars, confidence }));
    }
    let mut pages: Vec<Page> = reads.into_iter().map(|r| r.page).collect();
    layout::strip_running(&mut pages);
    let laid = layout::text(&pages);
    Ok(Source {
        text: laid.text,
        read_as: String::from("OCR"),
        origin: Origin::Ocr {
            pages: u32::try_from(images.len()).unwrap_or(u32::MAX),
            confidence,
        },
        doubtful: laid.doubtful,
    })
}

fn io(path: &Path, error: std::io::Error) -> Error {
    Error::Letter(Refusal::Io {
        path: path.to_path_buf(),
        error,
    })
}

/// The PDF's pages as grey PNG images in `dir`, in page order.
fn render(path: &Path, dir: &Path, bytes: &[u8], pages: usize) -> Result<Vec<PathBuf>> {
    let pdftoppm = find(path, "pdftoppm", POPPLER_PACKAGE)?;
    let copy = dir.join("scan.pdf");
    std::fs::write(&copy, bytes).map_err(|error| io(path, error))?;
    run(
        path,
        "pdftoppm",
        Command::new(&pdftoppm)
            .args(["-gray", "-png", "-scale-to", PAGE_PIXELS])
            .args(["-f", "1", "-l", &pages.to_string()])
            .arg(&copy)
            .arg(dir.join("page")),
        RENDER_SECONDS,
    )?;
    let mut images: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|error| io(path, error))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    // page-1.png … page-10.png: by the number, not the name.
    images.sort_by_key(|p| {
        p.file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.rsplit('-').next())
            .and_then(|n| n.parse::<usize>().ok())
    });
    if images.is_empty() {
        return Err(Error::Letter(Refusal::not_a_letter(
            path,
            NotALetter::PdfNoText { pages },
        )));
    }
    Ok(images)
}

/// The program on `PATH`, or a refusal naming the package that installs it.
fn find(path: &Path, program: &'static str, package: &'static str) -> Result<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(program))
        .find(|p| {
            std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
        .ok_or_else(|| {
            Error::Letter(Refusal::ProgramMissing {
                path: path.to_path_buf(),
                program,
                package,
            })
        })
}

/// Runs a program to its end or its time limit, returning what it printed (at most
/// [`MAX_OUTPUT`]); a failure is refused with its exit and the first line of its errors.
fn run(path: &Path, program: &'static str, command: &mut Command, seconds: u64) -> Result<Vec<u8>> {
    let failed = |detail: String| {
        Error::Letter(Refusal::ProgramFailed {
            path: path.to_path_buf(),
            program,
            detail,
        })
    };
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(e.to_string()))?;
    // Both pipes drained as the program writes, so that it never blocks on a full one.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut out = Vec::new();
            if let Some(pipe) = pipe {
                let mut limited = pipe.take(MAX_OUTPUT as u64);
                let _ = limited.read_to_end(&mut out);
                // Whatever comes past the limit is read and dropped.
                let _ = std::io::copy(&mut limited.into_inner(), &mut std::io::sink());
            }
            out
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Error::Letter(Refusal::ProgramTimedOut {
                    path: path.to_path_buf(),
                    program,
                    seconds,
                }));
            }
            Err(e) => return Err(failed(e.to_string())),
        }
    };
    let out = out.join().unwrap_or_default();
    let err = err.join().unwrap_or_default();
    if !status.success() {
        let first = String::from_utf8_lossy(&err)
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or_default()
            .chars()
            .take(200)
            .collect::<String>();
        let code = status
            .code()
            .map_or_else(|| String::from("signal"), |c| c.to_string());
        return Err(failed(format!("{code}: {first}")));
    }
    Ok(out)
}
