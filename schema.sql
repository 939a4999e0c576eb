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

-- Accountable bodies (承办单位): a canonical name, the other names it goes by, and each
-- pledge's links to them with a role, in the order of its owner text (which stays on the
-- pledge as written). Step 6 creates the same tables in a ledger made before them; both
-- say IF NOT EXISTS so that a new ledger and an upgraded one hold the same schema.
CREATE TABLE IF NOT EXISTS body (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (trim(name) <> '' AND name = trim(name)),
    parent_id   INTEGER REFERENCES body(id) CHECK (parent_id IS NOT id),
    contact     TEXT
) STRICT;

-- A name is one body's: an alias is never another body's name (the store checks both).
CREATE TABLE IF NOT EXISTS body_alias (
    alias       TEXT PRIMARY KEY CHECK (trim(alias) <> '' AND alias = trim(alias)),
    body_id     INTEGER NOT NULL REFERENCES body(id)
) STRICT;

CREATE INDEX IF NOT EXISTS body_alias_body ON body_alias (body_id);

CREATE TABLE IF NOT EXISTS pledge_body (
    pledge_id   INTEGER NOT NULL REFERENCES pledge(id),
    position    INTEGER NOT NULL CHECK (position >= 0),
    body_id     INTEGER NOT NULL REFERENCES body(id),
    role        TEXT NOT NULL CHECK (role IN ('lead', 'co_owner')),
    PRIMARY KEY (pledge_id, position),
    UNIQUE (pledge_id, body_id)
) STRICT;

-- A body's pledges, for its counts, its report section and `--owner`.
CREATE INDEX IF NOT EXISTS pledge_body_body ON pledge_body (body_id, role);
