//! `pledge report overdue`.

use std::io::Write;

use super::{Ctx, Location, written};
use crate::cli::{OverdueArgs, ReportFormat};
use crate::error::{Error, Result};
use crate::report::{self, Format, Options, Section, TextStyle};
use crate::store::Store;

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Format {
        match f {
            ReportFormat::Text => Format::Text,
            ReportFormat::Markdown => Format::Markdown,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::Json => Format::Json,
            ReportFormat::Html => Format::Html,
        }
    }
}

/// Colour only for a person at a terminal who has not asked for none.
fn color_allowed() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn overdue(
    store: &Store,
    ctx: &Ctx,
    location: &Location,
    args: OverdueArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let opts = Options {
        as_of: args.as_of.unwrap_or(ctx.today),
        owners: args.owner,
        within_days: i64::from(args.within),
        stale_days: i64::from(args.stale_days),
        ..Options::new(ctx.today)
    };
    let built = report::build(store, &location.label(), &opts)?;
    let to_file = args.output.is_some();
    let width = args
        .width
        .map(usize::from)
        .or_else(|| {
            if to_file {
                None
            } else {
                super::terminal_width()
            }
        })
        .unwrap_or(100)
        .max(report::MIN_WIDTH);
    let style = TextStyle {
        width,
        color: !to_file && color_allowed(),
    };
    match &args.output {
        Some(path) => {
            let bytes = report::render(&built, args.format.into(), style, !args.no_bom);
            crate::files::write_atomically(path, &bytes)?;
            super::remark(format_args!(
                "report written to {}",
                crate::files::shown(path)
            ));
        }
        None => written(report::write(
            &built,
            args.format.into(),
            style,
            !args.no_bom,
            out,
        ))?,
    }
    let late = built.count(Section::Overdue);
    // The process ends once this returns: freeing a large report item by item took a seventh
    // of its time at a million pledges, for memory the system takes back at exit anyway.
    std::mem::forget(built);
    if args.fail_if_overdue && late > 0 {
        out.flush()
            .map_err(|e| Error::io("cannot write the output", e))?;
        return Err(Error::Flagged(format!(
            "{late} pledge{} overdue as of {}",
            if late == 1 { " is" } else { "s are" },
            crate::date::format(opts.as_of)
        )));
    }
    Ok(())
}
