//! What a body wrote in the five answer columns of one row: a progress note, its date, a
//! quantity, a new status and the evidence, each checked as `pledge note` checks its options.

use chrono::NaiveDate;

use super::Column;
use crate::model::{Quantity, Status, check_note_date, check_note_size};
use crate::problem::{Field, Invalid, Problem};

/// A cell's value as a spreadsheet holds it. A formula is read as the value it last showed.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A cell formatted as a date (its time of day, if any, left out).
    Date(NaiveDate),
    /// An error value such as `#N/A`, by its code.
    Error(String),
}

impl Cell {
    /// Empty, or text of blanks only.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The value as text, as a refusal quotes it and a note keeps it.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) | Cell::Error(t) => t.clone(),
            Cell::Number(n) => Quantity::new(*n)
                .map(|q| q.to_string())
                .unwrap_or_else(|_| n.to_string()),
            Cell::Date(d) => crate::date::format(*d),
        }
    }
}

/// A row's answer: the note with what it reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub note: String,
    /// None: the day it is collected.
    pub on: Option<NaiveDate>,
    pub quantity: Option<Quantity>,
    pub status: Option<Status>,
    pub evidence: Option<String>,
}

/// The answer in a row's five fill-in cells (note, date, quantity, status, evidence): none
/// when all are blank, else the answer, or every cell refused with its column. A row that
/// says anything needs its note: the note is what the ledger keeps, and the reason when the
/// status closes or reopens the pledge. A date after `today` is refused, as `note --on` is.
pub fn answer(
    cells: [&Cell; 5],
    today: NaiveDate,
    parse_status: impl Fn(&str) -> Result<Status, Problem>,
) -> Result<Option<Answer>, Vec<(Column, Invalid)>> {
    if cells.iter().all(|c| c.is_blank()) {
        return Ok(None);
    }
    let [note, on, quantity, status, evidence] = cells;
    let mut refused = Vec::new();
    let mut refuse = |column, field, cell: &Cell, problem| {
        refused.push((column, Invalid::new(field, cell.text(), problem)));
    };
    let note_text = note.text().trim_end().to_string();
    if note.is_blank() {
        refuse(Column::Note, Field::Note, note, Problem::Empty);
    } else if let Err(p) = check_note_size(note_text.len()) {
        // The note's text may be a megabyte: not quoted.
        refuse(Column::Note, Field::Note, &Cell::Empty, p);
    }
    let on = match day(on) {
        Ok(Some(d)) => match check_note_date(d, today) {
            Ok(()) => Some(d),
            Err(p) => {
                refuse(Column::On, Field::On, on, p);
                None
            }
        },
        Ok(None) => None,
        Err(p) => {
            refuse(Column::On, Field::On, on, p);
            None
        }
    };
    let quantity = match amount(quantity) {
        Ok(q) => q,
        Err(p) => {
            refuse(Column::Quantity, Field::Progress, quantity, p);
            None
        }
    };
    let status = match status {
        c if c.is_blank() => None,
        Cell::Text(t) => match parse_status(t.trim()) {
            Ok(s) => Some(s),
            Err(p) => {
                refuse(Column::Status, Field::Status, status, p);
                None
            }
        },
        other => {
            refuse(Column::Status, Field::Status, other, Problem::UnknownStatus);
            None
        }
    };
    let evidence = Some(evidence.text().trim().to_string()).filter(|e| !e.is_empty());
    if !refused.is_empty() {
        return Err(refused);
    }
    Ok(Some(Answer {
        note: note_text,
        on,
        quantity,
        status,
        evidence,
    }))
}

/// A date cell: a date, an Excel date number, or text in any form a date option takes.
fn day(cell: &Cell) -> Result<Option<NaiveDate>, Problem> {
    match cell {
        c if c.is_blank() => Ok(None),
        Cell::Date(d) => Ok(Some(*d)),
        Cell::Number(n) => excel_serial_date(*n).map(Some).ok_or(Problem::NoSuchDay),
        Cell::Text(t) => crate::date::parse_typed(t.trim()).map(Some),
        _ => Err(Problem::DateShape),
    }
}

/// A quantity cell: a number, or text of one (full-width digits too), not below zero.
fn amount(cell: &Cell) -> Result<Option<Quantity>, Problem> {
    match cell {
        c if c.is_blank() => Ok(None),
        Cell::Number(n) => Quantity::new(*n).map(Some),
        Cell::Text(t) => {
            let narrow: String = t
                .trim()
                .chars()
                .map(|c| match c {
                    '０'..='９' | '．' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                    c => c,
                })
                .collect();
            // "1e400" parses as infinity, and "nan" as a number: neither is a quantity.
            if !narrow
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
            {
                return Err(Problem::NotANumber);
            }
            narrow.parse().map(Some)
        }
        _ => Err(Problem::NotANumber),
    }
}

/// The day of an Excel date number (the 1900 date system, which Excel and WPS write by
/// default); its fraction, the time of day, is left out. None for a number that is no day:
/// below 1, past 9999-12-31, or 60, Excel's 1900-02-29, which the calendar never had.
pub fn excel_serial_date(serial: f64) -> Option<NaiveDate> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let base = match days {
        60 => return None,
        // Before Excel's false leap day, day 1 is 1900-01-01.
        d if d < 60 => NaiveDate::from_ymd_opt(1899, 12, 31)?,
        _ => NaiveDate::from_ymd_opt(1899, 12, 30)?,
    };
    base.checked_add_days(chrono::Days::new(days as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
    }

    fn status(t: &str) -> Result<Status, Problem> {
        match t {
            "已完成" => Ok(Status::Done),
            other => other.parse(),
        }
    }

    fn text(t: &str) -> Cell {
        Cell::Text(t.into())
    }

    fn ask(cells: [&Cell; 5]) -> Result<Option<Answer>, Vec<(Column, Invalid)>> {
        answer(cells, today(), status)
    }

    #[test]
    fn excel_date_numbers_are_the_days_excel_shows() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(excel_serial_date(1.0), d(1900, 1, 1));
        assert_eq!(excel_serial_date(59.0), d(1900, 2, 28));
        assert_eq!(excel_serial_date(60.0), None, "Excel's 1900-02-29");
        assert_eq!(excel_serial_date(61.0), d(1900, 3, 1));
        assert_eq!(excel_serial_date(46_354.75), d(2026, 11, 28));
        assert_eq!(excel_serial_date(2_958_465.0), d(9999, 12, 31));
        assert_eq!(excel_serial_date(2_958_466.0), None);
        assert_eq!(excel_serial_date(0.5), None);
        assert_eq!(excel_serial_date(-3.0), None);
        assert_eq!(excel_serial_date(f64::NAN), None);
    }

    #[test]
    fn an_empty_row_is_no_answer_and_a_full_one_reads_every_cell() {
        let blank = text("  ");
        assert_eq!(
            ask([&Cell::Empty, &blank, &Cell::Empty, &blank, &blank]),
            Ok(None)
        );
        let got = ask([
            &text("已与港大签订协议 \n"),
            &text("2026年11月20日"),
            &text("２０"),
            &text("已完成"),
            &Cell::Number(12.0),
        ]);
        assert_eq!(
            got,
            Ok(Some(Answer {
                note: "已与港大签订协议".into(),
                on: NaiveDate::from_ymd_opt(2026, 11, 20),
                quantity: Quantity::new(20.0).ok(),
                status: Some(Status::Done),
                evidence: Some("12".into()),
            }))
        );
        let serial = ask([
            &text("x"),
            &Cell::Number(46_350.0),
            &Cell::Number(3.5),
            &Cell::Empty,
            &Cell::Empty,
        ]);
        let serial = serial.ok().flatten();
        assert_eq!(
            serial.map(|a| (a.on, a.quantity)),
            Some((
                NaiveDate::from_ymd_opt(2026, 11, 24),
                Quantity::new(3.5).ok()
            ))
        );
    }

    #[test]
    fn each_bad_cell_is_refused_with_its_column_field_and_value() {
        let refused = ask([
            &Cell::Empty,
            &text("2026-02-30"),
            &text("二十"),
            &text("差不多"),
            &Cell::Empty,
        ]);
        let Err(refused) = refused else {
            panic!("refused: {refused:?}");
        };
        assert_eq!(
            refused,
            [
                (Column::Note, Invalid::new(Field::Note, "", Problem::Empty)),
                (
                    Column::On,
                    Invalid::new(Field::On, "2026-02-30", Problem::NoSuchDay)
                ),
                (
                    Column::Quantity,
                    Invalid::new(Field::Progress, "二十", Problem::NotANumber)
                ),
                (
                    Column::Status,
                    Invalid::new(Field::Status, "差不多", Problem::UnknownStatus)
                ),
            ]
        );
        let later = ask([
            &text("x"),
            &text("2026-11-29"),
            &text("-3"),
            &Cell::Number(1.0),
            &Cell::Empty,
        ]);
        let Err(later) = later else {
            panic!("refused: {later:?}");
        };
        assert_eq!(
            later,
            [
                (
                    Column::On,
                    Invalid::new(
                        Field::On,
                        "2026-11-29",
                        Problem::AfterToday { today: today() }
                    )
                ),
                (
                    Column::Quantity,
                    Invalid::new(Field::Progress, "-3", Problem::NotAQuantity)
                ),
                (
                    Column::Status,
                    Invalid::new(Field::Status, "1", Problem::UnknownStatus)
                ),
            ]
        );
        for bad in ["1e400", "nan", "inf", "1,000"] {
            assert!(
                ask([
                    &text("x"),
                    &Cell::Empty,
                    &text(bad),
                    &Cell::Empty,
                    &Cell::Empty
                ])
                .is_err(),
                "{bad}"
            );
        }
        let err = ask([
            &text("x"),
            &Cell::Error("#N/A".into()),
            &Cell::Empty,
            &Cell::Empty,
            &Cell::Empty,
        ]);
        assert!(matches!(err, Err(v) if v[0].1.problem == Problem::DateShape));
    }
}
