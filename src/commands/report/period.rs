//! `pledge report period`.

use std::io::Write;

use crate::cli::PeriodArgs;
use crate::commands::{Ctx, Refusal};
use crate::error::{Error, Result};
use crate::ledger::Ledger;
use crate::report::period::{self, Options, Period};
use pledge_core::period::Unfit;

pub fn period(
    store: &impl Ledger,
    ctx: &Ctx,
    label: &str,
    args: PeriodArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let (from, to) = (args.from, args.to.unwrap_or(ctx.today));
    let period = Period::new(from, to, ctx.today).map_err(|u| {
        Error::Command(match u {
            Unfit::Backwards => Refusal::PeriodBackwards { from, to },
            Unfit::Ahead { today } => Refusal::PeriodAhead { to, today },
        })
    })?;
    let c = &args.common;
    let opts = Options {
        period,
        owners: c.owner.clone(),
        filter: crate::request::Filter {
            bodies: crate::commands::bodies::scope(store, &c.owner, c.lead_only)?,
            ..Default::default()
        },
    };
    let report = period::read(store, label, &opts)?;
    let look = super::look(c);
    super::emit(c, out, |w| period::write(&report, c.format, look, w))
}
