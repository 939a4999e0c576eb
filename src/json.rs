//! JSON as every command writes it: pretty, and with nothing in a string that could act on a
//! terminal or reorder text when the JSON is printed.
//!
//! serde_json escapes only `"`, `\` and C0 controls; DEL, the C1 controls (U+009B is a
//! one-byte CSI) and the bidirectional and zero-width characters pass through raw. They are
//! written here as `\uXXXX`, which every JSON reader turns back into the same text.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::error::command::Refusal;
use crate::error::{Error, Result};

/// serde_json's pretty layout with the wider string escaping.
pub struct Inert<'a>(PrettyFormatter<'a>);

impl Default for Inert<'_> {
    fn default() -> Self {
        Inert(PrettyFormatter::new())
    }
}

impl Formatter for Inert<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = crate::text::find_care(rest) {
            let (plain, from) = rest.split_at(at);
            writer.write_all(plain.as_bytes())?;
            // Above U+FFFF JSON spells a character as its UTF-16 pair: `\ue0041` would read
            // back as U+E004 and a "1".
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{:04x}", unit)?;
            }
            rest = from.get(c.len_utf8()..).unwrap_or_default();
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// A serializer writing inert pretty JSON to `out`: for output written piece by piece.
pub fn serializer<W: Write>(out: W) -> serde_json::Serializer<W, Inert<'static>> {
    serde_json::Serializer::with_formatter(out, Inert::default())
}

/// Writes `value` as inert pretty JSON and a final newline.
pub fn write<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> Result<()> {
    value
        .serialize(&mut serializer(&mut *out))
        .map_err(failed)?;
    writeln!(out).map_err(|e| Error::io(crate::error::Doing::WriteOutput, e))
}

/// `value` as inert pretty JSON text, with a final newline.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut bytes = Vec::new();
    write(value, &mut bytes)?;
    String::from_utf8(bytes).map_err(|e| {
        Error::Command(Refusal::JsonNotWritten {
            detail: e.to_string(),
        })
    })
}

/// A failed write is an I/O error (a closed pipe is handled in `main`); anything else is a
/// value JSON cannot hold.
pub fn failed(e: serde_json::Error) -> Error {
    match e.io_error_kind() {
        Some(kind) => Error::io(crate::error::Doing::WriteOutput, kind.into()),
        None => Error::Command(Refusal::JsonNotWritten {
            detail: e.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn terminal_controls_and_bidi_marks_are_escaped_and_read_back_the_same() {
        let hostile = "a\u{1b}[2J\u{9b}31m\u{202e}txt\u{200b}\u{7f}氧化镓\"\\\n";
        let text = to_string(&serde_json::json!({ "title": hostile })).unwrap();
        assert!(
            !text.chars().any(crate::text::needs_care_except_newline),
            "{text:?}"
        );
        assert!(
            text.contains("\\u009b") && text.contains("\\u202e"),
            "{text}"
        );
        assert!(text.contains("氧化镓"), "Chinese stays readable: {text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["title"], hostile);
    }

    #[test]
    fn a_character_above_u_ffff_that_needs_escaping_is_written_as_its_utf16_pair() {
        // Tag characters (as in a flag emoji) and musical format marks are invisible.
        let hidden = "flag\u{e0041}x\u{1d173}y🏴\u{e0067}\u{e007f}";
        let text = to_string(&serde_json::json!({ "note": hidden })).unwrap();
        assert!(text.contains("\\udb40\\udc41x"), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["note"], hidden);
    }

    #[test]
    fn the_layout_is_serde_jsons_pretty_layout() {
        let value = serde_json::json!({ "a": [1, 2], "b": { "c": null }, "d": [] });
        assert_eq!(
            to_string(&value).unwrap(),
            serde_json::to_string_pretty(&value).unwrap() + "\n"
        );
    }
}
