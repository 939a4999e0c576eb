-- Step 3: each pledge carries what its notes say (the latest progress and the day of the latest
-- note), kept current by the schema itself on every note, so that lists and reports read one row
-- instead of searching the notes of every pledge. Notes are append-only, so insert is enough.
ALTER TABLE pledge ADD COLUMN progress REAL CHECK (progress IS NULL OR progress >= 0);
ALTER TABLE pledge ADD COLUMN progress_on TEXT;
ALTER TABLE pledge ADD COLUMN last_note_on TEXT;

UPDATE pledge SET
    last_note_on = (SELECT max(n.happened_on) FROM note n WHERE n.pledge_id = pledge.id),
    (progress, progress_on) = (SELECT n.progress, n.happened_on FROM note n
                               WHERE n.pledge_id = pledge.id AND n.progress IS NOT NULL
                               ORDER BY n.happened_on DESC, n.id DESC LIMIT 1);

CREATE TRIGGER note_updates_its_pledge AFTER INSERT ON note
BEGIN
    UPDATE pledge SET
        last_note_on = max(coalesce(last_note_on, ''), NEW.happened_on),
        progress = CASE WHEN NEW.progress IS NOT NULL AND NEW.happened_on >= coalesce(progress_on, '')
                        THEN NEW.progress ELSE progress END,
        progress_on = CASE WHEN NEW.progress IS NOT NULL AND NEW.happened_on >= coalesce(progress_on, '')
                           THEN NEW.happened_on ELSE progress_on END
    WHERE id = NEW.pledge_id;
END;

-- Counting pledges by status (the TUI's header) reads this index instead of every row.
CREATE INDEX pledge_status ON pledge (status);
