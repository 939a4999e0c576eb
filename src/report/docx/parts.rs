//! The parts of the package beside the document: what each part is, how they relate, the
//! styles (fonts and sizes) and the footer with the page number, and the zip that holds them.

use std::io::{Cursor, Write};

use crate::error::{Error, Result};

/// The title's face (小标宋), the headings' (黑体) and the text's (仿宋); Latin letters and
/// digits in Times New Roman, as offices set them.
pub const TITLE_FONT: &str = "方正小标宋简体";
pub const HEADING_FONT: &str = "黑体";
pub const BODY_FONT: &str = "仿宋_GB2312";
pub const PAGE_NUMBER_FONT: &str = "宋体";
const LATIN_FONT: &str = "Times New Roman";

/// A4 in twentieths of a point, and GB/T 9704's margins: top 37 mm, bottom 35 mm, left 28 mm,
/// right 26 mm (1 mm = 56.7 twips).
pub const PAGE: (u32, u32) = (11_906, 16_838);
pub const MARGINS: Margins = Margins {
    top: 2_098,
    bottom: 1_984,
    left: 1_587,
    right: 1_474,
};

pub struct Margins {
    pub top: u32,
    pub bottom: u32,
    pub left: u32,
    pub right: u32,
}

/// The width tables and text may take, in twips.
pub const TEXT_WIDTH: u32 = PAGE.0 - MARGINS.left - MARGINS.right;

/// The relationship id of the footer, named in the document's section.
pub const FOOTER_ID: &str = "rIdFooter";

const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

fn document_rels() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="{FOOTER_ID}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#
    )
}

fn settings() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{NS_W}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/></w:settings>"#
    )
}

/// Run properties naming a face for Chinese (`eastAsia`) and Times New Roman for the rest.
pub fn fonts(east_asia: &str, half_points: u32, bold: bool) -> String {
    format!(
        r#"<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:eastAsia="{east_asia}" w:cs="{LATIN_FONT}"/>{}<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>"#,
        if bold { "<w:b/>" } else { "" }
    )
}

/// A paragraph style: its id, name, face and size (half-points: 二号 44, 三号 32, 四号 28,
/// 五号 21), and paragraph properties.
fn style(id: &str, east_asia: &str, size: u32, bold: bool, para: &str) -> String {
    format!(
        r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{id}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{para}</w:pPr><w:rPr>{}</w:rPr></w:style>"#,
        fonts(east_asia, size, bold)
    )
}

fn styles() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{NS_W}"><w:docDefaults><w:rPrDefault><w:rPr>{}<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>{}</w:rPr></w:style>{}{}{}{}{}</w:styles>"#,
        fonts(BODY_FONT, 32, false),
        fonts(BODY_FONT, 32, false),
        style(
            "Title",
            TITLE_FONT,
            44,
            false,
            r#"<w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/>"#
        ),
        style(
            "Subtitle",
            BODY_FONT,
            32,
            false,
            r#"<w:jc w:val="center"/><w:spacing w:after="240"/>"#
        ),
        style(
            "Heading1",
            HEADING_FONT,
            32,
            false,
            r#"<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>"#
        ),
        style(
            "Heading2",
            HEADING_FONT,
            28,
            false,
            r#"<w:keepNext/><w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="1"/>"#
        ),
        style(
            "TableText",
            BODY_FONT,
            21,
            false,
            r#"<w:spacing w:line="240" w:lineRule="auto"/>"#
        ),
    )
}

/// The footer: the page number centred between dashes, in 四号宋体.
fn footer() -> String {
    let (before, after) = crate::messages::report::docx_page_number();
    let run = |t: &str| {
        format!(
            r#"<w:r><w:rPr>{}</w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
            fonts(PAGE_NUMBER_FONT, 28, false),
            super::xml(t)
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="{NS_W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{}<w:fldSimple w:instr=" PAGE "><w:r><w:rPr>{}</w:rPr><w:t>1</w:t></w:r></w:fldSimple>{}</w:p></w:ftr>"#,
        run(before),
        fonts(PAGE_NUMBER_FONT, 28, false),
        run(after)
    )
}

/// The .docx's bytes around `document` (word/document.xml). Every part is dated the zip's
/// earliest day, so the same report always makes the same bytes.
pub fn package(document: &str) -> Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let parts: [(&str, &str); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/_rels/document.xml.rels", &document_rels()),
        ("word/document.xml", document),
        ("word/styles.xml", &styles()),
        ("word/settings.xml", &settings()),
    ];
    let footer = footer();
    let failed = |e: zip::result::ZipError| super::super::output(std::io::Error::other(e));
    for (name, text) in parts
        .into_iter()
        .chain([("word/footer1.xml", footer.as_str())])
    {
        zip.start_file(name, options).map_err(failed)?;
        zip.write_all(text.as_bytes())
            .map_err(|e| Error::io(crate::error::Doing::WriteOutput, e))?;
    }
    Ok(zip.finish().map_err(failed)?.into_inner())
}
