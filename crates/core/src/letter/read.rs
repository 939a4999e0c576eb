//! A letter file's bytes to text: UTF-8 or GB18030/GBK plain text, HTML saved from a web site,
//! DOCX, or a PDF's text layer. Anything else is refused with what it seems to be (a scan or an
//! image is the program's to read by OCR).

use std::io::Read;
use std::ops::Range;

use super::{Image, NotALetter, layout, pdf};
use crate::model::Origin;

/// Letters are a few pages; a file much larger than this is not one.
pub const MAX_BYTES: u64 = 10 << 20;
/// A Word document's `document.xml` unpacked: markup around the text makes it several times
/// the text, and more than this is not a letter.
pub const MAX_DOCX_XML_BYTES: u64 = 40 << 20;

/// What a letter file held, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub text: String,
    /// How the bytes were read, by the names of formats and encodings: "UTF-8", "GB18030",
    /// "HTML (UTF-8)", "DOCX", "PDF", "OCR". Shown as it is and written in `--dry-run --format
    /// json`.
    pub read_as: String,
    pub origin: Origin,
    /// What OCR was unsure of, by place among the text's non-space characters (the way quotes
    /// are compared), to be checked against the paper.
    pub doubtful: Vec<Range<usize>>,
}

impl Source {
    /// A text read from a file of text.
    pub fn text(text: String, read_as: impl Into<String>) -> Source {
        Source {
            text,
            read_as: read_as.into(),
            origin: Origin::Text,
            doubtful: Vec::new(),
        }
    }
}

/// The text of a letter's bytes, or why they are not a letter.
pub fn decode(bytes: &[u8]) -> Result<Source, NotALetter> {
    if bytes.starts_with(b"%PDF") {
        return pdf_text(bytes);
    }
    for (magic, kind) in [
        (&b"\x89PNG"[..], NotALetter::Image(Image::Png)),
        (b"\xFF\xD8\xFF", NotALetter::Image(Image::Jpeg)),
        (b"GIF8", NotALetter::Image(Image::Gif)),
        (b"II*\0", NotALetter::Image(Image::Tiff)),
        (b"MM\0*", NotALetter::Image(Image::Tiff)),
        (b"\xD0\xCF\x11\xE0", NotALetter::OldWord),
    ] {
        if bytes.starts_with(magic) {
            return Err(kind);
        }
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return docx(bytes, MAX_DOCX_XML_BYTES);
    }
    let (text, encoding) = text(bytes)?;
    if looks_like_html(&text) {
        return Ok(Source::text(
            html_to_text(&text),
            format!("HTML ({encoding})"),
        ));
    }
    Ok(Source::text(text, encoding))
}

/// The text layer of a PDF laid out as a letter's text, its running headers, footers and page
/// numbers dropped; a PDF of scanned pages is said to be one (for OCR).
fn pdf_text(bytes: &[u8]) -> Result<Source, NotALetter> {
    let mut read = pdf::read(bytes)?;
    let pages = read.pages.len();
    if !read.has_text() {
        return Err(if read.image_pages > 0 {
            NotALetter::PdfScanned { pages }
        } else {
            NotALetter::PdfNoText { pages }
        });
    }
    layout::strip_running(&mut read.pages);
    let laid = layout::text(&read.pages);
    Ok(Source {
        text: laid.text,
        read_as: String::from("PDF"),
        origin: Origin::PdfText {
            pages: u32::try_from(pages).unwrap_or(u32::MAX),
        },
        doubtful: Vec::new(),
    })
}

/// Plain text in UTF-8 (with or without a byte-order mark), UTF-16 with one, or GB18030/GBK.
fn text(bytes: &[u8]) -> Result<(String, &'static str), NotALetter> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, errors) = encoding.decode_without_bom_handling(bytes.get(bom..).unwrap_or(&[]));
        if errors {
            return Err(NotALetter::BadEncoding {
                encoding: encoding.name(),
            });
        }
        return Ok((text.into_owned(), encoding.name()));
    }
    if bytes.contains(&0) {
        return Err(NotALetter::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), "UTF-8"));
    }
    let (text, _, errors) = encoding_rs::GB18030.decode(bytes);
    if errors {
        return Err(NotALetter::UnknownEncoding);
    }
    Ok((text.into_owned(), "GB18030"))
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    ["<!doctype html", "<html", "<body", "<head"]
        .iter()
        .any(|t| head.contains(t))
}

/// Elements whose text is not the letter: scripts, styles and the site's navigation.
const DROPPED: [&str; 7] = [
    "script", "style", "nav", "header", "footer", "noscript", "select",
];
/// Elements that end a line.
const BLOCKS: [&str; 14] = [
    "p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
];

/// The text of an HTML page: tags dropped, blocks on their own lines, entities decoded.
pub fn html_to_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    while i < html.len() {
        let Some(rel) = html[i..].find('<') else {
            out.push_str(&decode_entities(&html[i..]));
            break;
        };
        out.push_str(&decode_entities(&html[i..i + rel]));
        i += rel;
        // The tag's text runs to its `>`, or to the end of a page cut off inside the tag (where
        // the last byte may be inside a multibyte character: slice only at ASCII marks).
        let gt = html[i..].find('>').map(|e| i + e);
        let end = gt.map_or(html.len(), |e| e + 1);
        let tag = lower[i + 1..gt.unwrap_or(html.len())].trim_start_matches('/');
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if lower[i..].starts_with("<!--") {
            i = lower[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        if DROPPED.contains(&name.as_str()) && !lower[i + 1..].starts_with('/') {
            let close = format!("</{name}");
            i = lower[end..].find(&close).map_or(html.len(), |e| end + e);
            i = lower[i..].find('>').map_or(html.len(), |e| i + e + 1);
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            out.push('\n');
        }
        i = end;
    }
    out
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // Look for the `;` only as far as an entity can reach: a page of `&` without one
        // must not be searched to its end once per `&`.
        let end = rest.bytes().take(11).position(|b| b == b';');
        let entity = end.map(|e| &rest[1..e]);
        let decoded = entity.and_then(|name| match name {
            "nbsp" | "ensp" | "emsp" => Some(' '),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
                .ok()
                .and_then(char::from_u32),
            n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of a Word document: each paragraph on its own line.
fn docx(bytes: &[u8], max_xml: u64) -> Result<Source, NotALetter> {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| NotALetter::DamagedZip)?;
    let mut xml = Vec::new();
    // A small file can unpack to gigabytes (a "zip bomb"): unpack no more than the limit.
    zip.by_name("word/document.xml")
        .map_err(|_| NotALetter::NotWordDocument)?
        .take(max_xml + 1)
        .read_to_end(&mut xml)
        .map_err(|_| NotALetter::DocxUnreadable)?;
    if xml.len() as u64 > max_xml {
        return Err(NotALetter::DocxTooLarge { limit: max_xml });
    }
    let xml = String::from_utf8(xml).map_err(|_| NotALetter::DocxNotUtf8)?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut text = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) if e.name().as_ref() == "w:t" => in_text = true,
            Ok(quick_xml::events::Event::End(e)) if e.name().as_ref() == "w:t" => in_text = false,
            Ok(quick_xml::events::Event::End(e)) if e.name().as_ref() == "w:p" => text.push('\n'),
            Ok(quick_xml::events::Event::Empty(e)) if e.name().as_ref() == "w:br" => {
                text.push('\n')
            }
            Ok(quick_xml::events::Event::Empty(e)) if e.name().as_ref() == "w:tab" => {
                text.push('\t')
            }
            // Text events carry no references: each `&amp;`, `&#x3002;` comes as its own event.
            Ok(quick_xml::events::Event::Text(t)) if in_text => {
                text.push_str(&t.xml10_content());
            }
            Ok(quick_xml::events::Event::GeneralRef(r)) if in_text => {
                text.push_str(&reference(&r)?)
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Err(_) => return Err(NotALetter::DocxBadXml),
            _ => {}
        }
    }
    Ok(Source::text(text, "DOCX"))
}

/// What a reference in a Word document's text stands for. Word writes only the predefined
/// entities and character references (a DOCX has no DTD to declare others), so anything else
/// is a broken file, refused rather than read with a hole in the text.
fn reference(r: &quick_xml::events::BytesRef<'_>) -> Result<String, NotALetter> {
    match r.resolve_char_ref() {
        Ok(Some(c)) => return Ok(c.to_string()),
        Ok(None) => {}
        Err(_) => return Err(NotALetter::DocxBrokenText),
    }
    quick_xml::escape::resolve_predefined_entity(&r.xml10_content())
        .map(str::to_string)
        .ok_or(NotALetter::DocxBrokenText)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_gb18030_and_utf16_are_read_and_said() {
        let letter = "朱立伟委员：\n下一步，我厅将建设省重点实验室。\n";
        let utf8 = decode(letter.as_bytes()).expect("utf-8");
        assert_eq!(
            (utf8.text.as_str(), utf8.read_as.as_str()),
            (letter, "UTF-8")
        );
        let (gbk, _, _) = encoding_rs::GB18030.encode(letter);
        let gb = decode(&gbk).expect("gb18030");
        assert_eq!((gb.text.as_str(), gb.read_as.as_str()), (letter, "GB18030"));
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(letter.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16).expect("utf-16").text, letter);
    }

    #[test]
    fn other_files_are_refused_with_what_they_are() {
        for (bytes, is) in [
            (&b"%PDF-1.7 ..."[..], NotALetter::PdfDamaged),
            (b"\x89PNG\r\n\x1a\n....", NotALetter::Image(Image::Png)),
            (b"\xFF\xD8\xFF\xE0", NotALetter::Image(Image::Jpeg)),
            (b"\xD0\xCF\x11\xE0\xA1", NotALetter::OldWord),
            (b"\x00\x01\x02binary", NotALetter::Binary),
            (b"PK\x03\x04garbage", NotALetter::DamagedZip),
            (b"\xff\xff\xff\xfe\xfe\x80", NotALetter::UnknownEncoding),
            (
                b"\xEF\xBB\xBF\xff",
                NotALetter::BadEncoding { encoding: "UTF-8" },
            ),
        ] {
            assert_eq!(decode(bytes), Err(is.clone()), "{is:?}");
        }
    }

    #[test]
    fn html_keeps_the_letter_and_drops_scripts_and_navigation() {
        let page = "<!DOCTYPE html><html><head><style>p{}</style><script>var x='<p>no</p>';</script></head>\
            <body><nav><a href='/'>首页</a></nav><p>任文斌代表:</p><p>下步,我局将&nbsp;推进&amp;落实&#x3002;</p>\
            <!-- <p>comment</p> --><footer>版权所有</footer></body></html>";
        let text = decode(page.as_bytes()).expect("html").text;
        assert!(
            text.contains("任文斌代表:") && text.contains("下步,我局将 推进&落实。"),
            "{text}"
        );
        for gone in ["首页", "var x", "comment", "版权所有", "p{}"] {
            assert!(!text.contains(gone), "{gone} in {text}");
        }
    }

    fn word_document(body: &str) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .expect("zip entry");
        let xml = format!("<w:document><w:body>{body}</w:body></w:document>");
        zip.write_all(xml.as_bytes()).expect("zip data");
        zip.finish().expect("zip").into_inner()
    }

    #[test]
    fn references_in_a_word_document_are_read_as_what_they_stand_for() {
        let bytes = word_document(
            "<w:p><w:r><w:t>科技&amp;金融&lt;2026&gt;&#x3002;&#12290;&quot;&apos;&amp;lt;</w:t></w:r></w:p>",
        );
        let text = docx(&bytes, 1 << 20).expect("docx").text;
        assert_eq!(text, "科技&金融<2026>。。\"'&lt;\n");
        for broken in ["&nbsp;", "&#xD800;", "&#0;", "&custom;"] {
            let bytes = word_document(&format!("<w:p><w:r><w:t>a{broken}b</w:t></w:r></w:p>"));
            assert_eq!(
                docx(&bytes, 1 << 20),
                Err(NotALetter::DocxBrokenText),
                "{broken}"
            );
        }
    }

    #[test]
    fn a_word_document_that_unpacks_past_the_limit_is_refused_not_cut() {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .expect("zip entry");
        let xml = format!(
            "<w:document><w:p><w:t>{}</w:t></w:p></w:document>",
            "下".repeat(400)
        );
        zip.write_all(xml.as_bytes()).expect("zip data");
        let bytes = zip.finish().expect("zip").into_inner();
        assert!(docx(&bytes, 1 << 20).is_ok_and(|s| s.text.starts_with("下下")));
        assert_eq!(
            docx(&bytes, 1000),
            Err(NotALetter::DocxTooLarge { limit: 1000 })
        );
    }
}
