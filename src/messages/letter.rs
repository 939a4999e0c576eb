//! The letter importer's words: what it found, what it refused, the review's verdicts.

use std::path::Path;

use crate::error::letter::Refusal;
use crate::model::Letter;
use crate::t;
use crate::text::{inert, inert_line};
use pledge_core::letter::bounds::{MAX_DRAFTS, MAX_LETTER_CHARS};
use pledge_core::letter::extract::Draft;
use pledge_core::letter::meta::Meta;
use pledge_core::letter::read::MAX_BYTES;
use pledge_core::letter::{Image, NotALetter};

/// Words a refusal of this face.
pub fn refusal(r: &Refusal) -> String {
    let refused = |path: &Path, why: String| {
        t!(
            "letter-refused",
            path = inert(&path.display().to_string()).into_owned(),
            why = why
        )
    };
    let limit = (MAX_BYTES >> 20).to_string();
    match r {
        Refusal::Directory { path } => refused(path, t!("letter-directory")),
        Refusal::NotAFile { path } => refused(path, t!("letter-not-a-file")),
        Refusal::Empty { path } => refused(path, t!("letter-empty")),
        Refusal::TooLarge { path, bytes } => refused(
            path,
            t!(
                "letter-too-large",
                mb = format!("{:.1}", *bytes as f64 / 1_048_576.0),
                limit = limit
            ),
        ),
        Refusal::Grew { path } => refused(path, t!("letter-grew", limit = limit)),
        Refusal::Io { path, error } => t!(
            "letter-io",
            path = inert(&path.display().to_string()).into_owned(),
            reason = super::errors::io_reason(error)
        ),
        Refusal::NotALetter { path, why } => refused(path, not_a_letter(why)),
        Refusal::TooManyFiles { path, limit } => {
            super::extract::too_many_files(&inert(&path.display().to_string()), *limit)
        }
        Refusal::SomeRefused { refused, of } => super::extract::some_refused(*refused, *of),
        other => super::ocr::refusal(other).unwrap_or_default(),
    }
}

/// What a file or text is instead of a letter, said after the file's name.
pub fn not_a_letter(why: &NotALetter) -> String {
    let not_text = |kind: &str| t!("letter-not-text", kind = kind);
    if let Some(said) = super::ocr::not_a_letter(why) {
        return said;
    }
    match why {
        NotALetter::Image(image) => not_text(match image {
            Image::Png => crate::ts!("letter-png"),
            Image::Jpeg => crate::ts!("letter-jpeg"),
            Image::Gif => crate::ts!("letter-gif"),
            Image::Tiff => crate::ts!("letter-tiff"),
        }),
        NotALetter::OldWord => t!("letter-old-word"),
        NotALetter::BadEncoding { encoding } => {
            t!("letter-bad-encoding", encoding = encoding.to_string())
        }
        NotALetter::Binary => t!("letter-binary"),
        NotALetter::UnknownEncoding => t!("letter-unknown-encoding"),
        NotALetter::DamagedZip => t!("letter-damaged-zip"),
        NotALetter::NotWordDocument => t!("letter-not-word-document"),
        NotALetter::DocxUnreadable => t!("letter-docx-unreadable"),
        NotALetter::DocxTooLarge { limit } => {
            t!("letter-docx-too-large", limit = limit.to_string())
        }
        NotALetter::DocxNotUtf8 => t!("letter-docx-not-utf8"),
        NotALetter::DocxBrokenText => t!("letter-docx-broken-text"),
        NotALetter::DocxBadXml => t!("letter-docx-bad-xml"),
        NotALetter::TooLong { bytes } => t!(
            "letter-too-long",
            max = MAX_LETTER_CHARS.to_string(),
            bytes = bytes.to_string()
        ),
        NotALetter::TooManyDrafts { found } => t!(
            "letter-too-many-drafts",
            found = found.to_string(),
            max = MAX_DRAFTS.to_string()
        ),
        // Worded by `ocr` above.
        _ => String::new(),
    }
}

/// The review's status line when a draft would go past what one letter may give.
pub fn no_draft_added(why: &NotALetter) -> String {
    t!("letter-no-draft-added", why = not_a_letter(why))
}

/// What saving a letter said, for the status line and the terminal after the screen closes.
pub fn saved(letter: &Letter, read_as: &str, ids: &[i64], id: i64) -> String {
    let range = match (ids.first(), ids.last()) {
        (Some(a), Some(b)) if a == b => t!("letter-saved-one", id = a.to_string()),
        (Some(a), Some(b)) => t!(
            "letter-saved-range",
            first = a.to_string(),
            last = b.to_string()
        ),
        _ => String::new(),
    };
    t!(
        "letter-saved",
        id = id.to_string(),
        issuer = inert_line(&letter.issuer).into_owned(),
        read_as = read_as,
        n = ids.len().to_string(),
        ids = range
    )
}

/// A label of the dry run and the space after it, to `cols` display columns (one space at
/// least), so that the values line up in either language.
fn label(text: &str, cols: usize) -> String {
    let pad = cols.saturating_sub(crate::text::width(text)).max(1);
    format!("{text}{}", " ".repeat(pad))
}

/// `import-letter --dry-run`: what the letter says of itself, then each pledge found in it.
pub fn dry_run(read_as: &str, m: &Meta, found: &[Draft]) -> String {
    let none = t!("letter-dry-not-found");
    let or_none = |v: &Option<String>| inert_line(v.as_deref().unwrap_or(&none)).into_owned();
    let line = |name: &str, value: String| format!("{}{value}\n", label(name, 11));
    let mut s = format!("{}\n", t!("letter-dry-read-as", read_as = read_as));
    s.push_str(&line(crate::ts!("letter-dry-issuer"), or_none(&m.issuer)));
    s.push_str(&line(
        crate::ts!("letter-dry-addressee"),
        or_none(&m.addressee),
    ));
    s.push_str(&line(crate::ts!("letter-dry-proposal"), or_none(&m.title)));
    s.push_str(&line(
        crate::ts!("letter-dry-date"),
        m.issued_on.map_or(none.clone(), crate::date::format),
    ));
    s.push_str(&format!(
        "\n{}\n",
        t!("letter-dry-found", n = found.len().to_string())
    ));
    for (i, d) in found.iter().enumerate() {
        s.push_str(&dry_run_draft(i + 1, d));
    }
    s
}

/// One found pledge of the dry run, numbered from 1.
fn dry_run_draft(n: usize, d: &Draft) -> String {
    let line = |name: &str, value: String| format!("   {}{value}\n", label(name, 10));
    let mut s = format!("\n{n}. {}\n", inert_line(&d.title));
    s.push_str(&line(
        crate::ts!("letter-dry-owner"),
        inert_line(&d.owner).into_owned(),
    ));
    if let (Some(date), Some(text)) = (d.deadline, &d.deadline_text) {
        s.push_str(&line(
            crate::ts!("letter-dry-deadline"),
            t!(
                "letter-dry-deadline-value",
                date = crate::date::format(date),
                text = inert_line(text).into_owned()
            ),
        ));
    }
    for tg in &d.targets {
        s.push_str(&line(
            crate::ts!("letter-dry-target"),
            format!(
                "{} {} — {}",
                tg.quantity,
                inert_line(&tg.unit),
                inert_line(&tg.text)
            ),
        ));
    }
    s.push_str(&line(
        crate::ts!("letter-dry-quote"),
        inert_line(&d.quote).into_owned(),
    ));
    s
}

#[cfg(test)]
mod zh_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_file_is_named_inert_with_what_it_is_and_that_nothing_was_imported() {
        let path = std::path::PathBuf::from("a\u{1b}[2Jb.pdf");
        let said = refusal(&Refusal::not_a_letter(&path, NotALetter::PdfEncrypted));
        assert!(!said.contains('\u{1b}'), "{said:?}");
        assert!(
            said.contains("is a PDF locked with a password") && said.ends_with("nothing imported"),
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
