//! What bodies, letters and sheets say differently to each database: kept apart from the
//! list's words (`filter.rs`), each said once.

use super::filter::Dialect;

impl Dialect {
    /// `pledge p` read in table order: SQLite, without statistics, would otherwise walk an
    /// index for a read that takes every row; the server's planner needs no such word.
    pub(crate) fn pledges_unindexed(self) -> String {
        match self {
            Dialect::Lite => "pledge p NOT INDEXED".into(),
            Dialect::Pg => "pledge p".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_file_is_told_which_index_not_to_use() {
        assert_eq!(Dialect::Lite.pledges_unindexed(), "pledge p NOT INDEXED");
        assert_eq!(Dialect::Pg.pledges_unindexed(), "pledge p");
    }
}
