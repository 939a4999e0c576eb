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
pub const MAX_ROWS: usize = 20_000;
/// The most worksheets of one workbook read.
const MAX_SHEETS: usize = 50;
/// The columns kept of each row: the sheet's, and room to see where its key column went
/// when a body inserted columns.
const WIDTH: usize = 32;

/// One worksheet's rows that hold anything in the sheet's columns, in order.
#[derive(Debug, Clone)]
pub struct Grid {
    pub name: String,
    /// The 0-based row number, and its first [`WIDTH`] cells.
    pub rows: Vec<(u32, Vec<Cell>)>,
    /// Where each row is in `rows`: cells may come in any order.
    at: std::collections::HashMap<u32, usize>,
}

impl Grid {
    fn new(name: &str) -> Grid {
        Grid {
            name: name.to_string(),
            rows: Vec::new(),
            at: std::collections::HashMap::new(),
        }
    }

    /// The rows in sheet order, once every cell is in.
    fn finished(mut self) -> Grid {
        self.rows.sort_by_key(|(r, _)| *r);
        self.at.clear();
        self
    }

    /// Puts a cell in place; refuses a sheet of too many rows.
    fn put(&mut self, row: u32, col: u32, cell: Cell) -> Result<(), Trouble> {
        let width = WIDTH;
        if col as usize >= width || cell.is_blank() {
            return Ok(());
        }
        let at = match self.at.get(&row) {
            Some(&at) => at,
            None => {
                if self.rows.len() >= MAX_ROWS {
                    return Err(Trouble::TooManyRows { limit: MAX_ROWS });
                }
                self.rows.push((row, vec![Cell::Empty; width]));
                self.at.insert(row, self.rows.len() - 1);
                self.rows.len() - 1
            }
        };
        self.rows[at].1[col as usize] = cell;
        Ok(())
    }
}

/// The sheets of a returned file.
pub fn read(path: &Path) -> Result<Vec<Grid>, Trouble> {
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
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
        grids.push(grid.finished());
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
    Ok(vec![grid.finished()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A zip of one part, `name`, holding `size` bytes of zeros: a few kilobytes packed.
    fn zip_of(name: &str, size: usize) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let written = zip.start_file(name, options).is_ok()
            && (0..size / 65_536).all(|_| zip.write_all(&[0u8; 65_536]).is_ok());
        assert!(written);
        zip.finish().map(|c| c.into_inner()).unwrap_or_default()
    }

    #[test]
    fn a_small_file_that_unpacks_past_the_limit_is_refused_before_calamine_reads_it() {
        let bomb = zip_of("xl/sharedStrings.xml", (MAX_XML_BYTES + (1 << 20)) as usize);
        assert!(bomb.len() < 1 << 20, "{} bytes packed", bomb.len());
        assert!(matches!(
            check_inflated(&bomb),
            Err(Trouble::Inflates {
                limit: MAX_XML_BYTES
            })
        ));
        assert!(check_inflated(&zip_of("xl/workbook.xml", 1 << 20)).is_ok());
        // A picture is not read by calamine, so not counted.
        assert!(
            check_inflated(&zip_of("xl/media/image1.png", (MAX_XML_BYTES + 1) as usize)).is_ok()
        );
    }

    #[test]
    fn a_grid_keeps_rows_in_order_skips_blanks_and_stops_at_the_row_limit() {
        let mut grid = Grid::new("s");
        assert!(grid.put(3, 1, Cell::Text("a".into())).is_ok());
        assert!(grid.put(3, 0, Cell::Number(1.0)).is_ok());
        assert!(grid.put(4, 2, Cell::Text("  ".into())).is_ok());
        assert!(grid.put(5, WIDTH as u32, Cell::Text("far".into())).is_ok());
        assert_eq!(grid.rows.len(), 1);
        assert_eq!(
            grid.rows[0].1[..2],
            [Cell::Number(1.0), Cell::Text("a".into())]
        );
        for row in 10..(10 + MAX_ROWS as u32 - 1) {
            assert!(grid.put(row, 0, Cell::Number(1.0)).is_ok());
        }
        assert!(matches!(
            grid.put(u32::MAX, 0, Cell::Number(1.0)),
            Err(Trouble::TooManyRows { limit: MAX_ROWS })
        ));
    }

    #[test]
    fn an_excel_date_cell_is_its_day_and_a_formula_error_its_code() {
        use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};
        let day = ExcelDateTime::new(46_354.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(
            from_calamine(&DataRef::DateTime(day)),
            Cell::Date(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default())
        );
        assert_eq!(
            from_calamine(&DataRef::Error(CellErrorType::NA)),
            Cell::Error("#N/A".into())
        );
    }
}
