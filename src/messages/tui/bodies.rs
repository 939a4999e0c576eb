//! The bodies and letters screens, the letter opened, the owner field and the filters they
//! set. Column heads and counts are the CLI's (`messages::bodies`, `messages::letters`).

use chrono::NaiveDate;

use crate::text::inert_line;

/// The status line once the list shows a body's pledges, as lead or co-owner.
pub fn body_listed(name: &str, n: usize) -> String {
    let name = inert_line(name).into_owned();
    crate::t!("tui-bodies-body-listed", name = name, n = n)
}

/// The header's part for the letter filter.
pub fn letter_filter(id: i64) -> String {
    crate::t!("tui-bodies-filter-letter", id = id)
}

/// The filter menu's owner row while it is typed into: its label, then the text typed.
pub fn owner_prompt() -> String {
    crate::t!("tui-filter-row-owner", value = "")
}

/// Under the owner row while the text matches no body's name.
pub fn no_match() -> &'static str {
    crate::ts!("tui-bodies-no-match")
}

/// Enter on a letter before a quote is chosen.
pub fn choose_quote_first() -> String {
    crate::t!("tui-bodies-choose-quote")
}

/// The bodies screen's first line.
pub fn bodies_title(n: usize) -> String {
    crate::t!("tui-bodies-bodies-title", n = n)
}

/// The letters screen's first line.
pub fn letters_title(n: usize, flagged: usize) -> String {
    crate::t!("tui-bodies-letters-title", n = n, flagged = flagged)
}

/// What a letter is: its id, issuer, date, 文号 when it has one, and title.
pub fn letter_head(
    id: i64,
    issuer: &str,
    date: NaiveDate,
    reference: Option<&str>,
    title: &str,
) -> String {
    let (issuer, title) = (
        inert_line(issuer).into_owned(),
        inert_line(title).into_owned(),
    );
    let date = crate::date::format(date);
    match reference {
        Some(r) => crate::t!(
            "tui-bodies-letter-head-ref",
            id = id,
            issuer = issuer,
            date = date,
            reference = inert_line(r).into_owned(),
            title = title
        ),
        None => crate::t!(
            "tui-bodies-letter-head",
            id = id,
            issuer = issuer,
            date = date,
            title = title
        ),
    }
}

/// The quote chosen, of how many found, and its pledge.
pub fn quote_chosen(n: usize, of: usize, id: i64, title: &str) -> String {
    crate::t!(
        "tui-bodies-quote-chosen",
        n = n,
        of = of,
        id = id,
        title = inert_line(title).into_owned()
    )
}

/// Before a quote is chosen: how many are marked and how to move between them.
pub fn quotes_marked(found: usize, quoted: usize) -> String {
    if found == 0 {
        crate::t!("tui-bodies-no-quote-found", quoted = quoted)
    } else {
        crate::t!("tui-bodies-quotes-marked", found = found, quoted = quoted)
    }
}

/// The letter pane's title.
pub fn text_title() -> String {
    crate::t!("tui-bodies-text-title")
}
