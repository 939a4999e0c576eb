//! The report as JSON: `{"as_of", "overdue": [...], "due_soon": [...], "no_deadline": [...]}`.

use serde::Serialize;

use super::{Item, LetterRef, Report, Section};

#[derive(Serialize)]
struct Json<'a> {
    #[serde(with = "crate::date::strict")]
    as_of: chrono::NaiveDate,
    ledger: &'a str,
    letters: &'a [LetterRef],
    scope: Option<&'a str>,
    within_days: i64,
    stale_days: i64,
    overdue: Vec<&'a Item>,
    due_soon: Vec<&'a Item>,
    no_deadline: Vec<&'a Item>,
    undated_recent: usize,
}

fn flat(r: &Report, s: Section) -> Vec<&Item> {
    r.section(s).iter().flat_map(|g| g.items.iter()).collect()
}

pub fn render(r: &Report) -> String {
    let json = Json {
        as_of: r.as_of,
        ledger: &r.ledger,
        letters: &r.letters,
        scope: r.scope.as_deref(),
        within_days: r.within_days,
        stale_days: r.stale_days,
        overdue: flat(r, Section::Overdue),
        due_soon: flat(r, Section::DueSoon),
        no_deadline: flat(r, Section::NoDeadline),
        undated_recent: r.undated_recent,
    };
    crate::json::to_string(&json).unwrap_or_default()
}
