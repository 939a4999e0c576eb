//! The clipboard through the terminal: an OSC 52 sequence, which terminals, tmux and ssh pass
//! to the desktop's clipboard without a helper program.

use std::io::{self, Write};

use crossterm::clipboard::CopyToClipboard;
use crossterm::execute;

/// The text without control characters (C0, DEL, C1) but line breaks and tabs: a quote comes
/// from a file, and pasted into a shell or terminal an escape or carriage return in it would
/// act rather than read.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| matches!(c, '\n' | '\t') || !matches!(c, '\0'..='\x1f' | '\x7f'..='\u{9f}'))
        .collect()
}

/// Writes the OSC 52 sequence that puts `text`, cleaned, on the clipboard.
pub fn copy(out: &mut impl Write, text: &str) -> io::Result<()> {
    execute!(out, CopyToClipboard::to_clipboard_from(clean(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(text: &str) -> Vec<u8> {
        let mut out = Vec::new();
        copy(&mut out, text).expect("write to a vector");
        out
    }

    #[test]
    fn the_text_goes_out_as_one_osc_52_sequence_in_base64() {
        // "进展" is e8 bf 9b e5 b1 95 in UTF-8.
        assert_eq!(written("进展"), b"\x1b]52;c;6L+b5bGV\x1b\\");
    }

    #[test]
    fn control_characters_never_reach_the_clipboard() {
        // ESC, BEL, CR, DEL and the C1 CSI are dropped; the line break and the tab stay.
        let hostile = "a\x1b]52;c;?\x07\r\x7f\u{9b}b\n\tc";
        assert_eq!(clean(hostile), "a]52;c;?b\n\tc");
        assert_eq!(written(hostile), written("a]52;c;?b\n\tc"));
        let out = written(hostile);
        // Only the sequence's own ESCs: the opening one and the string terminator's.
        assert_eq!(out.iter().filter(|&&b| b == 0x1b).count(), 2);
    }
}
