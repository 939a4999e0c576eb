//! How large one letter may be: past these a text is not one letter, and reading and reviewing
//! it would take minutes.

use super::NotALetter;

/// A reply letter is a few pages (the fixtures hold 600 to 3,000 characters).
pub const MAX_LETTER_CHARS: usize = 1_000_000;
/// Real letters give a handful of pledges; past this the text is not a letter (a 2 MB DOCX of
/// repeated sentences gave 270,000), and nobody reviews that many.
pub const MAX_DRAFTS: usize = 1_000;

/// Refuses a letter's text over [`MAX_LETTER_CHARS`], with its length in bytes.
pub fn check_size(text: &str) -> Result<(), NotALetter> {
    // Counting stops past the limit: a 40 MB text need not be counted to its end.
    let chars = text.chars().take(MAX_LETTER_CHARS + 1).count();
    if chars <= MAX_LETTER_CHARS {
        return Ok(());
    }
    Err(NotALetter::TooLong { bytes: text.len() })
}

/// Refuses a letter that gives (or a review that would hold) more than [`MAX_DRAFTS`] drafts.
pub fn check_drafts(found: usize) -> Result<(), NotALetter> {
    if found <= MAX_DRAFTS {
        return Ok(());
    }
    Err(NotALetter::TooManyDrafts { found })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_is_bounded_in_characters_not_bytes_and_in_drafts() {
        assert_eq!(check_size(&"进".repeat(MAX_LETTER_CHARS)), Ok(()));
        assert_eq!(
            check_size(&"a".repeat(MAX_LETTER_CHARS + 1)),
            Err(NotALetter::TooLong {
                bytes: MAX_LETTER_CHARS + 1
            })
        );
        assert_eq!(check_drafts(MAX_DRAFTS), Ok(()));
        assert_eq!(
            check_drafts(MAX_DRAFTS + 1),
            Err(NotALetter::TooManyDrafts {
                found: MAX_DRAFTS + 1
            })
        );
    }
}
