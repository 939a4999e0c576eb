//! `pledge report overdue`, and beside it `report period` and `report scorecard`.

mod period;
mod scorecard;

use std::io::Write;

pub use period::period;
pub use scorecard::scorecard;

use super::{Ctx, Refusal};
use crate::cli::OverdueArgs;
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::messages::cli as words;
use crate::report::{self, Look, Options, Section, TextStyle};

pub fn overdue(
    store: &impl Ledger,
    ctx: &Ctx,
    label: &str,
    args: OverdueArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let filter = crate::request::Filter {
        bodies: super::bodies::scope(store, &args.owner, args.lead_only)?,
        ..Default::default()
    };
    let opts = Options {
        as_of: args.as_of.unwrap_or(ctx.today),
        owners: args.owner,
        filter,
        within_days: i64::from(args.within.unwrap_or(ctx.within)),
        stale_days: i64::from(args.stale_days.unwrap_or(ctx.stale_days)),
    };
    needs_file(args.format, args.output.as_deref())?;
    let to_file = args.output.is_some();
    let width = width(args.width, to_file);
    let look = Look {
        style: TextStyle {
            width,
            color: !to_file && ctx.color,
        },
        bom: !args.no_bom,
    };
    let format = args.format;
    let summary = written_to(args.output.as_deref(), out, |w| {
        report::stream(store, label, &opts, format, look, w)
    })?;
    if let Some(path) = &args.output {
        super::remark(format_args!(
            "{}",
            words::report_written(&crate::files::shown(path))
        ));
    }
    let late = summary.count(Section::Overdue);
    if args.fail_if_overdue && late > 0 {
        out.flush()
            .map_err(|e| Error::io(crate::error::Doing::WriteOutput, e))?;
        return Err(Error::Flagged {
            overdue: late,
            as_of: opts.as_of,
        });
    }
    Ok(())
}

/// What `make` writes, to the file at `path` (whole or not at all) or, without one, to `out`
/// as it is made: every report's and the calendar's `-o`.
pub(super) fn written_to<T>(
    path: Option<&std::path::Path>,
    out: &mut dyn Write,
    make: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let Some(path) = path else {
        return make(out);
    };
    // Streamed into the temporary file too; a failure to read the ledger is reported as
    // itself, not as a failed write.
    let mut made = None;
    let written = crate::files::write_atomically_with(path, |w| match make(w) {
        Ok(value) => {
            made = Some(Ok(value));
            Ok(())
        }
        Err(e) => {
            made = Some(Err(e));
            // Only stops the write: the report's own error is returned.
            Err(std::io::Error::other(words::refusal(
                &Refusal::ReportNotMade,
            )))
        }
    });
    // `fill` runs whenever the file was written, so `made` is set when `written` is Ok.
    match (made, written) {
        (Some(Err(e)), _) | (_, Err(e)) => Err(e),
        (Some(Ok(value)), Ok(())) => Ok(value),
        (None, Ok(())) => Err(Error::Command(Refusal::ReportNotMade)),
    }
}

/// A binary format (Word) is written only to a file, never to a terminal or a pipe.
fn needs_file(format: report::Format, output: Option<&std::path::Path>) -> Result<()> {
    if format.is_binary() && output.is_none() {
        return Err(Error::Command(Refusal::DocxNeedsFile));
    }
    Ok(())
}

/// A report's width: `--width`, else the terminal's when not writing a file, else 100; never
/// below what its tables need.
fn width(asked: Option<u16>, to_file: bool) -> usize {
    asked
        .map(usize::from)
        .or_else(|| {
            if to_file {
                None
            } else {
                super::terminal_width()
            }
        })
        .unwrap_or(100)
        .max(report::MIN_WIDTH)
}

/// How a report beside `overdue` looks: `--width` (else the terminal's, else 100) and the
/// CSV's byte-order mark.
pub(super) fn look(common: &crate::cli::ReportCommon) -> Look {
    Look {
        style: TextStyle {
            width: width(common.width, common.output.is_some()),
            color: false,
        },
        bom: !common.no_bom,
    }
}

/// Writes a report read whole by `write`, to `-o FILE` or standard output, saying where it
/// went.
pub(super) fn emit(
    common: &crate::cli::ReportCommon,
    out: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    needs_file(common.format, common.output.as_deref())?;
    written_to(common.output.as_deref(), out, write)?;
    if let Some(path) = &common.output {
        super::remark(format_args!(
            "{}",
            words::report_written(&crate::files::shown(path))
        ));
    }
    Ok(())
}
