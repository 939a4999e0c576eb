-- The pledge ledger on PostgreSQL, step 3: what a ledger file's triggers keep on a pledge,
-- kept here too, so that both hand back the same pledge after the same writes: its first
-- deadline, how often the deadline moved, a deadline cleared after it had passed (SQLite's
-- steps 7), and what its notes say once a note is withdrawn (SQLite's step 6).

CREATE INDEX history_withdrawn ON history (pledge_id, old_value) WHERE field = 'note_withdrawn';

-- BEFORE triggers set the row being written: nothing fires again.
CREATE FUNCTION pledge_first_deadline() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.original_deadline := coalesce(NEW.original_deadline, NEW.deadline);
    RETURN NEW;
END
$$;

CREATE TRIGGER pledge_first_deadline BEFORE INSERT ON pledge
    FOR EACH ROW EXECUTE FUNCTION pledge_first_deadline();

CREATE FUNCTION pledge_deadline_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.original_deadline := coalesce(OLD.original_deadline, NEW.deadline);
    NEW.deadline_moves := OLD.deadline_moves
        + (OLD.deadline IS NOT NULL AND NEW.deadline IS NOT NULL)::integer;
    -- Cleared after it had passed, by the clock history stamps changes with (UTC).
    NEW.cleared_deadline := CASE
        WHEN NEW.deadline IS NULL
             AND OLD.deadline < to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')
        THEN OLD.deadline END;
    RETURN NEW;
END
$$;

CREATE TRIGGER pledge_deadline_moves BEFORE UPDATE OF deadline ON pledge
    FOR EACH ROW WHEN (OLD.deadline IS DISTINCT FROM NEW.deadline)
    EXECUTE FUNCTION pledge_deadline_moves();

-- A withdrawn note no longer counts: the pledge's last note and progress are read again
-- from the notes that stand. New notes after it are kept current by step 1's trigger.
CREATE FUNCTION pledge_note_withdrawn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pledge SET
        last_note_on = (SELECT max(n.happened_on) FROM note n
                        WHERE n.pledge_id = NEW.pledge_id
                          AND NOT EXISTS (SELECT 1 FROM history h
                                          WHERE h.pledge_id = n.pledge_id
                                            AND h.field = 'note_withdrawn'
                                            AND h.old_value = CAST(n.id AS text))),
        (progress, progress_on) = (SELECT n.progress, n.happened_on FROM note n
                                   WHERE n.pledge_id = NEW.pledge_id AND n.progress IS NOT NULL
                                     AND NOT EXISTS (SELECT 1 FROM history h
                                                     WHERE h.pledge_id = n.pledge_id
                                                       AND h.field = 'note_withdrawn'
                                                       AND h.old_value = CAST(n.id AS text))
                                   ORDER BY n.happened_on DESC, n.id DESC LIMIT 1)
    WHERE id = NEW.pledge_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER note_withdrawal_updates_its_pledge AFTER INSERT ON history
    FOR EACH ROW WHEN (NEW.field = 'note_withdrawn')
    EXECUTE FUNCTION pledge_note_withdrawn();
