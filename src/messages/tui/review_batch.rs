//! The review of one letter among several, and a line of the letter that is not of its body:
//! the questions they ask, where the review stands in the batch, and the summary's words for a
//! batch stopped.

/// Asked before a heading, a signature or a date line is added as a pledge.
pub fn add_line_question() -> String {
    crate::t!("tui-review-batch-add-line")
}

/// Asked before the batch stops: `left` letters after this one would not be read.
pub fn stop_question(left: usize) -> String {
    crate::t!("tui-review-batch-stop", left = left)
}

/// Where the review stands: letter `at` of `of`, and the key that stops the batch.
pub fn place(at: usize, of: usize) -> String {
    crate::t!("tui-review-batch-place", at = at, of = of)
}

/// The summary's line for a batch stopped: this letter unsaved and `left` more not read.
pub fn stopped(left: usize) -> String {
    crate::t!("tui-review-batch-stopped", left = left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::lang::{Lang, with};

    #[test]
    fn the_batch_words_say_how_many_letters_are_left_in_both_languages() {
        with(Lang::En, || {
            assert!(stop_question(3).contains('3'), "{}", stop_question(3));
            assert!(place(2, 5).contains("2") && place(2, 5).contains('5'));
            assert!(stopped(1).contains("1 more letter"), "{}", stopped(1));
        });
        with(Lang::Zh, || {
            assert!(stopped(4).contains("4件"), "{}", stopped(4));
            assert!(add_line_question().contains("正文"));
        });
    }
}
