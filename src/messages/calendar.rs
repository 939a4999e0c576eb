//! What `pledge calendar` writes into its events and says when done.

/// The calendar's name, as calendar programs list it.
pub fn name() -> &'static str {
    crate::ts!("calendar-name")
}

pub fn pledge_line(id: i64) -> String {
    crate::t!("calendar-pledge", id = id)
}

pub fn owner_line(owner: &str) -> String {
    crate::t!("calendar-owner", owner = owner)
}

/// The deadline as the letter words it.
pub fn deadline_text_line(text: &str) -> String {
    crate::t!("calendar-deadline-text", text = text)
}

pub fn letter_line(letter: &str) -> String {
    crate::t!("calendar-letter", letter = letter)
}

pub fn quote_line(quote: &str) -> String {
    crate::t!("calendar-quote", quote = quote)
}

/// What the command says once the file is written.
pub fn written(events: usize, path: &str) -> String {
    crate::t!("calendar-written", events = events, path = path)
}
