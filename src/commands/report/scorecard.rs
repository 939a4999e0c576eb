//! `pledge report scorecard`.

use std::io::Write;

use crate::cli::ScorecardArgs;
use crate::commands::Ctx;
use crate::error::Result;
use crate::ledger::Ledger;
use crate::report::scorecard::{self, BROKEN_AFTER_DAYS, Options};

pub fn scorecard(
    store: &impl Ledger,
    ctx: &Ctx,
    label: &str,
    args: ScorecardArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let c = &args.common;
    let opts = Options {
        as_of: args.as_of.unwrap_or(ctx.today),
        broken_after: i64::from(args.broken_after.unwrap_or(BROKEN_AFTER_DAYS)),
        letter: args.letter,
        member: args.member.clone(),
        owners: c.owner.clone(),
        filter: crate::request::Filter {
            letter: args.letter,
            member: args.member.clone(),
            bodies: crate::commands::bodies::scope(store, &c.owner, c.lead_only)?,
            ..Default::default()
        },
    };
    let card = scorecard::read(store, label, &opts)?;
    let look = super::look(c);
    super::emit(c, out, |w| scorecard::write(&card, c.format, look, w))
}
