//! The marks that make a returned sheet safe to match: the sheet's own (which ledger, which
//! body, as of which day) in the heading of the hidden column, and each row's (which pledge)
//! beside it, each signed with the ledger's secret (HMAC-SHA-256, cut to 64 bits). A sheet
//! from another ledger, a row moved to another pledge, or a mark edited by hand no longer
//! matches; the secret itself is never written into a sheet.

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

/// What opens the sheet's mark, and its version.
pub const MARK: &str = "pledge-sheet/1";

/// The hex digits of a signature kept.
const SIGNATURE_HEX: usize = 16;

/// HMAC-SHA-256 (RFC 2104) of `message` under `key`.
fn hmac(key: &[u8], message: &[u8]) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut block = [0u8; BLOCK];
    if key.len() > BLOCK {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(message)
        .finalize();
    let outer = Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize();
    let mut out = [0u8; 32];
    out.copy_from_slice(&outer);
    out
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn signature(secret: &str, parts: &[&str]) -> String {
    let message = parts.join("\u{1f}");
    let mut s = hex(&hmac(secret.as_bytes(), message.as_bytes()));
    s.truncate(SIGNATURE_HEX);
    s
}

/// A public name of the ledger made from its secret (which it does not reveal): a sheet
/// from another ledger is told apart from one edited.
pub fn fingerprint(secret: &str) -> String {
    let mut s = hex(&Sha256::digest(format!("pledge-ledger\u{1f}{secret}")));
    s.truncate(12);
    s
}

/// The sheet's mark: `pledge-sheet/1 <ledger> <body> <as-of> <signature>`.
pub fn sheet_mark(secret: &str, body: i64, as_of: NaiveDate) -> String {
    let (fp, body, day) = (
        fingerprint(secret),
        body.to_string(),
        crate::date::format(as_of),
    );
    let sig = signature(secret, &["sheet", &fp, &body, &day]);
    format!("{MARK} {fp} {body} {day} {sig}")
}

/// A row's mark: `<pledge> <signature>`, signed with the sheet it belongs to.
pub fn row_mark(secret: &str, body: i64, as_of: NaiveDate, pledge: i64) -> String {
    let sig = signature(
        secret,
        &[
            "row",
            &body.to_string(),
            &crate::date::format(as_of),
            &pledge.to_string(),
        ],
    );
    format!("{pledge} {sig}")
}

/// What a sheet's mark says, read against this ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetMark {
    /// Made by this ledger for this body, as of this day.
    Ours { body: i64, as_of: NaiveDate },
    /// A sheet made by another ledger (its fingerprint).
    OtherLedger { fingerprint: String },
    /// Shaped as a mark, but not one this ledger signed: edited by hand.
    Altered,
}

/// Whether `text` opens as a sheet's mark: how the heading row is found.
pub fn is_sheet_mark(text: &str) -> bool {
    text.trim_start().starts_with(MARK)
}

/// Reads a sheet's mark (see [`is_sheet_mark`]) against this ledger's secret.
pub fn read_sheet_mark(secret: &str, text: &str) -> SheetMark {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [MARK, fp, body, day, sig] = parts.as_slice() else {
        return SheetMark::Altered;
    };
    if *fp != fingerprint(secret) {
        return SheetMark::OtherLedger {
            fingerprint: (*fp).to_string(),
        };
    }
    let (Ok(body_id), Ok(as_of)) = (body.parse::<i64>(), crate::date::parse(day)) else {
        return SheetMark::Altered;
    };
    if signature(secret, &["sheet", fp, body, day]) != *sig {
        return SheetMark::Altered;
    }
    SheetMark::Ours {
        body: body_id,
        as_of,
    }
}

/// The pledge a row's mark names when this ledger signed it for this sheet; none otherwise.
pub fn read_row_mark(secret: &str, body: i64, as_of: NaiveDate, text: &str) -> Option<i64> {
    let (pledge, _) = text.trim().split_once(' ')?;
    let pledge: i64 = pledge.parse().ok().filter(|&p| p > 0)?;
    (row_mark(secret, body, as_of, pledge) == text.trim()).then_some(pledge)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "0123456789abcdef0123456789abcdef";

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
    }

    #[test]
    fn hmac_is_rfc_4231s() {
        // RFC 4231, test case 2.
        let mac = hmac(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(
            hex(&mac),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        // Test case 6: a key longer than the block is hashed first.
        let mac = hmac(
            &[0xaa; 131],
            b"Test Using Larger Than Block-Size Key - Hash Key First",
        );
        assert_eq!(
            hex(&mac),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn a_sheet_mark_reads_back_and_an_edited_or_foreign_one_does_not() {
        let mark = sheet_mark(SECRET, 7, day());
        assert!(is_sheet_mark(&mark));
        assert_eq!(
            read_sheet_mark(SECRET, &mark),
            SheetMark::Ours {
                body: 7,
                as_of: day()
            }
        );
        let other = "fedcba9876543210fedcba9876543210";
        assert_eq!(
            read_sheet_mark(other, &mark),
            SheetMark::OtherLedger {
                fingerprint: fingerprint(SECRET)
            }
        );
        let moved = mark.replace(" 7 ", " 8 ");
        assert_eq!(read_sheet_mark(SECRET, &moved), SheetMark::Altered);
        assert_eq!(read_sheet_mark(SECRET, MARK), SheetMark::Altered);
        assert!(!mark.contains(SECRET));
    }

    #[test]
    fn a_row_mark_names_its_pledge_only_in_its_own_sheet() {
        let mark = row_mark(SECRET, 7, day(), 12);
        assert_eq!(read_row_mark(SECRET, 7, day(), &mark), Some(12));
        assert_eq!(read_row_mark(SECRET, 8, day(), &mark), None, "another body");
        let later = day().succ_opt().unwrap_or_default();
        assert_eq!(
            read_row_mark(SECRET, 7, later, &mark),
            None,
            "another month"
        );
        let moved = mark.replacen("12", "13", 1);
        assert_eq!(read_row_mark(SECRET, 7, day(), &moved), None);
        assert_eq!(read_row_mark(SECRET, 7, day(), ""), None);
        assert_eq!(read_row_mark(SECRET, 7, day(), "12"), None);
    }
}
