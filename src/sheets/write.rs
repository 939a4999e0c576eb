//! A body's request sheet (催办单) as an `.xlsx`: its open pledges, locked, beside five
//! unlocked columns to fill in, a heading row frozen above them, the status column limited to
//! the statuses' labels, and a hidden column of marks (see `key`) to match the rows that come
//! back.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format,
    FormatAlign, FormatBorder, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use super::key;
use crate::body::Body;
use crate::messages::sheets as words;
use crate::model::{Pledge, Status};
use crate::sheet::{Column, SheetPledge};

/// The row of the headings (0-based); the pledges follow it.
pub const HEADING_ROW: u32 = 2;

/// The most characters a cell is given: Excel holds 32,767 UTF-16 units in one.
const MAX_CELL_CHARS: usize = 8000;

/// Column widths in Excel's units (a Chinese character takes about two).
fn width(c: Column) -> f64 {
    match c {
        Column::Id => 6.0,
        Column::Title => 32.0,
        Column::Quote => 44.0,
        Column::Deadline => 16.0,
        Column::Target => 14.0,
        Column::Role => 6.0,
        Column::LastProgress => 32.0,
        Column::Note => 44.0,
        Column::On => 13.0,
        Column::Quantity => 10.0,
        Column::Status => 11.0,
        Column::Evidence => 26.0,
        Column::Key => 30.0,
    }
}

/// The most lines a pledge's row is made tall enough for; a longer quote scrolls in its cell.
const MAX_ROW_LINES: usize = 8;

/// How many lines `text` takes wrapped in a column `width` units wide (a Chinese character
/// takes two units, as the widths count them).
fn lines(text: &str, width: f64) -> usize {
    let per_line = (width - 1.0).max(1.0);
    text.split('\n')
        .map(|l| {
            ((crate::text::width(&crate::text::inert_line(l)) as f64) / per_line).ceil() as usize
        })
        .map(|n| n.max(1))
        .sum()
}

/// A row's height in points for this many lines of the default 11-point font.
fn height(lines: usize) -> f64 {
    15.0 * lines.max(1) as f64 + 2.0
}

/// What a body's sheet says, made ready to write.
pub struct Request<'a> {
    pub secret: &'a str,
    pub body: &'a Body,
    pub as_of: NaiveDate,
    pub pledges: &'a [SheetPledge],
}

/// The workbook's bytes.
pub fn workbook(r: &Request) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(words::sheet_name())?;
    fill(sheet, r)?;
    book.save_to_buffer()
}

fn fill(sheet: &mut Worksheet, r: &Request) -> Result<(), XlsxError> {
    let border = |f: Format| f.set_border(FormatBorder::Thin).set_align(FormatAlign::Top);
    let title = Format::new().set_bold().set_font_size(14);
    let help = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let heading = border(Format::new().set_bold().set_text_wrap())
        .set_background_color(Color::RGB(0xD9_E1_F2));
    let fill_heading = heading.clone().set_background_color(Color::RGB(0xFF_E6_99));
    let locked = border(Format::new().set_text_wrap());
    let open = border(Format::new().set_text_wrap().set_unlocked())
        .set_background_color(Color::RGB(0xFF_F2_CC));
    let open_date = open.clone().set_num_format("yyyy-mm-dd");
    let last = Column::Evidence.index();

    sheet.merge_range(
        0,
        0,
        0,
        last,
        &cut(&words::title(&r.body.name, r.as_of)),
        &title,
    )?;
    let instructions = words::instructions();
    let across: f64 = Column::ALL
        .iter()
        .filter(|c| c.index() <= last)
        .map(|&c| width(c))
        .sum();
    sheet.merge_range(1, 0, 1, last, &instructions, &help)?;
    sheet.set_row_height(1, height(lines(&instructions, across)))?;
    for c in Column::ALL {
        sheet.set_column_width(c.index(), width(c))?;
        let text = match c {
            Column::Key => key::sheet_mark(r.secret, r.body.id, r.as_of),
            c => words::heading(c).to_string(),
        };
        let f = if c.is_fill_in() {
            &fill_heading
        } else {
            &heading
        };
        sheet.write_string_with_format(HEADING_ROW, c.index(), &text, f)?;
    }
    sheet.set_column_hidden(Column::Key.index())?;
    for (i, p) in r.pledges.iter().enumerate() {
        let row = HEADING_ROW + 1 + i as u32;
        // Neither Excel nor WPS makes a row taller for wrapped text it did not write itself.
        let tallest = Column::ALL
            .into_iter()
            .filter(|c| !c.is_fill_in() && *c != Column::Key)
            .map(|c| lines(&shown(c, p), width(c)).min(MAX_ROW_LINES))
            .max()
            .unwrap_or(1);
        sheet.set_row_height(row, height(tallest))?;
        for c in Column::ALL {
            let col = c.index();
            match c {
                Column::Id => {
                    sheet.write_number_with_format(row, col, p.pledge.id as f64, &locked)?
                }
                Column::On => sheet.write_blank(row, col, &open_date)?,
                c if c.is_fill_in() => sheet.write_blank(row, col, &open)?,
                Column::Key => sheet.write_string(
                    row,
                    col,
                    key::row_mark(r.secret, r.body.id, r.as_of, p.pledge.id),
                )?,
                c => sheet.write_string_with_format(row, col, cut(&shown(c, p)), &locked)?,
            };
        }
    }
    validate(sheet, r.pledges.len() as u32)?;
    sheet.set_freeze_panes(HEADING_ROW + 1, Column::Quote.index())?;
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEADING_ROW, HEADING_ROW)?;
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    Ok(())
}

/// The status column takes only the statuses' labels; the date and quantity columns warn
/// at what is not a day or a number (a date typed as text is still taken back).
fn validate(sheet: &mut Worksheet, rows: u32) -> Result<(), XlsxError> {
    if rows == 0 {
        return Ok(());
    }
    let (first, last) = (HEADING_ROW + 1, HEADING_ROW + rows);
    let labels: Vec<&str> = Status::ALL
        .into_iter()
        .map(crate::messages::values::status)
        .collect();
    let status = DataValidation::new()
        .allow_list_strings(&labels)?
        .set_input_title(words::heading(Column::Status))?
        .set_input_message(words::status_hint())?
        .set_error_title(words::heading(Column::Status))?
        .set_error_message(words::status_refused())?;
    let col = Column::Status.index();
    sheet.add_data_validation(first, col, last, col, &status)?;
    let day =
        |d: NaiveDate| ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8);
    let date = DataValidation::new()
        .allow_date(DataValidationRule::Between(
            day(crate::date::FIRST)?,
            day(crate::date::LAST)?,
        ))
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_input_title(words::heading(Column::On))?
        .set_input_message(words::date_hint())?
        .set_error_message(words::date_refused())?;
    let col = Column::On.index();
    sheet.add_data_validation(first, col, last, col, &date)?;
    let amount = DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_input_title(words::heading(Column::Quantity))?
        .set_input_message(words::quantity_hint())?
        .set_error_message(words::quantity_refused())?;
    let col = Column::Quantity.index();
    sheet.add_data_validation(first, col, last, col, &amount)?;
    Ok(())
}

/// Text longer than a cell should hold, cut with `…`.
fn cut(s: &str) -> String {
    match s.char_indices().nth(MAX_CELL_CHARS) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// A locked column's text for a pledge.
fn shown(c: Column, p: &SheetPledge) -> String {
    let pledge: &Pledge = &p.pledge;
    match c {
        Column::Title => pledge.title.clone(),
        Column::Quote => pledge.quote.clone().unwrap_or_default(),
        Column::Deadline => words::deadline(pledge.deadline, pledge.deadline_text.as_deref()),
        Column::Target => match &pledge.target {
            Some(t) => t.text.clone().unwrap_or_else(|| match &t.unit {
                Some(u) => format!("{} {u}", t.quantity),
                None => t.quantity.to_string(),
            }),
            None => String::new(),
        },
        Column::Role => crate::messages::bodies::role(p.role).to_string(),
        Column::LastProgress => words::last_note(p.last_note.as_ref(), pledge.progress_text()),
        _ => String::new(),
    }
}
