//! The request sheet (催办单) as rules no spreadsheet library needs: which column holds what,
//! Excel's A1 names, a file name made safe, and what a body's filled-in row means. The
//! program's `sheets` module writes and reads the files; this says what their cells are.

mod answer;

pub use answer::{Answer, Cell, answer, excel_serial_date};

use chrono::NaiveDate;

use crate::body::Role;
use crate::model::{Note, Pledge};
use crate::request::NewNote;

/// A column of the sheet, in its order from A. The last, hidden, carries the row's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Id,
    Title,
    Quote,
    Deadline,
    Target,
    Role,
    LastProgress,
    /// The body fills these five.
    Note,
    On,
    Quantity,
    Status,
    Evidence,
    /// Hidden: the pledge's id and the row's checksum; in the heading row, the sheet's own.
    Key,
}

impl Column {
    pub const ALL: [Column; 13] = [
        Column::Id,
        Column::Title,
        Column::Quote,
        Column::Deadline,
        Column::Target,
        Column::Role,
        Column::LastProgress,
        Column::Note,
        Column::On,
        Column::Quantity,
        Column::Status,
        Column::Evidence,
        Column::Key,
    ];

    /// Where it is, from 0 (column A).
    pub fn index(self) -> u16 {
        Column::ALL.iter().position(|&c| c == self).unwrap_or(0) as u16
    }

    /// The columns a body fills in: left unlocked in a protected sheet.
    pub fn is_fill_in(self) -> bool {
        matches!(
            self,
            Column::Note | Column::On | Column::Quantity | Column::Status | Column::Evidence
        )
    }

    /// Its A1 letter, `A` for the first.
    pub fn letter(self) -> String {
        column_name(u32::from(self.index()))
    }
}

/// A column's name as Excel writes it: 0 is `A`, 25 `Z`, 26 `AA`.
pub fn column_name(index: u32) -> String {
    let mut n = u64::from(index) + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        name.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// A cell's A1 name from its 0-based row and column: (0, 0) is `A1`.
pub fn a1(row: u32, column: u32) -> String {
    format!("{}{}", column_name(column), u64::from(row) + 1)
}

/// The most bytes a body's name takes in a file name: room for the rest on every file system.
pub const MAX_NAME_PART_BYTES: usize = 120;

/// A body's name as part of a file name: no path separator, no character Windows or a shell
/// trips on, no control character, no leading dot or trailing blank or dot, and not over
/// [`MAX_NAME_PART_BYTES`] (cut on a character). Chinese stays as it is.
pub fn safe_file_part(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() || c.is_whitespace() && c != ' ' => '_',
            // Bidirectional overrides and zero-width marks would make a name lie.
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => '_',
            '\u{FEFF}' => '_',
            c => c,
        };
        if out.len() + c.len_utf8() > MAX_NAME_PART_BYTES {
            break;
        }
        out.push(c);
    }
    let trimmed = out
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' ']);
    if trimmed.is_empty() {
        "_".to_string()
    } else {
        trimmed.to_string()
    }
}

/// One open pledge as a body's sheet lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetPledge {
    pub pledge: Pledge,
    pub role: Role,
    /// Its latest note not withdrawn.
    pub last_note: Option<Note>,
}

/// A row of a returned sheet to add: the note, and where it came from so that the same row
/// collected again adds nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Collection {
    pub body: i64,
    pub body_name: String,
    /// The day the sheet was made as of: with the body, which sheet it is.
    pub as_of: NaiveDate,
    pub note: NewNote,
    /// SHA-256 (hex) of what the row said.
    pub answer: String,
    /// The file it was read from, as the person named it.
    pub file: String,
}

/// A row of a sheet already collected: the note it added and what the row said then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collected {
    pub note: i64,
    pub answer: String,
    pub collected_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_excel_names_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
        assert_eq!(column_name(16_383), "XFD");
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(3, Column::Status.index().into()), "K4");
        assert_eq!(Column::Key.letter(), "M");
        assert_eq!(Column::Note.letter(), "H");
    }

    #[test]
    fn only_the_five_answer_columns_are_filled_in() {
        let filled: Vec<Column> = Column::ALL.into_iter().filter(|c| c.is_fill_in()).collect();
        assert_eq!(
            filled,
            [
                Column::Note,
                Column::On,
                Column::Quantity,
                Column::Status,
                Column::Evidence
            ]
        );
    }

    #[test]
    fn a_body_name_becomes_a_safe_file_name_part() {
        assert_eq!(safe_file_part("吉林省科学技术厅"), "吉林省科学技术厅");
        assert_eq!(safe_file_part("省委/金融办"), "省委_金融办");
        assert_eq!(safe_file_part("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_file_part("a\u{1b}[31mb"), "a_[31mb");
        assert_eq!(safe_file_part("C:\\x*?\"<>|"), "C__x______");
        assert_eq!(safe_file_part("..."), "_");
        assert_eq!(safe_file_part(" 名 . "), "名");
        assert_eq!(safe_file_part("a\u{202E}b\nc"), "a_b_c");
        let long = safe_file_part(&"长".repeat(100));
        assert!(long.len() <= MAX_NAME_PART_BYTES && long.chars().all(|c| c == '长'));
    }
}
