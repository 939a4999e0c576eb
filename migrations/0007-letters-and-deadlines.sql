-- Step 7: what a reply letter carries beyond its text (the member, 建议 or 提案, the 办复类别 it
-- claims, whom to call), a pledge's original deadline and how often it moved, and a deadline
-- cleared while overdue kept in sight until the supervision office confirms it. Notes say which
-- body reported and what evidence backs them. New columns go at the end of their tables.
ALTER TABLE letter ADD COLUMN member TEXT;
ALTER TABLE letter ADD COLUMN kind TEXT CHECK (kind IS NULL OR kind IN ('suggestion', 'proposal'));
ALTER TABLE letter ADD COLUMN category TEXT CHECK (category IS NULL OR category IN ('A', 'B', 'C'));
ALTER TABLE letter ADD COLUMN contact TEXT;
ALTER TABLE letter ADD COLUMN phone TEXT;

ALTER TABLE pledge ADD COLUMN original_deadline TEXT
    CHECK (original_deadline IS NULL
           OR (original_deadline BETWEEN '1900-01-01' AND '9999-12-31'
               AND date(original_deadline, '+0 days') IS original_deadline));
ALTER TABLE pledge ADD COLUMN deadline_moves INTEGER NOT NULL DEFAULT 0 CHECK (deadline_moves >= 0);
ALTER TABLE pledge ADD COLUMN cleared_deadline TEXT
    CHECK (cleared_deadline IS NULL
           OR (cleared_deadline BETWEEN '1900-01-01' AND '9999-12-31'
               AND date(cleared_deadline, '+0 days') IS cleared_deadline));

ALTER TABLE note ADD COLUMN reported_by TEXT;
ALTER TABLE note ADD COLUMN evidence TEXT;

-- What history already knows: the first deadline a pledge had, how often it was moved to
-- another day, and a deadline cleared after it had passed and not set again.
UPDATE pledge SET
    original_deadline = coalesce(
        (SELECT h.old_value FROM history h WHERE h.pledge_id = pledge.id AND h.field = 'deadline'
                                            AND h.old_value IS NOT NULL ORDER BY h.id LIMIT 1),
        deadline),
    deadline_moves = (SELECT count(*) FROM history h WHERE h.pledge_id = pledge.id
                                                       AND h.field = 'deadline'
                                                       AND h.old_value IS NOT NULL
                                                       AND h.new_value IS NOT NULL),
    cleared_deadline = CASE WHEN deadline IS NULL THEN
        (SELECT h.old_value FROM history h WHERE h.pledge_id = pledge.id AND h.field = 'deadline'
                                            AND h.old_value < substr(h.changed_at, 1, 10)
                                            AND h.id = (SELECT max(l.id) FROM history l
                                                        WHERE l.pledge_id = h.pledge_id
                                                          AND l.field = 'deadline')) END;

-- Kept by the schema, whoever writes the deadline (an edit, undo, an import's rows).
CREATE TRIGGER pledge_first_deadline AFTER INSERT ON pledge
WHEN NEW.original_deadline IS NULL AND NEW.deadline IS NOT NULL
BEGIN
    UPDATE pledge SET original_deadline = NEW.deadline WHERE id = NEW.id;
END;

CREATE TRIGGER pledge_deadline_moves AFTER UPDATE OF deadline ON pledge
WHEN NEW.deadline IS NOT OLD.deadline
BEGIN
    UPDATE pledge SET
        original_deadline = coalesce(original_deadline, NEW.deadline),
        deadline_moves = deadline_moves + (OLD.deadline IS NOT NULL AND NEW.deadline IS NOT NULL),
        -- Cleared after it had passed (by the clock history stamps changes with).
        cleared_deadline = CASE WHEN NEW.deadline IS NULL AND OLD.deadline < date('now')
                                THEN OLD.deadline END
    WHERE id = NEW.id;
END;

-- The supervision office's confirmation that a deadline cleared while overdue may go: a
-- record, append-only like history, with its reason.
CREATE TABLE confirmation (
    id           INTEGER PRIMARY KEY,
    pledge_id    INTEGER NOT NULL REFERENCES pledge(id),
    deadline     TEXT NOT NULL CHECK (deadline BETWEEN '1900-01-01' AND '9999-12-31'
                                      AND date(deadline, '+0 days') IS deadline),
    confirmed_at TEXT NOT NULL,
    confirmed_by TEXT NOT NULL CHECK (trim(confirmed_by) <> ''),
    reason       TEXT NOT NULL CHECK (trim(reason) <> '')
) STRICT;

CREATE INDEX confirmation_pledge ON confirmation (pledge_id, id);

CREATE TRIGGER confirmation_no_update BEFORE UPDATE ON confirmation
BEGIN
    SELECT RAISE(ABORT, 'confirmations are append-only');
END;

CREATE TRIGGER confirmation_no_delete BEFORE DELETE ON confirmation
BEGIN
    SELECT RAISE(ABORT, 'confirmations are append-only');
END;

CREATE TRIGGER confirmation_clears_the_mark AFTER INSERT ON confirmation
BEGIN
    UPDATE pledge SET cleared_deadline = NULL
    WHERE id = NEW.pledge_id AND cleared_deadline IS NEW.deadline;
END;

CREATE INDEX pledge_cleared ON pledge (cleared_deadline) WHERE cleared_deadline IS NOT NULL;
