//! Why bytes or a text are not a letter `pledge` can read: the facts, worded by the program's
//! messages module.

/// What a file seems to be instead of a letter's text, or how it goes past a letter's bounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotALetter {
    /// Starts as a PDF but cannot be parsed.
    PdfDamaged,
    /// A PDF that needs a password to open.
    PdfEncrypted,
    PdfNoPages,
    /// More than `limit` pages: no letter is that long.
    PdfTooManyPages {
        pages: usize,
        limit: usize,
    },
    /// Streams that unpack to more than `limit` bytes.
    PdfTooLarge {
        limit: u64,
    },
    /// A PDF with neither a text layer nor a page drawing an image to read by OCR.
    PdfNoText {
        pages: usize,
    },
    /// A PDF whose pages are images (a scan): `pages` of them, to be read by OCR.
    PdfScanned {
        pages: usize,
    },
    /// An image: a scan to read by OCR, or (a GIF) one that is not read.
    Image(Image),
    /// An image whose header gives no size, or more than `limit` pixels.
    ImageUnreadable(Image),
    ImageTooLarge {
        width: u32,
        height: u32,
        limit: u64,
    },
    /// OCR found too little text in a scan to be a letter: `chars` characters read, with a mean
    /// confidence of `confidence` percent.
    ScanNoText {
        chars: usize,
        confidence: u8,
    },
    /// A Word 97-2003 (.doc) file.
    OldWord,
    /// Starts with a byte-order mark but is not valid in that encoding (its WHATWG name).
    BadEncoding {
        encoding: &'static str,
    },
    /// Holds NUL bytes without a byte-order mark.
    Binary,
    /// Neither UTF-8 nor GB18030/GBK.
    UnknownEncoding,
    /// Starts as a ZIP file but is not one.
    DamagedZip,
    /// A ZIP file with no `word/document.xml`.
    NotWordDocument,
    /// A Word document whose `document.xml` cannot be unpacked.
    DocxUnreadable,
    /// A Word document whose `document.xml` unpacks to more than `limit` bytes.
    DocxTooLarge {
        limit: u64,
    },
    DocxNotUtf8,
    /// A text run that does not decode.
    DocxBrokenText,
    DocxBadXml,
    /// More than [`super::bounds::MAX_LETTER_CHARS`] characters; `bytes` long.
    TooLong {
        bytes: usize,
    },
    /// More than [`super::bounds::MAX_DRAFTS`] drafts found (or asked for) in one letter.
    TooManyDrafts {
        found: usize,
    },
}

/// The images a letter file may turn out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Image {
    Png,
    Jpeg,
    Gif,
    Tiff,
}
