//! Calendar dates as the ledger keeps them (`YYYY-MM-DD`, a real day, four-digit year), as people
//! type them, and time stamps in a zone.

use chrono::{Datelike, NaiveDate};

use crate::problem::Problem;

/// The first day a date field accepts.
pub const FIRST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The last day a date field accepts.
pub const LAST: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Parses a date strictly: no padding slack, no other separators, no impossible days.
pub fn parse(text: &str) -> Result<NaiveDate, Problem> {
    let b = text.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(Problem::DateShape);
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    if y < 1900 {
        return Err(Problem::DateYear(y));
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(Problem::NoSuchDay)
}

/// Parses a date as a person types it: the stored form, or the forms people in China write
/// (2026年6月30日, 2026/6/30, 2026.6.30, 2026-6-30), digits full-width or not. As strict as
/// [`parse`] otherwise: one separator throughout, a four-digit year, no blanks, a real day.
pub fn parse_typed(text: &str) -> Result<NaiveDate, Problem> {
    if let Ok(day) = parse(text) {
        return Ok(day);
    }
    // Full-width digits and separators (an IME's) read as their ASCII twins.
    let narrow: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' | '－' | '／' | '．' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect();
    let parts: Option<[&str; 3]> = if let Some(rest) = narrow.strip_suffix('日') {
        rest.split_once('年')
            .and_then(|(y, md)| md.split_once('月').map(|(m, d)| [y, m, d]))
    } else {
        ['-', '/', '.'].iter().find_map(|&sep| {
            let mut it = narrow.split(sep);
            match (it.next(), it.next(), it.next(), it.next()) {
                (Some(y), Some(m), Some(d), None) => Some([y, m, d]),
                _ => None,
            }
        })
    };
    let digits = |s: &str, most: usize| {
        (1..=most).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let Some([y, m, d]) =
        parts.filter(|[y, m, d]| y.len() == 4 && digits(y, 4) && digits(m, 2) && digits(d, 2))
    else {
        return Err(Problem::DateShape);
    };
    let num = |s: &str| s.parse::<u32>().unwrap_or(0);
    let (y, m, d) = (num(y), num(m), num(d));
    if y < 1900 {
        return Err(Problem::DateYear(y));
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(Problem::NoSuchDay)
}

/// Formats a date the way it is stored and shown.
pub fn format(date: NaiveDate) -> String {
    // Years are 1900–9999 here, so this is the ISO form, written digit by digit: chrono's
    // formatter, and even `format!`, cost a long list or report a twentieth of its time.
    let (m, d) = (date.month(), date.day());
    let Some(y) = u32::try_from(date.year()).ok().filter(|y| *y <= 9999) else {
        return format!("{:04}-{:02}-{:02}", date.year(), m, d);
    };
    let digits = [
        y / 1000,
        y / 100 % 10,
        y / 10 % 10,
        y % 10,
        m / 10,
        m % 10,
        d / 10,
        d % 10,
    ];
    let mut out = String::with_capacity(10);
    for (at, digit) in digits.into_iter().enumerate() {
        if at == 4 || at == 6 {
            out.push('-');
        }
        out.push(char::from_digit(digit, 10).unwrap_or('0'));
    }
    out
}

/// Days from `from` to `to`: positive when `to` is later.
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// A stored UTC time stamp (`2026-12-02T03:43:00Z`) in the zone `tz`, with the zone's offset:
/// `2026-12-02 11:43 (+08:00)`. `None` for a stamp that is not in the stored form.
pub fn stamp_in<Tz: chrono::TimeZone>(stamp: &str, tz: &Tz) -> Option<String>
where
    Tz::Offset: std::fmt::Display,
{
    let utc = chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%dT%H:%M:%SZ").ok()?;
    let local = tz.from_utc_datetime(&utc);
    Some(local.format("%Y-%m-%d %H:%M (%:z)").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_iso_across_the_accepted_range() {
        let mut day = NaiveDate::from_ymd_opt(1900, 1, 1);
        while let Some(d) = day.filter(|d| *d <= LAST) {
            assert_eq!(format(d), d.format("%Y-%m-%d").to_string());
            day = d.checked_add_days(chrono::Days::new(997));
        }
        assert_eq!(format(LAST), "9999-12-31");
        let early = NaiveDate::from_ymd_opt(5, 3, 9).unwrap();
        assert_eq!(format(early), "0005-03-09");
    }

    #[test]
    fn accepts_real_days_only() {
        assert!(parse("2024-02-29").is_ok());
        assert_eq!(parse("2025-12-31").map(format), Ok("2025-12-31".into()));
        for bad in [
            "2025-02-30",
            "2025-02-29",
            "2025-13-01",
            "0000-01-01",
            "2025-2-3",
            " 2025-02-03",
            "2025-02-03 ",
            "+262144-01-01",
            "31/12/2025",
            "",
            "２０２５-01-01",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn typed_dates_take_the_forms_people_in_china_write_and_stay_strict() {
        let day = parse("2026-06-30");
        for typed in [
            "2026-06-30",
            "2026年6月30日",
            "2026年06月30日",
            "2026/6/30",
            "2026.6.30",
            "2026-6-30",
            "２０２６年６月３０日",
            "２０２６／６／３０",
        ] {
            assert_eq!(parse_typed(typed), day, "{typed}");
        }
        assert_eq!(parse_typed("2026年2月30日"), Err(Problem::NoSuchDay));
        assert_eq!(parse_typed("2026/2/29"), Err(Problem::NoSuchDay));
        assert_eq!(parse_typed("1899/1/1"), Err(Problem::DateYear(1899)));
        for bad in [
            "2026/6-30",
            "26/6/30",
            "2026/006/30",
            "2026年6月30",
            "2026年6月",
            " 2026/6/30",
            "2026/6/30 ",
            "2026//30",
            "30/6/2026",
            "2026/+6/30",
            "2026.6.30.",
        ] {
            assert_eq!(parse_typed(bad), Err(Problem::DateShape), "{bad}");
        }
    }

    #[test]
    fn a_stamp_is_shown_in_the_zone_asked_with_its_offset() {
        let east = chrono::FixedOffset::east_opt(8 * 3600).expect("offset");
        assert_eq!(
            stamp_in("2026-12-02T03:43:10Z", &east).as_deref(),
            Some("2026-12-02 11:43 (+08:00)")
        );
        assert_eq!(
            stamp_in("2026-12-02T20:00:00Z", &chrono::Utc).as_deref(),
            Some("2026-12-02 20:00 (+00:00)")
        );
        assert_eq!(stamp_in("yesterday", &chrono::Utc), None);
    }

    #[test]
    fn counts_days_across_a_year_end() {
        let deadline = parse("2025-12-31").ok();
        let as_of = parse("2026-11-28").ok();
        assert_eq!(
            deadline.zip(as_of).map(|(d, a)| days_between(d, a)),
            Some(332)
        );
    }
}

/// Serde for dates that must be strict `YYYY-MM-DD` in files we read (imports, built-in data).
pub mod strict {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        super::parse(&text).map_err(|p| D::Error::custom(format_args!("{text:?}: {}", p.key())))
    }
}

/// As [`strict`], for a date that may be `null`.
pub mod strict_opt {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&super::format(*d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|text| {
                super::parse(&text)
                    .map_err(|p| D::Error::custom(format_args!("{text:?}: {}", p.key())))
            })
            .transpose()
    }
}
