//! `pledge init`, `pledge export` and `pledge import`.

use std::io::Write;

use super::{Location, confirmed};
use crate::cli::{ImportArgs, InitArgs};
use crate::error::{Error, Result};
use crate::store::{Export, Seed, Store};

pub fn init(location: &Location, args: &InitArgs, out: &mut dyn Write) -> Result<()> {
    let seed = if args.empty {
        Seed::Empty
    } else {
        Seed::Builtin
    };
    let path = location.path();
    let store = Store::create(path, seed, args.force)?;
    let (letters, pledges, _) = store.counts()?;
    confirmed(
        out,
        &format!("the ledger {}", crate::files::shown(path)),
        format_args!(
            "created a ledger at {} with {letters} letter(s) and {pledges} pledge(s)\n",
            crate::files::shown(path)
        ),
    )
}

pub fn export(store: &Store, out: &mut dyn Write) -> Result<()> {
    crate::json::write(&store.export()?, out)
}

/// Reads an export: UTF-8 JSON, with the line of the first problem named.
fn read_export(args: &ImportArgs) -> Result<Export> {
    let path = &args.file;
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| Error::io_at("cannot read", path, e))?;
    if meta.is_dir() {
        return Err(Error::Usage(format!(
            "{shown} is a directory; expected a JSON file written by `pledge export`"
        )));
    }
    if !meta.is_file() {
        return Err(Error::Usage(format!(
            "{shown} is not a regular file (a pipe, socket or device); expected a JSON file written by `pledge export`"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io_at("cannot read", path, e))?;
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::Usage(format!(
            "{shown} is UTF-16 text; save it as UTF-8 (as `pledge export` writes it); nothing imported"
        )));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let line_at = |offset: usize| bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Usage(format!(
            "{shown} contains a NUL byte (line {}, byte {nul}); a pledge export is text; nothing imported",
            line_at(nul)
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::Usage(format!(
            "{shown} is not UTF-8 text (line {}, byte {}); expected the JSON of `pledge export`; nothing imported",
            line_at(e.valid_up_to()),
            e.valid_up_to()
        ))
    })?;
    serde_json::from_str(text).map_err(|e| {
        Error::Usage(format!(
            "{shown} is not a valid pledge export: line {}, column {}: {e}; nothing imported",
            e.line(),
            e.column()
        ))
    })
}

pub fn import(store: &mut Store, args: &ImportArgs, out: &mut dyn Write) -> Result<()> {
    let data = read_export(args)?;
    store.import(&data)?;
    confirmed(
        out,
        "the import",
        format_args!(
            "imported {} letter(s), {} pledge(s), {} note(s), {} history entries\n",
            data.letters.len(),
            data.pledges.len(),
            data.notes.len(),
            data.history.len()
        ),
    )
}
