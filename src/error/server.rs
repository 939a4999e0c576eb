//! Why a server (PostgreSQL) ledger refused: the facts, worded by `messages::server`. Every
//! address in them is already redacted: no password reaches a message.

/// A refusal of a server ledger. Nothing was written in any of them.
#[derive(Debug)]
pub enum Refusal {
    /// The address could not be read as a PostgreSQL connection URL.
    BadAddress { address: String, why: String },
    /// The URL's TLS cannot be set up: an `sslmode` libpq has not, or roots unread.
    BadTls { address: String, why: String },
    /// The server could not be reached or refused the login.
    Unreachable { address: String, why: String },
    /// The database's encoding or character type is not UTF-8: no trigrams for Chinese.
    NotUtf8 {
        address: String,
        encoding: String,
        ctype: String,
    },
    /// `init` on a database that already holds tables that are not a ledger's.
    Foreign { address: String, tables: String },
    /// `init` on a database that already holds a ledger.
    AlreadyLedger { address: String },
    /// A command on a database that holds no ledger yet.
    NotLedger { address: String },
    /// The schema was written by a newer program; left untouched.
    Newer {
        address: String,
        found: i64,
        known: i64,
    },
    /// `pledge copy` into a server ledger that already holds pledges or letters.
    CopyNotEmpty {
        address: String,
        letters: i64,
        pledges: i64,
        /// Notes, history, bodies, confirmations and collected rows.
        other: i64,
    },
    /// `pledge copy` from a server into a ledger file that already holds something.
    CopyFileNotEmpty {
        path: std::path::PathBuf,
        letters: i64,
        pledges: i64,
    },
    /// A value a server ledger cannot hold: text that is not UTF-8, or holds NUL.
    CopyNotText {
        table: String,
        id: String,
        column: String,
    },
    /// The file's table and the server's have other columns: one program's schemas disagree.
    CopyColumns {
        table: String,
        file: String,
        server: String,
    },
    /// `pledge copy` between two files or two servers.
    CopySameKind {
        from: String,
        to: String,
        files: bool,
    },
    /// The schema is older than the program and the role signed in may not alter it.
    UpgradeByOwner {
        address: String,
        found: i64,
        known: i64,
    },
    /// The connection was lost as a write committed and could not be made again: whether
    /// the commit landed is not known.
    LostUnknown { saving: crate::request::Saving },
    /// The connection was lost as a write committed, and its key says it was saved: it is,
    /// though its answer (what it made) was not kept.
    LostCommitted { saving: crate::request::Saving },
    /// What the command asks is not written for a server ledger yet.
    NotYet { what: String },
    /// The server's own failure, none of the kinds above.
    Failed { why: String },
}

impl Refusal {
    /// Whether what was asked was saved though the command ends in an error: the exit code
    /// says so (5), as for a confirmation that could not be written.
    pub fn was_saved(&self) -> bool {
        matches!(self, Refusal::LostCommitted { .. })
    }

    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Refusal::BadAddress { .. }
                | Refusal::BadTls { .. }
                | Refusal::NotYet { .. }
                | Refusal::CopySameKind { .. }
        )
    }
}
