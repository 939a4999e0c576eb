//! The width and height an image file says it has, read from its header before any program
//! decodes it: a small file can hold a picture too large to read in bounded memory.

use super::Image;

/// The most pixels a scanned page may have: an A3 page at 400 dpi, or A4 at 600 dpi.
pub const MAX_PIXELS: u64 = 40_000_000;

/// Width and height from a PNG's, JPEG's or TIFF's header; `None` when it does not say.
pub fn size(bytes: &[u8], kind: Image) -> Option<(u32, u32)> {
    match kind {
        Image::Png => png(bytes),
        Image::Jpeg => jpeg(bytes),
        Image::Tiff => tiff(bytes),
        Image::Gif => None,
    }
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn png(b: &[u8]) -> Option<(u32, u32)> {
    (b.get(12..16)? == b"IHDR").then_some(())?;
    Some((be32(b, 16)?, be32(b, 20)?))
}

fn jpeg(b: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    while i + 9 < b.len() {
        if b[i] != 0xFF {
            return None;
        }
        let marker = b[i + 1];
        let len = usize::from(u16::from_be_bytes([b[i + 2], b[i + 3]]));
        // Start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry the frame's size.
        if (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker) {
            let h = u16::from_be_bytes([b[i + 5], b[i + 6]]);
            let w = u16::from_be_bytes([b[i + 7], b[i + 8]]);
            return Some((u32::from(w), u32::from(h)));
        }
        i += 2 + len;
    }
    None
}

fn tiff(b: &[u8]) -> Option<(u32, u32)> {
    let little = b.get(0..2)? == b"II";
    let u16_at = |at: usize| -> Option<u16> {
        let s: [u8; 2] = b.get(at..at + 2)?.try_into().ok()?;
        Some(if little {
            u16::from_le_bytes(s)
        } else {
            u16::from_be_bytes(s)
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let s: [u8; 4] = b.get(at..at + 4)?.try_into().ok()?;
        Some(if little {
            u32::from_le_bytes(s)
        } else {
            u32::from_be_bytes(s)
        })
    };
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let count = usize::from(u16_at(ifd)?);
    let (mut w, mut h) = (None, None);
    for n in 0..count.min(512) {
        let e = ifd + 2 + n * 12;
        let value = match u16_at(e + 2)? {
            3 => u32::from(u16_at(e + 8)?),
            4 => u32_at(e + 8)?,
            _ => continue,
        };
        match u16_at(e)? {
            256 => w = Some(value),
            257 => h = Some(value),
            _ => {}
        }
    }
    Some((w?, h?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_read_from_png_jpeg_and_tiff_headers_and_garbage_says_none() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(1654u32.to_be_bytes());
        png.extend(2339u32.to_be_bytes());
        assert_eq!(size(&png, Image::Png), Some((1654, 2339)));
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0x09, 0x23, 0x06, 0x76, 1, 0,
            0,
        ];
        assert_eq!(size(&jpeg, Image::Jpeg), Some((0x0676, 0x0923)));
        let mut tiff = b"II*\0\x08\0\0\0\x02\0".to_vec();
        tiff.extend([0x00, 0x01, 3, 0, 1, 0, 0, 0, 0x76, 0x06, 0, 0]);
        tiff.extend([0x01, 0x01, 4, 0, 1, 0, 0, 0, 0x23, 0x09, 0, 0]);
        assert_eq!(size(&tiff, Image::Tiff), Some((0x0676, 0x0923)));
        for kind in [Image::Png, Image::Jpeg, Image::Tiff] {
            assert_eq!(size(b"\xFF\xD8\xFFnot an image at all", kind), None);
        }
    }
}
