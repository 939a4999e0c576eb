//! Many letters at once: the files named, each folder replaced by the letter files in it
//! (.txt, .html, .htm, .docx, .pdf and scans as .png, .jpg, .jpeg, .tif, .tiff, sorted by name),
//! so they are imported one after another.

use std::path::{Path, PathBuf};

use super::Refusal;
use crate::error::{Error, Result};

/// The most letter files one import reads from a folder: beyond it the folder is refused
/// before any letter is read, rather than listing without bound.
pub const MAX_FILES: usize = 1000;

/// The endings of the files a folder is read for, compared without case.
const LETTER_ENDINGS: [&str; 10] = [
    "txt", "html", "htm", "docx", "pdf", "png", "jpg", "jpeg", "tif", "tiff",
];

/// Whether more than one letter is asked for: several paths, or a folder.
pub fn is_many(paths: &[PathBuf]) -> bool {
    paths.len() > 1 || paths.iter().any(|p| p.is_dir())
}

fn is_letter_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| LETTER_ENDINGS.iter().any(|l| e.eq_ignore_ascii_case(l)))
}

/// The letter files of `paths` in order: a file as named, a folder's letter files sorted by
/// name (other files in it left alone, sub-folders not entered).
pub fn letter_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let failed = |error| {
            Error::Letter(Refusal::Io {
                path: path.clone(),
                error,
            })
        };
        let mut found = Vec::new();
        for entry in std::fs::read_dir(path).map_err(failed)? {
            let entry = entry.map_err(failed)?;
            let file = entry.path();
            if !is_letter_file(&file) || file.is_dir() {
                continue;
            }
            if found.len() == MAX_FILES {
                return Err(Error::Letter(Refusal::TooManyFiles {
                    path: path.clone(),
                    limit: MAX_FILES,
                }));
            }
            found.push(file);
        }
        found.sort();
        files.extend(found);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_its_letter_files_sorted_and_nothing_else() {
        let dir = tempfile::tempdir().expect("dir");
        for name in ["b.TXT", "a.docx", "c.html", "notes.md", "d.htm"] {
            std::fs::write(dir.path().join(name), "x").expect("write");
        }
        std::fs::create_dir(dir.path().join("sub.txt")).expect("dir");
        let named = dir.path().join("notes.md");
        let got = letter_files(&[dir.path().to_path_buf(), named.clone()]).expect("listed");
        let names: Vec<_> = got
            .iter()
            .map(|p| p.file_name().and_then(|n| n.to_str()).unwrap_or_default())
            .collect();
        assert_eq!(names, ["a.docx", "b.TXT", "c.html", "d.htm", "notes.md"]);
        assert!(is_many(&[dir.path().to_path_buf()]));
        assert!(!is_many(&[named]));
    }

    #[test]
    fn a_folder_of_more_letters_than_one_import_reads_is_refused_naming_it() {
        let dir = tempfile::tempdir().expect("dir");
        for n in 0..=MAX_FILES {
            std::fs::write(dir.path().join(format!("{n}.txt")), "x").expect("write");
        }
        let got = letter_files(&[dir.path().to_path_buf()]);
        assert!(
            matches!(&got, Err(Error::Letter(Refusal::TooManyFiles { path, limit }))
                if path == dir.path() && *limit == MAX_FILES),
            "{got:?}"
        );
    }
}
