-- The pledge ledger, schema version 1. Built into the binary and applied as upgrade step 1;
-- later steps are the numbered files in migrations/ (listed in src/store/migrate.rs). Shipped
-- statements are never edited: a change is a new step.
-- Dates are TEXT 'YYYY-MM-DD' checked to be real days; timestamps are UTC 'YYYY-MM-DDTHH:MM:SSZ'.

CREATE TABLE letter (
    id          INTEGER PRIMARY KEY,
    issuer      TEXT NOT NULL CHECK (trim(issuer) <> ''),
    addressee   TEXT NOT NULL,
    title       TEXT NOT NULL,
    issued_on   TEXT NOT NULL CHECK (issued_on BETWEEN '1900-01-01' AND '9999-12-31'
                                     AND date(issued_on, '+0 days') IS issued_on),
    reference   TEXT,
    body        TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    added_at    TEXT NOT NULL
) STRICT;

CREATE TABLE pledge (
    id              INTEGER PRIMARY KEY,
    letter_id       INTEGER REFERENCES letter(id),
    parent_id       INTEGER REFERENCES pledge(id) CHECK (parent_id IS NOT id),
    title           TEXT NOT NULL CHECK (trim(title) <> ''),
    owner           TEXT NOT NULL CHECK (trim(owner) <> ''),
    deadline        TEXT CHECK (deadline IS NULL
                                OR (deadline BETWEEN '1900-01-01' AND '9999-12-31'
                                    AND date(deadline, '+0 days') IS deadline)),
    deadline_text   TEXT,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'in_progress', 'stalled', 'done', 'partial', 'dropped')),
    target_quantity REAL CHECK (target_quantity IS NULL OR target_quantity >= 0),
    target_unit     TEXT,
    target_text     TEXT,
    quote           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (target_quantity IS NOT NULL OR (target_unit IS NULL AND target_text IS NULL))
) STRICT;

CREATE INDEX pledge_letter ON pledge (letter_id);
CREATE INDEX pledge_parent ON pledge (parent_id);
CREATE INDEX pledge_deadline ON pledge (deadline);
CREATE INDEX pledge_owner ON pledge (owner);

-- A progress note: append-only (the triggers below), corrections are new notes.
CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL REFERENCES pledge(id),
    happened_on TEXT NOT NULL CHECK (happened_on BETWEEN '1900-01-01' AND '9999-12-31'
                                     AND date(happened_on, '+0 days') IS happened_on),
    written_at  TEXT NOT NULL,
    author      TEXT NOT NULL CHECK (trim(author) <> ''),
    body        TEXT NOT NULL CHECK (trim(body) <> ''),
    progress    REAL CHECK (progress IS NULL OR progress >= 0),
    status      TEXT CHECK (status IS NULL
                            OR status IN ('pending', 'in_progress', 'stalled', 'done', 'partial', 'dropped'))
) STRICT;

-- Serves "latest note of a pledge" (progress, last-note date) without scanning.
CREATE INDEX note_pledge_day ON note (pledge_id, happened_on, id);

CREATE TRIGGER note_no_update BEFORE UPDATE ON note
BEGIN
    SELECT RAISE(ABORT, 'notes are append-only: add a correcting note instead');
END;

CREATE TRIGGER note_no_delete BEFORE DELETE ON note
BEGIN
    SELECT RAISE(ABORT, 'notes are append-only: add a correcting note instead');
END;

-- Every change to a pledge's fields, so a moved deadline stays visible and undo has its data.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL REFERENCES pledge(id),
    field       TEXT NOT NULL CHECK (field IN ('created', 'title', 'owner', 'deadline', 'deadline_text',
                                               'status', 'target_quantity', 'target_unit', 'target_text',
                                               'quote', 'parent_id', 'letter_id')),
    old_value   TEXT,
    new_value   TEXT,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    reason      TEXT
) STRICT;

CREATE INDEX history_pledge ON history (pledge_id, id);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
