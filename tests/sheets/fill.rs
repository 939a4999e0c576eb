//! Filling a request sheet as a body would: its cells read back (calamine) and written anew
//! (rust_xlsxwriter) with the answers put in, or saved as CSV the way Excel saves it.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};
use rust_xlsxwriter::{Format, Formula, Workbook};

/// Columns (0-based) a body fills in, and the hidden key.
pub const ID: u16 = 0;
pub const NOTE: u16 = 7;
pub const ON: u16 = 8;
pub const QUANTITY: u16 = 9;
pub const STATUS: u16 = 10;
pub const EVIDENCE: u16 = 11;
pub const KEY: u16 = 12;

/// What a body puts in a cell.
#[derive(Clone)]
pub enum V {
    Text(String),
    Number(f64),
    /// An Excel date number shown as a date.
    Date(f64),
    /// A formula with the value it last showed.
    Formula(String, String),
}

pub fn t(s: &str) -> V {
    V::Text(s.to_string())
}

/// Every cell of the first sheet as text: numbers as written, blanks empty.
pub fn grid(path: &Path) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(path).expect("an xlsx");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("its first sheet");
    range
        .rows()
        .map(|row| row.iter().map(text).collect())
        .collect()
}

fn text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

/// The 0-based row of pledge `id` in a sheet's grid.
pub fn row_of(grid: &[Vec<String>], id: i64) -> u32 {
    let at = grid
        .iter()
        .position(|r| r.first().map(String::as_str) == Some(&id.to_string()))
        .unwrap_or_else(|| panic!("pledge #{id} is not in the sheet"));
    at as u32
}

/// The sheet at `src` written again at `dst` with `edits` put in: (row, column, value).
pub fn refill(src: &Path, dst: &Path, edits: &[(u32, u16, V)]) -> PathBuf {
    let cells = grid(src);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("催办单").expect("name");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (r, row) in cells.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if value.is_empty() {
                continue;
            }
            let (r, c) = (r as u32, c as u16);
            match value.parse::<f64>() {
                Ok(n) if c == ID => sheet.write_number(r, c, n).map(|_| ()),
                _ => sheet.write_string(r, c, value).map(|_| ()),
            }
            .expect("cell");
        }
    }
    for (r, c, v) in edits {
        match v {
            V::Text(s) => sheet.write_string(*r, *c, s).map(|_| ()),
            V::Number(n) => sheet.write_number(*r, *c, *n).map(|_| ()),
            V::Date(n) => sheet
                .write_number_with_format(*r, *c, *n, &date)
                .map(|_| ()),
            V::Formula(f, shown) => sheet
                .write_formula(*r, *c, Formula::new(f).set_result(shown))
                .map(|_| ()),
        }
        .expect("edit");
    }
    book.save(dst).expect("save");
    dst.to_path_buf()
}

/// The sheet at `src` with `edits`, saved as CSV (GB18030 when `gbk`, as Excel saves "CSV"
/// on Chinese Windows; else UTF-8 with a byte-order mark).
pub fn as_csv(src: &Path, dst: &Path, edits: &[(u32, u16, V)], gbk: bool) -> PathBuf {
    let mut cells = grid(src);
    for (r, c, v) in edits {
        let (r, c) = (*r as usize, *c as usize);
        if cells[r].len() <= c {
            cells[r].resize(c + 1, String::new());
        }
        cells[r][c] = match v {
            V::Text(s) => s.clone(),
            V::Number(n) => n.to_string(),
            // As the cell shows it (yyyy-mm-dd), which is what Excel saves.
            V::Date(n) => {
                let day = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()
                    + chrono::Days::new(*n as u64);
                day.format("%Y-%m-%d").to_string()
            }
            V::Formula(_, shown) => shown.clone(),
        };
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in &cells {
        w.write_record(row).expect("record");
    }
    let text = String::from_utf8(w.into_inner().expect("csv")).expect("utf-8");
    let bytes = if gbk {
        encoding_rs::GB18030.encode(&text).0.into_owned()
    } else {
        [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()
    };
    std::fs::write(dst, bytes).expect("write");
    dst.to_path_buf()
}
