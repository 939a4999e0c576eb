-- Step 6: owners become bodies. The tables are schema.sql's own (a new ledger has them from
-- step 1); every pledge is then linked to the bodies its owner text names, in Rust, in this
-- step's transaction (src/store/bodies/derive.rs). History takes the field 'bodies': a change
-- of a pledge's links, worded "role=name; …". The history table is rebuilt because its CHECK
-- names every field it accepts; the triggers that name it are made again after.
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

DROP TRIGGER withdrawn_notes_do_not_count;

CREATE TABLE history_new (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL REFERENCES pledge(id),
    field       TEXT NOT NULL CHECK (field IN ('created', 'title', 'owner', 'deadline', 'deadline_text',
                                               'status', 'target_quantity', 'target_unit', 'target_text',
                                               'quote', 'parent_id', 'letter_id', 'note_withdrawn',
                                               'bodies')),
    old_value   TEXT,
    new_value   TEXT,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    reason      TEXT
) STRICT;
INSERT INTO history_new SELECT id, pledge_id, field, old_value, new_value, changed_at, changed_by, reason
FROM history;
DROP TABLE history;
ALTER TABLE history_new RENAME TO history;

CREATE INDEX history_pledge ON history (pledge_id, id);

CREATE INDEX history_withdrawn ON history (pledge_id, old_value) WHERE field = 'note_withdrawn';

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER withdrawn_notes_do_not_count AFTER UPDATE OF progress, last_note_on ON pledge
WHEN EXISTS (SELECT 1 FROM history WHERE pledge_id = NEW.id AND field = 'note_withdrawn')
BEGIN
    UPDATE pledge SET
        last_note_on = (SELECT max(n.happened_on) FROM note n
                        WHERE n.pledge_id = NEW.id
                          AND NOT EXISTS (SELECT 1 FROM history h
                                          WHERE h.pledge_id = n.pledge_id AND h.field = 'note_withdrawn'
                                            AND h.old_value = CAST(n.id AS TEXT))),
        (progress, progress_on) = (SELECT n.progress, n.happened_on FROM note n
                                   WHERE n.pledge_id = NEW.id AND n.progress IS NOT NULL
                                     AND NOT EXISTS (SELECT 1 FROM history h
                                                     WHERE h.pledge_id = n.pledge_id
                                                       AND h.field = 'note_withdrawn'
                                                       AND h.old_value = CAST(n.id AS TEXT))
                                   ORDER BY n.happened_on DESC, n.id DESC LIMIT 1)
    WHERE id = NEW.id;
END;

CREATE TRIGGER note_withdrawal_updates_its_pledge AFTER INSERT ON history
WHEN NEW.field = 'note_withdrawn'
BEGIN
    UPDATE pledge SET last_note_on = last_note_on WHERE id = NEW.pledge_id;
END;
