//! A PDF's text layer as positioned lines, page by page, or why it cannot be read: encrypted,
//! damaged, too many pages, or streams that unpack past a letter's size.
//!
//! The characters come from `pdf-extract` (fonts, encodings and ToUnicode maps, CID fonts
//! included) with where each stands; the lines and paragraphs are [`super::layout`]'s.

use std::cell::Cell;
use std::io::Read;
use std::sync::Once;

use lopdf::{Document, Object};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::NotALetter;
use super::layout::Page;

/// Letters are a few pages; a PDF of more is refused before any page is read.
pub const MAX_PAGES: usize = 60;
/// What the text streams of one PDF may unpack to, all together: a small file can inflate to
/// gigabytes, and a letter's pages are a few hundred kilobytes of drawing.
pub const MAX_INFLATED_BYTES: u64 = 64 << 20;

/// A PDF read: its pages' lines, and how many pages draw an image (a scan) rather than text.
#[derive(Debug, Clone, PartialEq)]
pub struct Pdf {
    pub pages: Vec<Page>,
    pub image_pages: usize,
}

impl Pdf {
    /// Whether the text layer holds a letter's text rather than a scan's few marks: on average
    /// at least a line's worth of characters a page.
    pub fn has_text(&self) -> bool {
        let chars: usize = self
            .pages
            .iter()
            .flat_map(|p| &p.lines)
            .map(|l| l.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        chars >= 20 * self.pages.len().max(1)
    }
}

/// The pages of a PDF's bytes with the lines of their text layer.
pub fn read(bytes: &[u8]) -> Result<Pdf, NotALetter> {
    let doc = quietly(|| Document::load_mem(bytes))
        .ok_or(NotALetter::PdfDamaged)?
        .map_err(|_| NotALetter::PdfDamaged)?;
    if doc.is_encrypted() && doc.encryption_state.is_none() {
        return Err(NotALetter::PdfEncrypted);
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(NotALetter::PdfNoPages);
    }
    if pages.len() > MAX_PAGES {
        return Err(NotALetter::PdfTooManyPages {
            pages: pages.len(),
            limit: MAX_PAGES,
        });
    }
    check_inflated(&doc, MAX_INFLATED_BYTES)?;
    let mut out = Pdf {
        pages: Vec::with_capacity(pages.len()),
        image_pages: 0,
    };
    for (&number, &id) in &pages {
        let mut collector = Collector::default();
        let drawn = quietly(|| pdf_extract::output_doc_page(&doc, &mut collector, number));
        match drawn {
            Some(Ok(())) => {}
            // A page whose text cannot be read at all is read as no text: if it is a scan, the
            // OCR reads it; if the whole file is like that, it is said to have no text.
            Some(Err(_)) | None => collector.glyphs.clear(),
        }
        let has_image =
            doc.get_page_images(id).is_ok_and(|i| !i.is_empty()) || draws_image(&doc, id);
        out.image_pages += usize::from(has_image);
        out.pages.push(Page {
            lines: super::layout::lines(collector.glyphs),
            width: collector.width,
        });
    }
    Ok(out)
}

/// How many pages a PDF has, for rendering a scan: the same checks as [`read`] up to there.
pub fn page_count(bytes: &[u8]) -> Result<usize, NotALetter> {
    let doc = quietly(|| Document::load_mem(bytes))
        .ok_or(NotALetter::PdfDamaged)?
        .map_err(|_| NotALetter::PdfDamaged)?;
    Ok(doc.get_pages().len())
}

/// Whether a page's resources name an image XObject (the page images lopdf lists are those it
/// could decode; a scan's JPEG pages are enough to know it is a scan).
fn draws_image(doc: &Document, page: lopdf::ObjectId) -> bool {
    let Ok((resources, ids)) = doc.get_page_resources(page) else {
        return false;
    };
    let dicts = resources
        .into_iter()
        .chain(ids.into_iter().filter_map(|id| doc.get_dictionary(id).ok()));
    dicts.into_iter().any(|r| {
        let Ok(xobjects) = r.get_deref(b"XObject", doc).and_then(Object::as_dict) else {
            return false;
        };
        xobjects.iter().any(|(_, o)| {
            let o = match o {
                Object::Reference(id) => doc.get_object(*id).ok(),
                o => Some(o),
            };
            o.and_then(|o| o.as_stream().ok()).is_some_and(|s| {
                s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image")
            })
        })
    })
}

/// Refuses a PDF whose compressed streams (images aside) unpack to more than `limit` bytes in
/// all, before anything unpacks them whole.
fn check_inflated(doc: &Document, limit: u64) -> Result<(), NotALetter> {
    let mut total = 0u64;
    for object in doc.objects.values() {
        let Ok(stream) = object.as_stream() else {
            continue;
        };
        let image = stream.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image");
        let flate = stream
            .filters()
            .is_ok_and(|f| f.iter().any(|f| *f == b"FlateDecode"));
        if image || !flate {
            total += stream.content.len() as u64;
        } else {
            let left = limit.saturating_sub(total) + 1;
            let mut sink = std::io::sink();
            let inflated = std::io::copy(
                &mut flate2::read::ZlibDecoder::new(&stream.content[..]).take(left),
                &mut sink,
            )
            .unwrap_or(0);
            total += inflated;
        }
        if total > limit {
            return Err(NotALetter::PdfTooLarge { limit });
        }
    }
    Ok(())
}

/// One character drawn on a page: where it starts and ends, its size, what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub x: f64,
    /// From the top of the page, downwards.
    pub y: f64,
    pub end: f64,
    pub size: f64,
    pub text: String,
}

/// Collects the characters of one page with their positions, as `pdf-extract` draws them.
#[derive(Default)]
struct Collector {
    glyphs: Vec<Glyph>,
    height: f64,
    width: f64,
}

/// The most characters one page may draw: far past a page of text, short of a bomb.
const MAX_GLYPHS: usize = 200_000;

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.width = media_box.urx - media_box.llx;
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        if self.glyphs.len() >= MAX_GLYPHS {
            return Ok(());
        }
        // The page flipped so that y runs down from its top edge; the size is the side of the
        // square with the area of the transformed em (as pdf-extract's own text output does).
        let (x, y) = (trm.m31, self.height - trm.m32);
        let vx = font_size * (trm.m11 + trm.m21);
        let vy = font_size * (trm.m12 + trm.m22);
        let size = (vx * vy).abs().sqrt();
        if !(x.is_finite() && y.is_finite() && size.is_finite()) {
            return Ok(());
        }
        self.glyphs.push(Glyph {
            x,
            y,
            end: x + width * size,
            size,
            text: char.to_string(),
        });
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, turning a panic inside it into `None` without its message on standard error:
/// the PDF readers panic on some damaged files, and a damaged file is the user's input.
fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok();
    QUIET.with(|q| q.set(was));
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_that_start_as_a_pdf_and_are_not_one_are_damaged() {
        for bytes in [
            &b"%PDF-1.7\n"[..],
            b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
            b"%PDF",
        ] {
            assert_eq!(read(bytes), Err(NotALetter::PdfDamaged), "{bytes:?}");
        }
    }

    #[test]
    fn a_panic_inside_is_none_and_the_next_call_works() {
        assert_eq!(quietly(|| -> u8 { panic!("inside") }), None);
        assert_eq!(quietly(|| 7), Some(7));
    }
}
