//! `pledge completions` and `pledge man`: text made from the command line's own definition,
//! its help in the language chosen.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::{Cli, Shell};
use crate::error::{Doing, Error, Result};

/// The shell's completion script. Made in memory first: `clap_complete::generate` panics
/// when its writer fails (`| head -1`), so the write goes through our own error handling.
pub(super) fn completions(shell: Shell, out: &mut dyn Write) -> Result<()> {
    let mut cmd = crate::cli::help::localized(Cli::command());
    let name = cmd.get_name().to_string();
    let mut script = Vec::new();
    clap_complete::generate(shell.generator(), &mut cmd, name, &mut script);
    super::written(out.write_all(&script))
}

/// The manual page, in roff.
pub(super) fn man(out: &mut dyn Write) -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(crate::cli::help::localized(Cli::command()))
        .render(&mut page)
        .map_err(|e| Error::io(Doing::WriteOutput, e))?;
    super::written(out.write_all(&page))
}
