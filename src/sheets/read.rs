//! A returned sheet's cells, read within bounds: `.xlsx` through calamine's streaming cell
//! reader (a sheet claiming cell XFD1048576 must not allocate a grid of that size) after every
//! XML part has been unpacked once under a limit, `.csv` as UTF-8 or, as Excel and WPS save
//! it on Chinese Windows, GB18030. Formulas are read as the values they last showed.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{DataRef, Reader, Xlsx};

use crate::error::sheet::Trouble;
use crate::sheet::Cell;

/// The largest file read: a body's sheet is a few dozen rows.
pub const MAX_FILE_BYTES: u64 = 16 << 20;
/// The most bytes the XML parts of one `.xlsx` may unpack to, all together.
pub const MAX_XML_BYTES: u64 = 64 << 20;
/// The most rows with anything in them that one sheet may hold.
pub const MAX_ROWS: usize = 5_000;
/// The most worksheets of one workbook read.
const MAX_SHEETS: usize = 50;
/// The columns kept of each row: the sheet's, and room to see where its key column went
/// when a body inserted columns.
const WIDTH: usize = 32;

/// One worksheet's rows that hold anything in the sheet's columns, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub name: String,
    /// The 0-based row number, and its first [`WIDTH`] cells.
    pub rows: Vec<(u32, Vec<Cell>)>,
}

impl Grid {
    fn new(name: &str) -> Grid {
        Grid {
            name: name.to_string(),
            rows: Vec::new(),
        }
    }

    /// Puts a cell in place (cells of one row arrive together, rows in order, in both
    /// formats); refuses a sheet of too many rows.
    fn put(&mut self, row: u32, col: u32, cell: Cell) -> Result<(), Trouble> {
        let width = WIDTH;
        if col as usize >= width || cell.is_blank() {
            return Ok(());
        }
        let at = match self.rows.iter().rposition(|(r, _)| *r == row) {
            Some(at) => at,
            None => {
                if self.rows.len() >= MAX_ROWS {
                    return Err(Trouble::TooManyRows { limit: MAX_ROWS });
                }
                self.rows.push((row, vec![Cell::Empty; width]));
                self.rows.len() - 1
            }
        };
        self.rows[at].1[col as usize] = cell;
        Ok(())
    }
}

/// The sheets of a returned file.
pub fn read(path: &Path) -> Result<Vec<Grid>, Trouble> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    let reader = match extension.as_deref() {
        Some("xlsx") => xlsx,
        Some("csv") => csv,
        _ => return Err(Trouble::UnknownKind { extension }),
    };
    let bytes = bytes(path)?;
    reader(bytes, path)
}

/// The file's bytes, refusing a folder, a pipe, an empty file or one over the limit.
fn bytes(path: &Path) -> Result<Vec<u8>, Trouble> {
    let meta = std::fs::metadata(path).map_err(Trouble::Io)?;
    if meta.is_dir() {
        return Err(Trouble::Directory);
    }
    if !meta.is_file() {
        return Err(Trouble::NotAFile);
    }
    if meta.len() == 0 {
        return Err(Trouble::Empty);
    }
    let too_large = |bytes| Trouble::TooLarge {
        bytes,
        limit: MAX_FILE_BYTES,
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(Trouble::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn unreadable(e: impl std::fmt::Display) -> Trouble {
    Trouble::Unreadable {
        detail: e.to_string(),
    }
}

/// Unpacks every XML part once, counting, so that what calamine then keeps in memory (the
/// shared strings, the styles) is bounded by [`MAX_XML_BYTES`] whatever the parts declare.
fn check_inflated(bytes: &[u8]) -> Result<(), Trouble> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut left = MAX_XML_BYTES;
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(unreadable)?;
        let name = part.name().map_err(unreadable)?.to_ascii_lowercase();
        if !(name.ends_with(".xml") || name.ends_with(".rels") || name.ends_with(".vml")) {
            continue;
        }
        let read = std::io::copy(&mut (&mut part).take(left + 1), &mut std::io::sink())
            .map_err(unreadable)?;
        if read > left {
            return Err(Trouble::Inflates {
                limit: MAX_XML_BYTES,
            });
        }
        left -= read;
    }
    Ok(())
}

fn xlsx(bytes: Vec<u8>, _path: &Path) -> Result<Vec<Grid>, Trouble> {
    check_inflated(&bytes)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let names: Vec<String> = book.sheet_names().into_iter().take(MAX_SHEETS).collect();
    let mut grids = Vec::with_capacity(names.len());
    for name in names {
        let mut grid = Grid::new(&name);
        let mut cells = book.worksheet_cells_reader(&name).map_err(unreadable)?;
        while let Some(cell) = cells.next_cell().map_err(unreadable)? {
            let (row, col) = cell.get_position();
            grid.put(row, col, from_calamine(cell.get_value()))?;
        }
        grids.push(grid);
    }
    Ok(grids)
}

/// A calamine value as the sheet's rules take it.
fn from_calamine(v: &DataRef) -> Cell {
    match v {
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            Cell::Text(s.clone())
        }
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::Bool(b) => Cell::Text(if *b { "TRUE" } else { "FALSE" }.to_string()),
        DataRef::DateTime(d) if d.is_datetime() => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            chrono::NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(day))
                .map_or(Cell::Number(d.as_f64()), Cell::Date)
        }
        DataRef::DateTime(d) => Cell::Number(d.as_f64()),
        DataRef::Error(e) => Cell::Error(e.to_string()),
        DataRef::Empty => Cell::Empty,
    }
}

fn csv(bytes: Vec<u8>, path: &Path) -> Result<Vec<Grid>, Trouble> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = match std::str::from_utf8(body) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => encoding_rs::GB18030.decode_without_bom_handling(body).0,
    };
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut grid = Grid::new(&name);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for (row, record) in reader.records().enumerate() {
        let record = record.map_err(unreadable)?;
        for (col, value) in record.iter().enumerate().take(WIDTH) {
            grid.put(row as u32, col as u32, Cell::Text(value.to_string()))?;
        }
    }
    Ok(vec![grid])
}
