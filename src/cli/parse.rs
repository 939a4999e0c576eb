//! The command line's value parsers: each refusal worded by the messages, and the core's
//! enums taken by their names.

use std::ffi::OsStr;

use chrono::NaiveDate;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use crate::model::{Quantity, Status};
use crate::problem::{Field, Invalid, Problem};

/// A deadline to set, or none to clear it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline(pub Option<NaiveDate>);

/// A date option's parser: the date as a person types it, a refusal naming the field.
pub(super) fn date_of(
    field: Field,
) -> impl Fn(&str) -> Result<NaiveDate, String> + Clone + Send + Sync + 'static {
    move |s| {
        crate::date::parse_typed(s)
            .map_err(|p| crate::messages::values::invalid(&Invalid::new(field, s, p)))
    }
}

pub(super) fn parse_deadline(s: &str) -> Result<Deadline, String> {
    if s == "none" {
        return Ok(Deadline(None));
    }
    crate::date::parse_typed(s)
        .map(|d| Deadline(Some(d)))
        .map_err(|p| crate::messages::cli::or_none(&Invalid::new(Field::Deadline, s, p)))
}

pub(super) fn parse_status(s: &str) -> Result<Status, String> {
    crate::messages::values::parse_status(s).map_err(|p| crate::messages::values::problem(&p))
}

pub(super) fn parse_quantity(s: &str) -> Result<Quantity, String> {
    s.parse().map_err(|p| crate::messages::values::problem(&p))
}

pub(super) fn parse_id(s: &str) -> Result<i64, String> {
    match s.parse::<i64>() {
        Ok(id) if id > 0 => Ok(id),
        _ => Err(crate::messages::values::problem(&Problem::NotAnId)),
    }
}

// The store refuses blank text too; this refusal names the option, as clap's do.
pub(super) fn non_empty(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        return Err(crate::messages::values::problem(&Problem::Empty));
    }
    Ok(s.to_string())
}

/// A value parser taking one of `all` by its `name`: the core's enums stay free of clap, and
/// `--help` and a refusal still list every accepted value.
pub(super) fn one_of<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
) -> OneOf<T> {
    OneOf { all, name }
}

#[derive(Clone)]
pub(super) struct OneOf<T: 'static> {
    all: &'static [T],
    name: fn(T) -> &'static str,
}

impl<T: Copy + Send + Sync + 'static> TypedValueParser for OneOf<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        // clap's own parser of names, so a refusal reads as any other of clap's.
        let names = PossibleValuesParser::new(self.all.iter().map(|v| (self.name)(*v)));
        let picked = names.parse_ref(cmd, arg, value)?;
        self.all
            .iter()
            .copied()
            .find(|v| (self.name)(*v) == picked)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.all.iter().map(|v| PossibleValue::new((self.name)(*v))),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Sort;
    use clap::{Arg, Command};

    fn sort_option() -> Command {
        Command::new("pledge").arg(
            Arg::new("sort")
                .long("sort")
                .value_parser(one_of(&Sort::ALL, Sort::name)),
        )
    }

    #[test]
    fn a_core_enum_is_taken_by_its_name_and_a_refusal_lists_every_name() {
        for sort in Sort::ALL {
            let m = sort_option()
                .try_get_matches_from(["pledge", "--sort", sort.name()])
                .expect("a name the enum has");
            assert_eq!(m.get_one::<Sort>("sort"), Some(&sort));
        }
        let err = sort_option()
            .try_get_matches_from(["pledge", "--sort", "colour"])
            .expect_err("no such sort")
            .to_string();
        assert!(err.contains("colour"), "{err}");
        for sort in Sort::ALL {
            assert!(err.contains(sort.name()), "{err}");
        }
        let help = sort_option().render_help().to_string();
        assert!(
            help.contains("deadline, overdue, owner, updated, id"),
            "{help}"
        );
    }
}
