//! Why a letter that cannot be read or imported: the facts, worded by `messages::letter`.

use std::path::{Path, PathBuf};

use crate::letter::NotALetter;

/// A letter file refused before anything is imported; each names the file.
#[derive(Debug)]
pub enum Refusal {
    Directory {
        path: PathBuf,
    },
    /// A pipe, socket or device.
    NotAFile {
        path: PathBuf,
    },
    Empty {
        path: PathBuf,
    },
    /// Over [`crate::letter::read::MAX_BYTES`]; `bytes` long.
    TooLarge {
        path: PathBuf,
        bytes: u64,
    },
    /// Grew past [`crate::letter::read::MAX_BYTES`] while it was read.
    Grew {
        path: PathBuf,
    },
    /// The file could not be read (missing, no permission, an I/O error).
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// Read, but what it holds is not a letter (or more than one letter holds).
    NotALetter {
        path: PathBuf,
        why: NotALetter,
    },
    /// A folder holding more letter files than one import reads.
    TooManyFiles {
        path: PathBuf,
        limit: usize,
    },
    /// A scan to read, and a program OCR needs is not on `PATH`; `package` installs it (Debian).
    ProgramMissing {
        path: PathBuf,
        program: &'static str,
        package: &'static str,
    },
    /// Tesseract is there, without the Simplified Chinese data a letter needs.
    OcrLanguageMissing {
        path: PathBuf,
        package: &'static str,
    },
    /// A program reading a scan ran past its time and was stopped.
    ProgramTimedOut {
        path: PathBuf,
        program: &'static str,
        seconds: u64,
    },
    /// A program reading a scan failed: its exit and the first line it wrote on error.
    ProgramFailed {
        path: PathBuf,
        program: &'static str,
        detail: String,
    },
    /// Several letters imported, `refused` of `of` not (each said in the summary).
    SomeRefused {
        refused: usize,
        of: usize,
    },
}

impl Refusal {
    pub fn not_a_letter(path: &Path, why: NotALetter) -> Refusal {
        Refusal::NotALetter {
            path: path.to_path_buf(),
            why,
        }
    }

    /// A malformed request (exit 2) rather than one that cannot be carried out (exit 1).
    pub fn is_usage(&self) -> bool {
        // The file named is the request: a file that is no letter is the caller's to change.
        match self {
            Refusal::Directory { .. }
            | Refusal::NotAFile { .. }
            | Refusal::Empty { .. }
            | Refusal::TooLarge { .. }
            | Refusal::Grew { .. }
            | Refusal::NotALetter { .. }
            | Refusal::TooManyFiles { .. } => true,
            Refusal::Io { .. }
            | Refusal::SomeRefused { .. }
            | Refusal::ProgramMissing { .. }
            | Refusal::OcrLanguageMissing { .. }
            | Refusal::ProgramTimedOut { .. }
            | Refusal::ProgramFailed { .. } => false,
        }
    }
}
