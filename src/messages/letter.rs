//! The letter importer's words: what it found, what it refused, the review's verdicts.

use std::path::Path;

use crate::error::letter::Refusal;
use crate::model::Letter;
use crate::text::{inert, inert_line};
use pledge_core::letter::bounds::{MAX_DRAFTS, MAX_LETTER_CHARS};
use pledge_core::letter::extract::Draft;
use pledge_core::letter::meta::Meta;
use pledge_core::letter::read::MAX_BYTES;
use pledge_core::letter::{Image, NotALetter};

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    let refused = |path: &Path, why: &str| {
        format!(
            "{}: {why}; nothing imported",
            inert(&path.display().to_string())
        )
    };
    let limit_mb = MAX_BYTES >> 20;
    match r {
        Refusal::Directory { path } => refused(path, "is a directory, not a letter"),
        Refusal::NotAFile { path } => {
            refused(path, "is not a regular file (a pipe, socket or device)")
        }
        Refusal::Empty { path } => refused(path, "is empty"),
        Refusal::TooLarge { path, bytes } => refused(
            path,
            &format!(
                "is {:.1} MB; a letter file is at most {limit_mb} MB",
                *bytes as f64 / 1_048_576.0
            ),
        ),
        Refusal::Grew { path } => refused(
            path,
            &format!(
                "grew past {limit_mb} MB while it was read; a letter file is at most {limit_mb} MB"
            ),
        ),
        Refusal::Io { path, error } => {
            format!(
                "cannot read {}: {error}",
                inert(&path.display().to_string())
            )
        }
        Refusal::NotALetter { path, why } => refused(path, &not_a_letter(why)),
    }
}

/// What a file or text is instead of a letter, said after the file's name.
pub fn not_a_letter(why: &NotALetter) -> String {
    let not_text = |kind: &str| format!("is {kind}, not a letter's text");
    match why {
        NotALetter::Pdf => {
            "is a PDF; extract its text first (for example `pdftotext FILE letter.txt`)".into()
        }
        NotALetter::Image(image) => not_text(match image {
            Image::Png => "a PNG image",
            Image::Jpeg => "a JPEG image",
            Image::Gif => "a GIF image",
            Image::Tiff => "a TIFF image",
        }),
        NotALetter::OldWord => not_text("an old Word (.doc) file; save it as .docx or text"),
        NotALetter::BadEncoding { encoding } => format!("is not valid {encoding} text"),
        NotALetter::Binary => "holds binary data (NUL bytes), not text".into(),
        NotALetter::UnknownEncoding => "is neither UTF-8 nor GB18030/GBK text".into(),
        NotALetter::DamagedZip => "is a damaged ZIP file".into(),
        NotALetter::NotWordDocument => {
            "is a ZIP file but not a Word document (no word/document.xml)".into()
        }
        NotALetter::DocxUnreadable => "is a Word document whose text cannot be read".into(),
        NotALetter::DocxTooLarge { limit } => format!(
            "is a Word document whose text unpacks to more than {limit} bytes; a letter's is far \
             smaller"
        ),
        NotALetter::DocxNotUtf8 => "is a Word document whose text is not UTF-8".into(),
        NotALetter::DocxBrokenText => "is a Word document with broken text".into(),
        NotALetter::DocxBadXml => "is a Word document whose XML is damaged".into(),
        NotALetter::TooLong { bytes } => format!(
            "the letter's text is more than {MAX_LETTER_CHARS} characters ({bytes} bytes); one \
             letter holds at most {MAX_LETTER_CHARS} characters"
        ),
        NotALetter::TooManyDrafts { found } => {
            format!("{found} pledges from one letter; one letter gives at most {MAX_DRAFTS}")
        }
    }
}

/// The review's status line when a draft would go past what one letter may give.
pub fn no_draft_added(why: &NotALetter) -> String {
    format!("{}: no draft added", not_a_letter(why))
}

/// What saving a letter said, for the status line and the terminal after the screen closes.
pub fn saved(letter: &Letter, read_as: &str, ids: &[i64], id: i64) -> String {
    format!(
        "added letter #{id} ({}, read as {read_as}) with {} pledge(s){}",
        inert_line(&letter.issuer),
        ids.len(),
        match (ids.first(), ids.last()) {
            (Some(a), Some(b)) if a == b => format!(": #{a}"),
            (Some(a), Some(b)) => format!(": #{a}–#{b}"),
            _ => String::new(),
        }
    )
}

/// `import-letter --dry-run`: what the letter says of itself, then each pledge found in it.
pub fn dry_run(read_as: &str, m: &Meta, found: &[Draft]) -> String {
    let none = "(not found)";
    let or_none = |v: &Option<String>| inert_line(v.as_deref().unwrap_or(none)).into_owned();
    let mut s = format!("Read as {read_as}\n");
    s.push_str(&format!("Issuer:    {}\n", or_none(&m.issuer)));
    s.push_str(&format!("Addressee: {}\n", or_none(&m.addressee)));
    s.push_str(&format!("Proposal:  {}\n", or_none(&m.title)));
    s.push_str(&format!(
        "Date:      {}\n",
        m.issued_on.map_or(none.to_string(), crate::date::format)
    ));
    s.push_str(&format!(
        "\n{} pledge(s) found (dry run: nothing written)\n",
        found.len()
    ));
    for (i, d) in found.iter().enumerate() {
        s.push_str(&dry_run_draft(i + 1, d));
    }
    s
}

/// One found pledge of the dry run, numbered from 1.
fn dry_run_draft(n: usize, d: &Draft) -> String {
    let mut s = format!("\n{n}. {}\n", inert_line(&d.title));
    s.push_str(&format!("   owner     {}\n", inert_line(&d.owner)));
    if let (Some(date), Some(text)) = (d.deadline, &d.deadline_text) {
        s.push_str(&format!(
            "   deadline  {} (\"{}\")\n",
            crate::date::format(date),
            inert_line(text)
        ));
    }
    for t in &d.targets {
        s.push_str(&format!(
            "   target    {} {} — {}\n",
            t.quantity,
            inert_line(&t.unit),
            inert_line(&t.text)
        ));
    }
    s.push_str(&format!("   quote     {}\n", inert_line(&d.quote)));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_file_is_named_inert_with_what_it_is_and_that_nothing_was_imported() {
        let path = std::path::PathBuf::from("a\u{1b}[2Jb.pdf");
        let said = refusal(&Refusal::not_a_letter(&path, NotALetter::Pdf));
        assert!(!said.contains('\u{1b}'), "{said:?}");
        assert!(
            said.contains("is a PDF; extract its text first") && said.ends_with("nothing imported"),
            "{said}"
        );
        let big = refusal(&Refusal::TooLarge {
            path: "big.txt".into(),
            bytes: 11 << 20,
        });
        assert_eq!(
            big,
            "big.txt: is 11.0 MB; a letter file is at most 10 MB; nothing imported"
        );
    }

    #[test]
    fn a_draft_past_the_bound_says_how_many_and_the_bound() {
        assert_eq!(
            no_draft_added(&NotALetter::TooManyDrafts { found: 1001 }),
            "1001 pledges from one letter; one letter gives at most 1000: no draft added"
        );
    }

    #[test]
    fn the_dry_run_says_what_was_found_and_not_found_and_each_pledge() {
        let paragraphs = crate::letter::normalize::paragraphs(
            "下一步，县交通局将于2026年底前完成8座危桥改造。\n某县交通运输局\n2026年3月1日\n",
        );
        let m = crate::letter::meta::read(&paragraphs);
        let found = crate::letter::extract::drafts(&paragraphs, &m);
        assert_eq!(
            dry_run("UTF-8", &m, &found),
            "Read as UTF-8\n\
             Issuer:    某县交通运输局\n\
             Addressee: (not found)\n\
             Proposal:  (not found)\n\
             Date:      2026-03-01\n\
             \n1 pledge(s) found (dry run: nothing written)\n\
             \n1. 2026年底前完成8座危桥改造\n\
             \x20  owner     县交通局\n\
             \x20  deadline  2026-12-31 (\"2026年底前\")\n\
             \x20  target    8 座 — 8座危桥改造\n\
             \x20  quote     下一步，县交通局将于2026年底前完成8座危桥改造。\n"
        );
    }
}
