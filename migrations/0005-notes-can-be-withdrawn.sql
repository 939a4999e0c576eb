-- Step 5: a note entered by mistake is withdrawn, not answered by a correcting note in words:
-- history records the fact (field 'note_withdrawn', old value the note's id), and a withdrawn
-- note no longer counts for what its pledge carries from its notes. The history table is
-- rebuilt because its CHECK names every field it accepts.
CREATE TABLE history_new (
    id          INTEGER PRIMARY KEY,
    pledge_id   INTEGER NOT NULL REFERENCES pledge(id),
    field       TEXT NOT NULL CHECK (field IN ('created', 'title', 'owner', 'deadline', 'deadline_text',
                                               'status', 'target_quantity', 'target_unit', 'target_text',
                                               'quote', 'parent_id', 'letter_id', 'note_withdrawn')),
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

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

-- Finds a pledge's withdrawals without reading its other history.
CREATE INDEX history_withdrawn ON history (pledge_id, old_value) WHERE field = 'note_withdrawn';

-- Whatever sets what a pledge carries from its notes (a new note, an import's rebuild), a
-- pledge with a withdrawn note has it read again from the notes that stand.
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
