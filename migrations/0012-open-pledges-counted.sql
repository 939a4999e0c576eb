-- Step 12: the report's counts read the few columns they classify of every open pledge. Read
-- along the table, each row is a wide record (titles, quotes, targets); this index holds only
-- those columns, in id order so the pledges' body links are read in their order too. At a
-- million pledges it is about 70 MB and makes the counts about three times quicker.
CREATE INDEX pledge_open_rows
    ON pledge (id, deadline, cleared_deadline, last_note_on, letter_id, created_at, owner, status)
    WHERE status IN ('pending', 'in_progress', 'stalled');
