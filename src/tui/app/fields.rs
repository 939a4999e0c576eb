//! Reading what was typed into a field, by the core's rules: the note editor, the pledge form
//! and a draft's form all read dates, numbers, statuses and required text here.

use chrono::NaiveDate;

use crate::model::{Quantity, Status};
use crate::problem::{Field, Invalid, Problem};
use crate::tui::screen::FieldKind;

/// A date, or `None` for an empty field.
pub fn date(field: Field, value: &str) -> Result<Option<NaiveDate>, Invalid> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    crate::date::parse_typed(value)
        .map(Some)
        .map_err(|p| Invalid::new(field, value, p))
}

/// The day a note records: given, real, and not after today.
pub fn note_date(value: &str, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    let on =
        date(Field::On, value)?.ok_or_else(|| Invalid::new(Field::On, "", Problem::DateShape))?;
    crate::model::check_note_date(on, today)
        .map_err(|p| Invalid::new(Field::On, value.trim(), p))?;
    Ok(on)
}

/// A number of zero or more, or `None` for an empty field.
pub fn quantity(field: Field, value: &str) -> Result<Option<Quantity>, Invalid> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value
        .parse()
        .map(Some)
        .map_err(|p| Invalid::new(field, value, p))
}

pub fn status(value: &str) -> Result<Status, Invalid> {
    value
        .parse()
        .map_err(|p| Invalid::new(Field::Status, value, p))
}

/// A field that may not be left empty.
pub fn required(field: Field, value: &str) -> Result<String, Invalid> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Invalid::new(field, value, Problem::Empty));
    }
    Ok(value.to_string())
}

pub fn optional(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

/// A target's unit or wording means nothing without its number: refused rather than dropped.
pub fn needs_number(quantity: Option<Quantity>, field: Field, value: &str) -> Result<(), Invalid> {
    if quantity.is_none() && !value.trim().is_empty() {
        return Err(Invalid::new(field, value, Problem::WithoutTarget));
    }
    Ok(())
}

/// Setting `now` over `seen` closes the pledge or reopens a closed one: history asks why.
pub fn status_needs_reason(seen: Status, now: Status) -> bool {
    now != seen && (!now.is_open() || !seen.is_open())
}

/// The status `step` places from `current` among "keep as it is" and the six.
pub fn next_status(current: Option<Status>, step: isize) -> Option<Status> {
    let choices: Vec<Option<Status>> = std::iter::once(None).chain(Status::ALL.map(Some)).collect();
    let n = choices.len() as isize;
    let at = choices.iter().position(|c| *c == current).unwrap_or(0) as isize;
    choices
        .get((at + step).rem_euclid(n) as usize)
        .copied()
        .flatten()
}

/// The form's fields a pledge and a draft share, in the order they are shown.
pub fn pledge_fields(
    title: &str,
    owner: &str,
    deadline: Option<NaiveDate>,
    deadline_text: Option<&str>,
    quantity: Option<Quantity>,
    unit: Option<&str>,
) -> Vec<(FieldKind, String)> {
    vec![
        (FieldKind::Title, title.to_string()),
        (FieldKind::Owner, owner.to_string()),
        (
            FieldKind::Deadline,
            deadline.map(crate::date::format).unwrap_or_default(),
        ),
        (
            FieldKind::DeadlineText,
            deadline_text.unwrap_or_default().to_string(),
        ),
        (
            FieldKind::Target,
            quantity.map(|q| q.to_string()).unwrap_or_default(),
        ),
        (FieldKind::Unit, unit.unwrap_or_default().to_string()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::date::parse(s).unwrap_or_default()
    }

    #[test]
    fn a_note_date_is_real_given_and_not_after_today() {
        let today = day("2026-11-28");
        assert_eq!(note_date(" 2026-11-28 ", today), Ok(today));
        let late = note_date("2026-11-29", today).map_err(|i| i.problem);
        assert_eq!(late, Err(Problem::AfterToday { today }));
        let none = note_date("", today).map_err(|i| (i.field, i.problem));
        assert_eq!(none, Err((Field::On, Problem::DateShape)));
        let bad = note_date("2026-02-30", today).map_err(|i| i.value);
        assert_eq!(bad, Err("2026-02-30".to_string()));
    }

    #[test]
    fn empty_required_text_and_a_unit_without_a_number_are_refused_by_field() {
        assert_eq!(required(Field::Title, " 标题 "), Ok("标题".to_string()));
        let empty = required(Field::Owner, "  ").map_err(|i| (i.field, i.problem));
        assert_eq!(empty, Err((Field::Owner, Problem::Empty)));
        let unit = needs_number(None, Field::Unit, "座").map_err(|i| i.problem);
        assert_eq!(unit, Err(Problem::WithoutTarget));
        assert!(needs_number(Quantity::new(8.0).ok(), Field::Unit, "座").is_ok());
        assert!(needs_number(None, Field::Unit, " ").is_ok());
        assert_eq!(quantity(Field::Target, ""), Ok(None));
        assert!(quantity(Field::Target, "-1").is_err());
        assert_eq!(status("done"), Ok(Status::Done));
    }

    #[test]
    fn the_status_choice_cycles_through_keep_and_the_six() {
        assert_eq!(next_status(None, 1), Some(Status::ALL[0]));
        assert_eq!(next_status(Some(Status::ALL[0]), -1), None);
        assert_eq!(next_status(None, -1), Status::ALL.last().copied());
    }
}
