//! A list filter as SQL: fixed fragments for the parts in use, so SQLite can use the index each
//! part allows; values are always bound.

use super::pledges::Filter;
use crate::model::Status;

/// A filter as SQL over `pledge p`: one fixed fragment for each part of the filter in use, so
/// that SQLite can use the index each part allows (a `:x IS NULL OR …` form would defeat them);
/// values are always bound, never spliced in.
pub(crate) struct FilterSql<'a> {
    owner: Option<&'a str>,
    status: Option<&'static str>,
    overdue_on: Option<String>,
    search: Option<Search>,
}

/// How a search text is matched: through the trigram indexes when it has three characters or
/// more (as a quoted phrase, case ignored); shorter, by reading the texts: a LIKE pattern when
/// it has ASCII letters (whose case is ignored), else the exact text.
enum Search {
    Indexed(String),
    Like(String),
    Exact(String),
}

impl Search {
    fn new(text: &str) -> Search {
        if text.chars().count() >= 3 {
            Search::Indexed(format!("\"{}\"", text.replace('"', "\"\"")))
        } else if text.chars().any(|c| c.is_ascii_alphabetic()) {
            let mut pattern = String::from("%");
            for c in text.chars() {
                if matches!(c, '%' | '_' | '\\') {
                    pattern.push('\\');
                }
                pattern.push(c);
            }
            pattern.push('%');
            Search::Like(pattern)
        } else {
            Search::Exact(text.to_string())
        }
    }
}

impl<'a> FilterSql<'a> {
    pub(crate) fn new(filter: &'a Filter) -> FilterSql<'a> {
        FilterSql {
            owner: filter.owner.as_deref().filter(|s| !s.is_empty()),
            status: filter.status.map(Status::as_str),
            overdue_on: filter.overdue_on.map(crate::date::format),
            search: filter
                .search
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(Search::new),
        }
    }

    pub(crate) fn overdue_only(&self) -> bool {
        self.overdue_on.is_some()
    }

    pub(crate) fn searching(&self) -> bool {
        self.search.is_some()
    }

    /// `pledge p`, held to the open-deadline index for overdue lists: without statistics
    /// SQLite may pick the status index and then sort every open pledge.
    pub(crate) fn table(&self) -> &'static str {
        if self.overdue_only() {
            "pledge p INDEXED BY pledge_open_deadline"
        } else {
            "pledge p"
        }
    }

    /// The condition, `1` when nothing narrows.
    pub(crate) fn condition(&self) -> String {
        let mut parts = vec!["1"];
        if self.owner.is_some() {
            parts.push("instr(lower(p.owner), lower(:owner)) > 0");
        }
        if self.status.is_some() {
            parts.push("p.status = :status");
        }
        if self.overdue_on.is_some() {
            parts.push(
                "p.status IN ('pending', 'in_progress', 'stalled') AND p.deadline < :overdue_on",
            );
        }
        match &self.search {
            Some(Search::Indexed(_)) => parts.push(
                "(p.id IN (SELECT rowid FROM pledge_fts WHERE pledge_fts MATCH :search)
                  OR p.id IN (SELECT n.pledge_id FROM note n
                              WHERE n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH :search)))",
            ),
            // Case matters only for ASCII letters; LIKE ignores their case without lower()
            // copying every text. Other searches (Chinese) compare bytes with instr. Notes are
            // scanned once for the set of pledges they match, not once per pledge.
            Some(Search::Like(_)) => parts.push(
                "(p.title LIKE :search ESCAPE '\\' OR p.owner LIKE :search ESCAPE '\\'
                  OR p.quote LIKE :search ESCAPE '\\'
                  OR p.id IN (SELECT pledge_id FROM note WHERE body LIKE :search ESCAPE '\\'))",
            ),
            Some(Search::Exact(_)) => parts.push(
                "(instr(p.title, :search) > 0 OR instr(p.owner, :search) > 0
                  OR instr(coalesce(p.quote, ''), :search) > 0
                  OR p.id IN (SELECT pledge_id FROM note WHERE instr(body, :search) > 0))",
            ),
            None => {}
        }
        parts.join(" AND ")
    }

    /// The values the condition names.
    pub(crate) fn named(&self) -> Vec<(&'static str, &dyn rusqlite::ToSql)> {
        let mut out: Vec<(&'static str, &dyn rusqlite::ToSql)> = Vec::new();
        if let Some(v) = &self.owner {
            out.push((":owner", v));
        }
        if let Some(v) = &self.status {
            out.push((":status", v));
        }
        if let Some(v) = &self.overdue_on {
            out.push((":overdue_on", v));
        }
        match &self.search {
            Some(Search::Indexed(v) | Search::Like(v) | Search::Exact(v)) => {
                out.push((":search", v))
            }
            None => {}
        }
        out
    }
}
