-- Step 8: the monthly request sheets (`pledge request`, `pledge collect`). A ledger gets an
-- identity of its own, a random secret made once, here: every sheet it writes is signed with
-- it, so a sheet from another ledger (or a row edited out of shape) is refused when it comes
-- back. A backup is the same ledger and keeps it; a new ledger, an import into one included,
-- gets a new one.
CREATE TABLE ledger_identity (
    only        INTEGER PRIMARY KEY CHECK (only = 1),
    secret      TEXT NOT NULL CHECK (length(secret) = 32 AND secret NOT GLOB '*[^0-9a-f]*'),
    made_at     TEXT NOT NULL
) STRICT;

INSERT INTO ledger_identity (only, secret, made_at)
VALUES (1, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TRIGGER ledger_identity_no_update BEFORE UPDATE ON ledger_identity
BEGIN
    SELECT RAISE(ABORT, 'a ledger keeps its identity');
END;

CREATE TRIGGER ledger_identity_no_delete BEFORE DELETE ON ledger_identity
BEGIN
    SELECT RAISE(ABORT, 'a ledger keeps its identity');
END;

-- Each row of a returned sheet that was added, so that the same sheet collected again adds
-- nothing: one per (body, as-of day of the sheet, pledge). The body is the sheet's, kept by
-- id and by the name it had (a body merged away leaves its id behind). `answer` is the
-- SHA-256 of what the row said, to tell a sheet sent again from one answered anew.
CREATE TABLE collected (
    id           INTEGER PRIMARY KEY,
    body_id      INTEGER NOT NULL,
    body_name    TEXT NOT NULL,
    as_of        TEXT NOT NULL CHECK (as_of BETWEEN '1900-01-01' AND '9999-12-31'
                                      AND date(as_of, '+0 days') IS as_of),
    pledge_id    INTEGER NOT NULL REFERENCES pledge(id),
    note_id      INTEGER NOT NULL REFERENCES note(id),
    answer       TEXT NOT NULL CHECK (length(answer) = 64),
    file         TEXT NOT NULL,
    collected_at TEXT NOT NULL,
    collected_by TEXT NOT NULL CHECK (trim(collected_by) <> ''),
    UNIQUE (body_id, as_of, pledge_id)
) STRICT;

CREATE TRIGGER collected_no_update BEFORE UPDATE ON collected
BEGIN
    SELECT RAISE(ABORT, 'what was collected is a record');
END;

CREATE TRIGGER collected_no_delete BEFORE DELETE ON collected
BEGIN
    SELECT RAISE(ABORT, 'what was collected is a record');
END;
