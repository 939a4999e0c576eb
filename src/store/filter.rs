//! A list's filter and order as SQL: fixed fragments for the parts in use, so SQLite can use
//! the index each part allows; values are always bound.

pub(crate) mod nested;

use std::sync::LazyLock;

use crate::model::Status;
use crate::request::{Filter, Sort};

/// The open statuses as an SQL list, `'pending', 'in_progress', 'stalled'`, made from
/// [`Status::open`]. Spliced, not bound: they are the enum's fixed keywords, never a caller's
/// text, and the partial index `pledge_open_deadline` serves a query only when its condition
/// names the same literal values as the index's own `WHERE` (a bound list would defeat it).
pub(super) static OPEN_STATUSES: LazyLock<String> = LazyLock::new(|| {
    Status::open()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
});

/// `p.status IN (…the open statuses…)`.
pub(super) fn open_condition() -> String {
    format!("p.status IN ({})", *OPEN_STATUSES)
}

/// The one rule of "overdue as of `day`" (an SQL value: `:overdue_on`, `?1`) over
/// `pledge p`, in its two parts, each one an index serves: open and past its deadline; or
/// open, undated, and past a deadline cleared while overdue that the supervision office has
/// not confirmed (the report keeps such a pledge overdue, counted from that deadline). Every
/// count and list of overdue pledges is made of these; `Pledge::overdue_from` is the rule
/// over a row already read.
pub(super) fn overdue_parts(day: &str) -> [String; 2] {
    let open = open_condition();
    [
        format!("{open} AND p.deadline < {day}"),
        format!("{open} AND p.deadline IS NULL AND p.cleared_deadline < {day}"),
    ]
}

/// [`overdue_parts`] as one condition.
pub(super) fn overdue_condition(day: &str) -> String {
    let [dated, cleared] = overdue_parts(day);
    format!("(({dated}) OR ({cleared}))")
}

/// The indexes that serve each of [`overdue_parts`], in their order.
pub(super) const OVERDUE_INDEXES: [&str; 2] = ["pledge_open_deadline", "pledge_cleared"];

/// An overdue list in deadline order as its two statements, each read in its index's order
/// with no sort: the pledges past their deadline, then those past a deadline cleared while
/// overdue (undated, so last, as undated pledges are in a list by deadline).
pub(super) fn overdue_statements(
    filter: &FilterSql,
    sort: Sort,
    columns: &str,
) -> Option<Vec<String>> {
    if !matches!(sort, Sort::Deadline | Sort::Overdue) {
        return None;
    }
    let [(dated, c0), (cleared, c1)] = filter.overdue_statements()?;
    Some(vec![
        format!("SELECT {columns} FROM {dated} WHERE {c0} ORDER BY p.deadline, p.id"),
        format!("SELECT {columns} FROM {cleared} WHERE {c1} ORDER BY p.cleared_deadline, p.id"),
    ])
}

/// Which database a statement is written for. Most of a list's SQL is the same in both; what
/// differs is said here: how text is searched, how a list of ids is bound, how text sorts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// A ledger file (SQLite).
    Lite,
    /// A server ledger (PostgreSQL).
    Pg,
}

impl Dialect {
    /// Whether `needle` is in `hay`, case ignored.
    fn contains(self, hay: &str, needle: &str) -> String {
        match self {
            Dialect::Lite => format!("instr(lower({hay}), lower({needle})) > 0"),
            Dialect::Pg => format!("strpos(lower({hay}), lower({needle})) > 0"),
        }
    }

    /// The ids of a JSON array of whole numbers, as a subquery.
    pub(crate) fn ids_in(self, json: &str) -> String {
        match self {
            Dialect::Lite => format!("SELECT value FROM json_each({json})"),
            Dialect::Pg => format!(
                "SELECT CAST(jsonb_array_elements_text(CAST(CAST({json} AS text) AS jsonb)) AS bigint)"
            ),
        }
    }

    /// `pledge p` read through `index`: SQLite without statistics may pick a worse one; the
    /// server's planner has its statistics and takes no such hint.
    pub(crate) fn pledges_by(self, index: &str) -> String {
        self.through("pledge p", index)
    }

    /// `table` (with its alias) read through `index`, as [`Dialect::pledges_by`].
    pub(crate) fn through(self, table: &str, index: &str) -> String {
        match self {
            Dialect::Lite => format!("{table} INDEXED BY {index}"),
            Dialect::Pg => table.into(),
        }
    }

    /// A join kept in the order written: SQLite's `CROSS JOIN` (its planner's hint); a
    /// server's planner orders joins itself.
    pub(crate) fn join_in_order(self) -> &'static str {
        match self {
            Dialect::Lite => "CROSS JOIN",
            Dialect::Pg => "JOIN",
        }
    }

    /// `pledge p` read along the table, no index: most pledges are open, and reading the
    /// table in order beats a lookup per row through the status index (SQLite's choice to
    /// be told; a server's planner makes it from its statistics).
    pub(crate) fn whole_table(self) -> &'static str {
        match self {
            Dialect::Lite => "pledge p NOT INDEXED",
            Dialect::Pg => "pledge p",
        }
    }

    /// The days from day `b` to day `a` (both `YYYY-MM-DD` text), a whole number.
    pub(crate) fn days(self, a: &str, b: &str) -> String {
        match self {
            Dialect::Lite => format!("CAST(round(julianday({a}) - julianday({b})) AS INTEGER)"),
            Dialect::Pg => {
                format!("(CAST(CAST({a} AS text) AS date) - CAST(CAST({b} AS text) AS date))")
            }
        }
    }

    /// Whether `text` is a real day `YYYY-MM-DD`.
    pub(crate) fn is_day(self, text: &str) -> String {
        match self {
            Dialect::Lite => format!("julianday({text}) IS NOT NULL"),
            Dialect::Pg => format!("pledge_real_day({text})"),
        }
    }

    /// The texts of a JSON array of text, as a subquery of one column, `value`.
    pub(crate) fn texts_in(self, json: &str) -> String {
        match self {
            Dialect::Lite => format!("SELECT value FROM json_each({json})"),
            Dialect::Pg => format!(
                "SELECT value FROM jsonb_array_elements_text(CAST(CAST({json} AS text) AS jsonb)) AS e(value)"
            ),
        }
    }

    /// Whether `needle` is in `hay`, case ignored.
    pub(crate) fn has(self, hay: &str, needle: &str) -> String {
        self.contains(hay, needle)
    }

    /// Text in the order of its bytes, as SQLite sorts it; a server sorts by its locale
    /// unless told.
    pub(crate) fn bytewise(self, column: &str) -> String {
        match self {
            Dialect::Lite => column.into(),
            Dialect::Pg => format!("{column} COLLATE \"C\""),
        }
    }
}

/// The `ORDER BY` of a list. Overdue pledges come by deadline, then those whose deadline was
/// cleared while overdue by that cleared deadline: the order their two statements read in.
pub(super) fn order_by(sort: Sort, overdue_only: bool) -> String {
    order_in(sort, overdue_only, Dialect::Lite)
}

fn order_in(sort: Sort, overdue_only: bool, dialect: Dialect) -> String {
    // Undated last: SQLite sorts NULL first, so says so; a server sorts it last already, and
    // `deadline, id` alone is the order its index holds (a sort of every pledge otherwise).
    let undated_last = match dialect {
        Dialect::Lite => "p.deadline IS NULL, ",
        Dialect::Pg => "",
    };
    match sort {
        Sort::Deadline | Sort::Overdue if overdue_only => {
            format!("{undated_last}p.deadline, p.cleared_deadline, p.id")
        }
        Sort::Deadline => format!("{undated_last}p.deadline, p.id"),
        Sort::Overdue => format!(
            "({} AND p.deadline IS NOT NULL) DESC, p.deadline, p.id",
            open_condition()
        ),
        Sort::Owner => format!(
            "{}, {undated_last}p.deadline, p.id",
            dialect.bytewise("p.owner")
        ),
        Sort::Updated => "p.updated_at DESC, p.id DESC".into(),
        Sort::Id => "p.id".into(),
    }
}

/// A filter as SQL over `pledge p`: one fixed fragment for each part of the filter in use, so
/// that SQLite can use the index each part allows (a `:x IS NULL OR …` form would defeat them);
/// values are always bound, never spliced in.
pub(crate) struct FilterSql<'a> {
    dialect: Dialect,
    owner: Option<&'a str>,
    status: Option<&'static str>,
    overdue_on: Option<String>,
    search: Option<Search>,
    letter: Option<i64>,
    member: Option<&'a str>,
    /// The bodies' ids as a JSON array, and whether only their leads count.
    bodies: Option<(String, bool)>,
}

/// How a search text is matched, always through an index: the trigram indexes when it has
/// three characters or more (as a quoted phrase, case ignored); shorter, the single-character
/// indexes (its characters as a phrase of their tokens, ASCII case ignored). On a server, the
/// trigram indexes serve `ILIKE` of three characters or more; a shorter text is looked for
/// (`strpos`) in the texts its characters' indexes find (schema step 7).
enum Search {
    Trigrams(String),
    Chars(String),
    Like(String),
    Within(String),
}

impl Search {
    fn new(text: &str, dialect: Dialect) -> Search {
        let long = text.chars().count() > super::chars::MAX_CHARS;
        match dialect {
            Dialect::Lite if long => Search::Trigrams(format!("\"{}\"", text.replace('"', "\"\""))),
            Dialect::Lite => Search::Chars(super::chars::phrase(text)),
            Dialect::Pg if long => Search::Like(format!("%{}%", like_escaped(text))),
            Dialect::Pg => Search::Within(text.into()),
        }
    }

    /// The condition over `pledge p`: the text in its title, owner or quote, or in one of
    /// its notes.
    fn condition(&self) -> String {
        let (pledges, notes) = match self {
            Search::Trigrams(_) => ("pledge_fts", "note_fts"),
            Search::Chars(_) => ("pledge_chars", "note_chars"),
            Search::Like(_) | Search::Within(_) => {
                let each = |column: &str| match self {
                    Search::Like(_) => format!("{column} ILIKE :search"),
                    // The texts holding every character (their index), then in order.
                    _ => format!(
                        "({} @> {} AND {})",
                        chars_of(column),
                        chars_of(":search"),
                        Dialect::Pg.contains(column, ":search")
                    ),
                };
                // One branch per text, each through its own index: an OR over the texts and
                // a subquery read every pledge instead (460 ms at 100,000; so 18 ms).
                return format!(
                    "p.id IN (SELECT x.id FROM pledge x WHERE {}
                              UNION ALL SELECT x.id FROM pledge x WHERE {}
                              UNION ALL SELECT x.id FROM pledge x WHERE {}
                              UNION ALL SELECT n.pledge_id FROM note n WHERE {})",
                    each("x.title"),
                    each("x.owner"),
                    each("x.quote"),
                    each("n.body")
                );
            }
        };
        // Fixed table names of the schema, chosen by the search's length.
        format!(
            "(p.id IN (SELECT rowid FROM {pledges} WHERE {pledges} MATCH :search)
              OR p.id IN (SELECT n.pledge_id FROM note n
                          WHERE n.id IN (SELECT rowid FROM {notes} WHERE {notes} MATCH :search)))"
        )
    }
}

/// A text's characters, case made small, as a server's step 7 indexes them.
fn chars_of(text: &str) -> String {
    format!("regexp_split_to_array(lower({text}), '')")
}

/// `text` as the inside of a `LIKE` pattern that matches it and nothing else.
fn like_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl<'a> FilterSql<'a> {
    pub(crate) fn new(filter: &'a Filter) -> FilterSql<'a> {
        FilterSql::on(filter, Dialect::Lite)
    }

    pub(crate) fn on(filter: &'a Filter, dialect: Dialect) -> FilterSql<'a> {
        FilterSql {
            dialect,
            owner: filter.owner.as_deref().filter(|s| !s.is_empty()),
            status: filter.status.map(Status::as_str),
            overdue_on: filter.overdue_on.map(crate::date::format),
            search: filter
                .search
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(|s| Search::new(s, dialect)),
            letter: filter.letter,
            member: filter.member.as_deref().filter(|s| !s.is_empty()),
            bodies: filter.bodies.as_ref().map(|b| {
                let ids = serde_json::to_string(&b.ids).unwrap_or_else(|_| "[]".into());
                (ids, b.lead_only)
            }),
        }
    }

    /// The condition a link of `pb` meets to be one of the filter's bodies, `1` without any.
    pub(crate) fn link_condition(&self, pb: &str) -> String {
        match &self.bodies {
            None => "TRUE".into(),
            Some((_, lead_only)) => format!(
                "{pb}.body_id IN ({}){}",
                self.dialect.ids_in(":bodies"),
                if *lead_only {
                    format!(" AND {pb}.role = 'lead'")
                } else {
                    String::new()
                }
            ),
        }
    }

    pub(crate) fn overdue_only(&self) -> bool {
        self.overdue_on.is_some()
    }

    pub(crate) fn searching(&self) -> bool {
        self.search.is_some()
    }

    /// For an overdue list: each part of the rule as `(table, condition)`, the table held to
    /// the index that serves that part (without statistics SQLite may pick the status index
    /// and then sort every open pledge). The first part's rows come in deadline order, the
    /// second's (undated) in the order of their cleared deadline.
    pub(crate) fn overdue_statements(&self) -> Option<[(String, String); 2]> {
        let day = self.overdue_on.as_ref().map(|_| ":overdue_on")?;
        let [dated, cleared] = overdue_parts(day);
        let [i0, i1] = OVERDUE_INDEXES;
        Some([
            (
                self.dialect.pledges_by(i0),
                self.condition_with(Some(&dated)),
            ),
            (
                self.dialect.pledges_by(i1),
                self.condition_with(Some(&cleared)),
            ),
        ])
    }

    pub(crate) fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// `pledge p` read through `index`, where the dialect takes such a hint.
    pub(crate) fn pledges_by(&self, index: &str) -> String {
        self.dialect.pledges_by(index)
    }

    /// The ids of a JSON array bound as `name`, as a subquery.
    pub(crate) fn ids_in(&self, name: &str) -> String {
        self.dialect.ids_in(name)
    }

    /// The `ORDER BY` of this filter's list in `sort`.
    pub(crate) fn order(&self, sort: Sort) -> String {
        order_in(sort, self.overdue_only(), self.dialect)
    }

    /// `sql`, which names this filter's values (and `extra`), with numbered ones instead,
    /// and the values in their order: for a statement shared between dialects.
    pub(crate) fn positional<'v>(
        &'v self,
        sql: &str,
        extra: &[(&'static str, &'v dyn rusqlite::ToSql)],
    ) -> (String, Vec<&'v dyn rusqlite::ToSql>) {
        let mut named = self.named();
        named.extend_from_slice(extra);
        crate::sql::positional(sql, &named)
    }

    /// The condition, `TRUE` when nothing narrows.
    pub(crate) fn condition(&self) -> String {
        self.condition_with(None)
    }

    /// The condition with `overdue` in place of the whole overdue rule, when given.
    fn condition_with(&self, overdue: Option<&str>) -> String {
        let mut parts = vec!["TRUE".to_string()];
        if self.owner.is_some() {
            parts.push(self.dialect.contains("p.owner", ":owner"));
        }
        if self.status.is_some() {
            parts.push("p.status = :status".into());
        }
        if self.bodies.is_some() {
            parts.push(format!(
                "p.id IN (SELECT x.pledge_id FROM pledge_body x WHERE {})",
                self.link_condition("x")
            ));
        }
        if self.overdue_on.is_some() {
            parts.push(match overdue {
                Some(part) => format!("({part})"),
                None => overdue_condition(":overdue_on"),
            });
        }
        if let Some(search) = &self.search {
            parts.push(search.condition());
        }
        if self.letter.is_some() {
            parts.push("p.letter_id = :letter".into());
        }
        if self.member.is_some() {
            parts.push(format!(
                "p.letter_id IN (SELECT l.id FROM letter l WHERE {})",
                self.dialect
                    .contains("coalesce(l.member, l.addressee)", ":member")
            ));
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
        if let Some((v, _)) = &self.bodies {
            out.push((":bodies", v));
        }
        if let Some(v) = &self.overdue_on {
            out.push((":overdue_on", v));
        }
        match &self.search {
            Some(Search::Trigrams(v) | Search::Chars(v) | Search::Like(v) | Search::Within(v)) => {
                out.push((":search", v))
            }
            None => {}
        }
        if let Some(v) = &self.letter {
            out.push((":letter", v));
        }
        if let Some(v) = &self.member {
            out.push((":member", v));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The partial index serves open-status queries only while its condition and theirs name
    /// the same values: both come from `Status::open` here, the index's from the schema.
    #[test]
    fn the_open_statuses_are_the_open_deadline_indexs_own() -> crate::error::Result<()> {
        assert_eq!(*OPEN_STATUSES, "'pending', 'in_progress', 'stalled'");
        let store = crate::store::Store::open_in_memory(crate::store::Seed::Empty)?;
        let sql: String = store.conn.query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'pledge_open_deadline'",
            [],
            |r| r.get(0),
        )?;
        assert!(
            sql.contains(&format!("status IN ({})", *OPEN_STATUSES)),
            "{sql}"
        );
        Ok(())
    }
}
