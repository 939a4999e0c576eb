//! The single-character search indexes (`pledge_chars`, `note_chars`, schema step 9): every
//! character of a text as one token, so a search of one or two characters is a phrase the
//! index answers instead of a read of every text.
//!
//! The triggers of the step write the same tokens in SQL (any writer keeps the index); this
//! module makes them for a search and for building a whole table at once, which in SQL would
//! take minutes at a million pledges. The tests hold the two to the same tokens.

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, types::ValueRef};

use super::import::tuning::with_big_hash;
use crate::error::Result;

/// A search this long or shorter goes through these tables; longer ones through the trigram
/// indexes, which need three characters.
pub(super) const MAX_CHARS: usize = 2;

/// The name the tokens function has while a table is built.
const FUNCTION: &str = "pledge_chars_tokens";

/// One character's token: its code point in hex, an ASCII capital first made small (the case
/// LIKE ignores). Nothing else is folded: other characters match exactly, as `instr` did.
fn push_token(out: &mut String, c: char) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let code = u32::from(c.to_ascii_lowercase());
    // Written by hand: `write!` with `{:x}` was a tenth of building the tables.
    let digits = (32 - code.leading_zeros()).div_ceil(4).max(1);
    for shift in (0..digits).rev() {
        out.push(char::from(HEX[(code >> (shift * 4) & 0xf) as usize]));
    }
}

/// A text's tokens, one per character, space between.
pub(super) fn tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (n, c) in text.chars().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        push_token(&mut out, c);
    }
    out
}

/// The MATCH of a search text: its tokens as one phrase, so its characters must stand next to
/// one another in one field, in order.
pub(super) fn phrase(search: &str) -> String {
    format!("\"{}\"", tokens(search))
}

/// Fills both tables from the texts, as the step's triggers would row by row: one statement
/// each, with a big FTS5 hash, so the index is written in large pieces rather than at every
/// row. The tables must be empty (a new step, or an import that set the triggers aside).
pub(super) fn build(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        FUNCTION,
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            Ok(match ctx.get_raw(0) {
                ValueRef::Text(bytes) => {
                    Some(tokens(&String::from_utf8_lossy(bytes))).filter(|t| !t.is_empty())
                }
                _ => None,
            })
        },
    )?;
    let fill =
        |table: &str, sql: String| with_big_hash(conn, table, || Ok(conn.execute_batch(&sql)?));
    let built = fill(
        "pledge_chars",
        format!(
            "INSERT INTO pledge_chars (rowid, title, owner, quote)
             SELECT id, {FUNCTION}(title), {FUNCTION}(owner), {FUNCTION}(quote) FROM pledge"
        ),
    )
    .and_then(|()| {
        fill(
            "note_chars",
            format!("INSERT INTO note_chars (rowid, body) SELECT id, {FUNCTION}(body) FROM note"),
        )
    });
    conn.remove_function(FUNCTION, 1)?;
    built
}

#[cfg(test)]
mod tests;
