//! The formats a report is written in, how each looks, and the one function that writes any.

use super::{Report, Rows, Summary, csv, html, json, markdown, text};
use crate::error::{Error, Result};

/// The formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Csv,
    Json,
    Html,
    /// A Word document: held whole (bounded), written only to a file.
    Docx,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Markdown,
        Format::Csv,
        Format::Json,
        Format::Html,
        Format::Docx,
    ];

    /// The name the command line takes, and the TUI's choice shows.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }

    /// Whether the format is bytes no terminal should be sent: written only with `-o`.
    pub fn is_binary(self) -> bool {
        self == Format::Docx
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }
}

/// How text output looks: width in display columns, and whether to colour it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    pub width: usize,
    pub color: bool,
}

/// How any format looks: the text style, and whether CSV starts with a byte-order mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub style: TextStyle,
    pub bom: bool,
}

/// The narrowest text report that still has room for its columns.
pub const MIN_WIDTH: usize = 80;

/// A failed write of the report.
pub(super) fn output(e: std::io::Error) -> Error {
    Error::io(crate::error::Doing::WriteOutput, e)
}

/// Writes the report in `format`, its rows taken from `rows` group by group and written as
/// they come, never gathered whole.
pub fn write(
    summary: &Summary,
    rows: &mut dyn Rows,
    format: Format,
    look: Look,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    match format {
        Format::Text => text::write(summary, rows, look.style, out),
        Format::Markdown => markdown::write(summary, rows, out),
        Format::Csv => csv::write(summary, rows, look.bom, out),
        Format::Json => json::write(summary, rows, out),
        Format::Html => html::write(summary, rows, out),
        Format::Docx => super::docx::write_overdue(summary, rows, out),
    }
}

/// A report held in memory, in `format`, as bytes ready to write.
pub fn render(report: &Report, format: Format, look: Look) -> Vec<u8> {
    let mut bytes = Vec::new();
    // Held rows never fail to read, and writing to memory cannot fail.
    let _ = write(&report.summary, &mut &*report, format, look, &mut bytes);
    bytes
}
