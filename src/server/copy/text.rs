//! A row in the text format of PostgreSQL's `COPY … FROM STDIN`: fields apart by tabs, one
//! row a line, `\N` for NULL, and the backslash, tab, newline and carriage return escaped.
//! A value the server column cannot take is refused, never changed.

use crate::ledger::Datum;

/// PostgreSQL's name of the type of a column held as a floating-point number.
pub const REAL: &str = "double precision";

/// Why a value cannot be written to a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unfit;

/// Appends `value` as a field of a column of `pg_type` to `line`.
pub fn field(line: &mut String, value: &Datum, pg_type: &str) -> Result<(), Unfit> {
    use std::fmt::Write;
    match (pg_type, value) {
        (_, Datum::Null) => line.push_str("\\N"),
        ("bigint", Datum::Integer(n)) => {
            let _ = write!(line, "{n}");
        }
        ("integer", Datum::Integer(n)) => {
            let n = i32::try_from(*n).map_err(|_| Unfit)?;
            let _ = write!(line, "{n}");
        }
        (REAL, Datum::Real(f)) => real(line, *f),
        (REAL, Datum::Integer(n)) => real(line, *n as f64),
        ("text", Datum::Text(s)) if !s.contains('\0') => {
            for c in s.chars() {
                match c {
                    '\\' => line.push_str("\\\\"),
                    '\t' => line.push_str("\\t"),
                    '\n' => line.push_str("\\n"),
                    '\r' => line.push_str("\\r"),
                    c => line.push(c),
                }
            }
        }
        _ => return Err(Unfit),
    }
    Ok(())
}

/// The shortest text that reads back as the same number (Rust's, as PostgreSQL reads it).
fn real(line: &mut String, f: f64) {
    use std::fmt::Write;
    if f.is_nan() {
        line.push_str("NaN");
    } else if f.is_infinite() {
        line.push_str(if f > 0.0 { "Infinity" } else { "-Infinity" });
    } else {
        let _ = write!(line, "{f:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(value: Datum, pg_type: &str) -> Result<String, Unfit> {
        let mut line = String::new();
        field(&mut line, &value, pg_type).map(|()| line)
    }

    #[test]
    fn fields_are_escaped_as_copy_reads_them_and_unfit_values_refused() {
        let text = |s: &str| one(Datum::Text(s.into()), "text");
        assert_eq!(text("a\tb\nc\\d\re"), Ok("a\\tb\\nc\\\\d\\re".into()));
        assert_eq!(text("氧化镓 \\N"), Ok("氧化镓 \\\\N".into()));
        assert_eq!(text("nul\0"), Err(Unfit));
        assert_eq!(one(Datum::Null, "text"), Ok("\\N".into()));
        assert_eq!(one(Datum::Integer(-7), "bigint"), Ok("-7".into()));
        assert_eq!(one(Datum::Integer(1 << 40), "integer"), Err(Unfit));
        assert_eq!(one(Datum::Real(0.1), REAL), Ok("0.1".into()));
        assert_eq!(one(Datum::Real(20.0), REAL), Ok("20.0".into()));
        assert_eq!(one(Datum::Integer(3), REAL), Ok("3.0".into()));
        assert_eq!(one(Datum::Real(f64::INFINITY), REAL), Ok("Infinity".into()));
        assert_eq!(one(Datum::Bytes(vec![0xff]), "text"), Err(Unfit));
        assert_eq!(one(Datum::Text("1".into()), "bigint"), Err(Unfit));
    }
}
