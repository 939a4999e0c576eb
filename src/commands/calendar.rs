//! `pledge calendar`.

use std::io::Write;

use super::Ctx;
use crate::cli::CalendarArgs;
use crate::error::Result;
use crate::ledger::Ledger;

pub fn run(store: &impl Ledger, ctx: &Ctx, args: &CalendarArgs, out: &mut dyn Write) -> Result<()> {
    let filter = crate::request::Filter {
        bodies: super::bodies::scope(store, &args.owner, args.lead_only)?,
        ..Default::default()
    };
    let events = super::report::written_to(args.output.as_deref(), out, |w| {
        crate::report::calendar::write(store, &filter, ctx.today, w)
    })?;
    if let Some(path) = &args.output {
        super::remark(format_args!(
            "{}",
            crate::messages::calendar::written(events, &crate::files::shown(path))
        ));
    }
    Ok(())
}
